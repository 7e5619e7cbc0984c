"""Bytes (or str) in, a parsed `Document` out: decoding, HTML-or-text, and the page's blocks.

A block is an element of BLOCK_TAGS that holds no other block element: a paragraph, a list item,
a table cell, a heading. Every pass works on blocks, so rules written for HTML pages also work
on scraped plain text, where each line becomes a `<p>`.
"""

from __future__ import annotations

import codecs
import errno
import functools
import gzip
import io
import os
import re
import stat
import threading
import zlib

from lxml import etree

from . import dumps, hydration, jsonld, regexes, saved, scripts
from .errors import InputError, NoContentError
from .paragraphs import BLOCK_TAGS, box_custom_elements, has_text, wrap_loose_text
from .selectors import Attributes, PageIndex

MAX_INPUT_BYTES = 20 * 1024 * 1024
SNIFF_BYTES = 4096
# libxml2 checks each new attribute against all earlier ones: 200,000 attributes on one element
# take minutes. No real page needs more than a few dozen, so the rest are cut before parsing.
MAX_ATTRIBUTES = 256
# With huge_tree, libxml2 stops at 2048 levels of nesting and drops everything after the error.
# A tree that keeps less than this share of the input's visible text lost it somewhere.
MIN_KEPT_TEXT = 0.5
MIN_TEXT_TO_CHECK = 2000
# Work bounds. Every pass, readability and html2text cost time per element, block and entity;
# a page past these (no real article comes near them) is refused rather than ground through.
MAX_MARKUP = 150_000  # tags and entities ("<" and "&") in the page
MAX_BLOCKS = 10_000  # blocks holding text

# Never text a reader sees.
INVISIBLE_TAGS = ("script", "style", "noscript", "template", "iframe", "object", "embed", "svg",
                  "amp-ad", "amp-embed", "amp-sticky-ad", "amp-analytics", "amp-pixel")  # AMP's ad slots, trackers

# Void elements libxml2 does not know as such: the rest of their parent ends up inside them
# (`<wbr>` in a blog's source line would take the article with it; `<embed>` would take it
# out of the page).
UNKNOWN_VOID_TAGS = ("wbr", "embed", "source", "track", "keygen")
HIDDEN_STYLE = regexes.compile(r"(?i)display\s*:\s*none|visibility\s*:\s*hidden")
MIN_REVEALED_CHARS = 100  # a hidden element with less text is not worth a count of the page's text
# A Word list's bullet pasted as a letter in a symbol font ("l" in Wingdings is "●"): elsewhere
# it reads as that letter.
DINGBAT_FONT = regexes.compile(r"(?i)font-family\s*:\s*[\"']?(?:wingdings|webdings)")
DINGBAT_MAX_CHARS = 3
MENU_PROSE_CHARS = 200  # a paragraph this long in a <nav> is a text's: the template misused the tag

