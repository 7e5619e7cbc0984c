"""Give every run of text a block of its own.

Blogger, old CMS templates and table layouts put the article straight into a <div> or <td>,
paragraphs separated by <br><br>, next to child <div>s. Such text belongs to no leaf block, so
no pass could see it and readability's rewrite could not be matched back. Wrapping each run in
a <p> (and splitting runs at a blank line, i.e. two <br>s) makes it ordinary blocks.
"""

from __future__ import annotations

from lxml import etree

BLOCK_TAGS = frozenset(
    "address article aside blockquote body center dd details dialog div dl dt fieldset "
    "figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section "
    "summary table tbody td tfoot th thead tr ul caption".split()
)

HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")

CONTAINERS = ("div", "section", "article", "main", "td", "th", "li", "dd", "blockquote", "body",
              "center", "form", "header", "footer", "aside", "figure", "font", "span",
              "a")  # a card: <a><div><img></div><span>Headline</span></a>


def _is_block(el):
    return isinstance(el.tag, str) and el.tag in BLOCK_TAGS


def _has_text(s):
    return bool(s) and not s.isspace()


def _needs_wrapping(el):
    """Loose text or inline elements beside block children, or paragraphs split by <br><br>.
    One pass over the children: this runs on every container of the page."""
    has_block = has_br = False
    has_loose = _has_text(el.text)
    for c in el:
        tag = c.tag
        if tag in BLOCK_TAGS:
            has_block = True
        elif tag == "br":
            has_br = True
        elif isinstance(tag, str):
            has_loose = True
        if not has_loose and _has_text(c.tail):
            has_loose = True
    if has_block:
        return has_loose
    # Inline content only: wrapped only to split it at a blank line, which no paragraph holds
    # (old editors wrap a whole article in one <font>).
    return has_br and has_loose and _has_blank_line(list(el))


def _has_blank_line(children):
    return any(a.tag == "br" and b.tag == "br" and not _has_text(a.tail)
               for a, b in zip(children, children[1:], strict=False))


def wrap_loose_text(root):
    for el in list(root.iter(*CONTAINERS)):
        if len(el) and _needs_wrapping(el):  # text alone is already one block
            _regroup(el)


def _regroup(el):
    children = list(el)
    run = etree.Element("p")
    run.text, el.text = el.text, None
    for c in children:
        el.remove(c)

    def flush():
        nonlocal run
        if _has_text(run.text) or len(run):
            if len(run) and run[-1].tag == "br" and not _has_text(run[-1].tail):
                run.remove(run[-1])
            if _has_text(run.text) or len(run):
                el.append(run)
        run = etree.Element("p")

    previous_br = False
    for c in children:
        if _is_block(c):
            flush()
            run.text, c.tail = c.tail, None
            el.append(c)
            previous_br = False
        elif c.tag == "br" and previous_br:
            flush()
            run.text = c.tail
            previous_br = False
        else:
            run.append(c)
            previous_br = c.tag == "br" and not _has_text(c.tail)
    flush()
