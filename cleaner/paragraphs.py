"""Give every run of text a block of its own.

Blogger, old CMS templates and table layouts put the article straight into a <div> or <td>,
paragraphs separated by <br><br>, next to child <div>s. Such text belongs to no leaf block, so
no pass could see it and readability's rewrite could not be matched back. Wrapping each run in
a <p> (and splitting runs at a blank line, i.e. two <br>s) makes it ordinary blocks.
"""

from __future__ import annotations

from lxml import etree

from . import scripts

# What ends a sentence, and the quote or bracket that may close it after: tuples for str.endswith,
# not a regex (a class of CJK characters costs a millisecond of start-up to compile).
SENTENCE_ENDS = tuple("。！？!?.…")
FULL_STOPS = ("。", ".", "．")
CLOSING_QUOTES = tuple("”’\"')）」』»›")
INDENTS = frozenset(a + b for a in "\u3000\xa0" for b in "\u3000\xa0")

BLOCK_TAGS = frozenset(
    "address article aside blockquote body center dd details dialog div dl dt fieldset "
    "figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section "
    "summary table tbody td tfoot th thead tr ul caption".split()
)

HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
TABLE_PARTS = ("table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption")

# Elements whose loose text gets paragraphs, among them a card (<a><div><img></div><span>Headline
# </span></a>) and a player's button (<button><span>Play the episode</span><div class="icon"></div>).
CONTAINERS = frozenset(("div", "section", "article", "main", "td", "th", "li", "dd", "blockquote",
                        "body", "center", "form", "header", "footer", "aside", "figure", "font",
                        "span", "a", "button"))


def _is_block(el):
    return isinstance(el.tag, str) and el.tag in BLOCK_TAGS


def has_text(s):
    return bool(s) and not s.isspace()


def _needs_wrapping(el, holders, container=True):
    """Loose text or inline elements beside block children (or inline ones in `holders`, which
    hold a block), or, in a `container`, paragraphs split by <br><br>. One pass over the
    children: this runs on every container of the page."""
    has_block = has_br = False
    has_loose = has_text(el.text)
    for c in el:
        tag = c.tag
        if tag in BLOCK_TAGS or holders and c in holders:
            has_block = True
        elif tag == "br":
            has_br = True
        elif isinstance(tag, str):
            has_loose = True
        if not has_loose and has_text(c.tail):
            has_loose = True
    if has_block or not container:
        return has_block and has_loose
    # Inline content only: wrapped only to split it at a blank line, which no paragraph holds
    # (old editors wrap a whole article in one <font>).
    return has_br and has_loose and _has_paragraph_break(list(el))


def _has_paragraph_break(children):
    return any(a.tag == "br" and (_indents(a.tail) or b is not None and b.tag == "br" and not has_text(a.tail))
               for a, b in zip(children, [*children[1:], None], strict=True))


def _indents(text):
    """Text that opens with an indent: two ideographic or no-break spaces, as Chinese text and
    old editors start each paragraph (after a single <br> in forum posts and table layouts)."""
    return bool(text) and text.lstrip(" \t\r\n")[:2] in INDENTS


def box_custom_elements(root):
    """A custom element's name says what it is, as a class does (<related-card>, <promo-box>):
    it joins the element's class, which hints and selectors read. The parser takes such an
    element for an inline one, but front ends lay out those holding text as paragraphs
    (<news-paragraph>): one that holds text of its own, alone in a container without loose
    text, becomes a <div> (a leaf block)."""
    for el in root.iter(etree.Element):
        if "-" not in el.tag:
            continue
        el.set("class", f"{el.tag} {el.get('class', '')}".rstrip())
        if not (has_text(el.text) or any(has_text(c.tail) for c in el)):
            continue
        parent = el.getparent()
        if (parent is not None and (parent.tag in CONTAINERS or "-" in parent.tag) and not has_text(parent.text)
                and not any(has_text(c.tail) for c in parent)):
            el.tag = "div"


