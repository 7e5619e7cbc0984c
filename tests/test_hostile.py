"""Hostile input through `cleaner clean`: every outcome is a clean result or one line of error
with exit status 1, never a traceback, never a hang, and the input file is never touched."""

import codecs
import gzip
import hashlib
import json
import os
import subprocess
import sys
import time

import pytest
from click.testing import CliRunner
from conftest import ROOT

from cli import main

CASE_SECONDS = 10
SENTENCE = "This is a sentence of real article text that is long enough to count as prose here."
ARTICLE = f"<p>{SENTENCE}</p>" * 3
TEXTS = {
    "zh": "博乐市人民法院深剖根源、深挖症结，在上级法院的大力支持和帮助下，各项工作取得了明显进展。",
    "ja": "東京都は本日、新しい図書館の開館を発表しました。市民の皆さんは無料で本を借りることができます。",
    "ko": "서울시는 오늘 새로운 도서관 개관을 발표했습니다. 시민들은 무료로 책을 빌릴 수 있습니다.",
    "tw": "臺北市政府今日宣布新圖書館開館，市民可以免費借閱書籍，歡迎大家踴躍前往參觀。",
    "fr": "Le conseil municipal a approuvé la création d'une bibliothèque d'outils à prêter.",
}
ENCODINGS = [("gb18030", "zh"), ("gbk", "zh"), ("gb2312", "zh"), ("big5", "tw"), ("shift_jis", "ja"),
             ("euc-jp", "ja"), ("euc-kr", "ko"), ("utf-16-le", "zh"), ("utf-16-be", "zh"),
             ("utf-32-le", "zh"), ("utf-32-be", "zh"), ("cp1252", "fr"), ("utf-8", "zh")]


def page(body, head=""):
    return f"<html><head>{head}<title>t</title></head><body><article>{body}</article></body></html>"


def sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run_cli(tmp_path, data, *args, name="input.html"):
    """Run `cleaner clean` on `data` written to a file; check what holds for every outcome."""
    path = tmp_path / name
    path.write_bytes(data)
    before = sha(path)
    started = time.monotonic()
    r = CliRunner().invoke(main, ["clean", str(path), *args])
    elapsed = time.monotonic() - started
    assert elapsed < CASE_SECONDS, f"took {elapsed:.1f}s"
    assert r.exception is None or isinstance(r.exception, SystemExit), repr(r.exception)
    assert "Traceback" not in r.output
    assert sha(path) == before, "the input was modified"
    if r.exit_code == 0:
        r.stdout.encode("utf-8")
    else:
        assert r.exit_code == 1, r.output
        lines = r.stderr.splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"error: {path}: "), r.stderr
    return r


def expect_error(tmp_path, data, problem, *args):
    r = run_cli(tmp_path, data, *args)
    assert r.exit_code == 1 and problem in r.stderr, r.stderr
    return r


def expect_body(tmp_path, data, *args, name="input.html"):
    r = run_cli(tmp_path, data, *args, name=name)
    assert r.exit_code == 0, r.stderr
    return r.stdout


# --- not a page -----------------------------------------------------------------------------

