"""Ordered removal passes. Each claims blocks with a Removal record; the first claim wins.

Passes only claim; nothing leaves the tree until extraction, so every pass sees the page as it
was and every removal can be shown later with the rule that made it.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict

from . import regexes
from .model import Kind, Removal
from .needles import Haystack
from .paragraphs import has_text
from .rules import PatternTimeout

WORD = regexes.compile(r"\w+")
ELLIPSIS = regexes.compile(r"…|\.\.\.")
MIN_REPEATED_CHARS = 20  # of word characters and spaces: a sentence, not a name or a number
MAX_CITE_CHARS = 80  # a pull quote's attribution: a name and a role
ABRIDGED_SPAN = 1.6  # an abridged pull quote's words lie within this many times its length in the text
CITATION_REACH = 2  # lines on each side of a paper's reference line that are its other fields
LINKED_UNDER_LABEL = 0.75  # of the text under a related label that links: a list of stories set in lines
MAX_PICTURE_REACH = 3  # boxes a line may be alone in, one inside the other, beside its picture
LABEL = regexes.compile(r"[^\n]{1,60}[:：]\s*")  # "Follow us:", "关注我们：" above the lines it introduces
CAPTIONS = ("figcaption", "caption")


class Claims(dict):
    """Block order -> Removal, plus inline elements removed from inside kept blocks."""

    def __init__(self, doc):
        super().__init__()
        self.doc = doc
        self.inline = []  # (element, Removal)
        self.whole = []  # elements removed with all their blocks: their images and the like go too

    def claim(self, i, rule, kind, fields=()):
        if i not in self:
            self[i] = Removal(rule, kind, self.doc.block_text(i), i, tuple(fields))

    def claim_element(self, el, rule, kind, spare=frozenset()):
        blocks = self.doc.blocks_within(el)
        if blocks:
            for i in blocks:
                if i not in spare:
                    self.claim(i, rule, kind)
            if not spare or not any(i in spare for i in blocks):
                self.whole.append(el)
            return
        block = self.doc.block_of(el)
        text = self.doc.text_of(el)
        if block in spare or block is not None and block in self:
            return
        if text:
            self.inline.append((el, Removal(rule, kind, text, block if block is not None else -1)))
        elif el.tag != "img":  # a box of icons alone (a share bar's) goes; a picture so named
            self.whole.append(el)  # itself stays (a formula's, hidden from screen readers)


def claim_attribution_blocks(claims, reader, label):
    """Attribution lines were read into metadata; they are not part of the body. A credit that
    closes a paragraph goes alone, when an element of its own holds it; one that opens it, in
    its text before any element, is given an element of its own to go as."""
    for i, fields in reader.blocks.items():
        claims.claim(i, f"{label} › attribution", Kind.ATTRIBUTION, fields)
    doc = claims.doc
    for i, credit in reader.credits.items():
        block = doc.blocks[i]
        el = next((e for e in block.iterdescendants() if doc.text_of(e) == credit), None)
        if el is None and credit[-1] in (block.text or "") and doc.text_of(block).startswith(credit):
            el = _wrap_leading_text(block, block.text.index(credit[-1]) + 1)  # (a bracketed credit)
        if el is not None:
            claims.claim_element(el, f"{label} › attribution", Kind.ATTRIBUTION)


def _wrap_leading_text(block, end):
    """The first `end` characters of the block's own text, moved into a <span> of its own."""
    span = block.makeelement("span")
    span.text, span.tail = block.text[:end], block.text[end:]
    block.text = None
    block.insert(0, span)
    return span


