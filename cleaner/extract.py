"""Main content: the rule's `content` selector, else readability (HTML) or the shape of the
text (scraped plain text). Blocks outside the content are claimed, so nothing leaves silently."""

from __future__ import annotations

import re
from collections import Counter
from itertools import groupby, islice, takewhile
from urllib.parse import urlsplit

from lxml import etree

from . import regexes
from .model import Kind
from .paragraphs import HEADINGS, ends_full_stop, ends_sentence, single_row, weight
from .passes import words
from .scoring import class_and_id, named_like_chrome, pick_article

# A scraped-text line that reads as prose rather than a menu item or a label.
SENTENCE_END = tuple("。！？!?.;；…")  # a last character; no regex to compile at start-up
CLOSING_MARKS = "”」』\")"  # a quotation ends a sentence when what it quotes does: "…说。”", not "…“红黑榜”"
PROSE_MIN_CHARS = 40
TEXT_ENDERS = (Kind.ATTRIBUTION, Kind.COMMENTS)  # the article's credit, or the comments under it
TEXT_LINE_COST = 25  # the prose weight a short line (a menu item, a label) between prose lines costs
TEXT_DATA_LINE_COST = 5  # a short line with a figure (a table's row, a date) is more often the text's own
# A share bar, print buttons, a "Related" label: the text's end, or a box inside it.
PAGE_TOOLS = (Kind.SHARE, Kind.PRINT, Kind.RELATED)
PAGE_TOOLS_COST = 300  # more prose than a short box (a follow prompt) holds, less than the text after it
DATA_CELL = r"(?:^|\s)[-+]?\d[\d.,:%–/-]*(?=\s|$)"  # a figure standing alone: "2,730", "-1,20", "8.3%"
DATA_ROW_CELLS = 2  # a row's figures (its source note under it is no closing credit)
TEXT_TAIL_LINES = 4  # short lines between the text's last sentence and the credit under it
CLOSING_KINDS = (Kind.ATTRIBUTION, *PAGE_TOOLS)  # what follows an article at once: its credit, its tools
NOTE_OPENERS = tuple("（(【[《「〔")  # a line that opens so is a note or a button, not the text
FIELD_LINE = regexes.compile(r"[^\W\d_][^:：\n]{0,15}[:：]\s*\S")  # "論文名：…", "DOI: 10.5555/…"
FIELD_BOX_LABEL = regexes.compile(r"[^\W\d_][^\W\d_ ]{1,11}")  # "論文情報", "论文信息" over the fields
FIELD_BOX_LINES = 2
SALUTATION_CHARS = 30  # "各屬會、各會員：", "Dear residents:"
SHORT_BLOCK_CHARS = 12  # below this, a block must match readability's blocks exactly
# A block whose text is mostly link text is a menu, a tag list or "related" links, even
# inside the article's container, where readability keeps it.
MAX_LINK_DENSITY = 0.6
# A long paragraph whose sentences link their sources is still prose; menus are short items.
LONG_BLOCK_CHARS = 200
MAX_LONG_LINK_DENSITY = 0.9
TEASER_HEADLINES = 3  # linked headings in a row
SENTENCE_OPENING_WEIGHT = 15  # a sentence's own words before its link: more than "Read more:", "相关新闻："
TEASER_PICTURES = 3  # thumbnails linking other stories in one box the article left out: a rail of them
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif", ".bmp", ".svg")
# Documents a notice attaches ("附件：<a>申报书.docx</a>", "Annex A (PDF, 214 KB)"), by the end of the
# link's address (a download script names the file in its query: "downfile.jsp?filename=….docx")
DOCUMENT_SUFFIXES = (".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".odt", ".ods", ".rtf",
                     ".wps", ".et", ".ofd", ".hwp", ".hwpx", ".zip", ".rar", ".7z")
# ... which the link names by its file or its size: a button's "Download the full report (PDF)" is none
FILE_MENTION = r"(?i)\.(?:pdf|docx?|xlsx?|pptx?|od[ts]|rtf|wps|ofd|hwpx?|zip|rar|7z)\b|\d\s*[KMG]i?B\b"
MIN_ARTICLE_WEIGHT = 200  # less than this from the scorer, and readability gets a try
QUOTE_MIN_WEIGHT, QUOTE_MAX_WEIGHT = 40, 300  # a pull quote: a sentence, not a word or a paragraph
QUOTE_REACH = 2  # blocks on either side where the sentence it repeats may stand
BOX_TITLE_MAX_CHARS = 40  # a box's title in a <div>: "Fast facts", not a teaser
LEAD_MAX_CHARS = 400  # a lead photo's caption and credit, not a teaser's text
IMAGES = ("img", "amp-img")  # (an AMP page's pictures are <amp-img>s)
LEAD_REACH = 3  # a lead paragraph stands this many boxes above the text at most: past a picture, a share bar
LEAD_MIN_WEIGHT = 80  # two sentences or so, not a pitch ("Want more deals? Join our newsletter.")
LEAD_LINK_DENSITY = 0.25
CARD_LINE_CHARS = 100  # a card's lines: a name, a price, buttons, a teaser's headline and summary
CONTACT_BOX_BLOCKS = 3  # a heading, a line or two
CALL_OUT_LINE_CHARS = 300  # a contact box's lines; a sponsored box's pitch
PROMOTION_BOX_BLOCKS = 5  # a label, a heading, a pitch, a button, its small print
PROMOTION_LINE_CHARS = 200  # a pitch that only its button's words tell: a sentence or two
BUTTON_MAX_CHARS = 80
HOVER_CARD_LINKS = 2  # a card's name and the stories it lists
HOVER_CARD_LINK_SHARE = 0.8  # of a hover card's text, its links'
# A follow box, a sign-up box, a promotion, an author's box: its short lines go with it.
BOX_KINDS = (Kind.SHARE, Kind.NEWSLETTER, Kind.AD, Kind.INFO)
LEFTOVER_BOX_BLOCKS = 4
LEFTOVER_CHARS = 60
DECK_MIN_WEIGHT = 40  # a sentence, not a label that every section repeats


