"""Text wrapped at a screen's width: pages a text-mode browser printed (`lynx -dump`, `w3m -dump`),
and mail a list's archive shows in a <pre>. Wrapped lines are joined back into paragraphs, and a
dump's numbered links ("[30]The Bayport Herald") given the address its list of references at the
end names, as links: the engine then reads them as it reads a page's (a menu of links is chrome,
a credit's link is the original's address)."""

from __future__ import annotations

import html
import itertools

from . import regexes
from .paragraphs import ends_sentence

REFERENCES = regexes.compile(r"(?m)^[ \t]*References:?[ \t]*\n")
REFERENCE = regexes.compile(r"(?m)^[ \t]*(?:(\d{1,4})\.|\[(\d{1,4})\])[ \t]+(\S+)[ \t]*$")
MARKER = regexes.compile(r"#?\[(\d{1,4})\]")
# Where a numbered link's words end: at the next link, a punctuation mark, or the line's end
# (a dump marks where a link starts, not where it ends).
LINK_END = regexes.compile(r"#?\[\d|[\[\].,;:!?|»«()/]|\s[-–—]\s")
LINK_MAX_CHARS = 80
MIN_REFERENCES = 3
WIDE = regexes.compile(r"[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]")
RULE = regexes.compile(r"[ \t]*[─━═┌┐└┘├┤┬┴┼╔╗╚╝╠╣╦╩╬╞╡╪+-]{3,}[ \t]*$")  # a drawn table's border
CELL_WALL = "│"
INDENT = regexes.compile(r"[ \t]*")
BULLET = regexes.compile(r"[ \t]*(?:[*+•◦▪-]|\d{1,3}[.)])[ \t]")
MIN_WIDTH, MAX_WIDTH = 50, 140  # a screen's or a mail's columns; scraped text's lines are as long as its blocks
FULL_MARGIN = 15  # a wrapped line ends within this of the width
WIDTH_SLACK = 5  # the fifth-longest line may fall short of the width by as much
MIN_CUT_SHARE = 0.5  # of the full lines another follows: a dump's are mostly cut mid-sentence
MIN_WRAPPED = 5
CODE_MARKS = "{};=<>$#"
CODE_SHARE = 0.01


def blocks(text, whitespace):
    """The page's blocks, as HTML: each line a paragraph, its runs of `whitespace` one space; in
    a dump, wrapped lines joined, numbered links linked, a run of items ("* Home") a list, and a
    drawn table's rows lines of their cells."""
    text, addresses = _references(text)
    lines = _unwrapped(text.split("\n"))
    dump = bool(addresses) or len(lines) < text.count("\n") + 1
    items = []
    for line in lines:
        if dump and (RULE.match(line) or CELL_WALL in line):  # a table drawn with lines: its rows' cells
            line = "" if RULE.match(line) else line.replace(CELL_WALL, " ")
        item = dump and BULLET.match(line)
        if line := whitespace.sub(" ", line[item.end():] if item else line).strip():
            line = _linked(line, addresses) if addresses else html.escape(line)
            if item:
                items.append(f"<li>{line}</li>")
                continue
        if items and line:  # (a blank line between a list's items ends no list)
            yield f"<ul>{''.join(items)}</ul>"
            items = []
        if line:
            yield f"<p>{line}</p>"
    if items:
        yield f"<ul>{''.join(items)}</ul>"


def prose(text):
    """The paragraphs of a <pre> that holds prose wrapped at a mail's width (a list archive's
    post), else None: code, a poem or a table keeps its lines."""
    if sum(text.count(c) for c in CODE_MARKS) > CODE_SHARE * len(text):
        return None
    lines = text.split("\n")
    joined = _unwrapped(lines)
    return None if joined is lines else [line.strip() for line in joined if line.strip()]


def _references(text):
    """The text less the list of references a dump ends with, and {number: address} of it."""
    heads = list(REFERENCES.finditer(text))
    if not heads:
        return text, {}
    head = heads[-1]
    listed = {int(a or b): url for a, b, url in REFERENCE.findall(text, head.end())}
    if len(listed) < MIN_REFERENCES or len(MARKER.findall(text, 0, head.start())) < MIN_REFERENCES:
        return text, {}  # a heading of the article's own ("References" over its sources)
    return text[:head.start()], listed


def _unwrapped(lines):
    """Lines wrapped at a screen's width, joined: a line continues on the next when the next
    one's first word would not have fitted after it (or only to the width's last column: a link's
    number may push a line one column past the rest), at the same indent (or a list item's
    hanging indent). Text not wrapped (its full lines that another follows mostly end a sentence)
    as it is."""
    # the screen's width: its longest line but those far over the fifth-longest (an address or a
    # long word runs over it)
    lengths = sorted((_columns(line) for line in lines), reverse=True)
    fifth = lengths[MIN_WRAPPED - 1] if len(lengths) >= MIN_WRAPPED else 0
    width = max((n for n in lengths if n <= fifth + WIDTH_SLACK), default=0)
    if not MIN_WIDTH <= width <= MAX_WIDTH:
        return lines
    full = [line for line, after in itertools.pairwise(lines)
            if after.strip() and width - FULL_MARGIN <= _columns(line) <= width]
    cut = sum(not ends_sentence(line.rstrip()) for line in full)
    if cut < max(MIN_WRAPPED, MIN_CUT_SHARE * len(full)):
        return lines  # (one paragraph a line: its long lines end their sentences)
    joined, previous = [], ""
    for line in lines:
        if joined and _continues(previous, line, width):
            before = joined[-1].rstrip()
            glue = "" if WIDE.match(before[-1]) or WIDE.match(line.lstrip()) else " "  # (CJK wraps anywhere)
            joined[-1] = before + glue + line.strip()
        else:
            joined.append(line)
        previous = line
    return joined


def _continues(previous, line, width):
    if not previous.strip() or not line.strip() or BULLET.match(line) or CELL_WALL in previous + line:
        return False
    indent, previous_indent = len(INDENT.match(line).group()), len(INDENT.match(previous).group())
    if bullet := BULLET.match(previous):
        previous_indent = len(bullet.group())  # "  * item that runs on" / "    on the next line"
    word = line.split()[0]
    first = word[:1] if WIDE.match(word) else word  # CJK wraps at any character
    return indent == previous_indent and _columns(previous) <= width <= _columns(previous) + 1 + _columns(first)


def _columns(line):
    """The columns a line takes on a screen: a wide character (CJK, full-width) takes two."""
    line = line.rstrip()
    return len(line) + len(WIDE.findall(line))


def _linked(line, addresses):
    """The line's numbered links as <a> elements on the words after each number."""
    out, at = [], 0
    for m in MARKER.finditer(line):
        out.append(html.escape(line[at:m.start()]))
        at = m.end()
        url = addresses.get(int(m.group(1)))
        if url is None or m.group().startswith("#"):  # a <link>'s ("#[1]Feed"): no words of its own
            continue
        end = stop.start() if (stop := LINK_END.search(line, at)) else len(line)
        words = line[at:min(end, at + LINK_MAX_CHARS)].rstrip()
        out.append(f'<a href="{html.escape(url)}">{html.escape(words)}</a>')
        at += len(words)
    out.append(html.escape(line[at:]))
    return "".join(out)
