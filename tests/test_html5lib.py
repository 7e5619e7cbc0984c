"""Every input of the html5lib test suite goes through the engine: a result or a CleanerError,
never a crash or a hang. The suite is parser torture (misnested tags, stray end tags, broken
comments and doctypes, odd encodings), which is what scraped pages are made of."""

import time

import pytest
from click.testing import CliRunner
from conftest import SHARED

from cleaner import CleanerError, clean
from cli import main

SUITE = SHARED / "html5lib-tests"
pytestmark = pytest.mark.skipif(not SUITE.is_dir(), reason=f"{SUITE} not present")
CASE_SECONDS = 5


def data_sections(path):
    """The `#data` sections of a .dat file, as bytes (the encoding tests are bytes on purpose)."""
    out, current = [], None
    for line in path.read_bytes().split(b"\n"):
        if line.startswith(b"#"):
            if current is not None:
                out.append(b"\n".join(current))
            current = [] if line.strip() == b"#data" else None
        elif current is not None:
            current.append(line)
    if current is not None:
        out.append(b"\n".join(current))
    return out


def all_inputs():
    if not SUITE.is_dir():
        return []
    files = sorted((SUITE / "tree-construction").rglob("*.dat")) + sorted((SUITE / "encoding").rglob("*.dat"))
    return [(f"{p.relative_to(SUITE)}#{i}", data) for p in files for i, data in enumerate(data_sections(p))]


def test_every_input_gives_a_result_or_a_cleaner_error():
    inputs = all_inputs()
    assert len(inputs) > 1500
    results = errors = 0
    slowest = (0.0, None)
    for name, data in inputs:
        started = time.monotonic()
        try:
            result = clean(data, url="https://example.org/a/b.html")
            assert result.body.strip(), name
            results += 1
        except CleanerError:
            errors += 1
        slowest = max(slowest, (time.monotonic() - started, name))
    assert slowest[0] < CASE_SECONDS, slowest
    assert results and errors  # some inputs carry text, many are bare markup


@pytest.mark.parametrize("index", [0, 100, 400, 900, 1500])
def test_a_few_through_the_cli(tmp_path, index):
    inputs = all_inputs()
    name, data = inputs[index % len(inputs)]
    page = tmp_path / "page.html"
    page.write_bytes(data)
    r = CliRunner().invoke(main, ["clean", str(page)])
    assert r.exit_code in (0, 1), (name, r.output)
    assert "Traceback" not in r.output
    assert r.exception is None or isinstance(r.exception, SystemExit), (name, r.exception)
    if r.exit_code == 1:
        assert r.stderr.startswith(f"error: {page}: ") and r.stderr.count("\n") == 1
    assert page.read_bytes() == data
