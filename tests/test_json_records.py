"""Scrapers' JSON records (`{"url": …, "html": …}`): one by `clean`, a JSON Lines file of many by
`batch`, each record an input of its own."""

import gzip
import json

import pytest
from click.testing import CliRunner
from conftest import ROOT

from cleaner import InputError, clean
from cleaner.saved import is_json_record, json_lines
from cli import main

SEED = (ROOT / "samples/zcfgw.org/8104090/input.html").read_bytes().decode("gb2312")  # as a scraper stores it
SEED_URL = "https://www.zcfgw.org/zxsd/8104090.html"
PROSE = "The county library began lending power tools this spring, and the waiting list already runs to three weeks."


def record(**fields):
    return json.dumps(fields, ensure_ascii=False) + "\n"


def test_a_record_cleans_as_the_page_at_its_address():
    """The page is a string (its <meta charset> says what it was in, no longer what it is in)."""
    data = record(url=SEED_URL, status=200, html=SEED).encode()
    assert is_json_record(data) and not is_json_record(b"{{Infobox person}} " + PROSE.encode())
    assert clean(data).markdown == clean(SEED, url=SEED_URL).markdown
    assert clean(data, url="https://mirror.example/a.html").attribution.url == "https://mirror.example/a.html"


@pytest.mark.parametrize("fields, title", [
    ({"content": f"<html><head><title>Tools</title></head><body><p>{PROSE}</p></body></html>"}, "Tools"),
    ({"raw_html": f"<p>{PROSE}</p>", "text": "the scraper's own extraction", "title": "Tools & more"}, "Tools & more"),
    ({"title": {"rendered": "Tools"}, "content": {"rendered": f"<p>{PROSE}</p>"}}, "Tools"),  # WordPress's REST API
    ({"title": "Library lends power tools", "text": f"Menu\nSearch\n{PROSE}\n{PROSE}"},  # scraped text, in lines
     "Library lends power tools"),
])
def test_the_page_is_taken_from_the_field_scrapers_name_it(fields, title):
    result = clean(record(link="https://news.example/tools", **fields).encode())
    assert result.body.startswith(PROSE) and result.attribution.title == title
    assert result.attribution.url == "https://news.example/tools"


@pytest.mark.parametrize("data, problem", [
    (record(url="https://a.example/1", html="<p>one</p>") * 2, "the JSON Lines file holds 2 records, not one "
                                                                "(batch cleans each)"),
    (record(url="https://a.example/1", status=404), "the JSON record holds no page (in any of the fields html, "
                                                    "raw_html, content, body, text)"),
    ('{"url": "https://a.example/1", "html": ' + "[" * 100_000, "the JSON record is nested too deeply"),
    ('{"url": "https://a.example/1", "html": "<p>cut sho', "the JSON record is not valid JSON (Unterminated "
                                                         "string starting at: line 1 column 40 (char 39))"),
])
def test_a_record_of_no_page_is_refused_in_one_line(tmp_path, data, problem):
    path = tmp_path / "page.json"
    path.write_text(data, encoding="utf-8")
    r = CliRunner().invoke(main, ["clean", str(path)])
    assert r.exit_code == 1 and r.stderr.strip() == f"error: {path}: {problem}"
    with pytest.raises(InputError):
        clean(data.encode())


