"""The benchmark's reduction of Markdown to the text a reader sees: what it gets wrong, every
system's score gets wrong (benchmarks/run.py is a script, not part of the package)."""

import importlib.util
import shutil
import subprocess
import sys

import pytest
from conftest import ROOT

from benchmarks import attribution
from benchmarks.changes import differences

spec = importlib.util.spec_from_file_location("benchmark_run", ROOT / "benchmarks" / "run.py")
run = sys.modules[spec.name] = importlib.util.module_from_spec(spec)  # dataclasses look it up
spec.loader.exec_module(run)


@pytest.mark.parametrize("markdown,text", [
    ('---\ntitle: "T"\n---\n\nBody.', "Body."),
    ("See [the report](https://example.org/r \"R\") now.", "See the report now."),
    ("![a chart](https://example.org/c.png)\n\nCaption.", "Caption."),
    ("## Heading\n\n* one\n* two\n\n1. first", "Heading one two first"),
    ("It opened as \\<The Palace: Tale\\> in 2018.", "It opened as <The Palace: Tale> in 2018."),
    ("Raw <b>bold</b> markup.", "Raw bold markup."),
    ("| a | b |\n|---|---|\n| 1 | 2 |", "a b 1 2"),
    ("A \\*literal\\* star and _emphasis_.", "A *literal* star and emphasis."),
])
def test_markdown_to_text(markdown, text):
    assert run.markdown_to_text(markdown).split() == text.split()  # scores count words, not spaces


@pytest.mark.parametrize("field,expected,given,right", [
    ("source", "人民日报", "《人民日报》", True),
    ("source", ["The Ledger", "ledger.example"], "the ledger", True),
    ("source", "人民日报", "人民网", False),
    ("author", "Jane Doe, John Roe", "Jane Doe; John Roe", True),
    ("author", ["Carys Lloyd", "Tom Bellamy"], "Carys Lloyd and Tom Bellamy", True),  # co-authors listed one by one
    ("author", ["Carys Lloyd", "Tom Bellamy"], "Carys Lloyd, Ann Lee", False),
    ("source", ["Carys Lloyd", "Tom Bellamy"], "Carys Lloyd, Tom Bellamy", False),  # an author's only
    ("date", "2024-05-16", "2024-05-16", True),
    ("date", ["2024-05-16", "2024-05-15"], "2024-05-15", True),
    ("date", "2024-05-16", "2024-05-17", False),
    ("original_url", "https://www.example.org/a/1.html", "http://example.org/a/1.html/", True),
    ("original_url", "https://example.org/a/1.html", "https://example.org/a/2.html", False),
    ("site", "https://www.hawaiinewsnow.example", "www.hawaiinewsnow.example", True),  # a site named by its address
    ("site", "Hawaii News Now", "hawaiinewsnow.example", False),
])
def test_attribution_values_compare_as_a_reader_would(field, expected, given, right):
    assert attribution.is_right(field, expected, given) is right


def test_attribution_scores_values_given_and_values_stated(monkeypatch):
    pages = [("a", b"", None, {"source": "X", "date": None}), ("b", b"", None, {"source": None, "date": "2024-01-02"}),
             ("c", b"", None, {"source": "Y", "date": "2024-01-03"})]
    given = {"a": {"source": "X", "date": "2024-01-01"}, "b": {"source": "Site", "date": "2024-01-02"},
             "c": {"source": None, "date": "2024-01-03"}}
    monkeypatch.setitem(attribution.READERS, "stub", (lambda: lambda raw, url: given[url], ("source", "date")))
    pages = [(page_id, raw, page_id, truth) for page_id, raw, _, truth in pages]
    table, misses = attribution.score("stub", pages)
    assert table["source"] == (1 / 2, 1 / 2)  # X right; "Site" made up; Y missed
    assert table["date"] == (2 / 3, 2 / 2)  # a date where the page states none is wrong
    assert "title" not in table  # not read, not scored
    assert ("c", "source", ["Y"], None) in misses and ("a", "date", [], "2024-01-01") in misses


def test_attribution_a_value_a_page_half_states_may_be_given_or_not(monkeypatch):
    pages = [(page_id, b"", page_id, {"original_url": ["https://paper.example/", None]}) for page_id in "ab"]
    given = {"a": {"original_url": None}, "b": {"original_url": "https://paper.example/"}}
    monkeypatch.setitem(attribution.READERS, "stub", (lambda: lambda raw, url: given[url], ("original_url",)))
    table, misses = attribution.score("stub", pages)
    assert table["original_url"] == (1.0, 1.0) and not misses


@pytest.mark.skipif(not (ROOT / ".git").exists() or shutil.which("git") is None, reason="needs a git checkout")
def test_ab_compares_a_revision_with_the_working_tree_in_one_process():
    r = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "ab.py"), "HEAD", "--corpus",
                        str(ROOT / "benchmarks" / "corpora" / "en"), "--limit", "2", "--rounds", "1"],
                       capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert r.returncode == 0, r.stderr
    assert "en (2 pages, best of 1): HEAD " in r.stdout and "of HEAD's time" in r.stdout


def test_changes_lists_each_field_and_line_a_change_changed():
    old = ({"title": "A", "site": "微信公众平台"}, ["one", "two", "three"])
    new = ({"title": "A", "site": "赣东北山居志", "date": "2024-04-18"}, ["one", "2", "three", "four"])
    assert differences(old, new, lines=2) == [
        "  site: '微信公众平台' -> '赣东北山居志'", "  date: None -> '2024-04-18'",
        "    -two", "    +2", "    … 1 more changed lines"]
    assert differences(old, old) == []


@pytest.mark.skipif(not (ROOT / ".git").exists() or shutil.which("git") is None, reason="needs a git checkout")
def test_changes_compares_a_revision_with_the_working_tree():
    r = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "changes.py"), "HEAD", "--corpus",
                        str(ROOT / "benchmarks" / "corpora" / "en"), "--limit", "2"],
                       capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines()[-1].endswith("of 2 pages changed (HEAD -> the working tree)")