def is_prose(text):
    heavy = weight(text)
    sentence = text.rstrip(CLOSING_MARKS).endswith(SENTENCE_END)
    return heavy >= PROSE_MIN_CHARS * 2 or (heavy >= PROSE_MIN_CHARS and sentence)


def by_selector(doc, rule):
    """The blocks of the first element matching one of the rule's content selectors, or None."""
    for selector in rule.content:
        found = doc.select(selector)
        if found:
            return set(doc.blocks_within(found[0]))
    return None


def by_text_shape(doc, claims, core=None):
    """Plain text has no markup to score. The article is the stretch around its `core` block
    with the most prose for its short lines, between the credit lines that frame it: the title
    and info line above, and below it the credit that closes it (原文链接, 文章来源) or the
    comments. Short lines before and after it are menus, labels and footers, and prose after
    the closing credit is the republisher's (its own notice, comments, "about us")."""
    kept = [i for i in range(len(doc.blocks)) if i not in claims]
    below = [] if core is None else sorted(i for i in claims if i > core)
    closing = next((i for i in below if claims[i].kind in TEXT_ENDERS and not is_table_note(doc, i)), len(doc.blocks))
    above = [] if core is None else [i for i in claims
                                     if i < core and claims[i].kind == Kind.ATTRIBUTION and not is_table_note(doc, i)]
    opening = max(above, default=-1)
    tools = {i for i in below if i < closing and claims[i].kind in PAGE_TOOLS}
    lines = sorted(tools.union(i for i in kept if opening < i < closing))
    prose = [i for i in lines if i not in tools and is_prose(doc.block_text(i))]
    if not prose:
        return doc.root.find("body")
    anchor = core if core in prose else max(prose, key=lambda i: len(doc.block_text(i)))
    first, last = _densest_stretch(doc, lines, anchor, tools)
    start, end = _text_start(doc, claims, first), _text_end(doc, claims, last)
    for i in kept:
        if i < start:
            claims.claim(i, "generic › before article", Kind.HEADER)
        elif i > end:
            claims.claim(i, "generic › after article", Kind.FOOTER)
    return doc.root.find("body")


def is_table_note(doc, i):
    """A credit line under a table's row ("Fuente: …") is the table's note, not the article's."""
    return i > 0 and _is_data_row(doc.block_text(i - 1))


def _is_data_row(text):
    """A table's row as scraped text: cells split by tabs, or by spaces between figures."""
    if "\t" in text:
        return True
    cells = text.split()  # "Postes supprimés 140", "その他 9件 7件", "2024 14 2,730 31.5"; not "Attendance: 312."
    return (not is_prose(text) and len(cells) >= 2 and not text.endswith(SENTENCE_END)
            and (any(c.isdigit() for c in cells[-1]) or len(re.findall(DATA_CELL, text)) >= DATA_ROW_CELLS))


def _line_gain(doc, i, tools=()):
    """What a scraped text's line brings to a stretch of prose: its weight if it reads as prose,
    else a cost (a menu item, a label, a commenter's name and "Reply")."""
    if i in tools:
        return -PAGE_TOOLS_COST
    text = doc.block_text(i)
    if is_prose(text):
        return weight(text)
    return -TEXT_DATA_LINE_COST if any(c.isdigit() for c in text) else -TEXT_LINE_COST


def densest_prose(doc, lines):
    """The most prose for its short lines that one run of `lines` holds: a thread of comments,
    each a sentence or two between a name, a date and "Like · Reply", holds little."""
    best = total = 0
    for i in lines:
        total = max(0, total + _line_gain(doc, i))
        best = max(best, total)
    return best


def _densest_stretch(doc, lines, anchor, tools):
    """The first and last line of the stretch around `anchor` with the most prose for its
    short lines: a menu between a cookie notice and the text, or a share bar and a comment's
    name and "Reply" between it and the text, cost more than the notice or the comment brings."""
    at = lines.index(anchor)
    bounds = []
    for side in (reversed(lines[:at]), lines[at + 1:]):
        best = total = 0
        bound = anchor
        for i in side:
            total += _line_gain(doc, i, tools)
            if total > best:
                best, bound = total, i
        bounds.append(bound)
    return bounds[0], bounds[1]