def remove_by_rule(claims, rule, warn, protected=None, region=None, scope=None, spare=frozenset(), last_only=False):
    """A rule's [[remove]] entries. `protected` (the article's core block) is never removed by
    generic entries: a class like `share` may sit on a wrapper around the whole article; an
    `above_core` entry looks only above it, a `last` one only at the last block still kept.
    Text patterns look only at the blocks in `region` (the article's, when it is known: then a
    `spare_paragraphs` entry leaves its <p>s alone) and selectors only inside `scope` (default:
    the whole page); blocks in `spare` are left alone. `last_only`: only the `last` entries,
    once the text's last block is known (scraped text's, after its shape is read)."""
    doc, is_global = claims.doc, rule.is_global
    in_article = region is not None
    region = range(len(doc.blocks)) if region is None else region
    lines = [(i, doc.block_text(i)) for i in region if i not in claims and i != protected and i not in spare
             and not (is_global and doc.is_data_cell(i))]
    # Shortest first: an entry with `max_chars` reads only the lines up to it, and most of an
    # article's lines are paragraphs longer than any chrome line.
    by_length = sorted(lines, key=lambda line: len(line[1]))
    lengths = [len(text) for _, text in by_length]
    haystack = Haystack(text for _, text in lines)
    several = set() if last_only else {i for i, text in lines if "\n" in text}
    by_lines = defaultdict(list)  # a block of several lines -> the entries whose words it holds
    for entry in (e for e in rule.remove if e.last) if last_only else rule.remove:
        if entry.selector is not None:
            elements = doc.select(entry.selector, scope)
            if entry.repeated:
                for i in _repeated_blocks(doc, elements, region):
                    if i not in spare and i != protected:
                        claims.claim(i, _label(rule, entry), entry.kind)
                continue
            for el in elements:
                if entry.max_chars and len(doc.text_of(el)) > entry.max_chars:
                    continue  # a short thing so named (an icon), not a long one (a collapsed half of the text)
                if protected is None or protected not in doc.blocks_within(el):
                    claims.claim_element(el, _label(rule, entry), entry.kind, spare)
            continue
        if entry.text is None or not entry.text.may_occur_in(haystack):
            continue
        try:
            below = protected if entry.above_core and protected is not None else len(doc.blocks)
            if entry.last:
                candidates = [(i, text) for i, text in lines if i not in claims][-1:]
            else:
                candidates = by_length[:bisect_right(lengths, entry.max_chars)] if entry.max_chars else by_length
            holding = None if entry.last else entry.text.lines_in(haystack)  # a last line is one to try
            holding = None if holding is None else {lines[k][0] for k in holding}
            if several and _judges_lines(entry):
                for i in several if holding is None else several.intersection(holding):
                    by_lines[i].append(entry)
            for i, text in candidates:
                if holding is not None and i not in holding:
                    continue  # none of the words every match holds
                if entry.spare_paragraphs and in_article and doc.blocks[i].tag == "p":
                    continue
                # not claimed already, not too low
                if (i not in claims and i <= below and entry.removes(text, held=holding is not None)
                        and not (entry.kind == Kind.ATTRIBUTION and is_global and protected is not None
                                 and i > protected and cites(doc, i, rule.citations))
                        and not (entry.spare_captions and in_caption(doc.blocks[i]))):
                    claims.claim(i, _label(rule, entry), entry.kind)
                    if entry.with_picture:
                        _claim_picture_beside(claims, i)
                    if entry.kind == Kind.RELATED and i + 1 in several and i + 1 not in claims and _stories(doc, i + 1):
                        claims.claim(i + 1, _label(rule, entry), entry.kind)  # the list under the label
        except PatternTimeout as e:
            warn(f"skipped rule pattern: {e}")
    for i, entries in by_lines.items():
        try:
            chrome = None if i in claims else (_chrome_of_lines(entries, doc.block_text(i))
                                               or _stories_under_label(doc, i, entries))
        except PatternTimeout as e:
            warn(f"skipped rule pattern: {e}")
            continue
        if chrome is not None:
            claims.claim(i, _label(rule, chrome), chrome.kind)


def in_caption(el):
    """Whether `el` is a caption's, or inside one: a picture's (<figcaption>) or a table's."""
    return el.tag in CAPTIONS or next(el.iterancestors(*CAPTIONS), None) is not None


def _claim_picture_beside(claims, i):
    """The picture standing alone right above or below block i (the QR code a line asks to
    scan), beside the block or beside the boxes it is alone in: it holds no text, so no block,
    and would stay behind."""
    el = claims.doc.blocks[i]
    for _ in range(MAX_PICTURE_REACH):
        previous, following = el.getprevious(), el.getnext()
        if previous is not None and not has_text(previous.tail) and _lone_picture(previous):
            claims.whole.append(previous)
            return
        if following is not None and not has_text(el.tail) and _lone_picture(following):
            claims.whole.append(following)
            return
        parent = el.getparent()
        if parent is None or len(parent) > 1 or has_text(parent.text) or has_text(el.tail):
            return
        el = parent


def _lone_picture(el):
    """A picture, or a box holding one picture and no text."""
    if el.tag == "img":
        return True
    return (isinstance(el.tag, str) and sum(1 for _ in el.iter("img")) == 1
            and not el.text_content().strip())