@pytest.mark.parametrize("data,problem", [
    (b"\x89PNG\r\n\x1a\n" + os.urandom(200), "PNG"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
    (b"PK\x03\x04\x14\x00\x00\x00" + os.urandom(100), "ZIP"),
    (b"\x7fELF\x02\x01\x01" + b"\x00" * 100, "executable"),
    (b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + b"\x00" * 100, "executable"),
    (b"\x00\x01\x02\x03\xff" * 200, "binary"),
    (bytes(range(256)) * 8, "binary"),
    (b"", "empty"), (b" \n\t\r\n", "empty"), (b"\x00" * 64 + b"   ", "binary"),
    (b"<html><body></body></html>", "no article content found"),
    (b"<html><body><script>var x = 1;</script><style>p{}</style></body></html>", "no article content"),
    (b"\x1f\x8b\x08\x00garbagegarbage", "gzip"),
])
def test_not_a_page_is_refused(tmp_path, data, problem):
    expect_error(tmp_path, data, problem)


@pytest.mark.parametrize("ld", ['{"@graph": null}', '{"@graph": 5}', '5', '[1, "x", null]',
                                '{"@type": "Article", "publisher": {"@id": {"x": 1}}}',
                                '{"@type": "Article", "author": [{"@id": "#a"}, null, {"@id": ["#b"]}]}',
                                '{"@type": "Article", "articleBody": ["x"]}',
                                '{"@type": "Article", "articleBody": "<\\/article><\\/html><p>' + 'Text. ' * 40 + '"}'])
def test_json_ld_of_any_shape_is_read_or_passed_over(tmp_path, ld):
    text = "The committee will publish its findings after the consultation closes next spring, officials said."
    head = f'<script type="application/ld+json">{ld}</script>'
    assert text in expect_body(tmp_path, page(f"<p>{text}</p>", head).encode())


@pytest.mark.parametrize("head", ['<link rel="canonical" href="https://[x/2019/11/20/a">',
                                  '<meta property="og:site_name" content="https://[x/">',
                                  '<meta name="original-source" content="https://[x/a">'])
@pytest.mark.parametrize("url", [None, "https://[x/2019/11/20/a", "https://news.example/2019/11/20/a"])
def test_addresses_that_are_no_addresses_are_passed_over(tmp_path, head, url):
    text = "The committee will publish its findings after the consultation closes next spring, officials said."
    body = f"<p>{text}</p><p>Source: <a href='https://[x/b'>The Gazette</a></p>"
    args = ("--url", url) if url else ()
    assert text in expect_body(tmp_path, page(body, head).encode(), *args)


def test_text_starting_like_a_signature_is_text(tmp_path):
    out = expect_body(tmp_path, f"MZ and ID3 are names.\n{SENTENCE}\n{SENTENCE}\n".encode())
    assert SENTENCE in out


# --- size, time and depth ---------------------------------------------------------------------

def test_size_limit_before_parsing(tmp_path):
    data = page(ARTICLE * 10000).encode()
    expect_error(tmp_path, data, "larger than the 1 MB limit", "--max-size", "1")


def test_gzip_bomb_is_stopped_at_the_limit(tmp_path):
    expect_error(tmp_path, gzip.compress(b" " * 30_000_000), "larger than the 20 MB limit")


def test_max_size_must_be_positive(tmp_path):
    path = tmp_path / "p.html"
    path.write_bytes(page(ARTICLE).encode())
    assert CliRunner().invoke(main, ["clean", str(path), "--max-size", "0"]).exit_code == 2


def test_endless_device_is_read_only_to_the_limit():
    if not os.path.exists("/dev/zero"):
        pytest.skip("no /dev/zero")
    r = CliRunner().invoke(main, ["clean", "/dev/zero", "--max-size", "1"])
    assert r.exit_code == 1 and "limit" in r.stderr


@pytest.mark.parametrize("attributes", [20_000, 200_000])
def test_element_with_very_many_attributes(tmp_path, attributes):
    attrs = " ".join(f"a{i}=x" for i in range(attributes))
    r = run_cli(tmp_path, page(f"<div {attrs}>{ARTICLE}</div>").encode())
    assert r.exit_code == 0 and SENTENCE in r.stdout
    assert "attributes" in r.stderr  # a warning says what was cut


@pytest.mark.parametrize("tag,attribute", [
    ('<div "{}">', "a{}"),  # a quote where a name should be starts that name: the rest are attributes
    ("<div\"x {}>", "a{}"),  # a quote in the tag's name
    ("<div {}>", "<a{}"),  # names that start with "<"
    ("<div {}>", 'a{}=">"'),  # values that hold ">"
])
def test_many_attributes_however_the_tokenizer_reads_them(tmp_path, tag, attribute):
    """100,000 attributes on one element, each way the HTML5 tokenizer reads them, are cut before
    libxml2 (which checks each against all before it: minutes) sees them."""
    attrs = " ".join(attribute.format(i) for i in range(100_000))
    r = run_cli(tmp_path, page(tag.format(attrs) + ARTICLE + "</div>").encode())
    assert r.exit_code == 0 and SENTENCE in r.stdout and "attributes" in r.stderr


def test_many_attributes_in_a_json_ld_article_body(tmp_path):
    """The text a page's JSON-LD gives, written with its "<" escaped, is parsed as HTML too: its
    tags are cut as the page's are."""
    attrs = " ".join(f"a{i}=x" for i in range(100_000))
    ld = json.dumps({"@type": "Article", "articleBody": f"<p {attrs}>{SENTENCE * 3}</p>"}).replace("<", "\\u003c")
    r = run_cli(tmp_path, page("<div id='app'></div>", f"<script type='application/ld+json'>{ld}</script>").encode())
    assert r.exit_code == 0 and SENTENCE in r.stdout and "attributes" in r.stderr


def test_a_script_s_text_is_no_tag_however_many_words_follow_a_less_than_sign(tmp_path):
    script = "<script>for (i = 0; i<n; i++) " + " ".join(f"w{i}" for i in range(1000)) + "</script>"
    r = run_cli(tmp_path, page(script + ARTICLE).encode())
    assert r.exit_code == 0 and SENTENCE in r.stdout and "attributes" not in r.stderr


def test_many_attributes_after_a_quoted_angle_bracket(tmp_path):
    attrs = " ".join(f"a{i}" for i in range(100_000))
    out = expect_body(tmp_path, page(f"<div title='>' {attrs}>{ARTICLE}</div>").encode())
    assert SENTENCE in out


def test_a_long_run_of_blank_lines_in_the_article_is_no_hang(tmp_path):
    """Markdown escapes read from every line start: 100,000 blank lines were minutes of work."""
    blank = " \n" * 100_000
    out = expect_body(tmp_path, page(f"{ARTICLE}<div>{blank}<b>[1]</b>{blank}- x</div>{ARTICLE}").encode())
    assert SENTENCE in out and "\\[1\\]" in out


def test_nesting_within_the_parser_limit_keeps_the_text(tmp_path):
    out = expect_body(tmp_path, page("<div>" * 1500 + ARTICLE + "</div>" * 1500).encode())
    assert SENTENCE in out


def test_an_info_line_nested_deep_within_the_parser_limit_is_read(tmp_path):
    """An info line's fields are read apart by a walk, not a recursion, past Python's limit."""
    line = "<p>Source: Example Wire, By: Ann Lee " + "<span>" * 1500 + "Note: x" + "</span>" * 1500 + "</p>"
    out = expect_body(tmp_path, page(ARTICLE + line).encode())
    assert SENTENCE in out


@pytest.mark.parametrize("tag", ["div", "span", "b", "table"])
def test_nesting_past_the_parser_limit_fails_clearly(tmp_path, tag):
    expect_error(tmp_path, page(f"<{tag}>" * 5000 + ARTICLE).encode(), "nested too deeply")


def test_text_the_parser_would_drop_is_an_error_not_a_truncation(tmp_path):
    data = page(ARTICLE + '<a title="an unclosed quote takes the rest of the page ' + ARTICLE * 100).encode()
    expect_error(tmp_path, data, "refusing a partial page")


@pytest.mark.parametrize("lang, encoding", [("zh", "utf-8"), ("zh", "gb18030"), ("fr", "cp1252")])
def test_an_early_html_end_tag_is_read_past(tmp_path, lang, encoding):
    """A CMS's header include that closes its own <html> (gov.cn's pages): libxml2 ends the
    document there, browsers show the rest, and so do we."""
    menu = "".join(f"<li><a href='/{n}'>Menu {n}</a></li>" for n in range(60))
    paras = "".join(f"<p>{TEXTS[lang]} {n}</p>" for n in range(12))
    data = (f"<html><head><title>t</title></head><body><div class='header'><ul>{menu}</ul></div>\n"
            f"<script>var x = 1;</script>\n</html>\n<!--end header--><div class='content'>{paras}</div>"
            "<div class='footer'>© 2024</div></body></html>")
    out = expect_body(tmp_path, data.encode(encoding))
    assert f"{TEXTS[lang]} 0" in out and f"{TEXTS[lang]} 11" in out


def test_unterminated_comment_and_stray_angle_brackets(tmp_path):
    out = expect_body(tmp_path, page(ARTICLE + "<!--" + "x" * 1_000_000).encode())
    assert SENTENCE in out
    run_cli(tmp_path, ("<p>" + SENTENCE + " < a" * 50_000).encode())


def test_too_much_markup_is_refused(tmp_path):
    expect_error(tmp_path, page("<i></i>" * 200_000 + ARTICLE).encode(), "tags and entities")


def test_too_many_blocks_is_refused(tmp_path):
    expect_error(tmp_path, page("<p>x</p>" * 12_000).encode(), "blocks of text")


def test_rule_regex_is_time_bounded(tmp_path):
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "evil.example.toml").write_text('cut_off = ["(a+)+$"]\n', encoding="utf-8")
    data = page(f"<p>{'a' * 5000}!</p>" + ARTICLE).encode()
    r = run_cli(tmp_path, data, "--rules", str(rules), "--url", "https://evil.example/a")
    assert r.exit_code == 0 and SENTENCE in r.stdout
    assert "evil.example.toml" in r.stderr and "timed out" in r.stderr


