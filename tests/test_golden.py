"""Every sample against its expected Markdown. `pytest --update-golden` rewrites them."""

import pytest

from cleaner import clean
from samples import all_cases


@pytest.mark.parametrize("case", all_cases(), ids=lambda c: c.id)
def test_sample_matches_expected(case, update_golden):
    result = clean(case.input.read_bytes(), url=case.url)
    if update_golden or not case.expected.exists():
        if not update_golden:
            pytest.skip(f"{case.id}: no expected.md yet (run pytest --update-golden)")
        case.expected.write_text(result.markdown, encoding="utf-8")
    expected = case.expected.read_text(encoding="utf-8")
    assert result.markdown == expected, (
        f"{case.id}: output differs from expected.md; if the change is right, "
        f"run `pytest --update-golden` and review the diff"
    )
