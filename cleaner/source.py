"""Bytes (or str) in, a parsed `Document` out: decoding, HTML-or-text, and the page's blocks.

A block is an element of BLOCK_TAGS that holds no other block element: a paragraph, a list item,
a table cell, a heading. Every pass works on blocks, so rules written for HTML pages also work
on scraped plain text, where each line becomes a `<p>`.
"""

from __future__ import annotations

import codecs
import gzip
import html
import re
from dataclasses import dataclass, field

import lxml.html
from lxml import etree

from .errors import InputError, NoContentError

MAX_INPUT_BYTES = 20 * 1024 * 1024
SNIFF_BYTES = 4096

BLOCK_TAGS = frozenset(
    "address article aside blockquote body center dd details dialog div dl dt fieldset "
    "figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section "
    "summary table tbody td tfoot th thead tr ul caption".split()
)
# Never text a reader sees.
INVISIBLE_TAGS = ("script", "style", "noscript", "template", "iframe", "object", "embed", "svg")

# Browsers decode these labels with the superset encoding (WHATWG Encoding Standard).
CHARSET_SUPERSETS = {
    "gb2312": "gb18030", "gbk": "gb18030", "gb_2312-80": "gb18030", "x-gbk": "gb18030",
    "iso-8859-1": "cp1252", "latin1": "cp1252", "ascii": "cp1252", "us-ascii": "cp1252",
    "big5": "big5hkscs", "shift_jis": "cp932", "sjis": "cp932", "euc-kr": "cp949",
}
BINARY_SIGNATURES = (
    (b"\x89PNG", "a PNG image"), (b"%PDF", "a PDF document"), (b"PK\x03\x04", "a ZIP archive"),
    (b"GIF8", "a GIF image"), (b"\xff\xd8\xff", "a JPEG image"), (b"\x7fELF", "an executable"),
    (b"MZ", "an executable"), (b"RIFF", "a media file"), (b"\x00\x00\x01\x00", "an icon"),
    (b"7z\xbc\xaf", "a 7z archive"), (b"Rar!", "a RAR archive"), (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ", "an xz archive"), (b"OggS", "an audio file"), (b"ID3", "an audio file"),
    (b"wOFF", "a font"), (b"\x00asm", "a WebAssembly module"), (b"SQLite format", "a database"),
)
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)
XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
LOOKS_LIKE_HTML = re.compile(
    r"<(?:!doctype|html|head|body|meta|title|div|p|table|span|a|br|h[1-6]|article|section)[\s>/]",
    re.I,
)
WHITESPACE = re.compile(r"[ \t\r\f\v\u00a0\u3000\u2002\u2003\u2009\u200b\ufeff]+")