def test_rule_hosts_are_compared_after_idna(tmp_path):
    from cleaner.rules import host_of, normalize_host

    assert normalize_host("Bücher.Example") == host_of("https://www.xn--bcher-kva.example/a")
    assert normalize_host("例え.テスト") == host_of("https://例え.テスト/") == "xn--r8jz45g.xn--zckzah"
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "bücher.example.toml").write_text('name = "Bücher"\n', encoding="utf-8")
    r = run_cli(tmp_path, page(ARTICLE).encode(), "--rules", str(rules),
                "--url", "https://xn--bcher-kva.example/a", "--format", "json")
    assert '"rule": ' in r.stdout and "bücher.example.toml" in r.stdout


@pytest.mark.parametrize("content,problem", [
    ("content = [", "invalid TOML"),
    ('content = ["div[["]\n', "invalid CSS"),
    ('cut_off = ["(unclosed"]\n', "invalid regex"),
    ('colour = "red"\n', "unknown key"),
])
def test_bad_rule_files_name_file_and_line(tmp_path, content, problem):
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "bad.example.toml").write_text(content, encoding="utf-8")
    r = CliRunner().invoke(main, ["clean", "--rules", str(rules), "-"], input=page(ARTICLE))
    assert r.exit_code == 1 and "Traceback" not in r.output
    assert r.stderr.startswith("error: ") and "bad.example.toml" in r.stderr and problem in r.stderr