def _text_start(doc, claims, first_prose):
    """A notice opens with its salutation, a story with a short sentence: a short line ending in
    a colon ("各屬會、各會員：") or a full stop ("老屋拆了。") just above the first sentence is the
    text's."""
    above = first_prose - 1
    if above >= 0 and above not in claims:
        text = doc.block_text(above)
        if len(text) <= SALUTATION_CHARS and (text.endswith(("：", ":")) or ends_full_stop(text)):
            return above
    return first_prose


def _text_end(doc, claims, last_prose):
    """The republisher's closing credit (原文链接, 责任编辑) or its page tools (扫一扫在手机打开,
    分享到, 【打印本页】) follow the article directly: a line or two just above them (the article's
    hotline, its signature) end the article. Lines in brackets there are notes and buttons:
    "（作者系…）", "【纠错】", "《光明日报》（…08版）". A box of fields right under the text (a
    paper's "論文名：…", "著者：…", "DOI：…" under its label) is the article's too."""
    after = next((j for j in range(last_prose + 1, len(doc.blocks)) if j in claims), None)
    if (after is None or after - last_prose - 1 > TEXT_TAIL_LINES or claims[after].kind not in CLOSING_KINDS
            or any(doc.block_text(j).startswith(NOTE_OPENERS) for j in range(last_prose + 1, after))):
        return _field_box_end(doc, claims, last_prose)
    return after - 1


def _field_box_end(doc, claims, end):
    """The last line of a box of at least FIELD_BOX_LINES "label: value" lines (under a label of
    their own) just after line `end`, else `end`."""
    start = end + 1 + (end + 1 < len(doc.blocks) and FIELD_BOX_LABEL.fullmatch(doc.block_text(end + 1)) is not None)
    last = start
    while last < len(doc.blocks) and last not in claims and FIELD_LINE.match(doc.block_text(last)):
        last += 1
    return last - 1 if last - start >= FIELD_BOX_LINES else end


def by_scoring(doc, claims, hints, headline=None):
    """The article's blocks by our own scorer (scoring.py). None when what it finds is too
    little to be an article, so the caller can try readability instead."""
    inside = pick_article(doc, claims, hints, headline=headline)
    if _too_little(doc, inside):  # names may have silenced all the text: a layout's "rail-tall" row
        inside = pick_article(doc, claims, hints, strict=False, headline=headline)
    return None if _too_little(doc, inside) else inside


def _too_little(doc, blocks):
    return sum(weight(doc.block_text(i)) for i in blocks) < MIN_ARTICLE_WEIGHT


def adopt_lead(doc, claims, article, hints):
    """Templates often set the lead photo and the lead paragraph with the headline, just above
    the text's container (or above the box around it). Both are moved to the container's start
    and their blocks join the article. Returns them."""
    container = common_ancestor(doc, sorted(article))
    if container is None or container.getparent() is None:
        return set()
    return _lead_figure(doc, claims, container, hints) | _lead_paragraph(doc, claims, container, hints)


def _lead_figure(doc, claims, container, hints):
    """A figure there: a <figure>, or a box named like one by the `figure` hint, holding an
    image and a little text, no heading, not links."""
    for above in (container, container.getparent()):
        lead = _last_part(doc, _previous_with_content(above))
        if lead is None or next(lead.iter(*IMAGES), None) is None or not _is_figure(lead, hints):
            continue  # an author's avatar or a row of icons is no lead photo
        blocks = set(doc.blocks_within(lead))
        if blocks and not blocks <= set(claims) and link_density(lead, doc.text_of(lead)) <= MAX_LINK_DENSITY:
            doc.move_to_start(lead, container)
            return blocks
    return set()


def _lead_paragraph(doc, claims, container, hints):
    """The first sentence-ending paragraph of some weight there, past a picture or a share bar
    (not a pitch, no address, few links, not named like chrome): a paragraph, or a box holding
    one alone (a page builder's module around the chapô)."""
    for above in (container, container.getparent()):
        for el in islice((s for s in above.itersiblings(preceding=True) if _has_content(s)), LEAD_REACH):
            text = doc.text_of(el)
            i = doc.sole_block(el)
            if (i is not None and i not in claims and ends_sentence(text) and weight(text) >= LEAD_MIN_WEIGHT
                    and "://" not in text and link_density(el, text) < LEAD_LINK_DENSITY
                    and not named_like_chrome(el, hints)):
                doc.move_to_start(el, container)
                return {i}
            if len(text) >= PROSE_MIN_CHARS:
                break  # a box of text between: what stands above it is not the lead
    return set()