def _label(rule, entry):
    """Asked at each claim, not of every entry: most entries claim nothing on a page."""
    return f"{rule.label} › {entry.id}" if rule.is_global else f"{rule.label} › remove[{entry.id}]"


def _judges_lines(entry):
    """Whether an entry judges the lines of a block one by one too: not one that depends on
    where a block stands (above the core, the last one, the article's own <p>s)."""
    return entry.text is not None and not (entry.last or entry.above_core or entry.spare_paragraphs)


def _chrome_of_lines(entries, text):
    """The one of `entries` by which a text of lines set apart by <br>s (a footer's "Facebook:
    …", "Twitter: …", "LINE: …" in one paragraph) goes, else None. It goes when each of its lines
    would go as a block of its own, a label ending in a colon over them aside: the whole is
    longer than an entry's `max_chars`, and a pattern anchored at both ends of a line matches
    one of its lines at most. Credit lines count only beside chrome (a WeChat footer's "编辑|X",
    "来源|Y" over its "回复【X】查看…"): a paper's reference lines stay."""
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) < 2:
        return None
    found = []
    for n, line in enumerate(lines):
        entry = next((entry for entry in entries if entry.removes(line)), None)
        if entry is not None:
            found.append(entry)
        elif n or not LABEL.fullmatch(line):
            return None  # a line of its own words: the block is the article's
    chrome = next((entry for entry in found if entry.kind != Kind.ATTRIBUTION), None)
    return chrome if len(found) > 1 else None


def _stories_under_label(doc, i, entries):
    """The related entry that reads the first line of block i as a label over a list of other
    stories' links, one a line: "DON'T MISS<br><a>Story</a> [WARNING]<br><a>Story</a> [NEWS]"."""
    label, _, stories = doc.block_text(i).partition("\n")
    entry = next((e for e in entries if e.kind == Kind.RELATED and e.removes(label)), None)
    if entry is None or not stories.strip():
        return None
    return entry if _stories(doc, i, stories) else None


def _stories(doc, i, text=None):
    """Whether block i's text (or the part of it given) is other stories' links, one a line: its
    words are nearly all its links'. Under a related label, in its block or the next one
    ("DON'T MISS", then a paragraph of "<a>Story</a> [VIDEO]<br>" lines)."""
    linked = sum(len(words(a.text_content())) for a in doc.blocks[i].iter("a"))
    return linked >= LINKED_UNDER_LABEL * len(words(doc.block_text(i) if text is None else text))


def cites(doc, i, citations):
    """Whether block i stands among a paper's reference lines ("論文名：…", "DOI: …"): the
    journal, authors and date there are the paper's, not a credit of the article's."""
    if citations is None:
        return False
    reach = range(max(0, i - CITATION_REACH), min(len(doc.blocks), i + CITATION_REACH + 1))
    return any(citations.search(doc.block_text(j)) for j in reach)


def _repeated_blocks(doc, elements, region):
    """The blocks of `elements` whose words a block of `region` outside all of them holds in the
    same order (the pieces between an abridgement's ellipses each): a pull quote repeats a
    sentence of the article in large type. A quote the article does not repeat stays, and so do
    quotes that only repeat each other (two tweets signed alike). A table's or a picture's figure
    is data, whatever its caption repeats ("Así marcha el Grupo 2…" over the standings)."""
    elements = [el for el in elements if el.find(".//table") is None and el.find(".//img") is None]
    quoted = {i for el in elements for i in doc.blocks_within(el)}
    pieces = {i: _pieces(doc.block_text(i)) for i in sorted(quoted)}
    pieces = {i: found for i, found in pieces.items() if sum(map(len, found)) >= MIN_REPEATED_CHARS}
    if not pieces:
        return []  # no quote long enough: the article's words are not needed
    lines = [words(doc.block_text(i)) for i in region if i not in quoted]
    page = "\n".join(lines)
    repeated = {i for i, found in pieces.items() if all(_in_text(piece, page, lines) for piece in found)}
    for el in elements:  # the quote's own short lines go with it: "— Colm Geraghty, hub member"
        blocks = doc.blocks_within(el)
        if repeated.intersection(blocks) and all(len(doc.block_text(i)) <= MAX_CITE_CHARS for i in blocks
                                                 if i not in repeated):
            repeated.update(blocks)
    return sorted(repeated)