# --- encodings ------------------------------------------------------------------------------

@pytest.mark.parametrize("declared", [False, True])
@pytest.mark.parametrize("encoding,lang", ENCODINGS)
def test_encoding(tmp_path, encoding, lang, declared):
    text = TEXTS[lang]
    head = f'<meta charset="{encoding}">' if declared else ""
    data = page(f"<p>{text}</p><p>{text[::-1]}</p>", head).encode(encoding)
    assert text in expect_body(tmp_path, data)


@pytest.mark.parametrize("encoding,lang", ENCODINGS + [("utf-16-le", "ja"), ("utf-16-be", "ko")])
def test_scraped_text_encoding(tmp_path, encoding, lang):
    """Pure CJK text, even in UTF-16 without a BOM, which has no ASCII to recognise it by."""
    text = TEXTS[lang]
    assert text in expect_body(tmp_path, f"{text}\n{text[::-1]}\n".encode(encoding), name="in.txt")


def test_random_bytes_are_not_taken_for_utf16():
    import random

    from cleaner import InputError
    from cleaner.source import _refuse_binary

    for seed in range(20):
        with pytest.raises(InputError, match="binary"):
            _refuse_binary(random.Random(seed).randbytes(4096))


@pytest.mark.parametrize("data,text", [(b"<p>hi</p>", "hi"), (b"<p>hi</p>\n", "hi"), (b"<p>Note.</p>", "Note."),
                                       (b"hello, world", "hello, world")])