def normalize_text(text):
    """Collapse spaces (including full-width and no-break ones) on each line; drop empty lines."""
    lines = (WHITESPACE.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


@dataclass
class Document:
    """A parsed page. `blocks` lists its leaf blocks in reading order; `order` maps back."""

    root: etree._Element
    url: str | None
    is_text: bool
    encoding: str
    blocks: list = field(default_factory=list)
    order: dict = field(default_factory=dict)
    json_ld: list = field(default_factory=list)  # texts of JSON-LD scripts, kept before scripts go

    def text_of(self, el):
        return normalize_text(el.text_content())

    def block_text(self, i):
        return self._texts[i]

    def index_blocks(self):
        self.blocks = [el for el in self.root.iter() if _is_leaf_block(el)]
        self.order = {el: i for i, el in enumerate(self.blocks)}
        self._texts = [self.text_of(el) for el in self.blocks]
        # Blocks with no visible text are layout, not content.
        keep = [i for i, t in enumerate(self._texts) if t]
        self.blocks = [self.blocks[i] for i in keep]
        self._texts = [self._texts[i] for i in keep]
        self.order = {el: i for i, el in enumerate(self.blocks)}

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


def _is_leaf_block(el):
    if not isinstance(el.tag, str) or el.tag not in BLOCK_TAGS or el.tag in ("body", "hr"):
        return False
    return not any(isinstance(d.tag, str) and d.tag in BLOCK_TAGS for d in el.iterdescendants())


def load(data, url=None, max_bytes=MAX_INPUT_BYTES):
    """Decode and parse a page. Raises InputError for what is not a page at all."""
    if isinstance(data, str):
        text, encoding = data, "unicode"
    else:
        data = _gunzip(bytes(data), max_bytes)
        if len(data) > max_bytes:
            raise InputError(f"input is larger than the {max_bytes // 1024 // 1024} MB limit")
        _refuse_binary(data)
        text, encoding = decode(data)
    text = text.replace("\x00", "").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError("input is empty")
    is_text = not LOOKS_LIKE_HTML.search(text[:SNIFF_BYTES * 4])
    root = _parse_text(text) if is_text else _parse_html(text)
    doc = Document(root=root, url=url, is_text=is_text, encoding=encoding)
    doc.json_ld = [s.text for s in root.iter("script") if s.get("type") == "application/ld+json" and s.text]
    for el in root.iter(INVISIBLE_TAGS):
        el.drop_tree()
    for br in root.iter("br"):  # a line break is a line break in block text too
        br.tail = "\n" + (br.tail or "")
    doc.index_blocks()
    if not doc.blocks:
        raise NoContentError("no text found in the input")
    return doc


def _gunzip(data, max_bytes):
    if not data.startswith(b"\x1f\x8b"):
        return data
    try:
        with gzip.GzipFile(fileobj=__import__("io").BytesIO(data)) as f:
            out = f.read(max_bytes + 1)
    except (OSError, EOFError) as e:
        raise InputError(f"gzip data is corrupt ({e})") from None
    return out


def _refuse_binary(data):
    if any(data.startswith(bom) for bom, _ in BOMS):
        return
    for magic, what in BINARY_SIGNATURES:
        if data.startswith(magic):
            raise InputError(f"input is {what}, not a web page or text")
    head = data[:SNIFF_BYTES]
    if head.count(b"\x00") > len(head) // 10 and not _is_utf16_without_bom(head):
        raise InputError("input is binary data, not a web page or text")


def _is_utf16_without_bom(head):
    evens, odds = head[0::2].count(0), head[1::2].count(0)
    return max(evens, odds) > len(head) // 4 and min(evens, odds) < len(head) // 50


def decode(data):
    """Bytes to str the way a browser would: BOM, then a declared charset that really decodes
    the bytes, then UTF-8, then detection. Pages re-saved as UTF-8 often still declare GB2312,
    so a declaration is only trusted when the bytes decode cleanly with it."""
    for bom, name in BOMS:
        if data.startswith(bom):
            return data.decode(name, "replace"), name
    if _is_utf16_without_bom(data[:SNIFF_BYTES]):
        name = "utf-16-le" if data[1:2] == b"\x00" else "utf-16-be"
        return data.decode(name, "replace"), name
    declared = _declared_charset(data)
    for name in filter(None, (declared, "utf-8")):
        try:
            return data.decode(name), name
        except (UnicodeDecodeError, LookupError):
            continue
    return _detect(data)


def _declared_charset(data):
    m = META_CHARSET.search(data[:SNIFF_BYTES * 4])
    if not m:
        return None
    name = m.group(1).decode("ascii", "ignore").lower()
    try:
        codecs.lookup(name)
    except LookupError:
        return None
    return CHARSET_SUPERSETS.get(name, name)


def _detect(data):
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    name = best.encoding if best else "cp1252"
    name = CHARSET_SUPERSETS.get(name.replace("_", "-"), CHARSET_SUPERSETS.get(name, name))
    # GB2312 pages without a declaration are common; gb18030 also reads their GBK characters.
    if name in ("gb2312", "gbk", "hz"):
        name = "gb18030"
    return data.decode(name, "replace"), name


def _parse_html(text):
    text = XML_DECLARATION.sub("", text, count=1)
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True)
    try:
        root = lxml.html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError) as e:
        raise NoContentError(f"no HTML content could be parsed ({e})") from None
    return root


def _parse_text(text):
    """Scraped text: each non-empty line is a paragraph."""
    lines = (WHITESPACE.sub(" ", line).strip() for line in text.split("\n"))
    body = "".join(f"<p>{html.escape(line)}</p>" for line in lines if line)
    return lxml.html.document_fromstring(f"<html><body>{body}</body></html>")