def test_batch_cleans_each_record_of_a_json_lines_file_and_resumes(tmp_path):
    src, dest = tmp_path / "crawl.jsonl", tmp_path / "out"
    src.write_text(record(url=SEED_URL, html=SEED) + "\n"
                   + record(url="https://news.example/a.html", html=f"<p>{PROSE}</p>")
                   + "not json\n"
                   + record(url="https://news.example/b.html", status=404)
                   + record(html=f"<p>{PROSE} Again.</p>"), encoding="utf-8")  # no address
    r = CliRunner().invoke(main, ["batch", str(src), "-o", str(dest), "-j", "1"])
    assert r.exit_code == 1
    assert r.stderr.splitlines()[:2] == [
        f"error: {src}: line 4: the JSON record is not valid JSON (Expecting value: line 1 column 1 (char 0))",
        f"error: {src}: line 5: the JSON record holds no page (in any of the fields html, raw_html, content, body, "
        "text)"]
    made = sorted(str(p.relative_to(dest)) for p in dest.rglob("*.md"))
    offset = len(src.read_bytes().rsplit(b"\n", 2)[0]) + 1  # the last record's, which names it
    assert made == ["news.example/a.md", f"record-{offset}.md", "www.zcfgw.org/zxsd/8104090.md"]
    assert (dest / "www.zcfgw.org/zxsd/8104090.md").read_text(encoding="utf-8") == clean(SEED, url=SEED_URL).markdown
    again = CliRunner().invoke(main, ["batch", str(src), "-o", str(dest)])
    assert "cleaned 0, skipped (up to date) 3, failed 2 of 5" in again.stderr


def test_a_json_lines_file_is_read_when_named_and_fails_whole_when_no_record_is_a_page(tmp_path):
    """A walk takes .jsonl files only when asked (a batch's own report is one); a file none of
    whose records holds a page fails as one input, in one line."""
    src = tmp_path / "src"
    src.mkdir()
    (src / "crawl.jsonl").write_text(record(url="https://news.example/a.html", html=f"<p>{PROSE}</p>"))
    (src / "report.jsonl").write_text(record(path="a.html", status="cleaned") * 3)
    r = CliRunner().invoke(main, ["batch", str(src), "-o", str(tmp_path / "walked")])
    assert r.exit_code == 0 and not list((tmp_path / "walked").rglob("*.md"))
    r = CliRunner().invoke(main, ["batch", str(src), "-o", str(tmp_path / "out"), "--include", "*.jsonl"])
    assert r.exit_code == 1 and (tmp_path / "out/crawl.jsonl/news.example/a.md").is_file()
    assert r.stderr.splitlines()[0] == (f"error: {src / 'report.jsonl'}: the JSON Lines file holds no page: line 1: "
                                        "the JSON record holds no page (in any of the fields html, raw_html, "
                                        "content, body, text)")


def test_a_gzipped_json_lines_file_is_read_record_by_record(tmp_path):
    src = tmp_path / "crawl.jsonl.gz"
    src.write_bytes(gzip.compress((record(url="https://news.example/a.html", html=f"<p>{PROSE}</p>")
                                   + record(url="https://news.example/b.html", status=404)).encode()))
    r = CliRunner().invoke(main, ["batch", str(src), "-o", str(tmp_path / "out")])
    assert r.exit_code == 1 and PROSE in (tmp_path / "out/news.example/a.md").read_text(encoding="utf-8")
    assert r.stderr.startswith(f"error: {src}: line 2: the JSON record holds no page")
    (tmp_path / "torn.jsonl.gz").write_bytes(src.read_bytes()[:-12])
    r = CliRunner().invoke(main, ["batch", str(tmp_path / "torn.jsonl.gz"), "-o", str(tmp_path / "torn")])
    assert r.exit_code == 1 and "the JSON Lines file's gzip stream is corrupt" in r.stderr.splitlines()[0]


def test_a_record_past_the_size_limit_fails_alone_unread(tmp_path):
    """A line longer than the limit is passed over in pieces, never held whole."""
    path = tmp_path / "crawl.jsonl"
    first, after = (record(url=f"https://news.example/{n}", html=f"<p>{PROSE}</p>") for n in "ab")
    long = record(url="https://news.example/big", html="<p>" + "x" * 3 * 2**20 + "</p>")
    path.write_text(first + long + after)
    lines = list(json_lines(path, 2**21))
    assert [(offset, url, problem) for offset, _, url, problem in lines] == [
        (0, "https://news.example/a", None), (len(first), None, "line 2: larger than the 2 MB limit"),
        (len(first) + len(long), "https://news.example/b", None)]
    assert lines[1][1] is None and lines[2][1] == after.encode()