def wrap_loose_text(root):
    """Only a container with a block or a <br> inside can need it: finding those through their
    children, in C, spares a look at every <a> and <span> of the page. An inline element
    holding a block (<div>Text<span><div class="icon"></div></span></div>) makes a block of
    its container as the block itself would: the text beside it needs a paragraph too, and so
    does its own. So does a <p>'s beside a block in it (a <figure> or a <section>, which
    libxml2 leaves inside the <p>); not a heading's, which a paragraph would break."""
    parents, holders, wrapped, paragraphs = {}, set(), set(), set()
    for c in root.iter(*BLOCK_TAGS, "br"):
        parent = c.getparent()
        parents[parent] = None
        if parent is None or c.tag == "br":
            continue
        tag = parent.tag
        if tag in BLOCK_TAGS or parent in holders:  # (nearly every block: a block's child)
            if tag == "p":
                paragraphs.add(parent)
            continue
        chain = []
        while parent is not None and parent.tag not in BLOCK_TAGS and parent not in holders:
            chain.append(parent)
            parent = parent.getparent()
            parents[parent] = None
        holders.update(chain)
        if parent is not None and (parent.tag in CONTAINERS or parent.tag == "p" or parent in wrapped):
            wrapped.update(chain)  # <em>Text<div>…</div></em>
            if parent.tag == "p":
                paragraphs.add(parent)
    for el in parents:
        if el is None:
            continue
        container = el.tag in CONTAINERS or "-" in el.tag or wrapped and el in wrapped  # <promo-box>
        if (container or el in paragraphs) and _needs_wrapping(el, holders, container):
            _regroup(el, holders)


def _regroup(el, holders):
    """Wrap each run of loose text and inline children in a <p> of its own, in place: block
    children (and inline ones holding a block) stay where they are, since moving an element
    makes lxml walk all of it. A second <br> in a row ends a run and goes, as does one before an
    indented line; a run's last <br> goes too."""
    text, members = el.text, []
    el.text = None
    previous_br = False
    for c in list(el):
        if _is_block(c) or c in holders or (c.tag == "br" and (previous_br or _indents(c.tail))):
            _wrap_run(el, text, members, before=c)
            text, members, c.tail = c.tail, [], None
            if c.tag == "br":
                el.remove(c)
            previous_br = False
        else:
            members.append(c)
            previous_br = c.tag == "br" and not has_text(c.tail)
    _wrap_run(el, text, members)


def _wrap_run(el, text, members, before=None):
    if members and members[-1].tag == "br" and not has_text(members[-1].tail):
        el.remove(members.pop())
    if not (has_text(text) or members):
        return
    run = etree.Element("p")
    run.text = text
    if before is None:
        el.append(run)
    else:
        before.addprevious(run)
    run.extend(members)


def own_table_parts(table):
    """A table's own rows and cells, not those of the tables inside it."""
    return [el for el in table.iterdescendants(*TABLE_PARTS)
            if el.tag != "table" and next(el.iterancestors("table")) is table]


def single_row(table):
    """One row: a box drawn with a table (newsletter templates draw every block so) or columns
    side by side (a picture beside the text), no data: a data table has a row per record."""
    return sum(el.tag == "tr" for el in own_table_parts(table)) <= 1


def ends_sentence(text):
    """Sentence-ending punctuation, then at most one closing quote or bracket."""
    return _unquoted_end(text).endswith(SENTENCE_ENDS)


def weight(text):
    """Text length with each CJK character counted thrice: one Han character carries about
    as much as a three-letter word, and Chinese articles must not lose to English menus."""
    return len(text) + 2 * scripts.count(text)


def ends_full_stop(text):
    """A full stop, then at most one closing quote or bracket: a sentence, which a title hardly
    ever is (it may end in "？" or "！")."""
    return _unquoted_end(text).endswith(FULL_STOPS)


def _unquoted_end(text):
    """The text less one closing quote or bracket at its end."""
    return text[:-1] if text.endswith(CLOSING_QUOTES) else text