def _in_text(piece, page, lines):
    """Whether the text holds a quote's piece: as it stands, or abridged in one of its lines."""
    if piece in page:
        return True
    quote = piece.split()
    longest = max(quote, key=len)  # a word few lines hold, unlike its first ("a")
    return any(_abridges(quote, line.split()) for line in lines if longest in line)


def _abridges(quote, said):
    """Whether the quote's words stand in `said` in the same order, close together: a pull
    quote abridged without marks ("a system designed in another era[, with other water,] today
    produces…")."""
    span = len(quote) * ABRIDGED_SPAN
    for start, word in enumerate(said):
        if word != quote[0]:
            continue
        k = 0
        for end in range(start, min(len(said), start + int(span))):
            if said[end] == quote[k]:
                k += 1
                if k == len(quote):
                    return True
    return False


def _pieces(text):
    """The words of each part of a quote between an abridgement's ellipses or its line breaks
    (a pull quote set in short lines: "ベテランの勘で回っていた<br>現場だったんです")."""
    return [said for part in ELLIPSIS.split(text) for line in part.split("\n") if (said := words(line))]


def words(text):
    """The text's words, case folded, one space apart: texts compared whatever their punctuation."""
    return " ".join(WORD.findall(text.casefold()))


def calls_chrome(rule, text):
    """Whether one of the rule's text entries or cut-off markers would remove this text, or
    its lines."""
    try:
        return (any(e.removes(text) for e in rule.remove) or any(p.search(text) for p in rule.cut_off)
                or "\n" in text and _chrome_of_lines([e for e in rule.remove if _judges_lines(e)], text) is not None)
    except PatternTimeout:
        return False


def first_end_mark(rule, texts):
    """The index of the first of `texts` where one of the rule's cut-off markers starts the
    closing chrome ("###"), else None."""
    haystack, found = Haystack(texts), []
    for pattern in rule.cut_off:
        try:
            hit = _first_match(pattern, texts, haystack)
        except PatternTimeout:
            continue
        if hit is not None:
            found.append(hit[0])
    return min(found, default=None)


def _first_match(pattern, texts, haystack):
    """(index, match) of the first of `texts` the pattern matches, else None: one search of all
    the texts (the haystack) for the words every match holds, then only the texts holding them."""
    if not pattern.may_occur_in(haystack):
        return None
    holding = pattern.lines_in(haystack)
    return next(((k, m) for k in (range(len(texts)) if holding is None else sorted(holding))
                 if (m := pattern.search(texts[k]))), None)


def calls_credit(rule, text):
    """Whether one of the rule's attribution entries would remove this text: a credit line."""
    try:
        return any(e.kind == Kind.ATTRIBUTION and e.removes(text) for e in rule.remove)
    except PatternTimeout:
        return False


def cut(claims, rule, warn, after_block=-1, region=None, offs=None):
    """`cut_off`: the first matching block and all after it are chrome; `cut_before`: it and all
    before it. Generic cut-offs only count after `after_block` (the article's core), so a
    disclaimer link in a top bar cannot wipe out the page; markers are looked for in `region`.
    `offs`: the cut_offs() of the same blocks, found already."""
    doc, n = claims.doc, len(claims.doc.blocks)
    region = range(n) if region is None else region
    if offs is None:
        offs = cut_offs(doc, rule, warn, after_block, region)
    for i, label in offs:
        for j in range(i, n):
            claims.claim(j, label, Kind.CUT_OFF)
    for i, label in _hits(doc, rule, rule.cut_before, warn, region, "before"):
        for j in range(i, -1, -1):
            claims.claim(j, label, Kind.CUT_OFF)


def cut_offs(doc, rule, warn, after_block, region):
    """(block, label) of each `cut_off` pattern's first match after `after_block` in `region`."""
    return _hits(doc, rule, rule.cut_off, warn, range(max(after_block + 1, region.start), region.stop), "off after")


def _hits(doc, rule, patterns, warn, searched, how):
    if not patterns:
        return []
    texts = [doc.block_text(i) for i in searched]
    haystack, hits = Haystack(texts), []
    for pattern in patterns:
        try:
            hit = _first_match(pattern, texts, haystack)
        except PatternTimeout as e:
            warn(f"skipped rule pattern: {e}")
            continue
        if hit is not None:
            hits.append((searched[hit[0]], f"{rule.label} › cut-{how} {hit[1].group(0).strip()[:20]}"))
    return hits
