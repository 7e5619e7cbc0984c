"""Web archives (WARC): a crawl's pages cleaned with the address and charset their records hold;
one page's archive by `clean`, a crawl's by `batch`, a page at a time."""

import gzip
import io
import json

import pytest
from click.testing import CliRunner
from conftest import ROOT
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from cleaner import InputError, clean
from cleaner.batch import _url_parts, iter_jobs
from cleaner.saved import is_warc
from cli import main

SEED = (ROOT / "samples/zcfgw.org/8104090/input.html").read_bytes()  # GB2312, as the site serves it
SEED_URL = "https://www.zcfgw.org/zxsd/8104090.html"
ARTICLE = "<p>{0} This is a sentence of real article text, long enough to count as prose here.</p>" * 3
TEXT = "臺北市政府今日宣布新圖書館開館，市民可以免費借閱書籍，歡迎大家踴躍前往參觀。"
GBK_PAGE = f"<html><head><title>开馆</title></head><body><h1>开馆</h1><p>{TEXT * 3}</p></body></html>".encode("gbk")


def response(url, body, content_type="text/html", status="200 OK", headers=()):
    return ("response", url, body, StatusAndHeaders(status, [("Content-Type", content_type), *headers],
                                                    protocol="HTTP/1.1"))


def web_archive(*records, compress=True):
    """A WARC file as crawlers write one: a warcinfo record, then the records, each fetch a
    request and its response."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=compress)
    writer.write_record(writer.create_warcinfo_record("crawl.warc.gz", {"software": "test"}))
    for kind, url, body, http in records:
        if kind == "response":
            request = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example")], is_http_request=True)
            writer.write_record(writer.create_warc_record(url, "request", payload=io.BytesIO(b""),
                                                          http_headers=request))
        writer.write_record(writer.create_warc_record(url, kind, payload=io.BytesIO(body), http_headers=http,
                                                      warc_content_type="text/html" if kind == "resource" else None))
    return out.getvalue()


def chunked(data, size=100):
    pieces = [data[i:i + size] for i in range(0, len(data), size)]
    return b"".join(b"%x\r\n%s\r\n" % (len(p), p) for p in pieces) + b"0\r\n\r\n"


def test_the_archived_page_cleans_as_the_page_at_its_address():
    warc = web_archive(response(SEED_URL, SEED, "text/html; charset=gb2312"))
    assert is_warc(gzip.decompress(warc)) and not is_warc(SEED)
    assert clean(warc).markdown == clean(SEED, url=SEED_URL).markdown
    assert clean(web_archive(response(SEED_URL, SEED), compress=False)).attribution.url == SEED_URL
    assert clean(warc, url="https://mirror.example/a.html").attribution.url == "https://mirror.example/a.html"


@pytest.mark.parametrize("text,charset", [("开馆了", "gbk"), ("Привет, мир. Это короткий текст.", "koi8-r")])
def test_the_server_s_charset_reads_a_page_that_declares_none(text, charset):
    """Too short for detection to tell (it reads these as Big5 and Shift JIS): the header says."""
    page = f"<html><body><p>{text}</p></body></html>".encode(charset)
    result = clean(web_archive(response("https://news.example/a.html", page, f"text/html; charset={charset}")))
    assert result.body.strip() == text


def test_a_chunked_and_gzipped_response_is_decoded():
    body = chunked(gzip.compress(SEED))
    warc = web_archive(response(SEED_URL, body, "text/html; charset=gb2312",
                                headers=[("Transfer-Encoding", "chunked"), ("Content-Encoding", "gzip")]))
    assert clean(warc).markdown == clean(SEED, url=SEED_URL).markdown


def test_only_successful_fetches_of_html_pages_count():
    warc = web_archive(
        response("https://www.zcfgw.org/logo.png", b"\x89PNG\r\n\x1a\n", "image/png"),
        response("https://www.zcfgw.org/gone.html", b"<p>Not found</p>", status="404 Not Found"),
        ("resource", SEED_URL, SEED, None),  # how archiving tools store a page they saved
    )
    assert clean(warc).markdown == clean(SEED, url=SEED_URL).markdown


@pytest.mark.parametrize("records,problem", [
    ([response("https://a.example/1", b"<p>one</p>"), response("https://a.example/2", b"<p>two</p>")],
     "the web archive (WARC) holds 2 HTML pages, not one (batch cleans each)"),
    ([response("https://a.example/logo.png", b"\x89PNG", "image/png")], "the web archive (WARC) holds no HTML page"),
])
def test_an_archive_of_other_than_one_page_is_refused_in_one_line(tmp_path, records, problem):
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(web_archive(*records))
    r = CliRunner().invoke(main, ["clean", str(path)])
    assert r.exit_code == 1 and r.stderr.strip() == f"error: {path}: {problem}"


def test_a_torn_archive_is_refused_in_one_line():
    torn = b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\nHTTP/1.1 200 OK\r\n"  # no address
    with pytest.raises(InputError, match=r"^the web archive \(WARC\) is corrupt \(\w+"):
        clean(torn)


@pytest.mark.parametrize("url,parts", [
    ("https://www.zcfgw.org/zxsd/8104090.html", ["www.zcfgw.org", "zxsd", "8104090.html"]),
    ("https://Example.org:8080/", ["example.org_8080", "index"]),
    ("https://example.org/news/", ["example.org", "news", "index"]),
    ("https://example.org/../../etc/passwd", ["example.org", "etc", "passwd"]),  # never out of DEST
    ("https://example.org/%E6%96%B0%E9%97%BB/a%20b", ["example.org", "新闻", "a_b"]),
    ("https://example.org/.hidden", ["example.org", "hidden"]),
    (None, ["record-512"]),
])
def test_a_page_s_output_is_named_by_its_address(url, parts):
    assert _url_parts(url, 512) == parts


def test_queries_and_long_names_stay_apart():
    """Each query its own page; a name cut short for the file system ends with a hash of the whole."""
    named = {_url_parts(f"https://example.org/a?id={n}", 0)[1] for n in range(100)}
    assert len(named) == 100 and all(name.startswith("a_") for name in named)
    long = {_url_parts(f"https://example.org/{c * 300}", 0)[1] for c in "xy"}
    assert len(long) == 2 and all(len(name.encode()) <= 150 for name in long)
    assert len(_url_parts("https://example.org/" + "新" * 300, 0)[1].encode()) <= 150


def test_batch_cleans_each_page_of_a_crawl_and_resumes(tmp_path):
    src, dest = tmp_path / "crawl.warc.gz", tmp_path / "out"
    src.write_bytes(web_archive(
        response(SEED_URL, SEED, "text/html; charset=gb2312"),
        response("https://news.example/a.html", GBK_PAGE, "text/html; charset=gbk"),
        response("https://news.example/logo.png", b"\x89PNG", "image/png"),
        response("https://news.example/empty.html", b"<html><body></body></html>"),  # fails alone
        response("https://news.example/", ARTICLE.format("Home.").encode()),
    ))
    r = CliRunner().invoke(main, ["batch", str(src), "-o", str(dest), "-j", "1", "--report", str(tmp_path / "r.jsonl")])
    assert r.exit_code == 1
    assert r.stderr.splitlines()[0] == (f"error: {src} (https://news.example/empty.html): "
                                        "no article content found (the page has no visible text)")
    made = sorted(str(p.relative_to(dest)) for p in dest.rglob("*.md"))
    assert made == ["news.example/a.md", "news.example/index.md", "www.zcfgw.org/zxsd/8104090.md"]
    assert (dest / "www.zcfgw.org/zxsd/8104090.md").read_text(encoding="utf-8") == clean(SEED, url=SEED_URL).markdown
    records = [json.loads(line) for line in (tmp_path / "r.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {(r["url"], r["status"]) for r in records} == {
        (SEED_URL, "cleaned"), ("https://news.example/a.html", "cleaned"), ("https://news.example/", "cleaned"),
        ("https://news.example/empty.html", "failed")}
    again = CliRunner().invoke(main, ["batch", str(src), "-o", str(dest)])
    assert "cleaned 0, skipped (up to date) 3, failed 1 of 4" in again.stderr


def test_an_archive_in_a_walked_directory_is_a_directory_of_its_pages(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "crawl.warc").write_bytes(web_archive(response(SEED_URL, SEED), compress=False))
    (src / "torn.warc.gz").write_bytes(web_archive(response(SEED_URL, SEED))[:100])  # not one record whole
    (src / "page.html").write_bytes(SEED)
    r = CliRunner().invoke(main, ["batch", str(src), "-o", str(tmp_path / "out")])
    assert r.exit_code == 1 and len(r.stderr.splitlines()) - 2 <= 2  # one error line, then the summary's
    assert f"error: {src / 'torn.warc.gz'}: the web archive (WARC) holds no HTML page" in r.stderr
    assert (tmp_path / "out/crawl.warc/www.zcfgw.org/zxsd/8104090.md").is_file()
    assert (tmp_path / "out/page.md").is_file()


def test_a_page_that_inflates_past_the_size_limit_is_refused():
    bomb = gzip.compress(b"<p>" + b" " * 30_000_000 + b"</p>")  # 30 MB of page in 30 KB
    warc = web_archive(response(SEED_URL, bomb, headers=[("Content-Encoding", "gzip")]))
    assert len(warc) < 100_000
    with pytest.raises(InputError, match="the saved page is larger than the 20 MB limit"):
        clean(warc)


def test_what_the_archive_reader_finds_amiss_is_not_printed(tmp_path, capfd):
    """warcio writes its own warnings to stderr; the one line of the error is all a user sees."""
    warc = web_archive(response(SEED_URL, SEED), compress=False)
    length = int(warc.split(b"Content-Length: ")[-1].split(b"\r\n")[0])
    path = tmp_path / "short.warc"
    path.write_bytes(warc.replace(b"Content-Length: %d" % length, b"Content-Length: %d" % (length - 40)))
    with pytest.raises(InputError, match="is corrupt"):
        clean(path.read_bytes())
    assert capfd.readouterr().err == ""


def test_a_listed_archive_is_a_directory_of_its_pages(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "crawl.warc.gz").write_bytes(web_archive(response(SEED_URL, SEED)))
    jobs = list(iter_jobs([], tmp_path / "out", files_from=["crawl.warc.gz\n"]))
    assert [(j.output, j.url) for j in jobs] == [(str(tmp_path / "out/crawl.warc.gz/www.zcfgw.org/zxsd/8104090.md"),
                                                  SEED_URL)]


def test_a_crawl_past_the_size_limit_is_for_batch(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(web_archive(*(response(f"https://a.example/{n}", SEED) for n in range(40))))
    r = CliRunner().invoke(main, ["clean", str(path), "--max-size", "0.05"])
    assert r.exit_code == 1 and r.stderr.strip() == (
        f"error: {path}: input is larger than the 52428 byte limit; batch reads a crawl's web archive a page at a time")
