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

CONTAINERS = ("div", "section", "article", "main", "td", "th", "li", "dd", "blockquote", "body",
              "center", "form", "header", "footer", "aside", "figure", "font", "span")


def _is_block(el):
    return isinstance(el.tag, str) and el.tag in BLOCK_TAGS


def _has_text(s):
    return bool(s and s.strip())


def _needs_wrapping(el):
    """Loose text or inline elements beside block children, or paragraphs split by <br><br>.
    Cheapest tests first: this runs on every container of the page."""
    children = list(el)
    if not children:
        return False
    if not any(_is_block(c) for c in children):
        return el.find("br") is not None and _has_blank_line(children) and _has_loose(el, children)
    return _has_loose(el, children)


def _has_loose(el, children):
    return _has_text(el.text) or any(
        _has_text(c.tail) or (c.tag != "br" and isinstance(c.tag, str) and not _is_block(c))
        for c in children)


def _has_blank_line(children):
    return any(a.tag == "br" and b.tag == "br" and not _has_text(a.tail)
               for a, b in zip(children, children[1:], strict=False))


def wrap_loose_text(root):
    for el in list(root.iter(*CONTAINERS)):
        if not len(el):  # text alone is already one block
            continue
        if el.tag in ("font", "span") and not any(_is_block(c) for c in el):
            continue
        if _needs_wrapping(el):
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