def test_a_tiny_page_without_nul_bytes_is_no_utf_16(tmp_path, data, text):
    """Too short for the share of NUL bytes that tells UTF-16 to mean anything: none is none."""
    assert expect_body(tmp_path, data, "--no-front-matter").strip() == text


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-32"])
def test_bom_beats_a_wrong_declaration(tmp_path, encoding):
    data = page(f"<p>{TEXTS['zh']}</p>", '<meta charset="big5">').encode(encoding)
    assert TEXTS["zh"] in expect_body(tmp_path, data)


@pytest.mark.parametrize("label", ["x-nonsense", "utf-16", "utf-7", "hz", "unicode_escape", "rot13"])
def test_unusable_declared_charset_is_ignored(tmp_path, label):
    text = TEXTS["fr"] + " a+b-c ~{ \\x41 ~}"
    out = expect_body(tmp_path, page(f"<p>{text}</p>", f'<meta charset="{label}">').encode("utf-8"))
    assert TEXTS["fr"] in out and "a+b-c ~{" in out


def test_invalid_utf8_sequences_are_replaced_not_mojibake(tmp_path):
    data = page(f"<p>{TEXTS['zh']}</p><p>{TEXTS['fr']}</p>").encode()
    data = data.replace("法院".encode(), b"\xff\xfe", 1).replace("é".encode(), b"\xe9", 1)
    out = expect_body(tmp_path, data)
    assert "\ufffd" in out and "深剖根源、深挖症结" in out and "bibliothèque" in out


def test_nul_bytes_control_characters_and_lone_cr(tmp_path):
    data = (f"<html><body>\x00<p>{SENTENCE}\x00\x01\x1b</p>\r<p>{SENTENCE}\x0b more</p>\r"
            f"<p>{SENTENCE}</p></body></html>").encode()
    out = expect_body(tmp_path, data)
    assert SENTENCE in out and "\x00" not in out and "\x1b" not in out and "\r" not in out
    for encoding in ("utf-8", "gb18030", "utf-16"):  # found in the bytes, or in the text
        html = page(ARTICLE + "<p>non\uffffchar\ufffe and\x7fdel</p>", f'<meta charset="{encoding}">')
        out = expect_body(tmp_path, html.encode(encoding))
        assert "non\ufffdchar\ufffd anddel" in out
    text = f"{SENTENCE}\r{SENTENCE} second\r".encode()
    out = expect_body(tmp_path, text, name="in.txt")
    assert f"{SENTENCE}\n\n{SENTENCE} second" in out


def test_utf16_with_lone_surrogate(tmp_path):
    data = codecs.BOM_UTF16_LE + page(ARTICLE).encode("utf-16-le").replace(
        "This".encode("utf-16-le"), b"\x00\xd8", 1)
    out = expect_body(tmp_path, data)
    assert "is a sentence" in out


# --- safe output ----------------------------------------------------------------------------

UNSAFE_LINKS = ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "jav&#x09;ascript:alert(1)",
                "jav&#x0A;ascript:alert(1)", " \x01javascript:alert(1)", "&#x20;javascript:x",
                "data:text/html;base64,PHNjcmlwdD4=", "vbscript:msgbox(1)", "java\nscript:x",
                "&#106;avascript:alert(1)", "//evil.example/x"]


@pytest.mark.parametrize("href", UNSAFE_LINKS)
def test_unsafe_destinations_are_dropped(tmp_path, href):
    body = ARTICLE + f'<p>Read <a href="{href}">this link</a> and <img src="{href}" alt="pic"> now.</p>'
    out = expect_body(tmp_path, page(body).encode())
    assert "this link" in out
    lowered = out.lower()
    assert "script:" not in lowered and "data:" not in lowered and "evil" not in lowered


