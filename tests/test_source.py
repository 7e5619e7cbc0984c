"""Decoding and parsing: the traps real scraped pages set."""

import gzip

import pytest

from cleaner import InputError
from cleaner.source import decode, load

PAGE = "<html><head>{meta}<title>t</title></head><body><p>{text}</p></body></html>"
GBK_TEXT = "朱镕基和王堃在会上讲话。" * 5  # 镕 and 堃 are GBK, not GB2312


def page(text=GBK_TEXT, meta=""):
    return PAGE.format(meta=meta, text=text)


def test_gb2312_label_decodes_gbk_characters():
    data = page(meta='<meta http-equiv="Content-Type" content="text/html; charset=gb2312">').encode("gbk")
    text, encoding, _ = decode(data)
    assert "朱镕基" in text and "王堃" in text
    assert encoding == "gb18030"


def test_declared_charset_is_distrusted_when_bytes_are_utf8():
    data = page(meta='<meta charset="gb2312">').encode("utf-8")
    text, encoding, _ = decode(data)
    assert "朱镕基" in text and encoding == "utf-8"


def test_undeclared_gbk_page_is_detected():
    data = page(text="博乐市人民法院深剖根源、深挖症结，在上级法院的大力支持和帮助下，各项工作取得了明显进展。" * 3
                + GBK_TEXT).encode("gbk")
    text, *_ = decode(data)
    assert "博乐市人民法院" in text and "朱镕基" in text


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-32"])
def test_bom(encoding):
    doc = load(page().encode(encoding))
    assert "朱镕基" in doc.block_text(0)


def test_gzip_input_is_accepted():
    doc = load(gzip.compress(page().encode("utf-8")))
    assert "王堃" in doc.block_text(0)


@pytest.mark.parametrize("html", [
    page(),  # UTF-8 bytes go to libxml2 as they are
    '<?xml version="1.0" encoding="gb2312"?>' + page(),  # a declaration is cut from the text first
    page(text="第一段\r\n第二段<br>\r第三段"),  # as are carriage returns
    page(text="A\x00B \ufffd \U0001F600 é"),  # and control characters
])
def test_a_page_reads_the_same_from_its_utf8_bytes_and_from_its_text(html):
    from_bytes, from_text = load(html.encode("utf-8")), load(html.replace("\x00", ""))
    assert [from_bytes.block_text(i) for i in range(len(from_bytes.blocks))] == [
        from_text.block_text(i) for i in range(len(from_text.blocks))]


def test_html_or_text_is_decided_by_content():
    assert load(b"Line one of a scraped page\nLine two").is_text
    assert not load(page().encode()).is_text
    assert load("第一行\n第二行").blocks and load("第一行\n第二行").is_text


def test_text_lines_become_blocks_and_markup_is_not_interpreted():
    doc = load(b"first <b>line</b>\n\n  second line  \n")
    assert doc.is_text
    assert [doc.block_text(i) for i in range(len(doc.blocks))] == ["first <b>line</b>", "second line"]


def test_what_the_browser_never_shows_is_gone_even_after_nested_invisible_elements():
    """A tag manager's <noscript><iframe> at the top of the body once ended the walk that drops
    scripts: every script, style and noscript after it stayed, its code read as text."""
    doc = load("<html><body><noscript><iframe src='https://tags.example/ns'></iframe></noscript>"
               "<p>Visible paragraph.</p><script>var hidden = 'script text';</script><p>More text."
               "<noscript><img src='/fallback.png'><span>fallback text</span></noscript></p>"
               "<style>.x { color: red }</style><object><embed src='x'></object></body></html>")
    text = " ".join(doc.block_text(i) for i in range(len(doc.blocks)))
    assert text == "Visible paragraph. More text."
    assert not any(doc.root.iter("script", "style", "noscript", "iframe", "object", "embed"))


def test_a_word_lists_dingbat_bullet_goes():
    """Word pastes a list's bullet as "l" in Wingdings: anywhere else it reads as the letter."""
    doc = load("<html><body><p class='MsoListParagraph'><!--[if !supportLists]--><span style='font-family:"
               "Wingdings'>l<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;</span></span><!--[endif]-->"
               "<span style='font-family:宋体'>川贝炖雪梨：雪梨1个去核。</span></p>"
               "<p><span style='font-family:Wingdings'>A long run of text in a symbol font</span></p></body></html>")
    assert [doc.block_text(i) for i in range(len(doc.blocks))] == [
        "川贝炖雪梨：雪梨1个去核。", "A long run of text in a symbol font"]


MENU = ("<nav class='site-menu'><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a>"
        "<ul><li><a href='/news/local'>Local</a></li></ul></li><li><a href='/sport'>Sport</a></li></ul></nav>")


def test_a_menu_is_one_block_of_its_lines():
    """A <nav>'s links are chrome whatever they say: one block of its lines, its attributes
    kept for selectors, how many lines it showed noted for windows of blocks."""
    doc = load(f"<html><body>{MENU}<p>The article's only paragraph, long enough.</p></body></html>")
    assert [doc.block_text(i) for i in range(len(doc.blocks))] == [
        "Home\nNews\nLocal\nSport", "The article's only paragraph, long enough."]
    menu = doc.blocks[0]
    assert menu.tag == "nav" and menu.get("class") == "site-menu" and len(menu) == 0
    assert doc.spans == {0: 4}


