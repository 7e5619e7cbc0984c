import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))


def pytest_configure(config):
    """The suite's runs, and the commands it starts, keep their compiled regexes in pytest's
    cache rather than the user's (cleaner/regexes.py)."""
    if getattr(config, "cache", None) is not None:
        os.environ["CLEANER_CACHE_DIR"] = str(config.cache.mkdir("regexes"))


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true",
                     help="Rewrite samples/*/*/expected.md, rules/needles.json and rules/parsed.json.")


@pytest.fixture
def update_golden(request):
    return request.config.getoption("--update-golden")


@pytest.fixture
def seed_html():
    return (ROOT / "samples/zcfgw.org/8104090/input.html").read_bytes()


@pytest.fixture
def seed_text():
    return (ROOT / "samples/zcfgw.org/8104090-text/input.txt").read_bytes()


def shared(path):
    """A file under ../shared, or skip: tests must pass on a checkout without it."""
    p = SHARED / path
    if not p.exists():
        pytest.skip(f"{p} not present")
    return p
