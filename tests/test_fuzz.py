"""Arbitrary bytes and tag soup thrown at the engine: only CleanerError subclasses escape."""

import json
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleaner import CleanerError, clean

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
TAGS = ["p", "div", "a", "img", "b", "table", "tr", "td", "li", "ul", "h1", "h2", "br", "script",
        "style", "meta", "base", "font", "span", "pre", "code", "svg", "math", "template", "title"]
ATTRS = ["href", "src", "charset", "class", "id", "style", "content", "name", "lang", "rel", "property", "type"]
VALUES = st.sampled_from(["javascript:alert(1)", "jav&#x09;ascript:x", " data:x", "/a", "//h/p",
                          "https://e.org/x", "gb2312", "utf-16", "x-unknown", "[x](y)", "<>", "",
                          "https://[x/2019/11/20/a", "canonical", "og:site_name", "author", "application/ld+json"])
TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)


@st.composite
def tag_soup(draw):
    parts = []
    for _ in range(draw(st.integers(0, 30))):
        kind = draw(st.integers(0, 4))
        tag = draw(st.sampled_from(TAGS))
        if kind == 0:
            attrs = " ".join(f'{draw(st.sampled_from(ATTRS))}="{draw(VALUES)}"'
                             for _ in range(draw(st.integers(0, 3))))
            parts.append(f"<{tag} {attrs}>")
        elif kind == 1:
            parts.append(f"</{tag}>")
        elif kind == 2:
            parts.append(draw(st.sampled_from(["<!--", "-->", "<!DOCTYPE html>", "&amp;", "&#0;",
                                               "&#xD800;", "<![CDATA[", "]]>", "\r", "\x00", "<"])))
        else:
            parts.append(draw(TEXT))
    return "".join(parts)


def outcome(data):
    try:
        result = clean(data)
    except CleanerError:
        return None
    assert result.body.strip()
    result.markdown.encode("utf-8")  # valid UTF-8, no lone surrogates
    return result


@SETTINGS
@given(st.binary(max_size=2000))
def test_arbitrary_bytes(data):
    outcome(data)


@SETTINGS
@given(tag_soup(), st.sampled_from(["utf-8", "gb18030", "utf-16", "cp1252", "shift_jis"]))
def test_tag_soup(soup, encoding):
    outcome(soup.encode(encoding, "replace"))
    outcome(soup)


@SETTINGS
@given(tag_soup())
def test_no_unsafe_link_survives(soup):
    result = outcome("<html><body><article>" + soup + "<p>" + "Enough words to be an article. " * 4
                     + "</p></article></body></html>")
    if result is not None:
        body = result.body.lower()
        assert not re.search(r"\]\(\s*(?:javascript|data|vbscript):", body), body
        prose = re.sub(r"(`+)[^`]*?\1", "", body)  # inside a code span, `<b>` is literal text
        prose = re.sub(r"(?m)^ {4}.*$", "", prose)  # and in an indented code block
        assert not re.search(r"(?<!\\)<(?!https?://|mailto:)[a-z/!?]", prose), body  # raw HTML only as escaped text


JSON_LD_KEYS = ["@graph", "@type", "@id", "author", "publisher", "name", "headline", "datePublished",
                "isBasedOn", "isBasedOnUrl", "url", "sourceOrganization", "articleBody", "provider"]
SHOWN = "<p>" + "Shown from data. " * 8  # an articleBody long enough to be shown
JSON_LD = st.recursive(
    st.none() | st.booleans() | st.integers() | st.sampled_from(["Article", "WebPage", "Person", "#a", "x", "", SHOWN]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from(JSON_LD_KEYS), inner, max_size=5),
    max_leaves=12)


@SETTINGS
@given(JSON_LD)
def test_json_ld_of_any_shape(data):
    script = f'<script type="application/ld+json">{json.dumps(data)}</script>'
    text = "The committee will publish its findings after the consultation closes next spring."
    assert text in outcome(f"<html><head>{script}</head><body><p>{text}</p></body></html>").body


WORD = st.sampled_from(["alpha", "beta", "gamma", "delta", "习惯", "带了", "epsilon", "zeta"])
# Containers, inline elements and <p>s (a heading around text alone: not around a block, whose text
# a paragraph would have to split)
BOXES = ["div", "section", "figure", "p", "span", "a", "b", "em", "font", "li", "td", "h3"]
BOX_TREES = st.recursive(WORD, lambda kids: st.tuples(st.sampled_from(BOXES), st.lists(kids, max_size=4)),
                         max_leaves=14)


def _box_html(node):
    if isinstance(node, str):
        return f" {node} "
    tag, kids = node
    if tag == "h3" and any(not isinstance(k, str) for k in kids):
        tag = "div"
    inner = "".join(_box_html(k) for k in kids)
    wrapper = {"li": ("<ul><li>", "</li></ul>"), "td": ("<table><tr><td>", "</td></tr></table>")}
    before, after = wrapper.get(tag, (f"<{tag}>", f"</{tag}>"))
    return before + inner + after


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(BOX_TREES, min_size=1, max_size=4))
def test_every_word_of_the_page_is_in_a_block(trees):
    """Loose text beside a block, wherever the page nests it, gets a block of its own: no pass
    could read or remove it otherwise."""
    from collections import Counter

    from lxml import etree

    from cleaner import source

    html = "<html><body>" + "".join(_box_html(t) for t in trees) + "</body></html>"
    try:
        doc = source.load(html)
    except CleanerError:  # no text at all: nothing to lose
        assert not etree.tostring(etree.HTML(html), method="text", encoding=str).split()
        return
    words = Counter(etree.tostring(doc.root, method="text", encoding=str).split())
    assert not words - Counter(" ".join(doc.texts).split()), doc.texts


def _web_archives():
    """A web archive of one page, in each of its forms: gzipped or not, the page gzipped or not."""
    import gzip
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    archives = []
    for compress in (False, True):
        for inflate in (False, True):
            out = io.BytesIO()
            writer = WARCWriter(out, gzip=compress)
            body = ("<p>" + "Enough words to be an article. " * 4 + "</p>").encode()
            headers = [("Content-Type", "text/html; charset=utf-8")]
            if inflate:
                body, headers = gzip.compress(body), [*headers, ("Content-Encoding", "gzip")]
            http = StatusAndHeaders("200 OK", headers, "HTTP/1.1")
            writer.write_record(writer.create_warc_record("https://e.org/a", "response", payload=io.BytesIO(body),
                                                          http_headers=http))
            archives.append(out.getvalue())
    return archives


WEB_ARCHIVES = _web_archives()


@st.composite
def torn_archive(draw):
    """A web archive cut, spliced and with bytes flipped: a crawl's file gone bad."""
    data = bytearray(draw(st.sampled_from(WEB_ARCHIVES)))
    for _ in range(draw(st.integers(0, 4))):
        at = draw(st.integers(0, len(data)))
        data[at:at + draw(st.integers(0, 3))] = draw(st.binary(max_size=3))
    return bytes(data[:draw(st.integers(0, len(data)))] if draw(st.booleans()) else data)


@SETTINGS
@given(torn_archive())
def test_torn_web_archives(data):
    outcome(data)