def test_safe_destinations_are_kept_and_resolved(tmp_path):
    body = ARTICLE + ('<p>See <a href="../b/c.html">one</a>, <a href="https://e.org/x y">two</a> and '
                      '<a href="mailto:a@e.org">three</a>.</p>')
    out = expect_body(tmp_path, page(body).encode(), "--url", "https://site.example/a/p.html")
    assert "[one](https://site.example/b/c.html)" in out
    assert "[two](https://e.org/x%20y)" in out and "[three](mailto:a@e.org)" in out


@pytest.mark.parametrize("base", ["javascript:alert(1)//", "data:text/html,x/", " vbscript:x/"])
def test_base_href_pointing_at_a_script_is_ignored(tmp_path, base):
    body = ARTICLE + '<p>See <a href="foo">this link</a> here.</p>'
    out = expect_body(tmp_path, page(body, f'<base href="{base}">').encode(),
                      "--url", "https://site.example/a/p.html")
    assert "[this link](https://site.example/a/foo)" in out and "script" not in out.lower()


def test_safe_base_href_resolves_links(tmp_path):
    body = ARTICLE + '<p>See <a href="foo">this link</a> here.</p>'
    out = expect_body(tmp_path, page(body, '<base href="https://cdn.example/root/">').encode())
    assert "[this link](https://cdn.example/root/foo)" in out


def test_text_that_looks_like_markup_stays_text(tmp_path):
    body = ARTICLE + ("<p>Text [x](javascript:alert(1)) and &lt;script&gt;alert(1)&lt;/script&gt; "
                      "and ![i](javascript:y) and &amp;lt;b&amp;gt; and &lt;https://e.org&gt;</p>")
    out = expect_body(tmp_path, page(body).encode())
    assert "\\[x\\](javascript:alert(1))" in out and "\\<script\\>" in out
    assert "!\\[i\\]" in out and "\\&lt;b\\&gt;" in out and "\\<https://e.org\\>" in out


def test_attribution_values_are_escaped(tmp_path):
    head = ('<meta property="og:site_name" content="[evil](javascript:x) &lt;b&gt;">'
            '<link rel="canonical" href="https://e.org/a>b">')
    out = expect_body(tmp_path, page(ARTICLE, head).encode())
    footer = out.rsplit("---", 1)[1]
    assert "\\[evil\\](javascript:x)" in footer and "\\<b\\>" in footer
    assert "(<https://e.org/a%3Eb>)" in footer


def test_no_external_entities_or_network(tmp_path):
    data = ("<?xml version='1.0'?><!DOCTYPE html [<!ENTITY x SYSTEM 'http://192.0.2.1/'>]>"
            + page(ARTICLE + "<p>&x; stays text</p>")).encode()
    out = expect_body(tmp_path, data)
    assert SENTENCE in out and "]>" not in out and "ENTITY" not in out


# --- files ----------------------------------------------------------------------------------

def run_on(*args, input=None):
    r = CliRunner().invoke(main, ["clean", *args], input=input)
    assert r.exception is None or isinstance(r.exception, SystemExit), repr(r.exception)
    assert "Traceback" not in r.output
    return r


def test_output_is_atomic_and_never_the_input(tmp_path):
    src = tmp_path / "page.html"
    src.write_bytes(page(ARTICLE).encode())
    before = sha(src)
    r = run_on(str(src), "-o", str(src))
    assert r.exit_code == 1 and "refusing to overwrite the input" in r.stderr
    link = tmp_path / "link.md"
    link.symlink_to(src)
    assert run_on(str(src), "-o", str(link)).exit_code == 1
    assert sha(src) == before
    out = tmp_path / "out.md"
    assert run_on(str(src), "-o", str(out)).exit_code == 0
    assert SENTENCE in out.read_text(encoding="utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.md", "out.md", "page.html"]