# Browsers decode these labels with the superset encoding (WHATWG Encoding Standard).
CHARSET_SUPERSETS = {
    "gb2312": "gb18030", "gbk": "gb18030", "gb_2312-80": "gb18030", "x-gbk": "gb18030",
    "iso-8859-1": "cp1252", "latin1": "cp1252", "ascii": "cp1252", "us-ascii": "cp1252",
    "big5": "big5hkscs", "shift_jis": "cp932", "sjis": "cp932", "euc-kr": "cp949",
}
BINARY_SIGNATURES = (
    (b"\x89PNG", "a PNG image"), (b"%PDF", "a PDF document"), (b"PK\x03\x04", "a ZIP archive"),
    (b"PK\x05\x06", "a ZIP archive"), (b"GIF8", "a GIF image"), (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x7fELF", "an executable"), (b"MZ", "an executable"), (b"\xca\xfe\xba\xbe", "an executable"),
    (b"\xcf\xfa\xed\xfe", "an executable"), (b"RIFF", "a media file"), (b"\x00\x00\x01\x00", "an icon"),
    (b"7z\xbc\xaf", "a 7z archive"), (b"Rar!", "a RAR archive"), (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ", "an xz archive"), (b"OggS", "an audio file"), (b"ID3", "an audio file"),
    (b"wOFF", "a font"), (b"\x00asm", "a WebAssembly module"), (b"SQLite format", "a database"),
    (b"\x1a\x45\xdf\xa3", "a media file"), (b"\xd0\xcf\x11\xe0", "an Office document"),
)
# Signatures short enough to start a line of text ("MZ is a band"): binary only when the head
# holds control bytes that no text has.
WEAK_SIGNATURES = (b"MZ", b"BZh", b"ID3", b"GIF8", b"RIFF", b"OggS", b"wOFF", b"Rar!")
# Patterns that only unusual pages need stay strings: `re` compiles each on first use (and keeps
# it), where compiling them all at import would cost every one-page run.
BINARY_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0e, 0x1b), *range(0x1c, 0x20)])
BINARY_CONTROL_CHARS = "[\x00-\x08\x0e-\x1a\x1c-\x1f]"
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
META_CHARSET = regexes.compile(rb"""<meta[^<>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)
# A declared charset is only used if it reads plain ASCII markup as itself: `utf-16` in a <meta>
# that was readable as ASCII is a lie, and utf-7, hz or unicode_escape would rewrite the text.
ASCII_PROBE = b'<Meta charset="x"> +AGE- ~{ \\x41 &#65; Az09'
UTF8_MULTIBYTE = rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
XML_DECLARATION = regexes.compile(r"^\s*<\?xml[^>]*\?>")
# An XML internal subset (entity declarations) means nothing to the HTML parser, which would
# show its tail as text; it is never read, so no entity can expand or fetch anything.
DOCTYPE_SUBSET = regexes.compile(r"^(\s*<!DOCTYPE[^\[<>]*)\[[^\]]*\]\s*>", re.I)
# libxml2 ends the document at the first </html>, where browsers ignore one that comes early
# (a CMS's header include closes its own <html>) and show the rest of the page.
HTML_END = regexes.compile(r"</html\s*>", re.I)
# XML 1.0 forbids these; lxml refuses to hold them, and no reader wants them.
UNSAFE_CHARS = "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]"
# What a decoder can leave in a page (it never yields lone surrogates): each is looked for with
# one C-level `in`, much faster than running the class above over every page.
UNSAFE_PROBES = tuple(chr(c) for c in [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F, 0xFFFE, 0xFFFF])
CONTROL_BYTES = bytes(ord(c) for c in UNSAFE_PROBES if c < "\x80")
UTF8_NONCHARACTER = regexes.compile(rb"\xef\xbf[\xbe\xbf]")  # U+FFFE, U+FFFF; a regex finds it faster than `in`
# A start tag's attributes as the HTML5 tokenizer reads them (libxml2 2.14 follows it): a name
# runs to white space, "/", ">" or "=" (quotes and "<" are part of it), a value is quoted after
# "=" (an unclosed quote runs to the end) or runs to white space or ">", and attributes need
# nothing between them. Atomic and possessive: "a=b" is never read again as "a" and "=b".
HTML_SPACE = r"[\t\n\f\r ]"
TAG_ATTRIBUTE = (rf"(?>(?:{HTML_SPACE}|/)*+[^\t\n\f\r />][^\t\n\f\r />=]*+"
                 rf"(?:{HTML_SPACE}*+={HTML_SPACE}*+(?:\"[^\"]*+(?:\"|\Z)|'[^']*+(?:'|\Z)|[^\t\n\f\r >]*+))?)")
TAG_END = rf"{TAG_ATTRIBUTE}*+(?:{HTML_SPACE}|/)*+>?"
# A start tag with more than MAX_ATTRIBUTES, in one C-level scan that steps attribute by attribute
# and over comments and raw text whole (a script's `i<n` starts no tag).
RAW_TEXT_TAGS = "script|style|textarea|title|xmp|iframe|noembed|noframes|noscript"
RAW_TEXT_ELEMENTS = tuple(RAW_TEXT_TAGS.split("|"))
MANY_ATTRIBUTES = regexes.compile(
    rf"<(?:(?P<tag>[A-Za-z][^\t\n\f\r />]*+)(?={TAG_ATTRIBUTE}{{{MAX_ATTRIBUTES + 1}}})"
    rf"|(?P<raw>(?i:{RAW_TEXT_TAGS}))(?=[\t\n\f\r />])(?:[^<]++|<(?!/(?i:(?P=raw))))*+|!--(?:[^-]++|-(?!->))*+)")
# The same test of every "<", in raw text and comments too: it finds all that MANY_ATTRIBUTES
# finds, and on nine pages in ten nothing, in two thirds of its time (no stepping).
MANY_ATTRIBUTES_ANYWHERE = regexes.compile(rf"<[A-Za-z][^\t\n\f\r />]*+(?={TAG_ATTRIBUTE}{{{MAX_ATTRIBUTES + 1}}})")
_THREAD = threading.local()
LONG_ATTRIBUTE_CHARS = 500  # an attribute value this long that holds `<` may have swallowed markup
MAX_TAGS_PER_ELEMENT = 3  # a start tag, an end tag, and room for a stray `<` (1.9 on most pages)
EARLY_END_TAGS_PER_ELEMENT = 2.1  # above which an early </html> is looked for (2.1 on one page in ten)
START_TAG = regexes.compile(r"<[A-Za-z]")
# A cheap estimate of the visible text, to notice when the parser dropped some of it.
TAG_OR_COMMENT = r"(?s)<!--.*?(?:-->|\Z)|<[^<>]*+>"
ENTITY = r"&#?\w{1,32};"
FIELD_LABEL = r"\s*[^\W\d_]{1,6}\s*[:：](?!//)"  # "作者：", "By:"; not "https:"
NBSP_ENTITIES = ("&nbsp;", "&#160;", "&#xa0;", "&#xA0;")
LOOKS_LIKE_HTML = regexes.compile(
    r"<(?:!doctype|html|head|body|meta|title|div|p|table|span|a|br|h[1-6]|article|section)[\s>/]",
    re.I,
)
WHITESPACE = r"[ \t\r\f\v\u00a0\u3000\u2002\u2003\u2009\u200b\ufeff]+"
SPACES = regexes.compile(WHITESPACE)


def normalize_text(text):
    """Collapse spaces (including full-width and no-break ones) on each line; drop empty lines.
    str.split() knows every Unicode space and runs in C; only the zero-width ones need help.
    A space before a comma is markup's ("<strong>Dana Ford </strong>, …"), not the writer's."""
    if "\u200b" in text or "\ufeff" in text:
        text = text.replace("\u200b", " ").replace("\ufeff", " ")
    if "\n" not in text:
        text = " ".join(text.split())
    else:
        text = "\n".join(filter(None, (" ".join(line.split()) for line in text.split("\n"))))
    return text.replace(" ,", ",") if " ," in text else text


class Document:
    """A parsed page. `blocks` lists its leaf blocks in reading order; `order` maps back."""

    def __init__(self, root, url, is_text, encoding, warnings=(), encoding_guessed=False):
        self.root, self.url, self.is_text, self.encoding = root, url, is_text, encoding
        self.encoding_guessed = encoding_guessed  # detected, not declared: a site rule may know better
        self.blocks, self.order, self.texts = [], {}, []
        self.json_ld = []  # the items of its JSON-LD scripts, read before scripts go
        self.saved_fields = {}  # what a scraper's record or an e-mail gives beside the page (saved.SavedPage)
        # Every element as parsed, held so that lxml keeps their Python objects: it makes one
        # each time a walk meets an element none is alive for, and drops it when the walk moves
        # on, so the dozen walks of the page would each make them all again.
        self.elements = []
        self.attributes = None  # the elements' Attributes, read with the page (None: read them when needed)
        self.warnings = list(warnings)  # what reading the page had to change
        self._headed = {}  # table -> whether it has header cells
        self.facts = frozenset()  # blocks of boxes of facts about the subject (see is_data_cell)
        self.spans = {}  # block order -> the lines of the menu folded into it (see fold_menus)

    def text_of(self, el):
        return normalize_text(el.text_content())

    def block_text(self, i):
        return self.texts[i]

    def index_blocks(self, menus):
        # Blocks with no visible text are layout, not content.
        pairs = [(el, text) for el in _leaf_blocks(self.root) if (text := self.text_of(el))]
        pairs = [(el, _fields_apart(el, text) if ":" in text or "：" in text else text) for el, text in pairs]
        self.blocks = [el for el, _ in pairs]
        self.texts = [text for _, text in pairs]  # each block's, in order
        self.order = {el: i for i, el in enumerate(self.blocks)}
        self.spans = {self.order[el]: lines for el, lines in menus.items() if el in self.order}

    @functools.cached_property
    def scripts(self):
        """The text of each inline script, which leaves the tree as the page is read: for a rule
        that reads a value the page's script sets and shows (WeChat's `var publish_time`)."""
        return [el.text for el in self.elements if el.tag == "script" and el.text]

    @functools.cached_property
    def index(self):
        return PageIndex(self.root, self.attributes)

    def select(self, selector, scope=None):
        """The elements a rule Selector matches at or under `scope` (default: the whole page),
        in document order: simple CSS from the page index (built once, after the page is
        final), the rest by lxml."""
        group = selector.simple
        if group is None or (scope is not None and scope not in self.index.position):
            return selector.select(self.root if scope is None else scope)
        return self.index.select(group, scope)

    def sole_block(self, el):
        """The block `el` is, or the one block it holds alone (a box around a paragraph); else None."""
        i = self.order.get(el)
        if i is None and len(blocks := self.blocks_within(el)) == 1:
            return blocks[0]
        return i

    def blocks_in(self, selectors):
        """The blocks inside the elements any of `selectors` finds."""
        return {i for selector in selectors for el in self.select(selector) for i in self.blocks_within(el)}

    def is_data_cell(self, i):
        """Block i is a header cell, a cell of a table with header cells, or a line of a box of
        facts (`facts`: a wiki's infobox as <div>s): data ("Comments", "Directed by | Akitaro
        Daichi", an episode's air date), not a line of chrome. Layout tables, which pages built
        around their text, have no header cells."""
        el = self.blocks[i]
        if el.tag == "th" or i in self.facts:
            return True
        if el.tag != "td":
            return False
        table = next(el.iterancestors("table"), None)
        if table not in self._headed:  # (asked for each of its cells, by several passes)
            self._headed[table] = table is not None and next(table.iter("th"), None) is not None
        return self._headed[table]

    def move_to_start(self, el, parent):
        """Move `el` (its tail text stays) to be `parent`'s first child. Only for an element
        before `parent` with no kept block between them, so that reading order still holds;
        the page index, if built, is built again."""
        el.drop_tree()
        parent.insert(0, el)
        self.__dict__.pop("index", None)

    def blocks_within(self, el):
        """The leaf blocks inside `el` (itself included), in reading order."""
        if el in self.order:
            return [self.order[el]]
        return [self.order[d] for d in el.iterdescendants() if d in self.order]

    def block_of(self, el):
        """The leaf block holding `el`, or None when `el` is outside every block."""
        for a in el.iterancestors():
            if a in self.order:
                return self.order[a]
        return None


def _fields_apart(el, text):
    """An info line of elements side by side ("<span>来源：X</span><span>作者：Y</span><span>
    2024-05-20</span>") shows its fields apart, by the page's CSS, but its text runs them
    together ("来源：X作者：Y2024-05-20"): where an element starts a "label:" field, a space
    between its siblings lets patterns see where each value ends. Only lines with two colons
    or more can hold two fields. A walk, not a recursion: pages nest past Python's limit."""
    if not len(el) or text.count(":") + text.count("：") < 2:
        return text
    fields = {}  # parent -> whether one of its children starts a field
    parts, last = [], ""
    for event, e in etree.iterwalk(el, events=("start", "end")):
        if e is el:
            if event == "start" and e.text:
                parts.append(e.text)
                last = e.text
            continue
        piece = e.text if event == "start" else e.tail
        if event == "start":
            parent = e.getparent()
            if parent not in fields:
                fields[parent] = any(re.match(FIELD_LABEL, _head(c)) for c in parent)
            if fields[parent] and last[-1:].strip() and _head(e)[:1].strip():
                parts.append(" ")
        if piece:
            parts.append(piece)
            last = piece
    return normalize_text("".join(parts))


def _head(el, chars=16):
    """The start of an element's text, enough to hold a field's label."""
    head = ""
    for piece in el.itertext():
        head += piece
        if len(head) >= chars:
            break
    return head


def _leaf_blocks(root):
    """Leaf blocks in document order, in one pass: asking each block whether any descendant is
    a block would be quadratic on deeply nested pages. An empty box is no block inside its
    parent: <h3>Title<div class="underline"></div></h3> is a heading."""
    blocks = list(root.iter(*BLOCK_TAGS))  # lxml filters tags in C
    has_block_inside = set()
    for el in blocks:
        if not len(el) and not has_text(el.text):
            continue
        for a in el.iterancestors():
            if a in has_block_inside:
                break
            has_block_inside.add(a)
    return [el for el in blocks if el not in has_block_inside and el.tag != "hr"]  # (a <body> of text alone is one)


def load(data, url=None, max_bytes=MAX_INPUT_BYTES, encoding=None):
    """Decode and parse a page (or the page a browser saved as MHTML, a web archive's one page or
    a scraper's JSON record), at `url`, else at the address a saved page notes; `encoding` is the
    one to read it in when it declares none (a site rule's). Raises InputError for what is not a
    page at all, and NoContentError for a page with no visible text."""
    warnings, saved_fields = [], {}
    if isinstance(data, str):
        if len(data) > max_bytes:
            raise InputError(f"input is larger than the {_megabytes(max_bytes)} limit")
        text, encoding, guessed = data, "unicode", False
    else:
        data = _gunzip(bytes(data), max_bytes)
        if len(data) > max_bytes:
            raise InputError(f"input is larger than the {_megabytes(max_bytes)} limit")
        page = (saved.unpack(data) if saved.is_mime_message(data)
                else saved.unpack_warc(data, max_bytes) if saved.is_warc(data)
                else saved.unpack_json(data) if saved.is_json_record(data) else None)
        if page:
            data, url, encoding, saved_fields = page.html, url or page.url, encoding or page.charset, page.fields
            if len(data) > max_bytes:
                raise InputError(f"the saved page is larger than the {_megabytes(max_bytes)} limit")
        _refuse_binary(data)
        text, encoding, guessed = decode(data, encoding)
    decoded = text
    if _may_hold_unsafe(data, text, encoding):
        text = re.sub(UNSAFE_CHARS, _replace_unsafe, text)
    if "\r" in text:  # a scan, where replacing copies the page
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text or text.isspace():  # (strip() would copy the page)
        raise InputError("input is empty")
    is_text = not LOOKS_LIKE_HTML.search(text[:SNIFF_BYTES * 4])
    if url is None and not is_text:
        url = saved.noted_address(text)
    # (a page shorter than the limit cannot pass it: not counted)
    if len(text) > MAX_MARKUP and (markup := text.count("<") + text.count("&")) > MAX_MARKUP:
        raise InputError(f"the page holds {markup:,} tags and entities, more than the "
                         f"{MAX_MARKUP:,} this tool will process")
    if is_text:
        root, elements, attributes = _parse_text(text), [], None
    else:
        text = _limit_attributes(text, warnings)
        # libxml2 reads UTF-8 as it is and must convert a str first: it gets the bytes when
        # they say exactly what the text says (nothing replaced, no invalid byte)
        same = encoding == "utf-8" and text is decoded and "\ufffd" not in text
        root, elements, attributes = _parse_html(text, data if same else None)
    doc = Document(root=root, url=url, is_text=is_text, encoding=encoding, warnings=warnings,
                   encoding_guessed=guessed)
    doc.elements, doc.attributes, doc.saved_fields = elements, attributes, saved_fields
    doc.json_ld = jsonld.items(s.text for s in root.iter("script") if s.get("type") == "application/ld+json" and s.text)
    styled = _styled(root, elements, attributes)
    etree.strip_elements(root, *INVISIBLE_TAGS, with_tail=False)  # in C; their tails stay in place
    _drop_unseen(root, styled)
    _show_unshown_article(root, doc)
    if not is_text:
        _unwrap_preformatted_prose(root)
    menus = {} if is_text else fold_menus(root)
    if any("-" in el.tag for el in elements):  # (a look at each tag: faster than a scan of the page)
        box_custom_elements(root)
        doc.attributes = None  # their names joined their classes
    wrap_loose_text(root)
    for br in root.iter("br"):  # a line break is a line break in block text too
        br.tail = "\n" + (br.tail or "")
    doc.index_blocks(menus)
    if len(doc.blocks) > MAX_BLOCKS:
        raise InputError(f"the page has {len(doc.blocks):,} blocks of text, more than the "
                         f"{MAX_BLOCKS:,} this tool will process")
    if not doc.blocks:
        raise NoContentError("no article content found (the page has no visible text)")
    return doc


def _drop_unseen(root, styled):
    """What the browser never shows goes: hidden elements (often a second, schema.org copy of the
    page) and a Word list's bullets in a symbol font. Not a hidden element that holds more text
    than the page shows outside every hidden one: that is the article a script was to show a
    moment later (WeChat hides its text until its script has run, among hidden buttons and
    dialogs; pages hide their body until their fonts load)."""
    hidden = {}
    for el in styled:
        style = el.get("style") or ""
        if el.get("hidden") is not None or HIDDEN_STYLE.search(style):
            hidden[el] = None
        elif DINGBAT_FONT.search(style) and len(el.text_content().strip()) <= DINGBAT_MAX_CHARS:
            el.drop_tree()
    chars = {el: _count_visible(el.text_content()) for el in hidden}
    shown = 0  # characters shown outside every hidden element, counted only where one may hold more
    if any(n >= MIN_REVEALED_CHARS for n in chars.values()):
        outermost = (el for el in hidden if not any(a in hidden for a in el.iterancestors()))
        shown = _count_visible(root.text_content()) - sum(chars[el] for el in outermost)
    for el in hidden:  # (in document order: a box before what it holds)
        if chars[el] >= MIN_REVEALED_CHARS and chars[el] > shown:
            shown += chars[el]  # shown now: what is hidden inside it is weighed against it too
            continue
        el.drop_tree()


def _unwrap_preformatted_prose(root):
    """A <pre> of prose wrapped at a mail's width (a list archive's post) as the paragraphs it
    wraps: scored as paragraphs, and written as text, not as code."""
    for pre in list(root.iter("pre")):
        paragraphs = dumps.prose(pre.text_content())
        if paragraphs:
            tail = pre.tail
            pre.clear()  # (its links too: their words are the addresses they show)
            pre.tag, pre.tail = "div", tail
            for paragraph in paragraphs:
                etree.SubElement(pre, "p").text = paragraph


def _show_unshown_article(root, doc):
    """Show the article's text from the page's JSON-LD, else from its script's data, where the
    page shows none of it: the page's script was to render it (an app's shell, a page that loads
    its text as data). Appended to <body>, where the content scorer weighs it as it would the
    script's rendering."""
    body = root.find("body")
    text, origin = jsonld.article_body(doc.json_ld), "the page's JSON-LD"
    if text is not None:
        if not jsonld.unshown(text, "" if body is None else body.text_content()):
            return
    elif hydration.may_be_a_shell(body):  # (its scripts' data is read only then)
        text, origin = hydration.unshown_article(doc.scripts, body), "the data of the page's script"
    if text is None:
        return
    page = _limit_attributes(f"<html><body><article>{jsonld.as_html(text)}</article></body></html>", doc.warnings)
    article = _document(page, _html_parser()).find("body/article")
    if article is None:
        return
    etree.strip_elements(article, *INVISIBLE_TAGS, with_tail=False)
    if body is None:
        body = root.makeelement("body")
        root.append(body)
    body.append(article)
    doc.warnings.append(f"the page does not show its article; took its text from {origin}")


def fold_menus(root):
    """Make each menu (<nav>) one block of the lines it shows: a news page's menus hold a fifth
    of its blocks, links every pass would read one by one, and are chrome whatever they say.
    Their text stays, for `cleaner diff`, and so do their attributes, for selectors. Returns
    each menu folded -> how many lines it showed: windows of blocks still count them, so that
    what a menu kept out of a window's reach (a top bar's date of today) stays out. Not a <nav>
    holding the page's title or a paragraph of prose: a template's box misnamed."""
    menus = {}
    for nav in list(root.iter("nav")):
        if (nav.getparent() is None or next(nav.iterancestors("nav"), None) is not None
                or nav.find(".//h1") is not None
                or any(len(p.text_content()) >= MENU_PROSE_CHARS for p in nav.iter("p"))):
            continue
        lines = [text for text in nav.itertext() if not text.isspace()]
        attributes, tail = nav.items(), nav.tail
        nav.clear()
        for name, value in attributes:
            nav.set(name, value)
        nav.text, nav.tail = "\n".join(lines), tail
        menus[nav] = len(lines)
    return menus


def read_file(path, max_bytes=MAX_INPUT_BYTES):
    """The bytes of an input file, read no further than the size limit (a FIFO or /dev/zero
    must not fill memory); InputError with a one-line reason for what cannot be read."""
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise InputError("is a directory, not a file")
        with open(path, "rb") as f:
            data = f.read(max_bytes + 1)
    except FileNotFoundError:
        if os.path.islink(path):
            raise InputError("is a broken symbolic link") from None
        if re.match(r"(?i)https?://", str(path)):  # nothing is ever fetched: say so
            raise InputError("no such file; this is a web address, and pages are never downloaded: "
                             "save the page first, or pipe it in") from None
        raise InputError("no such file") from None
    except PermissionError:
        raise InputError("permission denied") from None
    except OSError as e:
        if e.errno == errno.ELOOP:
            raise InputError("is a symbolic link loop") from None
        raise InputError(e.strerror or str(e)) from None
    if len(data) > max_bytes:
        raise InputError(f"input is larger than the {_megabytes(max_bytes)} limit{_crawl_hint(data)}")
    return data


def _crawl_hint(data):
    """Where a crawl's web archive (gzipped record by record, or not at all) too large to read
    whole can be read: its first bytes are inflated, no more."""
    try:
        is_crawl = saved.is_warc(_gunzip(data, max_bytes=16))
    except InputError:
        return ""
    return "; batch reads a crawl's web archive a page at a time" if is_crawl else ""


def read_record(path, offset, length, max_bytes=MAX_INPUT_BYTES):
    """The bytes of one record of a web archive (see saved.warc_pages), a web archive of its own."""
    if length > max_bytes:
        raise InputError(f"the page's record is larger than the {_megabytes(max_bytes)} limit")
    try:
        with open(path, "rb") as f:
            f.seek(offset)
            data = f.read(length)
    except OSError as e:
        raise InputError(e.strerror or str(e)) from None
    if len(data) < length:
        raise InputError("the archive is shorter than when its pages were listed")
    return data


def _megabytes(n):
    return f"{n / 1024 / 1024:g} MB" if n >= 1024 * 1024 else f"{n} byte"


def _may_hold_unsafe(data, text, encoding):
    """Whether the text may hold a control character or a non-character. In UTF-8 they are
    their own bytes (EF BF BE/BF for U+FFFE/U+FFFF), found by one C-level pass over the bytes;
    any other text is probed character by character."""
    if not isinstance(data, bytes):
        return True
    if encoding == "utf-8":
        return len(data.translate(None, CONTROL_BYTES)) < len(data) or UTF8_NONCHARACTER.search(data) is not None
    return any(c in text for c in UNSAFE_PROBES)


def _replace_unsafe(m):
    """NULs and control bytes vanish (vertical tab and form feed are spaces); a lone surrogate
    or a non-character shows as U+FFFD."""
    char = m.group(0)
    if char in "\x0b\x0c":
        return " "
    return "" if char < "\x80" else "\ufffd"


def _gunzip(data, max_bytes):
    if not data.startswith(b"\x1f\x8b"):
        return data
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as f:
            out = f.read(max_bytes + 1)
    except (OSError, EOFError, zlib.error) as e:
        raise InputError(f"gzip data is corrupt ({e})") from None
    return out


def _refuse_binary(data):
    if any(data.startswith(bom) for bom, _ in BOMS):
        return
    head = data[:SNIFF_BYTES]
    controls = _control_bytes(head)
    for magic, what in BINARY_SIGNATURES:
        if data.startswith(magic) and (magic not in WEAK_SIGNATURES or controls):
            raise InputError(f"input is {what}, not a web page or text")
    if not controls or _bomless_unicode(head):
        return  # (a page's text has no control bytes: nothing more to tell)
    if controls > len(head) // 20 and not _utf16_cjk(head):  # text has next to none
        raise InputError("input is binary data, not a web page or text")


def _control_bytes(head):
    """How many control bytes (not tabs, line ends or escapes) the bytes hold: one pass in C."""
    return len(head) - len(head.translate(None, BINARY_CONTROL_BYTES))


def _bomless_unicode(head):
    """UTF-32 or UTF-16 without a BOM, told by its NUL bytes: the high bytes of ASCII (and, in
    UTF-32, of every character) are zero in fixed lanes. The guess must decode cleanly, without
    control characters, or it is binary data that happens to hold NULs."""
    head = head[:len(head) // 4 * 4]
    if len(head) < 8:
        return None
    quads = [head[i::4].count(0) for i in range(4)]
    n = len(head) // 4
    if sorted(quads)[2] >= n * 0.9 and min(quads) < n // 2:
        name = "utf-32-le" if quads[3] >= quads[0] else "utf-32-be"
    else:
        evens, odds = quads[0] + quads[2], quads[1] + quads[3]
        if min(evens, odds) > n // 25 or max(evens, odds) < max(n // 5, 1):  # ("<p>hi</p>": no NUL at all)
            return None
        name = "utf-16-le" if odds > evens else "utf-16-be"
    try:
        sample = head.decode(name, "strict" if name.startswith("utf-32") else "ignore")
    except UnicodeDecodeError:
        return None
    return None if re.search(BINARY_CONTROL_CHARS, sample) else name


def _utf16_cjk(head):
    """UTF-16 without a BOM holding CJK text: no byte lane is all NULs (Han characters have no
    zero byte), and its low bytes look like control bytes. Read in the right byte order it is
    nearly all CJK characters, CJK punctuation and ASCII; binary data, or the wrong order, is not."""
    if _control_bytes(head) <= len(head) // 20:
        return None  # GBK, Big5 and the like have no control bytes: never read them as UTF-16
    head = head[:len(head) // 2 * 2]
    for name in ("utf-16-le", "utf-16-be"):
        text = head.decode(name, "replace")
        if len(text) < 8:
            return None
        cjk = scripts.count(text)
        plain = sum(1 for c in text if (c.isascii() and (c.isprintable() or c in "\n\r\t"))
                    or "\u3000" <= c <= "\u303f" or "\uff00" <= c <= "\uffef")
        if cjk >= len(text) * 0.3 and cjk + plain >= len(text) * 0.9:
            return name
    return None


def decode(data, expected=None):
    """Bytes to (str, encoding, guessed) the way a browser would, but safer: BOM, then UTF-8 if
    every byte is valid UTF-8, then a declared charset that really decodes the bytes, then the
    `expected` one (a site rule's), then mostly-UTF-8, then detection: only that is a guess.
    Pages re-saved as UTF-8 often still declare GB2312, and valid multi-byte UTF-8 almost never
    happens by chance, so UTF-8 wins over a declaration."""
    for bom, name in BOMS:
        if data.startswith(bom):
            return data.decode(name, "replace"), name, False
    head = data[:SNIFF_BYTES]
    name = _bomless_unicode(head)
    if name:
        return data.decode(name, "replace"), name, False
    for name in filter(None, ("utf-8", _declared_charset(data), expected and charset(expected))):
        try:
            return data.decode(name), name, False
        except (UnicodeDecodeError, LookupError):
            continue
    if _mostly_utf8(data):
        return data.decode("utf-8", "replace"), "utf-8", False
    name = _utf16_cjk(head)
    if name:
        return data.decode(name, "replace"), name, False
    return *_detect(data), True


def _mostly_utf8(data):
    """UTF-8 with a few broken sequences (a truncated copy, a stray Latin-1 byte) is UTF-8:
    decoding it as anything else would garble every character to save a few."""
    valid = len(re.findall(UTF8_MULTIBYTE, data))
    if valid < 3:
        return False
    broken = data.decode("utf-8", "replace").count("\ufffd") - data.count(b"\xef\xbf\xbd")
    return broken * 10 <= valid


def _declared_charset(data):
    m = META_CHARSET.search(data[:SNIFF_BYTES * 4])
    if not m:
        return None
    return charset(m.group(1).decode("ascii", "ignore"))


def charset(label):
    """The codec to read a charset label with (its superset: pages labelled GB2312 hold GBK
    characters), or None when it is unknown or would not read the markup as ASCII."""
    name = label.strip().lower()
    name = CHARSET_SUPERSETS.get(name, name)
    return name if _is_ascii_compatible(name) else None


def _is_ascii_compatible(name):
    try:
        return ASCII_PROBE.decode(name) == ASCII_PROBE.decode("ascii")
    except (LookupError, UnicodeError, ValueError, TypeError):
        return False


def _detect(data):
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    name = best.encoding if best else "cp1252"
    name = CHARSET_SUPERSETS.get(name.replace("_", "-"), CHARSET_SUPERSETS.get(name, name))
    # GB2312 pages without a declaration are common; gb18030 also reads their GBK characters.
    if name in ("gb2312", "gbk", "hz"):
        name = "gb18030"
    try:
        return data.decode(name, "replace"), name
    except LookupError:
        return data.decode("cp1252", "replace"), "cp1252"


def _limit_attributes(text, warnings):
    """Cut start tags with pathologically many attributes down to MAX_ATTRIBUTES before
    libxml2 sees them: one scan finds them, and nearly every page has none."""
    if not MANY_ATTRIBUTES_ANYWHERE.search(text):
        return text  # none anywhere (a page where one may be in a script is scanned again)
    parts, done, at = [], 0, 0
    while m := MANY_ATTRIBUTES.search(text, at):
        at = m.end()
        if m.group("tag") is None:
            continue  # a comment or raw text, stepped over
        kept = regexes.compile(rf"{TAG_ATTRIBUTE}{{{MAX_ATTRIBUTES}}}").match(text, at).end()
        parts += [text[done:kept], ">"]
        done = at = regexes.compile(TAG_END).match(text, kept).end()
    if not parts:
        return text
    warnings.append(f"{len(parts) // 2} element(s) had more than {MAX_ATTRIBUTES} attributes; "
                    f"kept the first {MAX_ATTRIBUTES} of each")
    return "".join(parts) + text[done:]


def _parse_html(text, utf8=None):
    """libxml2 with huge_tree (our own size limit is already enforced), never the network.
    Past its depth limit libxml2 stops and drops the rest of the page: that is an error, as is
    any other way the tree ends up holding much less text than the input (an early </html>
    aside, which is read past). Returns the root, every element of the page (see
    Document.elements) and their Attributes, read once for the parse check, the hidden elements
    and the selectors. `utf8`: the same page as UTF-8 bytes, which are read instead when no
    declaration had to be cut from the text."""
    cut = DOCTYPE_SUBSET.sub(r"\1>", XML_DECLARATION.sub("", text, count=1), count=1)
    as_bytes = utf8 is not None and cut is text  # nothing was cut: the bytes are still the page
    text = cut
    root, elements, attributes = _parse_checked(utf8 if as_bytes else text)
    tags = _tag_marks(text, root, len(elements))
    # Looked for only where fewer elements than usual came of the tags: a scan of the page.
    if (tags > EARLY_END_TAGS_PER_ELEMENT * len(elements) and (end := HTML_END.search(text))
            and START_TAG.search(text, end.end())):
        text = HTML_END.sub("", text)
        root, elements, attributes = _parse_checked(text)
        tags = _tag_marks(text, root, len(elements))
    lost = _text_lost(text, tags, root, len(elements), attributes.long_values)
    if lost:
        raise InputError(f"the HTML parser kept only {lost[0]} of about {lost[1]} characters of "
                         "text; refusing a partial page")
    for el in list(root.iter(UNKNOWN_VOID_TAGS)):
        if el.text or len(el):
            el.drop_tag()  # what followed it, which libxml2 put inside it, goes back where it was
    return root, elements, attributes


def _styled(root, elements, attributes):
    """The elements with a `style` or `hidden` attribute that are still in the page and not
    about to leave it with an invisible element, in document order."""
    if attributes is None:
        return []
    having = attributes.having
    styled = having.get("style", [])
    if "hidden" in having:
        marked = {*styled, *having["hidden"]}
        styled = [el for el in elements if el in marked]
    return [el for el in styled if el.tag not in INVISIBLE_TAGS and (el is root or el.getparent() is not None)
            and next(el.iterancestors(INVISIBLE_TAGS), None) is None]


def _parse_checked(page):
    """The root, the elements and their Attributes of `page` (text, or UTF-8 bytes)."""
    parser = _html_parser(remove_comments=True, remove_pis=True, encoding="utf-8" if isinstance(page, bytes) else None)
    try:
        root = _document(page, parser)
    except (etree.ParserError, ValueError) as e:
        raise NoContentError(f"no HTML content could be parsed ({e})") from None
    for error in parser.error_log:
        if error.type_name == "ERR_RESOURCE_LIMIT":
            problem = "elements nested too deeply" if "depth" in error.message else "a resource limit"
            raise InputError(f"the HTML parser stopped early ({problem}: "
                             f"{error.message.strip()}); refusing a partial page")
    elements = list(root.iter(etree.Element))
    return root, elements, Attributes(elements, long_chars=LONG_ATTRIBUTE_CHARS)


def _tag_marks(text, root, element_count):
    """The page's "<"s that should have become tags: not those opening comments, nor those in
    the text of scripts and styles (a minified library's `i<n` loops, a framework's state as
    JSON), which take longer to count than "<" and are counted only where fewer elements than
    usual came of the "<"s."""
    marks = text.count("<")
    if marks > EARLY_END_TAGS_PER_ELEMENT * element_count:
        marks -= text.count("<!--") + sum(el.text.count("<") for el in root.iter(RAW_TEXT_ELEMENTS) if el.text)
    return marks


def _text_lost(text, tags, root, element_count, long_values):
    """(characters kept, characters expected) where the tree holds much less text than `text`
    (with `tags` "<"s that should have become tags) shows, else None."""
    if _plainly_whole(text, tags, element_count, long_values):
        return None
    expected = _visible_estimate(text)
    if expected < MIN_TEXT_TO_CHECK:
        return None
    kept = _count_visible(root.text_content())
    return (kept, expected) if kept < expected * MIN_KEPT_TEXT else None


def _plainly_whole(text, tags, element_count, long_values):
    """Cheap evidence that the parser kept the whole page, so that the text need not be counted
    (a tenth of a page's cleaning time): every tag of the source became about one start or end
    tag of an element, no tag is left open at the end, and no long attribute value holds
    markup. Text swallowed by a tag that never ends, by an unclosed quote or by markup the
    parser ignores leaves its trace in one of these. (What a script left open takes in stays
    its text, as in a browser: the full count finds no text lost either.)"""
    return (tags <= MAX_TAGS_PER_ELEMENT * element_count and text.rfind(">") > text.rfind("<")
            and not any("<" in value for value in long_values))


def _count_visible(text):
    """Characters other than ASCII white space, counted in C: an estimate is all we need."""
    return len(text) - sum(text.count(c) for c in " \n\t\r\xa0")


def _visible_estimate(text):
    """What the markup shows: no tags or comments, one character per entity except no-break
    spaces, which text_content() counts as space. Substitutions only, no Python per match."""
    text = re.sub(TAG_OR_COMMENT, "", text)
    spaces = sum(text.count(e) for e in NBSP_ENTITIES)
    return _count_visible(re.sub(ENTITY, "x", text)) - spaces


def _parse_text(text):
    """Scraped text: each non-empty line is a paragraph (a text-mode browser's wrapped lines
    joined first)."""
    body = "".join(dumps.blocks(text, SPACES))
    return _document(f"<html><body>{body}</body></html>", _html_parser())


class Element(etree.ElementBase):
    """An element of a page, with the three lxml.html methods the engine uses. Not lxml.html's
    own class: loading lxml.html costs every one-page run, and its text_content() asks an XPath,
    where libxml2's text serializer is twice as fast on every block of every page."""

    def text_content(self):
        if not len(self):  # no children (most links and many paragraphs): its text is all of it
            return self.text or ""
        return etree.tostring(self, method="text", encoding=str, with_tail=False)

    def drop_tree(self):
        """Remove the element and what it holds; its tail text stays where it was."""
        self._hand_over_tail()
        self.getparent().remove(self)

    def drop_tag(self):
        """Remove the element but keep what it holds in its place."""
        parent, index = self.getparent(), self.getparent().index(self)
        previous = self.getprevious()
        if self.text:
            if previous is None:
                parent.text = (parent.text or "") + self.text
            else:
                previous.tail = (previous.tail or "") + self.text
        if len(self):
            self[-1].tail = (self[-1].tail or "") + (self.tail or "")
            self.tail = None
        self._hand_over_tail()
        parent[index:index + 1] = list(self)

    def _hand_over_tail(self):
        if self.tail:
            previous = self.getprevious()
            if previous is None:
                self.getparent().text = (self.getparent().text or "") + self.tail
            else:
                previous.tail = (previous.tail or "") + self.tail
            self.tail = None


def _html_parser(**options):
    """libxml2's HTML parser, built once per thread (a parser must not serve two threads at
    once), making our Elements through a C-level lookup: lxml.html's own lookup calls Python
    for every element touched, which costs more than parsing the page. No table of the page's
    ids is built: nothing looks an element up by id (a tenth of the parse on pages full of ids)."""
    parsers = _THREAD.__dict__.setdefault("parsers", {})
    key = tuple(sorted(options.items()))
    if key not in parsers:
        parsers[key] = etree.HTMLParser(no_network=True, huge_tree=True, collect_ids=False, **options)
        parsers[key].set_element_class_lookup(etree.ElementDefaultClassLookup(element=Element))
    return parsers[key]


def _document(text, parser):
    root = etree.fromstring(text, parser)
    if root is None:
        raise etree.ParserError("Document is empty")
    return root