def adopt_inner_figures(doc, claims, article, hints):
    """Page builders put each photo, table and code listing in a block of its own between the
    text's blocks, and the scorer, counting prose, leaves it out. Between two of the article's
    blocks, a figure (a <figure>, or a box the `figure` hint names like one) with an image and a
    caption (not links), a data table or a <pre> is the article's; so is such a figure right
    above the text in the article's box (its lead photo). One in a gallery or a carousel (the
    `unlikely` hint) is not. Returns their blocks."""
    container = common_ancestor(doc, sorted(article))
    if container is None:
        return set()
    first, last, claimed = min(article), max(article), set(claims)
    adopted = set()
    for box in _boxes_left_out(doc, claimed, article, container, hints):
        blocks = doc.blocks_within(box)
        if blocks[-1] > last or not article.isdisjoint(blocks) or not claimed.isdisjoint(blocks):
            continue
        between = first < blocks[0]
        if box.tag == "pre":
            belongs = between
        elif box.tag == "table" and not _pictured(doc, box):
            belongs = between and not single_row(box)
        else:  # a figure (or a table drawing one): between the text's blocks, or right above them (its lead photo)
            above = not between and all(i in claimed or _is_tool_bar(doc, i) for i in range(blocks[-1] + 1, first))
            belongs = ((between or above) and next(box.iter(*IMAGES), None) is not None
                       and len(doc.text_of(box)) <= LEAD_MAX_CHARS)
        boxes = [box, *takewhile(lambda a: a is not container, box.iterancestors())]
        if (belongs and link_density(box, doc.text_of(box)) <= MAX_LINK_DENSITY
                and not any(named_like_chrome(b, hints) for b in boxes)):
            adopted.update(blocks)
    return adopted


def _pictured(doc, table):
    """A table that holds a picture and a line or two: an old layout's figure (an image row over
    a caption row)."""
    return next(table.iter(*IMAGES), None) is not None and len(doc.text_of(table)) <= LEAD_MAX_CHARS


def _is_tool_bar(doc, i):
    """A row of links of a few words ("Share Post Email") between a lead photo and the text."""
    return len(doc.block_text(i)) < PROSE_MIN_CHARS and _mostly_links(doc, i)


def _boxes_left_out(doc, claimed, article, container, hints):
    """The <figure>s, <pre>s and <table>s in `container` around the blocks the scorer left out
    between the article's first and last blocks, or just above them (past a share bar), and the
    boxes there that the `figure` hint names like figures."""
    named = hints.figure if hints else None
    first = min(article)
    above = next((i for i in range(first - 1, -1, -1) if i not in claimed and not _is_tool_bar(doc, i)), None)
    boxes, seen = {}, set()
    for i in ([] if above is None else [above]) + list(range(first + 1, max(article))):
        if i in article or i in claimed:
            continue
        path = [doc.blocks[i], *takewhile(lambda a: a is not container, doc.blocks[i].iterancestors())]
        if path[-1].getparent() is not container:
            continue  # outside the article's box
        for box in path:
            if box in seen:
                break  # and so were its ancestors
            seen.add(box)
            if box.tag in ("figure", "pre", "table") or (named is not None and (name := class_and_id(box))
                                                          and named.search(name)):
                boxes[box] = None
    return boxes


def _last_part(doc, el):
    """`el`, or its last part that holds no heading and little text (a header's closing photo)."""
    while el is not None and (len(doc.text_of(el)) > LEAD_MAX_CHARS or next(el.iter(*HEADINGS), None) is not None):
        el = next((c for c in reversed(el) if _has_content(c)), None)
    return el


def _is_figure(el, hints):
    if next(el.iter("figure", "figcaption"), None) is not None:
        return True
    named = hints.figure if hints else None
    return named is not None and any(named.search(class_and_id(e)) for e in el.iter() if isinstance(e.tag, str))


def _previous_with_content(el):
    return next((s for s in el.itersiblings(preceding=True) if _has_content(s)), None)


def _has_content(el):
    return isinstance(el.tag, str) and (bool(el.text_content().strip()) or next(el.iter(*IMAGES), None) is not None)


def keep_only(doc, claims, article, label, calls_to_action=None):
    """Claim every block outside the article, and link lists, cards and call-out boxes inside
    it; the article's smallest common container is what gets rendered."""
    for i in range(len(doc.blocks)):
        if i not in claims and i not in article:
            claims.claim(i, label, Kind.BOILERPLATE)
    drop_link_lists(doc, claims)
    drop_repeated_deck(doc, claims, article)
    drop_repeated_quotes(doc, claims, article)
    container = common_ancestor(doc, [i for i in sorted(article) if i not in claims])
    if container is not None:
        drop_cards(doc, claims, container)
        drop_hover_cards(doc, claims, container)
        drop_call_outs(doc, claims, container, calls_to_action)
    drop_emptied_headings(doc, claims)
    drop_leftovers(doc, claims)
    drop_share_pictures(doc, claims)
    container = common_ancestor(doc, [i for i in sorted(article) if i not in claims])
    if container is not None:
        drop_outside_tables(doc, claims, container, label)
        drop_teaser_rails(doc, claims, container, article)
    return container


def drop_teaser_rails(doc, claims, container, article):
    """A rail of other stories set between the article's paragraphs ("Most read in world news",
    a thumbnail and a headline each), which the article left out: its headlines went as outside
    the article, and its thumbnails, which are no block, go with them. The largest box around
    a picture that links a page (not a picture) whose blocks are all outside the article goes
    whole when it holds TEASER_PICTURES or more such pictures (whatever else claimed its blocks
    first: `cleaner diff` names them)."""
    rails = Counter()
    for link in container.iter("a"):
        if next(link.iter("img"), None) is None or _links_a_picture(link):
            continue
        rail = None
        for box in link.iterancestors():
            if box is container:
                break
            blocks = doc.blocks_within(box)
            if not blocks:
                continue
            if not all(i in claims and i not in article for i in blocks):
                break
            rail = box
        if rail is not None:
            rails[rail] += 1
    claims.whole.extend(rail for rail, pictures in rails.items() if pictures >= TEASER_PICTURES)


