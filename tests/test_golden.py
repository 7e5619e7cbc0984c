"""Every sample against its expected Markdown. `pytest --update-golden` rewrites them."""

import gc
import pickle
import types

import pytest
from lxml import etree

from cleaner import clean
from samples import all_cases


@pytest.mark.parametrize("case", all_cases(), ids=lambda c: c.id)
def test_sample_matches_expected(case, update_golden):
    if not case.golden:
        pytest.skip(f"{case.id}: golden = false (no expected.md, even with --update-golden)")
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


@pytest.mark.parametrize("case", all_cases(), ids=lambda c: c.id)
@pytest.mark.parametrize("site_rules", [True, False])
def test_explain_changes_labels_not_output(case, site_rules):
    data = case.input.read_bytes()
    fast = clean(data, url=case.url, site_rules=site_rules)
    explained = clean(data, url=case.url, site_rules=site_rules, explain=True)
    assert explained.markdown == fast.markdown
    assert [b.kept for b in explained.blocks] == [b.kept for b in fast.blocks]


def test_a_result_holds_no_part_of_the_page_s_tree():
    """A caller may keep thousands of results, and a process pool pickles them: neither works if a
    result keeps its page's tree alive. (Its classes lead to their modules, which hold anything.)"""
    case = all_cases()[0]
    result = clean(case.input.read_bytes(), url=case.url)
    seen, stack = set(), [result]
    while stack:
        obj = stack.pop()
        if id(obj) not in seen and not isinstance(obj, (str, bytes, int, float, type, types.ModuleType)):
            seen.add(id(obj))
            assert not isinstance(obj, etree._Element), obj
            stack.extend(gc.get_referents(obj))
    copy = pickle.loads(pickle.dumps(result))
    assert copy.markdown == result.markdown and list(copy.blocks) == list(result.blocks)


def test_explain_changes_no_output_on_real_pages():
    """The same invariant on real pages (from ../shared, when present): the explain pass over the
    whole page once claimed an <h1> before the title was read from it."""
    from conftest import shared

    pages = sorted(shared("bench/scrapinghub").glob("*.html"))
    for page in pages[::4]:  # a quarter of the corpus keeps the suite quick
        data = page.read_bytes()
        assert clean(data, explain=True).markdown == clean(data).markdown, page.name