@pytest.mark.parametrize("make,problem", [
    (lambda p: None, "no such file"),
    (lambda p: p.mkdir(), "is a directory"),
    (lambda p: p.symlink_to(p.parent / "nowhere"), "broken symbolic link"),
    (lambda p: (p.symlink_to(p.parent / "loop2"), (p.parent / "loop2").symlink_to(p)), "symbolic link loop"),
])
def test_unreadable_inputs(tmp_path, make, problem):
    path = tmp_path / "x.html"
    make(path)
    r = run_on(str(path))
    assert r.exit_code == 1 and r.stderr == f"error: {path}: {problem}\n" or problem in r.stderr, r.stderr


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads chmod 000 files")
def test_permission_denied(tmp_path):
    path = tmp_path / "x.html"
    path.write_bytes(page(ARTICLE).encode())
    path.chmod(0)
    try:
        r = run_on(str(path))
        assert r.exit_code == 1 and "permission denied" in r.stderr
    finally:
        path.chmod(0o644)


def test_missing_output_directory(tmp_path):
    src = tmp_path / "page.html"
    src.write_bytes(page(ARTICLE).encode())
    r = run_on(str(src), "-o", str(tmp_path / "nope" / "out.md"))
    assert r.exit_code == 1 and "does not exist" in r.stderr and r.stderr.count("\n") == 1


def test_real_process_stdin_and_no_traceback():
    """A real process: bytes on stdin, exit status, stderr one line."""
    cmd = [sys.executable, str(ROOT / "cli.py"), "clean", "-"]
    started = time.monotonic()
    bad = subprocess.run(cmd, input=b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, capture_output=True, timeout=30)
    good = subprocess.run(cmd, input=page(ARTICLE).encode("gb18030"), capture_output=True, timeout=30)
    assert time.monotonic() - started < 2 * CASE_SECONDS
    assert bad.returncode == 1 and bad.stderr == b"error: <stdin>: input is a PNG image, not a web page or text\n"
    assert good.returncode == 0 and SENTENCE.encode() in good.stdout and b"Traceback" not in good.stderr


def test_one_huge_paragraph_is_cleaned_not_refused(tmp_path):
    """A single 8 MB paragraph is an article, however odd: cleaned whole, within the time bound."""
    words = "lorem ipsum dolor sit amet. " * 300_000
    out = expect_body(tmp_path, page(f"<p>{words}</p>").encode())
    assert out.count("lorem ipsum") == 300_000


@pytest.mark.parametrize("swallowing", [
    page(ARTICLE + '<p title="an unclosed quote>' + "<p>A paragraph the quote swallows whole.</p>" * 400
         + '<p class="x">end</p>'),
    page("")[:-len("</article></body></html>")] + ARTICLE + "<div title='x " + "words in a tag that never ends " * 2000,
])
def test_text_the_parser_swallows_is_an_error(tmp_path, swallowing):
    """The cheap evidence that the parser kept the whole page (its tags, no tag open at the end,
    no markup in an attribute) must send each of these to the full text count, which refuses them."""
    expect_error(tmp_path, swallowing.encode(), "refusing a partial page")


def test_gb2312_text_is_not_taken_for_utf16():
    """Common Han characters in GB2312 (lead bytes B0-D7) read as UTF-16-BE would all be Hangul
    syllables: the UTF-16 guess must leave text without control bytes alone."""
    from cleaner.source import decode

    common = bytes(b for lead in range(0xB0, 0xB8) for trail in range(0xA1, 0xB9) for b in (lead, trail))
    assert not decode(common * 3)[1].startswith("utf-16")


def test_a_page_whose_scripts_hold_many_marks_is_whole_without_counting_its_text(tmp_path, monkeypatch):
    """A minified library's `i<n` loops and a framework's state hold more "<"s than the page has
    tags: they are no tags, and the page's text need not be counted to know it is whole, even
    with such a script last."""
    from cleaner import source

    def count(text):
        raise AssertionError("the page's text was counted")

    monkeypatch.setattr(source, "_visible_estimate", count)
    script = "<script>for (var i = 0; i < n; i++) { if (a[i] < b) { c(); } }</script>" * 200
    out = expect_body(tmp_path, page(ARTICLE + script)[:-len("</body></html>")].encode() + script.encode()
                      + b"</body></html>")
    assert "for (var" not in out