def _links_a_picture(link):
    """A link to an image file (a gallery's full size), not to a page."""
    return urlsplit((link.get("href") or "").strip()).path.lower().endswith(IMAGE_SUFFIXES)


def drop_outside_tables(doc, claims, container, label):
    """A table inside the article's container that the article left out (a wiki's navigation box
    beside the text: its lines outside the article, or removed as chrome) goes whole: its pictures,
    which are no block, with it. Not a picture's table whose caption went as a credit."""
    for table in container.iter("table"):
        blocks = doc.blocks_within(table)
        if (blocks and next(table.iter("img"), None) is not None and all(i in claims for i in blocks)
                and any(claims[i].rule == label for i in blocks)):
            claims.whole.append(table)


def adopt_headings(doc, claims, article):
    """A subheading in a box of its own between the article's parts (a page builder's grid gives
    each its item), leading into more of the text, is the article's: too short to vote for itself.
    So is the title of a box whose other blocks are all the article's ("計畫小檔案" atop a fact
    box), whatever its tag. Returns their blocks, which the generic detectors then read as they
    read the article's."""
    if not article:
        return set()
    found = set()
    for i in range(min(article) + 1, max(article)):
        if i in article or i in claims:
            continue
        heading = doc.blocks[i]
        parent = heading.getparent()
        box = doc.blocks_within(parent)
        if heading.tag not in HEADINGS:  # a box's title: its first line, the rest the article's (not links)
            if (box[0] == i and len(box) > 1 and len(doc.block_text(i)) <= BOX_TITLE_MAX_CHARS
                    and all(j in article for j in box[1:])
                    and link_density(parent, doc.text_of(parent)) <= MAX_LINK_DENSITY):
                found.add(i)
            continue
        if box != [i] or any(not a.get("href", "#").startswith("#") for a in heading.iterancestors("a")):
            continue  # not a heading alone in its box (a promotion's or a sidebar's title), or a card's
        following = next(j for j in range(i + 1, len(doc.blocks)) if j in article or doc.blocks[j].tag in HEADINGS)
        if following in article:  # before the next heading: a pull quote or a box may stand between
            found.add(i)
    return found


def drop_repeated_deck(doc, claims, article):
    """A template shows the deck under the title and the text shows it again atop itself: the
    article's first block, when a block above it or one of the next two says the same, is that
    deck, and so are its copies."""
    kept = [i for i in sorted(article) if i not in claims]
    if not kept or weight(text := doc.block_text(kept[0])) < DECK_MIN_WEIGHT:
        return
    copies = [i for i in kept[1:3] if doc.block_text(i) == text]
    if len(kept) <= len(copies) + 2:
        return  # the same few lines over and over: that is all there is
    if copies or any(doc.block_text(i) == text for i in range(kept[0])):
        for i in (kept[0], *copies):
            claims.claim(i, "generic › deck repeated", Kind.INFO)


