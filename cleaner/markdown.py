"""The article as Markdown: tidy the content tree, html2text configured once, then front matter
and a closing attribution line in the article's language."""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections import Counter
from urllib.parse import quote, urljoin

from lxml import etree

from . import regexes, scripts
from .paragraphs import BLOCK_TAGS, HEADINGS, TABLE_PARTS, own_table_parts, single_row

SAFE_SCHEMES = ("http", "https", "mailto")
# Browsers strip these before reading a URL's scheme: `jav&#x09;ascript:` is javascript:.
URL_STRIP = regexes.compile(r"^[\x00-\x20]+|[\x00-\x20]+$")
URL_INVISIBLE = regexes.compile(r"[\t\n\r]")
URL_SAFE = "".join(chr(c) for c in range(0x21, 0x7f) if chr(c) not in "<>\"`\\")
URL_SCHEME = regexes.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):")
# In text, what would turn into a link, an image, raw HTML, an autolink, emphasis, code or an
# escape if left alone: an asterisk not spaced off both sides ("Mitarbeiter*innen und Partner*innen"
# would read "Mitarbeiter<em>innen und Partner</em>innen"), an underscore not inside a word
# ("__init__"), a backslash before punctuation or a mark ("\," would read ",").
MARKDOWN_ACTIVE = regexes.compile(
    r"[\[\]<>`]|&(?=#?\w{1,32};)|(?<!\s)\*|\*(?!\s)|(?<![^\W_])_|_(?![^\W_])|\\(?=[!-/:-@\[-`{-~\n]|\s*$)")
# What begins a line as markup: a heading's "#", a setext underline's "===", a list item's "1.",
# "1)", "-", "+" or "*".
LINE_START_MARK = regexes.compile(
    r"^(\s*\d{1,9}(?=[.)])|\s*(?![\d.)]))(#{1,6}(?=\s|$)|=+(?=\s*$)|[.)+*](?=\s|$)|-(?=\s|-|$))")
# What escape_text or LINE_START_MARK would change: most text has none of it.
MAY_NEED_ESCAPE = regexes.compile(r"[\[\]<>&\\`*_]|^\s*(?:\d+[.)]|[+=#-])", re.MULTILINE)
# White space after a line break: html2text joins a text's lines (outside <pre>) with one space,
# and the escapes' `^\s*` would read every blank line of a long run to its end (quadratic).
LINE_BREAK_SPACE = regexes.compile(r"\n\s+")
LINE_MARKS = regexes.compile(r"[\s>*+\d.-]*")  # a list item's or a quote's, before its text (not a heading's)
# html2text hands over `&amp;lt;` as "&" then "lt;": an entity is only visible in its output.
BARE_ENTITY = regexes.compile(r"(?<!\\)&(?=#?\w{1,32};)")
# Block elements html2text does not know: it would run their text into the next block's
# ("Caption oneCaption two"). Fed to it as the <div>s a browser shows them as.
UNKNOWN_BLOCKS = frozenset(("address", "article", "aside", "center", "details", "dialog", "fieldset",
                            "figcaption", "figure", "footer", "form", "header", "hgroup", "main",
                            "nav", "section", "summary"))