@pytest.mark.parametrize("tag, inside", [("h1", "The page's title"), ("p", "A paragraph of a text. " * 10)])
def test_a_nav_holding_the_title_or_prose_is_a_box_not_a_menu(tag, inside):
    """A template that puts the page's title, or its text, in a <nav> misnames a box: its
    blocks stay apart."""
    doc = load(f"<html><body><nav><ul><li><a href='/'>Home</a></li></ul><{tag}>{inside}</{tag}></nav>"
               "<p>More text.</p></body></html>")
    assert [doc.blocks[i].tag for i in range(len(doc.blocks))] == ["li", tag, "p"] and not doc.spans


@pytest.mark.parametrize("tag", ["wbr", "embed", "source", "track", "keygen"])
def test_what_follows_a_void_element_libxml2_does_not_know_stays_in_place(tag):
    """libxml2 puts the rest of the parent inside these: a <wbr> in a blog's source line took
    the article into it, and dropping an invisible <embed> took the article out of the page."""
    doc = load(f"<html><body><div>Source: <a href='/x'>X</a><{tag}>Author: Y<br>"
               "<div><p>First paragraph.</p><p>Second paragraph.</p></div></div></body></html>")
    assert [doc.block_text(i) for i in range(len(doc.blocks))] == [
        "Source: XAuthor: Y", "First paragraph.", "Second paragraph."]


@pytest.mark.parametrize("data,reason", [
    (b"", "empty"), (b"   \n\t ", "empty"),
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * 50, "PNG"), (b"%PDF-1.7\n%binary", "PDF"),
    (b"PK\x03\x04" + b"\x00" * 40, "ZIP"), (b"\x00\x01\x02\x03" * 100, "binary"),
])
def test_not_a_page(data, reason):
    with pytest.raises(InputError, match=reason):
        load(data)


def test_size_limit():
    with pytest.raises(InputError, match="limit"):
        load(b"<p>" + b"x" * 2000 + b"</p>", max_bytes=1000)


def test_threads_may_clean_at_once():
    """Parsers are per thread (lxml's must not serve two at once): pages cleaned by several
    threads together come out as they do one by one."""
    from concurrent.futures import ThreadPoolExecutor

    from cleaner import clean
    from samples import all_cases

    pages = [(c.input.read_bytes(), c.url) for c in all_cases()] * 4
    alone = [clean(data, url=url).markdown for data, url in pages]
    with ThreadPoolExecutor(4) as pool:
        together = list(pool.map(lambda page: clean(page[0], url=page[1]).markdown, pages))
    assert together == alone


@pytest.mark.parametrize("html,xpath", [
    ("<div>a<b>B<i>I</i>b2</b>tail<span>S</span>t2</div>", "//b"),
    ("<div><b>B</b>tail</div>", "//b"),
    ("<div>x<b></b>tail</div>", "//b"),
    ("<div>x<span>s</span><b>B<i>I</i></b></div>", "//b"),
    ("<div><b><i>I</i>after</b>tail</div>", "//b"),
])
@pytest.mark.parametrize("method", ["drop_tag", "drop_tree"])
def test_elements_drop_as_lxml_html_does(html, xpath, method):
    """Our element class stands in for lxml.html's: dropping a tag or a tree leaves the same page."""
    import lxml.html
    from lxml import etree

    from cleaner.source import _document, _html_parser

    ours, theirs = _document(html, _html_parser()), lxml.html.document_fromstring(html)
    for root in (ours, theirs):
        getattr(root.xpath(xpath)[0], method)()
    assert etree.tostring(ours) == etree.tostring(theirs)
    assert ours.text_content() == theirs.text_content()


@pytest.mark.parametrize("html,block", [
    ("<h3>选题要点<div class='underline'></div></h3><p>正文</p>", ("h3", "选题要点")),  # an empty box is no block
    ("<h3>Key points<div class='underline'></div></h3><p>Text</p>", ("h3", "Key points")),
    ("<div><em>Loose words <div>in a box</div></em></div>", ("p", "Loose words")),  # an inline holder's text
    # a <figure> in a <p>, where libxml2 leaves it (a <div> would have closed the <p>)
    ("<p>Words before <figure><img src='/a.jpg'><figcaption>Cap</figcaption></figure> words after</p>",
     ("p", "words after")),
])
def test_text_beside_a_box_is_a_block_of_its_own(html, block):
    doc = load(f"<html><body>{html}</body></html>")
    assert block in [(el.tag, text) for el, text in zip(doc.blocks, doc.texts, strict=True)]


@pytest.mark.parametrize("body", ["习惯带了回来，这是正文。", "Words with no box around them, <b>bold</b> ones too.",
                                  "<span>A span</span> and <a href='/x'>a link</a>, nothing else."])
def test_a_body_of_text_alone_is_a_block(body):
    """No block element at all: the <body> is the paragraph (it had been "no visible text")."""
    doc = load(f"<html><body>{body}</body></html>")
    assert [el.tag for el in doc.blocks] == ["body"] and doc.texts[0][:2] in body