def drop_repeated_quotes(doc, claims, article):
    """A pull quote in a box of no telling name (a WeChat editor's styled <section>) repeats a
    sentence of a paragraph near it: a short block that reads as a sentence, whose words a
    longer block within two of it holds in the same order, is that quote."""
    kept = [i for i in sorted(article) if i not in claims]
    for n, i in enumerate(kept):
        text = doc.block_text(i)
        if (len(text) > QUOTE_MAX_WEIGHT or doc.blocks[i].tag in HEADINGS or not ends_sentence(text)
                or not QUOTE_MIN_WEIGHT <= weight(text) <= QUOTE_MAX_WEIGHT):
            continue
        middle = text[len(text) // 2 - 4:len(text) // 2 + 4]  # sought first: the quote marks are at its ends
        near = [j for j in kept[max(0, n - QUOTE_REACH):n] + kept[n + 1:n + 1 + QUOTE_REACH]
                if middle in doc.block_text(j)]
        if near:
            quote = words(text)
            if any(len(other := words(doc.block_text(j))) > len(quote) and f" {quote} " in f" {other} "
                   for j in near):
                claims.claim(i, "generic › pull-quote repeated", Kind.OTHER)


def drop_leftovers(doc, claims):
    """A box whose text was removed leaves bits behind: its icon ('🔁' beside "Reposted with
    permission…", '›' after "Read more"), or, beside a follow, sign-up or promotion line, the
    line that sells it ("补贴政策、保养技巧第一时间推送"), or the name above an author's bio. A block
    without a word, or a short line that is no sentence in a box of a few blocks, goes with the
    rest of its box."""
    boxes = {}  # parent -> its blocks: a long list's items share one
    for i, el in enumerate(doc.blocks):
        if i in claims:
            continue
        text = doc.block_text(i)
        wordless = not any(c.isalnum() for c in text)
        if not wordless and (len(text) > LEFTOVER_CHARS or ends_sentence(text)):
            continue  # most blocks: the article's sentences
        parent = el.getparent()
        if parent is None:
            continue
        if parent not in boxes:
            boxes[parent] = doc.blocks_within(parent)
        neighbours = [j for j in boxes[parent] if j != i]
        if not neighbours or any(j not in claims for j in neighbours):
            continue
        kind = claims[neighbours[0]].kind
        if wordless or (kind in BOX_KINDS and len(neighbours) < LEFTOVER_BOX_BLOCKS):
            claims.claim(i, "generic › leftover of removed blocks", kind)


def drop_share_pictures(doc, claims):
    """A follow or share box whose every line went ("扫码关注我们", "Follow us") leaves its
    pictures behind, which are no block: the QR code, the icons. Such a box goes whole (a
    <figure> keeps its picture whatever its caption says)."""
    boxes = {doc.blocks[i].getparent() for i, removal in claims.items() if removal.kind == Kind.SHARE}
    for box in boxes - {None}:
        if (box.tag not in ("figure", "body") and next(box.iter("img"), None) is not None
                and all(j in claims and claims[j].kind == Kind.SHARE for j in doc.blocks_within(box))):
            claims.whole.append(box)


def unclaimed(doc, claims):
    return {i for i in range(len(doc.blocks)) if i not in claims}


def by_readability(doc, claims):
    """readability-lxml picks the article; we keep our own tree (and its structure) and claim
    the blocks it left out, matched by their text. Returns the article's blocks."""
    import lxml.html
    from readability import Document as Readability

    detach(doc, claims)
    try:  # our tree's elements are not lxml.html's: readability gets the page as markup
        page = etree.tostring(doc.root, encoding="unicode", method="html")
        summary = Readability(page).summary(html_partial=True)
        picked = lxml.html.fragment_fromstring(summary, create_parent="div")
    except Exception:  # readability raises Unparseable, and lxml asserts on what it returns
        return unclaimed(doc, claims)
    picked_text = squash(picked.text_content())
    picked_blocks = {squash(doc.text_of(el)) for el in picked.iter() if el.text is not None}
    for i in range(len(doc.blocks)):
        if i in claims:
            continue
        key = squash(doc.block_text(i))
        found = key in picked_blocks if len(key) < SHORT_BLOCK_CHARS else key in picked_text
        if not found:
            claims.claim(i, "generic › readability", Kind.BOILERPLATE)
    return unclaimed(doc, claims)


def link_density(el, text):
    if next(el.iterancestors("a"), None) is not None:
        return 1.0  # a block inside a link (a card's headline) is all link
    linked = sum(len(squash(a.text_content())) for a in el.iter("a"))
    return linked / max(1, len(squash(text)))


def drop_link_lists(doc, claims):
    """Blocks that are mostly links, but for a data table's cells ("Directed by | <a>a name</a>")
    and a document's attachments (links to files: a notice's annexes, not pages to read next).
    A heading that is a link is a section's anchor, unless it is a list item's, one of
    TEASER_HEADLINES or more in a row (linked headlines are a teaser list, however marked up) or
    one over no words of the text (another story's)."""
    linked = {i for i in range(len(doc.blocks))
              if i not in claims and _mostly_links(doc, i) and not doc.is_data_cell(i) and not _attaches(doc, i)}
    unclaimed = (i for i in range(len(doc.blocks)) if i not in claims)
    headlines = set()
    for is_headline, run in groupby(unclaimed, lambda i: i in linked and doc.blocks[i].tag in HEADINGS):
        if is_headline and len(run := list(run)) >= TEASER_HEADLINES:
            headlines.update(run)
    for i in sorted(linked):
        el = doc.blocks[i]
        if el.tag == "li" and _says_more(doc, i) and _in_prose_list(doc, el, linked):
            continue
        if el.tag == "p" and _links_in_a_sentence(doc, i):
            continue
        if (el.tag not in HEADINGS or i in headlines or next(el.iterancestors("li"), None) is not None
                or not _heads_a_section(doc, claims, linked, i)):
            claims.claim(i, "generic › link-density", Kind.NAVIGATION)


def _attaches(doc, i):
    """Whether every link of block i is to a document file that its text names."""
    addresses = [urlsplit(a.get("href") or "") for a in doc.blocks[i].iter("a")]
    return (bool(addresses) and all((u.query or u.path).lower().endswith(DOCUMENT_SUFFIXES) for u in addresses)
            and regexes.compile(FILE_MENTION).search(doc.block_text(i)) is not None)


def _heads_a_section(doc, claims, linked, i):
    """Whether heading i has words of the text in its section: one with none (another heading
    next, or the text's end) is another story's headline, however alone ("### [COCOBOD raises
    farmgate price]" between the text's sections)."""
    return any(j not in claims and j not in linked for j in _section(doc, i))


def _section(doc, i):
    """The blocks under heading i, up to the next heading of its level or higher."""
    level = doc.blocks[i].tag
    for j in range(i + 1, len(doc.blocks)):
        if doc.blocks[j].tag in HEADINGS and doc.blocks[j].tag <= level:  # "h2" <= "h3": as high or higher
            return
        yield j


def _says_more(doc, i):
    """Whether block i says a sentence of its own past its links: a digest's item, a linked
    headline and what it is about ("… for virtual reality only. Developer Valve called …")."""
    rest = doc.block_text(i)
    for a in doc.blocks[i].iter("a"):
        rest = rest.replace(a.text_content().strip(), "", 1)
    rest = rest.strip()
    return len(rest) >= PROSE_MIN_CHARS and ends_sentence(rest)


def _links_in_a_sentence(doc, i):
    """Whether paragraph i is a sentence of the text that links most of its words ("Australian-born
    Assange faces <a>a charge of conspiracy to commit computer intrusion in the US</a>."): it opens
    with words of its own, as a list's item or a teaser's label ("Read more:") does not, and ends
    as a sentence does."""
    opening = doc.blocks[i].text or ""
    return weight(opening.strip()) >= SENTENCE_OPENING_WEIGHT and ends_sentence(doc.block_text(i))


def _in_prose_list(doc, item, linked):
    """Whether most of the list's items are not mostly links: a digest's items, each a linked
    headline and a sentence, some with a short sentence, are the list's, not a menu."""
    items = [i for li in item.getparent() if (i := doc.order.get(li)) is not None]
    return sum(i in linked for i in items) * 2 < len(items)


def _mostly_links(doc, i):
    text = doc.block_text(i)
    limit = MAX_LINK_DENSITY if len(text) < LONG_BLOCK_CHARS else MAX_LONG_LINK_DENSITY
    return link_density(doc.blocks[i], text) > limit


def drop_cards(doc, claims, container):
    """A card links its picture and its name to the same page (a car model, a flat for sale,
    another story), with short lines beside them: a price, an address, buttons, a story's summary
    and byline. Inside an article (its `container`) it is an advertisement or a teaser, whatever
    its class is called. A link around a picture and a headline whose headline went already (a
    related box's, between the text's parts) goes with its picture."""
    for picture in [a for a in container.iter("a") if next(a.iter("img"), None) is not None]:
        href = (picture.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:")):
            continue
        if (headline := doc.blocks_within(picture)) and all(i in claims for i in headline):
            claims.whole.append(picture)
            continue
        box = next((b for b in picture.iterancestors() if b is container or _links_twice(b, href)), None)
        if box is None or box is container:
            continue
        if len(_short_blocks(doc, claims, box, CARD_LINE_CHARS)) >= 2:
            claims.claim_element(box, "generic › card", Kind.RELATED)


def drop_hover_cards(doc, claims, container):
    """A card that pops up over a name in the text, written inside the paragraph ("Rep. Ilhan
    Omar[picture] Ilhan Omar · Hillicon Valley: … · MORE voted…"), is no part of its sentence:
    opening with its picture, it holds links and nothing else, in a paragraph of prose."""
    for picture in container.iter("img"):
        card = picture
        while (parent := card.getparent()) is not None and parent.tag != "p" and parent[0] is card:
            card = parent  # a card opens with its picture; the name it pops up over stands before it
        paragraph = next(card.iterancestors("p"), None)
        if card is picture or paragraph is None:
            continue
        links = [a for a in card.iter("a") if a.text_content().strip()]
        text = card.text_content()
        if (len(links) >= HOVER_CARD_LINKS
                and sum(len(a.text_content()) for a in links) >= len(text.strip()) * HOVER_CARD_LINK_SHARE
                and len(paragraph.text_content()) - len(text) >= PROSE_MIN_CHARS):
            claims.claim_element(card, "generic › hover card", Kind.RELATED)


def drop_call_outs(doc, claims, container, calls_to_action=None):
    """A box beside the article's paragraphs (in its `container`) that asks readers to act is
    the site speaking to them, not the article: one that offers a phone number or an e-mail
    address ("Interested in volunteering? Contact the coordinator at …"), or one whose button
    is a call to action ("Book a call →", "Download the checklist", "立即报名") or a sponsored
    link (rel="sponsored", HTML's mark for an affiliate or paid link). It is a few
    short blocks, no list; a link in the article's own paragraph, list or table stays."""
    for action in container.iter("a", "button"):
        href = (action.get("href") or "").strip().lower()
        if href.startswith(("tel:", "mailto:")):
            kind, most, longest = Kind.CONTACT, CONTACT_BOX_BLOCKS, CALL_OUT_LINE_CHARS
        elif "sponsored" in (action.get("rel") or "").split():  # said outright: a longer pitch may go
            kind, most, longest = Kind.AD, PROMOTION_BOX_BLOCKS, CALL_OUT_LINE_CHARS
        elif calls_to_action and _calls_to_act(action, calls_to_action):
            kind, most, longest = Kind.AD, PROMOTION_BOX_BLOCKS, PROMOTION_LINE_CHARS
        else:
            continue
        box = _box_of(doc, action, container)
        if box is None or _own_text(box) or next(box.iter("ul", "ol"), None) is not None:
            continue
        left = _short_blocks(doc, claims, box, longest)  # what patterns left of it
        if 1 <= len(left) <= most and len(doc.blocks_within(box)) >= 2:
            claims.claim_element(box, f"generic › {'contact box' if kind == Kind.CONTACT else 'promotion box'}",
                                 kind)


def _box_of(doc, action, container):
    """The nearest element around `action` that holds another block besides it, inside
    `container`, and the frames around it that hold nothing more (a table drawn around the box
    and its icon): the box, however deep a page builder nests it in the article's sections."""
    box = next((el for el in action.iterancestors() if el is container or len(doc.blocks_within(el)) >= 2), None)
    if box is None or box is container:
        return None
    blocks = len(doc.blocks_within(box))
    while (parent := box.getparent()) is not container and len(doc.blocks_within(parent)) == blocks:
        box = parent
    return box


def _own_text(box):
    """The article's own paragraph, list item or table; a table of one row is a box drawn with
    a table (a picture's cell beside a text's cell)."""
    return box.tag in ("p", "li") or (box.tag == "table" and not single_row(box))


def _calls_to_act(el, calls_to_action):
    """Whether a link or button says one of `calls_to_action`: in its text, else in its
    picture's alt text (an image button). A button says a few words, not a sentence."""
    text = el.text_content().strip() or " ".join(img.get("alt") or "" for img in el.iter("img")).strip()
    return len(text) <= BUTTON_MAX_CHARS and calls_to_action.search(text) is not None


def _short_blocks(doc, claims, box, max_chars):
    """The unclaimed blocks of `box` when none is longer than `max_chars`, else none."""
    blocks = [i for i in doc.blocks_within(box) if i not in claims]
    return blocks if all(len(doc.block_text(i)) <= max_chars for i in blocks) else []


def _links_twice(box, href):
    """Whether `box` holds two links to `href`, one of them with text (the card's name)."""
    links = [a for a in box.iter("a") if (a.get("href") or "").strip() == href]
    return len(links) >= 2 and any(next(a.iter("img"), None) is None and a.text_content().strip() for a in links)


def drop_emptied_headings(doc, claims):
    """A heading that named what was removed ("More:" above a list of links, "Trending" above
    teasers) goes with it: one whose section (up to the next heading of its level or higher)
    was removed, or one directly above a list that was. A heading with nothing after it at all
    is left alone, and so is one that is a sentence (a paragraph the template sets as a heading).
    A box's title in a line of its own (<div class="title">点击排行</div>) goes with its list, or
    its table ("■この記事について" over a credits table read into the attribution)."""
    for i, el in enumerate(doc.blocks):
        if i in claims or el.tag not in HEADINGS or is_prose(doc.block_text(i)):
            continue
        section = list(_section(doc, i))
        below = el.getnext()
        listed = doc.blocks_within(below) if below is not None and below.tag in ("ul", "ol") else []
        removed = next((b for b in (section, listed) if b and all(j in claims for j in b)), None)
        if removed:
            _claim_heading(claims, i, removed)
    for listing in doc.root.iter("ul", "ol", "dl", "table"):
        above = listing.getprevious()
        i = None if above is None else doc.order.get(above)
        if i is None or i in claims or len(doc.block_text(i)) > BOX_TITLE_MAX_CHARS or (above.tail or "").strip():
            continue
        listed = doc.blocks_within(listing)
        if listed and all(j in claims for j in listed):
            _claim_heading(claims, i, listed)


def _claim_heading(claims, i, removed):
    kind = claims[removed[0]].kind
    claims.claim(i, "generic › heading of removed blocks", Kind.INFO if kind == Kind.ATTRIBUTION else kind)


def squash(text):
    """The text without its white space: set in lines or spaced apart, it reads the same."""
    return "".join(text.split())


def common_ancestor(doc, kept):
    """The smallest element holding every kept block (`kept` in reading order). An element's
    descendants stand together in document order, so the one holding the first and the last
    block holds every block between them."""
    if not kept:
        return None
    first, last = doc.blocks[kept[0]], doc.blocks[kept[-1]]
    ancestors = [first, *first.iterancestors()]  # alive while their ids are compared
    path = {id(a) for a in ancestors}
    return next(a for a in (last, *last.iterancestors()) if id(a) in path)


def detach(doc, claims, within=None):
    """Take every claimed block, inline element and wholly removed element out of the tree
    (idempotent): a comment list's avatars or a related card's thumbnail hold no text, so no
    block, and would stay behind. Only the blocks inside `within`, when given: the container,
    all that is read of the tree afterwards."""
    _keep_pictures(doc, claims, doc.root if within is None else within)
    blocks = claims if within is None else [i for i in doc.blocks_within(within) if i in claims]
    for el in (*(doc.blocks[i] for i in blocks), *(el for el, _ in claims.inline), *claims.whole):
        if el.getparent() is not None:
            el.drop_tree()


def _keep_pictures(doc, claims, root):
    """A block of a <figure> that keeps its caption gives up its text, not the picture: a
    photographer's credit is often written over the image it credits."""
    whole = set(claims.whole)  # removed with all they hold: a share box's icons go with it
    for figure in root.iter("figure"):
        blocks = doc.blocks_within(figure)
        if all(i in claims for i in blocks):
            continue
        for el in (doc.blocks[i] for i in blocks if i in claims):
            if el in whole or any(a in whole for a in el.iterancestors()):
                continue
            for picture in [p for p in el.iter("img", "picture") if p.getparent().tag != "picture"]:
                picture.tail = None  # the block's text, which goes
                el.addprevious(picture)