VOID_ELEMENTS = frozenset(("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                           "param", "source", "track", "wbr"))
WRAPPERS = ("span", "font")  # inline elements that show nothing of their own
EMPHASIS = {"em": "_", "i": "_", "strong": "**", "b": "**", "u": "_"}  # as html2text marks them
LAZY_IMAGE_SOURCES = ("data-src", "data-lazy-src", "data-original", "data-lazy", "data-srcset",
                      "data-lazy-srcset", "zoomfile", "file")  # the last two: Discuz! forums' attachments
TERMINAL_PUNCTUATION = tuple("。！？!?.;；:：,，、…")  # a last character; no regex to compile
HEADING_MAX_CHARS = 40
FORMULA = "cleaner-formula"  # what a picture of a formula becomes, its TeX as its text, written as $TeX$
# Compiled by `re` on first use, and asked only of alt texts and classes that may match: most pages
# have no formula, and a one-page run should not pay for compiling these.
FORMULA_CLASS = r"(?i)(?:^|[\s_-])(?:math|latex|tex)(?:$|[\s_-])"
TEX = (r"\\(?:frac|mathbf|mathrm|mathbb|mathcal|displaystyle|sum|prod|int|sqrt|left|right|cdot|c?dots|"
       r"ldots|leq?|geq?|neq|times|infty|partial|l[Vv]ert|r[Vv]ert|alpha|beta|gamma|delta|sigma|lambda|"
       r"mu|theta|pi|omega|hat|bar|vec|tilde|text)(?![a-zA-Z])|[_^]\{")
MAX_COLSPAN = 20  # a cell "spanning" more columns is a layout's, not a table's
LETTERS = r"[^\W\d_]+"  # a word's letters, compiled by `re` on first use
DESTINATION = r"\]\((?:<[^>\n]*>|[^)\s]*)(?:\s+\"[^\"\n]*\")?\)"  # a link's or a picture's "](<address> "title")"
LANGUAGE_MIN_HITS = 5  # common words a text must use before its language is told by them
HEADING = regexes.compile(r"^(#{1,6})\s+")
HEADING_CLOSER = regexes.compile(r"(?<=\s)(#+\s*)$")  # "## Issue #" would lose its "#", read as the heading's end
ZERO_WIDTH = "\u200b\ufeff"  # invisible, but not white space to str.strip()
ZERO_WIDTH_PADDING = rf"^[\s{ZERO_WIDTH}]+|[\s{ZERO_WIDTH}]+$"  # compiled by `re` on first use
BLANK_LINES = regexes.compile(r"\n{3,}")
# What opens a block of its own on a line (html2text escapes text that would): nothing, a list
# item, a heading, a table row, code.
LIST_ITEM_MARK = r"(?:[*+-]|\d{1,9}[.)])"
NEW_BLOCK = regexes.compile(rf"$|{LIST_ITEM_MARK}(?:\s|$)|#{{1,6}}(?:\s|$)|\||```|~~~")
QUOTE_MARKS = regexes.compile(r"[\s>]*")  # a line's indentation and blockquote marks
MARKS_ONLY = regexes.compile(rf"[\s>]*(?:{LIST_ITEM_MARK}\s*)?$")  # no text on the line
RULE = "* * *"  # html2text's <hr>
TITLE_ECHO_MIN_CHARS = 4  # link text this long within its title (or the title within it) is the same words
ITEMS = ("li", "dt", "dd")  # what html2text writes as a list's items: a blank line would end the list
# A field's "Journal: X", "掲載誌：Coastal…", "电话：0571-…"; not a Chinese subheading's "新房：主城区领涨".
FIELD = regexes.compile(r"\S: \S|：\s*[\x21-\x7e]")
TYPED_NUMBER = regexes.compile(r"\s*(\d{1,3})\s*[.、．)）]\s*")

FRONT_MATTER_FIELDS = ("title", "source", "original_url", "author", "original_title", "editor",
                       "date", "original_date", "site", "url", "language")


def detect_language(text, declared=None, words=None):
    """The article's language: its script, else what the page declares, else the language whose
    commonest words (`words`, the global rule's `language_words`) its text uses most. Pictures'
    and links' addresses are no text: a gallery's Markdown is mostly addresses, in Latin letters."""
    sample = text[:5000]
    language, seen = _by_script(sample)
    if language is None and seen and "](" in sample:
        sample = re.sub(DESTINATION, "]", sample)
        language, _ = _by_script(sample)
    if language:
        return language
    if declared:
        return declared.split("-")[0].lower()[:8] or "en"
    if scripts.count(sample, "cyrillic") > len(sample) / 5:
        return "ru"
    return _by_words(sample, words) if words else "en"


def _by_script(sample):
    """(The language its script tells, if it does; whether it holds any of those scripts.)"""
    kana, hangul, han = (scripts.count(sample, name) for name in ("kana", "hangul", "han"))
    if kana > len(sample) / 20:
        return "ja", True
    if hangul > len(sample) / 10:
        return "ko", True
    if han > len(sample) / 10:
        return ("zh-Hant" if scripts.is_traditional(sample) else "zh"), True
    return None, bool(kana or hangul or han)


def _by_words(sample, words):
    counts = Counter(re.findall(LETTERS, sample.casefold()))  # each language's words looked up, not each token
    hits = {language: sum(counts[word] for word in common) for language, common in words.items()}
    best = max(hits, key=hits.get, default="en")
    return best if hits[best] >= LANGUAGE_MIN_HITS else "en"


def tidy(container, url, is_text):
    """Make the content tree say what the page shows, and what Markdown can say: links resolved
    and unsafe destinations dropped, no padding, no stray emphasis, no empty paragraphs,
    headings, list items or tables, bold one-line paragraphs as subheadings."""
    if container.tag in TABLE_PARTS:
        # A table cell holding the article (old table layouts) is a page region, not a table:
        # html2text would join all its paragraphs into one table row.
        container.tag = "div"
    for table in list(container.iter("table")):
        if table.find(".//table") is not None or single_row(table) or _one_column(table):
            _flatten(table)  # a layout table around a table, a box, columns or rows of boxes: no data to tabulate
    for table in container.iter("table"):
        _square(table)
    for caption in list(container.iter("caption")):
        if caption.getparent() is not container:  # html2text would run it into the first row
            caption.tag = "p"
            caption.getparent().addprevious(caption)
    for pre in list(container.iter("pre")):
        if any(isinstance(el.tag, str) and el.tag in BLOCK_TAGS for el in pre.iterdescendants()):
            pre.tag = "div"  # preformatted text holds no blocks: a <pre> around a layout is no code
    for cell in container.iter("td", "th"):
        _inline_cell(cell)
    for el in list(container.iter("title", "meta", "link", "base")):
        el.drop_tree()  # metadata a parser put in the body: never shown, and its text is raw markup
    for el in container.iter("amp-img", "amp-anim"):
        el.tag = "img"  # an AMP page's pictures
    for el in container.iter("abbr"):  # html2text lists their titles under the text, as "*[AGB]: Allgemeine …"
        el.tag = "span"  # lines that Markdown shows as they are
    for el in list(container.iter("img", "math")):
        if (tex := _formula(el)) is not None:
            display = "display" in (el.get("class") or "") or el.get("display") == "block"
            formula = etree.Element(FORMULA, display="1" if display else "")
            formula.text, formula.tail = tex, el.tail
            el.getparent().replace(el, formula)
    for ol in container.iter("ol"):
        _drop_typed_numbers(ol)
    for dd in container.iter("dd"):  # html2text indents a definition: with no term above, a code block
        if (term := dd.getprevious()) is None or term.tag not in ("dt", "dd"):
            dd.tag = "div"
    _resolve_destinations(container, _base_url(container, url))
    for el in container.iter():
        if not isinstance(el.tag, str):
            continue
        if el.text:
            el.text = el.text.replace("\u3000", " ").replace("\u00a0", " ")
        if el.tail:
            el.tail = el.tail.replace("\u3000", " ").replace("\u00a0", " ")
    _tidy_emphasis(container)
    for p in list(container.iter("p", "div", *HEADINGS)):
        text = p.text_content().strip()
        if _shows_nothing(p, text):
            p.drop_tree()
        elif p.tag in HEADINGS or _is_subheading(p, text, is_text):
            if p.tag not in HEADINGS:
                p.tag = "h2"
                p.text = None if not (p.text or "").strip() else p.text.strip()
            for b in list(p.iter("strong", "b")):  # a heading is bold already
                b.drop_tag()
            _join_lines(p)  # a Markdown heading is one line
    for q in list(container.iter("q")):
        if not q.text_content().strip():
            q.drop_tag()  # its words went: html2text would still write its quotation marks
    for a in list(container.iter("a")):
        if not (len(a) or (a.text or "").strip()):
            a.drop_tree()  # an empty link shows nothing; html2text would write "[](/x)"
        else:
            _join_lines(a)  # a blank line would end a link's text: "[word" "](/x)"
            if a.get("title") is not None and _says_nothing_more(a.get("title"), a.text_content()):
                del a.attrib["title"]
    _drop_edge_breaks(container)
    for el in reversed(list(container.iter("li", "ul", "ol", "table", "blockquote"))):  # items first
        if _shows_nothing(el):
            el.drop_tree()  # an item whose content was removed would be a bare bullet, a table `|  |`,
                            # a quote a `>` that takes in the next heading


def _says_nothing_more(title, text):
    """A link's title that repeats its text, or the page it names ("Machine learning" over
    "machine learning", as wikis title every link), or is an address: no more than the link says."""
    title, text = title.strip().casefold(), " ".join(text.split()).casefold()
    return (not title or title.startswith(("http://", "https://", "www.")) or title == text
            or len(text) >= TITLE_ECHO_MIN_CHARS and (text in title or title in text))


def _join_lines(el):
    """`el`'s line breaks as spaces."""
    for br in list(el.iter("br")):
        br.tail = " " + (br.tail or "")
        br.drop_tree()


def _drop_edge_breaks(container):
    """Line breaks before a block's first text or picture, or after its last, break no line:
    html2text would leave a list's bullet alone on its line (the item's text, below it, a
    paragraph of its own) and a definition's term a blank line that makes its definition code.
    Nor does a blank line in a list item, where html2text would end the list."""
    blocks = {next(br.iterancestors(*BLOCK_TAGS), container) for br in container.iter("br")}
    for block in blocks:
        events, shown = [], []  # the block's breaks and texts in reading order; where each shows
        for event, el in etree.iterwalk(block, events=("start", "end")):
            text = el.text if event == "start" else el.tail if el is not block else None
            if event == "start" and el.tag == "br":
                events.append(el)
            elif (el.tag == "img" and event == "start") or (text or "").strip():
                shown.append(len(events))
                events.append(None)
        first, last = (shown[0], shown[-1]) if shown else (len(events), -1)
        in_item = block.tag in ITEMS or next(block.iterancestors(*ITEMS), None) is not None
        for n, br in enumerate(events):
            if br is not None and (not first < n < last or in_item and events[n - 1] is not None):
                br.drop_tree()


def _drop_typed_numbers(ol):
    """Items that spell out their own numbers ("1. …", "2、…") in a list that hides its markers
    would read "1. 1. …" in Markdown, which numbers the items itself: the typed numbers go."""
    items = [li for li in ol if li.tag == "li"]
    typed = [TYPED_NUMBER.match(li.text or "") for li in items]
    if items and all(m and int(m.group(1)) == n for n, m in enumerate(typed, 1)):
        for li, m in zip(items, typed, strict=True):
            li.text = li.text[m.end():]


def _resolve_destinations(container, base):
    """Links and images resolved against `base`; unsafe ones unlinked or dropped, and so are
    tracking pixels and spacers (a picture is wider than one pixel)."""
    for el in list(container.iter("a", "img")):
        if el.tag == "img" and any((el.get(side) or "").strip().removesuffix("px") in ("0", "1")
                                   for side in ("width", "height")):
            el.drop_tree()
            continue
        attr = "href" if el.tag == "a" else "src"
        dest = safe_destination(el.get(attr) if el.tag == "a" else _image_source(el), base)
        if dest:
            el.set(attr, dest)
            if '"' in el.get("title", ""):  # html2text quotes a link's title as it is: "von "eigenen" und …" ends it
                el.set("title", el.get("title").replace('"', "'"))
        elif el.tag == "a":
            el.attrib.pop("href", None)
        else:
            el.drop_tree()


def _tidy_emphasis(container):
    """Emphasis around whole paragraphs, or around nothing, renders as stray `_` and `**` lines;
    bold inside bold closes the outer one early (`**x **bold** y**`); bold right after bold, as
    editors split it, shows its marks (`**a****nd**`); and a mark must stand where Markdown can
    open or close it."""
    _unwrap_stray_emphasis(container)
    for el in list(container.iter(*EMPHASIS)):  # (outer first: merged, their inner marks may meet)
        _drop_empty_after(el)  # an empty <span> between two bold runs
        while (not el.tail and (following := el.getnext()) is not None
               and EMPHASIS.get(following.tag) == EMPHASIS.get(el.tag)):
            if len(el):
                el[-1].tail = (el[-1].tail or "") + (following.text or "")
            else:
                el.text = (el.text or "") + (following.text or "")
            el.extend(following)
            el.tail = following.tail
            el.getparent().remove(following)
    for el in reversed(list(container.iter(*EMPHASIS))):  # inner first: what leaves them may leave the outer too
        # (twice: what leaves at one end may bare a line break or a space at it: "<b>word <br>,</b>x")
        for _ in range(2 if el is not container else 0):
            if el.tag in EMPHASIS:  # (not an italic gone plain)
                _keep_marks_working(el)
    _unwrap_stray_emphasis(container)  # (what all its text left)


def _drop_empty_after(el):
    """Empty elements right after `el` go; their tail becomes its."""
    while not el.tail and (following := el.getnext()) is not None and _is_empty(following):
        following.drop_tree()


def _is_empty(el):
    """No text, no picture or line break, nothing inside (a tail is its parent's text)."""
    return not (len(el) or el.text or el.tag in VOID_ELEMENTS)


def _slot_before(el):
    """Where the text right before `el` is kept: (element, "text" or "tail")."""
    previous = el.getprevious()
    return (el.getparent(), "text") if previous is None else (previous, "tail")


def _one_column(table):
    """A cell a row at most: rows of boxes (the article's cell over its footer's), no data: a data
    table has a column per field."""
    return all(sum(cell.tag in ("td", "th") for cell in row) <= 1 for row in own_table_parts(table) if row.tag == "tr")


def _unwrap_stray_emphasis(container):
    for el in list(container.iter(*EMPHASIS)):
        if any(child.tag in BLOCK_TAGS for child in el) or not el.text_content().strip():
            if el is container:
                el.tag = "div"  # the article itself: keep the element that is rendered
            else:
                el.drop_tag()
        elif any(EMPHASIS[a.tag] == EMPHASIS[el.tag] for a in el.iterancestors(*EMPHASIS)):
            el.drop_tag()


def _keep_marks_working(el):
    """A mark opens only before a letter or after a space or punctuation, and closes only after a
    letter or before a space or punctuation: "的**“续命”习惯**带", "**Wish **" show their asterisks.
    Such punctuation goes outside the mark ("的“**续命”习惯**带"), as do line breaks and white space
    at its ends, however deep ("<b>Question?<br></b>Answer", "work<b><i> Starry Night</i></b>")."""
    if not len(el) and _stands_alone(el):
        return  # most emphasis: a word or two, letters at both ends
    _drop_empty_after(el)
    before, after = _text_beside(el, forward=False), _text_beside(el, forward=True)
    for empty in [e for e in el.iterdescendants() if _is_empty(e)]:
        empty.drop_tree()  # in the way of what stands beside it
    _one_line_break_at_most(el)
    if _line_breaks_out(el, at_end=True):
        after = " "
    if _line_breaks_out(el, at_end=False):
        before = " "
    slots = _inner_texts(el)
    first, last = (slots[0], slots[-1]) if slots else (None, None)
    italic = EMPHASIS[el.tag] == "_"  # which opens and closes inside no word: it takes in the words it cuts
    if last and last[1]:
        text, tail = getattr(*last), el.tail or ""
        if text[-1:].isspace():
            text, tail = text.rstrip(), tail if tail[:1].isspace() else " " + tail
        if (tail or after)[:1].isalnum():
            text, moved = _split_run(text, at_end=True)
            if moved and text[-1:].isspace():  # "<b>Wer ?</b>": the space goes with it
                text, moved = text.rstrip(), " " + moved
            tail = moved + tail
        if italic and text[-1:].isalnum() and tail[:1].isalnum():  # "…Tour tre<i>k</i>", "201<i>9</i>"
            word, tail = _split_run(tail, at_end=False, belongs=str.isalnum)
            text += word
            _plain_if_cjk(el, word)
        elif italic and text[-1:].isalnum() and not tail and after[:1].isalnum():
            el.tag = "span"  # the word goes on in another element: plain, as the word is whole
        setattr(*last, text)
        el.tail = tail or None
    if first and first[1]:
        slot = _slot_before(el)
        text, outside = getattr(*first), getattr(*slot) or ""
        if text[:1].isspace():
            text, outside = text.lstrip(), outside if before[-1:].isspace() else outside + " "
        elif before[-1:].isalnum():
            moved, text = _split_run(text, at_end=False)
            if moved and text[:1].isspace():  # "<i>. Follow her</i>"
                moved, text = moved + " ", text.lstrip()
            outside += moved
        if italic and text[:1].isalnum() and outside[-1:].isalnum():
            outside, word = _split_run(outside, at_end=True, belongs=str.isalnum)
            text = word + text
            _plain_if_cjk(el, word)
        elif italic and text[:1].isalnum() and not outside and before[-1:].isalnum():
            el.tag = "span"
        setattr(*first, text)
        setattr(*slot, outside or None)
        before = outside or before
    # a link or a picture at its end ends in ")": before a letter the mark would not close
    if len(el) and el[-1].tag in ("a", "img") and not el[-1].tail and (el.tail or after)[:1].isalnum():
        edge = el[-1]
        edge.tail, el.tail = el.tail, None
        el.addnext(edge)
    if len(el) and el[0].tag in ("a", "img") and not el.text and before[-1:].isalnum():
        edge = el[0]
        el.text, edge.tail = edge.tail, None
        el.addprevious(edge)
    # a mark right inside another, beside a letter: neither would open or close ("word**_x_**")
    if len(el) and el[-1].tag in EMPHASIS and not el[-1].tail and (el.tail or after)[:1].isalnum():
        el[-1].drop_tag()
    if len(el) and el[0].tag in EMPHASIS and not el.text and before[-1:].isalnum():
        el[0].drop_tag()


def _one_line_break_at_most(el):
    """A blank line would end the emphasis: line breaks in a row inside it are one."""
    line_break = None
    for node, attr in _inner_texts(el):
        if attr is None and node.tag == "br":
            if line_break is None:
                line_break = node
            else:
                node.drop_tree()
        elif attr is None or getattr(node, attr).strip():
            line_break = None


def _line_breaks_out(el, at_end):
    """Line breaks at the emphasis's end (or start), however deep, go outside it. Whether any went."""
    moved = False
    while True:
        solid = [(node, attr) for node, attr in _inner_texts(el) if attr is None or getattr(node, attr).strip()]
        br, attr = solid[-1 if at_end else 0] if solid else (None, "")
        if attr is not None or br.tag != "br":
            return moved
        moved = True
        br.drop_tree()
        if at_end:
            br.tail, el.tail = el.tail, None
            el.addnext(br)
        else:
            br.tail = None  # (lxml.html's drop_tree leaves it the tail it handed over)
            el.addprevious(br)


def _stands_alone(el):
    """Marks around text that begins and ends with a letter open and close there; so do `_`s
    with no letter right outside them."""
    text = el.text or ""
    if not (text[:1].isalnum() and text[-1:].isalnum()):
        return False
    if EMPHASIS[el.tag] == "**":
        return True
    before = getattr(*_slot_before(el)) or ""
    return bool(before) and not before[-1].isalnum() and bool(el.tail) and not el.tail[0].isalnum()


def _plain_if_cjk(el, word):
    """CJK runs a whole clause into one "word", and sets no italics: an italic that would take in
    such a word goes plain ("这是一个很重要的问题", not "_这是一个很重要的问题_")."""
    if scripts.count(word):
        el.tag = "span"


def _text_beside(el, forward):
    """The text that starts just after `el` in its block (or ends just before it), however many
    inline elements stand between ("<span>…的</span><span><b>“续命”</b></span>"); a line break or
    a picture reads as a space. Found by walking the tree from `el`, not the block: a block of
    thousands of bold words asks for each."""
    node = el
    while True:
        if forward and node.tail:
            return node.tail
        sibling = node.getnext() if forward else node.getprevious()
        if sibling is None:  # out of the element around it, unless that is a block
            node = node.getparent()
            if node is None or node.tag in BLOCK_TAGS:
                return "" if forward or node is None else node.text or ""
            if not forward and node.text:
                return node.text
            continue
        if not forward and sibling.tail:
            return sibling.tail
        if slots := _inner_texts(sibling):
            inner, attr = slots[0] if forward else slots[-1]
            return " " if attr is None else getattr(inner, attr)
        node = sibling  # an empty <span>: past it


def _inner_texts(el):
    """The texts inside `el` in reading order, however deep, as (element, "text" or "tail"), and
    its pictures and line breaks as (element, None)."""
    slots = []
    for event, node in etree.iterwalk(el, events=("start", "end")):
        if event == "start" and node.tag in VOID_ELEMENTS:
            slots.append((node, None))
        attr = "text" if event == "start" else "tail"
        if (node is not el or attr == "text") and getattr(node, attr):
            slots.append((node, attr))
    return slots


def _is_punctuation(char):
    """Punctuation as CommonMark's marks see it: Unicode's punctuation and symbols (">", "€")."""
    return unicodedata.category(char)[0] in "PS"


def _split_run(text, at_end, belongs=_is_punctuation):
    """`text` split where the run of characters that belong (punctuation, unless told) at its
    start, or at its end, stops."""
    n = 0
    for c in reversed(text) if at_end else text:
        if not belongs(c):
            break
        n += 1
    at = len(text) - n if at_end else n
    return text[:at], text[at:]


def _formula(el):
    """The TeX of a formula: of MathML, as its TeX annotation or `alttext` gives it (LaTeXML's
    pages); of a picture of one, as its alt text does (MediaWiki's, LaTeX plugins'), where the
    picture's class names it a formula or the alt text reads as TeX. None for any other picture."""
    if el.tag == "math":
        tex = next((a.text for a in el.iter("annotation") if a.get("encoding") == "application/x-tex"), None)
        return (tex or el.get("alttext") or "").strip() or None
    alt, names = (el.get("alt") or "").strip(), (el.get("class") or "").lower()
    named = ("math" in names or "tex" in names) and re.search(FORMULA_CLASS, names)
    if not alt or not (named or ("\\" in alt or "{" in alt) and re.search(TEX, alt)):
        return None
    if alt.startswith("{\\displaystyle") and alt.endswith("}"):
        alt = alt[len("{\\displaystyle"):-1].strip()  # MediaWiki's wrapper around every formula
    return alt


def _shows_nothing(el, text=None):
    """No text and no image. An element without a parent (a detached article root) stays."""
    text = el.text_content().strip() if text is None else text
    return not text and el.find(".//img") is None and el.getparent() is not None


def _flatten(table):
    """A table's own rows and cells become <div>s."""
    for el in [table, *own_table_parts(table)]:
        el.tag = "div"


def _square(table):
    """Every row as many cells wide as the widest: a cell spanning columns is followed by empty
    ones, a short row padded. A Markdown table's first row sets its width, and the cells past it
    in later rows are not shown (an infobox's picture above its label-value rows)."""
    rows = []
    for tr in list(table.iter("tr")):
        cells = [c for c in tr if c.tag in ("td", "th")]
        if not cells:
            tr.drop_tree()  # its cells were removed (an infobox's title, which the front matter took)
            continue
        for cell in cells:
            for _ in range(_span(cell) - 1):
                cell.addnext(etree.Element(cell.tag))
            cell.attrib.pop("colspan", None)
        rows.append((tr, sum(c.tag in ("td", "th") for c in tr), cells[-1].tag))
    width = max((n for _, n, _ in rows), default=0)
    for tr, n, tag in rows:
        for _ in range(width - n):
            tr.append(etree.Element(tag))


def _span(cell):
    value = (cell.get("colspan") or "1").strip()
    return min(int(value), MAX_COLSPAN) if value.isdigit() and int(value) > 0 else 1


def _inline_cell(cell):
    """A Markdown table row is one line: paragraphs and line breaks inside a cell (editors wrap
    each cell's text in a <p>) would break the row, and a bold one would turn into a heading."""
    for el in list(cell.iterdescendants("p", "div", "br", *HEADINGS)):
        el.tail = " " + (el.tail or "")
        if el.tag == "br":
            el.drop_tree()
        else:
            el.drop_tag()


def _image_source(img):
    """Lazy-loading scripts keep an image's address in data-src (or the like) and a placeholder
    in src, a data: URI or a spinner, which a saved page never swaps; a srcset's first address
    stands in for a missing src."""
    for attr in LAZY_IMAGE_SOURCES:
        value = (img.get(attr) or "").strip()
        if value:
            return value.split()[0].rstrip(",") if attr.endswith("srcset") else value
    src = (img.get("src") or "").strip()
    if src and not src.lower().startswith("data:"):
        return src
    value = (img.get("srcset") or "").strip()
    return value.split()[0].rstrip(",") if value else None


def safe_destination(dest, base=None):
    """A link or image destination fit to publish, or None: http, https and mailto only,
    relative ones resolved against `base`, read the way a browser reads them (control
    characters and spaces stripped from the ends, tabs and newlines removed) so that no
    spelling of javascript:, data: or vbscript: gets through."""
    dest = URL_INVISIBLE.sub("", URL_STRIP.sub("", dest or ""))
    if not dest:
        return None
    scheme = URL_SCHEME.match(dest)
    if scheme:
        return _quote_url(dest) if scheme.group(1).lower() in SAFE_SCHEMES else None
    if base:
        try:
            joined = urljoin(base, dest)
        except ValueError:
            return None
        scheme = URL_SCHEME.match(joined)
        return _quote_url(joined) if scheme and scheme.group(1).lower() in SAFE_SCHEMES else None
    if dest.startswith("/") and not dest.startswith(("//", "/\\")):
        return _quote_url(dest)
    return None


def _quote_url(url):
    """Spaces, quotes, angle brackets and control characters would end the Markdown link early."""
    return quote(url, safe=URL_SAFE)


def _base_url(container, url):
    """The page's <base href> when it is a safe absolute or relative address, else the URL."""
    root = container.getroottree().getroot()
    base = root.find(".//base[@href]") if root is not None else None
    if base is None:
        return url
    href = safe_destination(base.get("href"), url)
    return href if href and URL_SCHEME.match(href) and not href.startswith("mailto:") else url


def escape_text(text):
    """Backslash-escape what Markdown would read as a link, an image, HTML or an entity, so
    the page's text renders as that text."""
    return MARKDOWN_ACTIVE.sub(lambda m: "\\" + m.group(0), text)


def _is_subheading(p, text, is_text):
    """A short line alone in bold: a subheading, not a sentence (a picture's caption in bold:
    "图为…启动仪式。（刘通摄）")."""
    if len(text) > HEADING_MAX_CHARS or text.endswith(TERMINAL_PUNCTUATION) or "。" in text:
        return False
    if is_text:  # a short line between two others, not a field
        following = p.getnext()
        return following is not None and p.getprevious() is not None and not FIELD.search(text)
    bold = [b for b in p if b.tag in ("strong", "b")]
    return (len(bold) == 1 and bold[0].text_content().strip() == text
            and not (p.text or "").strip() and not (bold[0].tail or "").strip())


@functools.lru_cache(maxsize=1)
def _converter_class():
    """html2text, with text escaped so a page's `[x](javascript:...)` or `<script>` written as
    text stays text. html2text itself only escapes backslashes and list-like line starts, and
    passes decoded entities (`&lt;script&gt;`) through untouched. Imported on first use: a
    command that renders nothing should not pay for it."""
    import html2text

    class Converter(html2text.HTML2Text):
        def __init__(self):
            super().__init__(bodywidth=0)
            self.unicode_snob = True
            self.ignore_images = False
            self.images_to_alt = False
            self.single_line_break = False
            self.mark_code = False
            self.pad_tables = True
            self.escape_snob = False

        def handle_data(self, data, entity_char=False):
            if not self.code and not self.pre and not self.style:
                if "\n" in data:
                    data = LINE_BREAK_SPACE.sub("\n", data)
                if MAY_NEED_ESCAPE.search(data):
                    data = escape_text(data)
                    if self.at_line_start():  # not "[25\. September]", "`x` \- y": no list starts inside a line
                        data = LINE_START_MARK.sub(r"\1\\\2", data)
            # html2text strips an emphasis's first text at both ends: "<b>for <a>x</a></b>" would
            # read "**for[x]**". Its end space is written before what comes next.
            self.space_owed = self.stressed and data[-1:].isspace() and not data.isspace()
            # It spaces the text after an emphasis's first off from it, meaning the text after the
            # closing mark; inside the emphasis ("<b><span>問：</span><span>從…</span></b>") no mark
            # stands between them.
            if self.stressed:
                self.mark_closed = False
            elif self.preceding_stressed and not self.mark_closed:
                self.preceding_stressed = False
            super().handle_data(data, entity_char=True)  # escaped here; not again

        def at_line_start(self):
            """Whether text written now begins a line, or a list item's or a quote's text."""
            if self.start or self.p_p:
                return True
            for piece in reversed(self.outtextlist):
                before, newline, line = piece.rpartition("\n")
                if not LINE_MARKS.fullmatch(line):
                    return False
                if newline:
                    return True
            return True

        def last_written(self):
            return self.outtextlist[-1][-1:] if self.outtextlist else ""

        def continue_mark(self, tag):
            """The same mark again right after its close (each run in a <span> of its own, as
            editors write them) goes on with that run: not "**a****b**". Whether it did."""
            if self.closed_at != len(self.outtextlist) or self.outtextlist[-1] != EMPHASIS[tag]:
                return False
            self.outtextlist.pop()
            self.preceding_stressed, self.closed_at = False, len(self.outtextlist)  # (and a mark inside it)
            return True

        def close_mark(self, tag, after):
            last = self.last_written()
            self.handle_endtag(tag)
            self.mark_closed, self.closed_at = True, len(self.outtextlist)
            if self.space_owed:  # "<b>bold </b><a>x</a>"
                self.write_space()
            elif last.strip() and (after and _is_punctuation(after[0]) or EMPHASIS[tag] == "**" and last.isalnum()):
                # html2text spaces any text but a full stop off a closing mark. A mark closes
                # without it before punctuation, and `**` after a letter: "_Le Monde_, juin",
                # "**习惯**带了回来", not "_Le Monde_ , juin", "**习惯** 带了回来".
                self.preceding_stressed = False

        def write_space(self):
            """A space before the next output, unless the text written last ends with one."""
            self.space_owed = False
            if self.preceding_data and not self.preceding_data[-1].isspace():
                self.space = True
                self.preceding_data += " "  # so that html2text adds none of its own before a mark

        def convert(self, container):
            """html2text's handle(), fed from the tree we already have: serializing the tree
            and tokenizing it again with html.parser cost more than the conversion itself.
            The events are the ones html.parser would give for lxml's serialization."""
            self.start, self.space_owed, self.mark_closed, self.closed_at = True, False, False, None
            for event, el in etree.iterwalk(container, events=("start", "end")):
                element = isinstance(el.tag, str)  # not a comment
                tag = "div" if el.tag in UNKNOWN_BLOCKS else el.tag
                if event == "start" and self.space_owed:
                    self.write_space()
                if tag == FORMULA:
                    if event == "start":  # written as it is: escaping would double TeX's backslashes
                        marks = "$$" if el.get("display") else "$"
                        html2text.HTML2Text.handle_data(self, f"{marks}{el.text}{marks}", entity_char=True)
                    elif el.tail:
                        self.handle_data(el.tail)
                    continue
                if event == "start" and tag not in EMPHASIS and tag not in WRAPPERS:
                    self.closed_at = None  # a link, a picture… between: no run goes on past it
                if event == "start":
                    if element and not (tag in EMPHASIS and self.continue_mark(tag)):
                        if tag == "a" and self.last_written() == "!":  # "Wow![link](…)" is a picture
                            self.outtextlist[-1] = self.outtextlist[-1][:-1] + "\\!"
                        if EMPHASIS.get(tag) == "_" and not self.last_written().isalnum():
                            # html2text spaces `_` off what is not ASCII punctuation, a mark as
                            # "“" or "**": "“** _Knights_**”". Only after a letter must it be.
                            self.preceding_data = " "
                        self.handle_starttag(tag, el.items())
                    if element and el.text:
                        self.handle_data(el.text)
                    continue
                if tag in EMPHASIS:
                    self.close_mark(tag, el.tail)
                elif element and tag not in VOID_ELEMENTS:
                    self.handle_endtag(tag)
                if el.tail and el is not container:
                    self.handle_data(el.tail)
            markdown = self.optwrap(self.finish())
            try:
                return html2text.utils.pad_tables_in_text(markdown)
            except IndexError:  # a table html2text left without rows: keep the text, unpadded
                marker = html2text.config.TABLE_MARKER_FOR_PAD
                return "\n".join(line for line in markdown.split("\n") if marker not in line)

    return Converter


def to_markdown(container):
    text = _converter_class()().convert(container)
    lines = text.split("\n")
    lines = [line.rstrip() if line.startswith(("    ", "|")) else _tidy_line(line, _breaks_before(line, following))
             for line, following in zip(lines, lines[1:] + [""], strict=True)]
    # Only blank lines are trimmed: a code block that opens the body keeps its indentation, or
    # its text ("<?php") would read as raw HTML.
    blocks = BLANK_LINES.sub("\n\n", "\n".join(lines)).strip("\n").split("\n\n")
    while blocks and blocks[0] == RULE:  # a rule that set off what was removed
        blocks.pop(0)
    while blocks and blocks[-1] == RULE:
        blocks.pop()
    return "\n\n".join(blocks).strip("\n") + "\n"


def _breaks_before(line, following):
    """Does a <br> end `line`, within a paragraph that `following` goes on? html2text ends such a
    line with two spaces, CommonMark's hard break, which editors and linters strip as trailing
    white space: its other form, a backslash, is kept instead. At a paragraph's end either shows
    as text, and a line break there is no break: a blank line, or a new block, follows."""
    if not line.endswith("  ") or MARKS_ONLY.match(line):  # "<li><br>word": no line to break
        return False
    depth, marks = QUOTE_MARKS.match(line).group().count(">"), QUOTE_MARKS.match(following).group()
    return marks.count(">") <= depth and not NEW_BLOCK.match(following, len(marks))


def _tidy_line(line, hard_break=False):
    """No padding (str.strip() knows the no-break and full-width spaces; zero-width ones left
    lines that look empty), entities escaped, one space after a heading's #s, and a hard line
    break written as `\\`. The regexes run only where they can change something."""
    line = line.strip()
    if line and (line[0] in ZERO_WIDTH or line[-1] in ZERO_WIDTH):
        line = re.sub(ZERO_WIDTH_PADDING, "", line)
    if "&" in line:
        line = BARE_ENTITY.sub(r"\\&", line)
    quoted = QUOTE_MARKS.match(line).end()  # a heading may stand in a quote: "> ## …"
    if line.startswith("#", quoted):
        line = line[:quoted] + HEADING_CLOSER.sub(r"\\\1", HEADING.sub(r"\1 ", line[quoted:]))
    return line + "\\" if hard_break else line


def front_matter(attribution):
    """YAML front matter; every value is a JSON string, which is valid YAML whatever it holds."""
    values = attribution.as_dict()
    lines = [f"{k}: {json.dumps(values[k], ensure_ascii=False)}" for k in FRONT_MATTER_FIELDS if k in values]
    return "---\n" + "\n".join(lines) + "\n---\n"


def footer_line(attribution, labels):
    """The closing credit line, in `labels` (language -> its labels, the global rule's; English
    for a language without). Its values come from the page, so they are escaped and its
    addresses re-checked like any link in the body."""
    labels = labels.get(attribution.language) or labels["en"]
    parts = []
    if attribution.source:
        parts.append(labels["source"] + escape_text(attribution.source))
    original_url = safe_destination(attribution.original_url)
    if original_url:
        parts.append(f"{labels['original_url']}<{original_url}>")
    if attribution.site:
        url = safe_destination(attribution.url)
        site = escape_text(attribution.site)
        parts.append(labels["site"] + (f"[{site}](<{url}>)" if url else site))
    return labels["sep"].join(parts)


def render(body, attribution, labels, with_front_matter=True, with_attribution=True, title_heading=False):
    parts = [front_matter(attribution)] if with_front_matter else []
    if title_heading and attribution.title:
        parts.append(f"# {escape_text(attribution.title)}\n")
    parts.append(body)
    line = footer_line(attribution, labels) if with_attribution else ""
    if line:
        parts.append(f"---\n\n{line}\n")
    return "\n".join(parts)
