"""clean(): the whole flow, readable as an outline. No I/O: bytes in, a CleanResult out."""

from __future__ import annotations

import contextlib
import gc
import itertools
import re
from urllib.parse import urljoin, urlsplit

from . import attribution as attr
from . import extract, markdown, passes, regexes, source
from .errors import NoContentError
from .model import Blocks, CleanResult, Kind
from .paragraphs import ends_full_stop, ends_sentence, weight
from .rules import host_of, load_ruleset

SURROUNDING_BLOCKS = 12
TITLE_REACH = 40  # blocks above the surroundings where the title's <h1> may still stand
HEADLINE_MIN_CHARS = 20  # a <title>'s part this long is the headline (not "News")
EDGE_BLOCKS = 8  # paragraphs at each end of the article where its attribution lines may stand
END_MARK_MAX_CHARS = 60  # "###", "Media contact:": an end mark is a short line
EDGE_PARAGRAPH_WEIGHT = 40  # shorter blocks (a player's controls, a label) are no paragraphs
HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
TITLE_LABEL_CHARS = 8
RETOLD_MIN_WORDS = 4
RETOLD_SHARE = 0.6
PLAIN_QUOTES = str.maketrans("‘’“”", "''\"\"")  # a title typeset in one place and not in another
EXTENDED_TITLE_CHARS = 10  # a <title> this long that a heading goes on from is that heading, cut short
HEADLINE_REACH = 3  # blocks above the text where its headline may stand, credit lines between
TITLE_BLOCK_CHARS = 6  # a block repeating a title this long is the title, not a word of the text
TITLE_OPENING_CHARS = 6  # of its first word: what a block opening with the title starts with
# Scraped text: the title is among the few lines above the info line, and longer than the
# poster's name or badge that platforms put under it.
TEXT_TITLE_LOOKBACK = 4
TEXT_CREDITS_REACH = 8  # lines above the text's start where its credits may stand
TEXT_TITLE_MIN_CHARS = 8
TEXT_TITLE_MAX_CHARS = 100
SUBTITLE = regexes.compile(r"\s*(?:—|--|─)")  # a subtitle under the headline: "——访市政协委员…"
SLUG_WORD = regexes.compile(r"[^\W\d_]{2,}")  # the words of an address's slug, and of a line
SLUG_MIN_WORDS = 3
SLUG_SHARE = 0.8  # of its words in a line: the title it was made from (a slug drops a few)
YEAR_IN_URL = regexes.compile(r"/((?:19|20)\d\d)[/-]?(0[1-9]|1[0-2])?(?:[/-]|\d\d)")
YEAR = regexes.compile(r"(?:19|20)\d\d")
# A caption's sentence with its credit after it ("… 있다. /사진=…"), or a Japanese caption's "＝place and date"
CAPTION_MARK = regexes.compile(r"[。．]\S|[^\W\d_]{4,}\.\s+[A-Z]|[가-힣]\.\s+\S|＝|/\s*사진\s*=")
NUMERIC_DATE = regexes.compile(r"\b\d{2,4}[-/.]\d{1,2}[-/.]\d{1,2}\b")  # "2025-06-10", "113-08-05" (a Minguo year)
# "Updated: 9:15 AM CDT September 18, 2024"
YEAR_OR_TIME = regexes.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|\b\d{1,2}:\d\d\b")
# A year with a month dates an event ("2024年3月", "March 2024"); a bare year may be a plan. Only
# the text beside a year is read (compiled on first use by `re`: few pages need them).
MONTH_AFTER_YEAR = r"\s*年\s*\d{1,2}\s*月"
MONTH_BEFORE_YEAR = r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?$"


def clean(data, url=None, rules_dirs=(), site_rules=True, front_matter=True,
          attribution_line=True, ruleset=None, max_bytes=source.MAX_INPUT_BYTES, fallback=True,
          explain=False):
    """Clean one page. `data` is bytes (any encoding, or gzip) or str.

    explain=True also runs the generic detectors outside the article, so that every removed
    block is labelled with the detector that knows it (a slower run, for `cleaner diff`); the
    output is the same either way.

    fallback=False makes a site rule whose content selector matches nothing an error instead of
    a quiet switch to the generic extractor (how rule tests catch a template change).

    Raises InputError (not a page), NoContentError (no article found), RuleError (bad rule file).
    """
    with _collector_paused():
        return _clean(data, url, rules_dirs, site_rules, front_matter, attribution_line, ruleset, max_bytes,
                      fallback, explain)


@contextlib.contextmanager
def _collector_paused():
    """A page's thousands of elements, tuples and lists are freed together, by reference counts,
    when clean() returns: they make no cycles. Meanwhile their numbers would set off the cycle
    collector, which would walk them, and in its full passes everything else the process holds
    (4% of cleaning time, beside another library's objects). Left as it is when the caller
    turned it off; another thread's cleaning may turn it back on before this one ends."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _clean(data, url, rules_dirs, site_rules, front_matter, attribution_line, ruleset, max_bytes, fallback,
           explain):
    ruleset = ruleset or load_ruleset(rules_dirs, site_rules=site_rules)
    warnings = []
    warn = warnings.append

    # 1. Read the page and find its rule (by host, else by a fingerprint in its text).
    doc, meta, rule = _read_page(data, url, ruleset, max_bytes)
    warnings.extend(doc.warnings)
    if rule:
        warnings.extend(rule.warnings)
    generic = ruleset.global_rule
    doc.facts = doc.blocks_in(generic.fact_boxes)  # an infobox's lines are data, not chrome
    claims = passes.Claims(doc)
    for i in doc.spans:
        claims.claim(i, "generic › menu", Kind.NAVIGATION)

    # 2. The site's rule: its attribution lines first (they are chrome about to be removed),
    # then its removals and cut-off markers, over the whole page.
    reader = attr.Reader(doc, claims, warn, meta.get("site"))
    if rule:
        reader.read(rule)
        _read_text_title(doc, claims, reader, generic)
        passes.claim_attribution_blocks(claims, reader, rule.label)
        passes.remove_by_rule(claims, rule, warn)
        passes.cut(claims, rule, warn)

    # 3. Where the article is: the rule's container, else our scorer (readability if it finds
    # too little); plain text is judged by its shape once the generic detectors have run.
    article, outside = None, f"{rule.label} › outside content" if rule else "generic › outside article"
    if rule and rule.content and not doc.is_text:
        article = extract.by_selector(doc, rule)
        if article is None and not fallback:
            raise NoContentError(f"{rule.label}: no content selector matched")
        if article is None:
            warn(f"{rule.label}: no content selector matched; used the generic extractor")
            outside = "generic › outside article"
    if article is None and not doc.is_text:
        article = extract.by_scoring(doc, claims, generic.content_hints, _headline(meta))
        if article is None:
            warn("the content scorer found too little text; used readability")
            article = extract.by_readability(doc, claims)
        article |= extract.adopt_lead(doc, claims, article, generic.content_hints)
        article |= extract.adopt_inner_figures(doc, claims, article, generic.content_hints)
        article |= extract.adopt_headings(doc, claims, article)

    # 4. The generic detectors, near the article only: attribution lines, cut-off markers,
    # disclaimers, contacts, share bars... Blocks far from it are chrome whatever they say.
    region, scope = _surroundings(doc, article)
    start = _first_paragraph(doc, sorted(article or region))
    flat = _is_flat(doc, article)  # no boxes to tell the article by: its lines are judged as text's are
    # In a box, the text starts at `start`; a flat page's first paragraph may be a cookie notice above its menu.
    boxed_start = None if flat or not article else start
    offs = None if boxed_start is None else passes.cut_offs(doc, generic, warn, boxed_start, region)
    stop = min((i for i, _ in offs), default=None) if offs else None  # (a comment section's heading)
    reader.read(generic, _edges(doc, _from_title(doc, region), article, stop), top=start)
    _read_text_title(doc, claims, reader, generic)
    passes.claim_attribution_blocks(claims, reader, generic.label)
    core = _core_block(doc, claims, generic, None if flat else article)
    # cut-offs below the text's start: the comments under it may hold a longer block than its own
    after = -1 if core is None else core if boxed_start is None else min(core, boxed_start)
    passes.cut(claims, generic, warn, after_block=after, region=region, offs=offs if after == boxed_start else None)
    if article is None:
        passes.remove_by_rule(claims, generic, warn, protected=core)
    else:  # the article's own blocks; the rest is chrome whatever detector knows it ...
        passes.remove_by_rule(claims, generic, warn, protected=core, region=sorted(article), scope=scope)
        _read_signature(doc, claims, reader, generic, article, core)
    _claim_title_heading(doc, claims, reader, generic, meta)
    if explain and article is not None:  # ... which a preview wants to name (after the title
        passes.remove_by_rule(claims, generic, warn, spare=article)  # heading: that reads claims)

    # 5. Keep the article, claim the rest.
    if doc.is_text:
        container = extract.by_text_shape(doc, claims, core)
        passes.remove_by_rule(claims, generic, warn, protected=core, last_only=True)  # a bio on its last line
    else:
        if flat:
            extract.by_text_shape(doc, claims, core)
        container = extract.keep_only(doc, claims, article, outside, generic.calls_to_action)
    extract.detach(doc, claims, container)
    if container is None or not container.text_content().strip():
        raise NoContentError("no article content found")

    # 6. Render.
    attribution = attr.resolve(reader, meta, doc, rule, generic, container)
    markdown.tidy(container, doc.url or attribution.url, doc.is_text)
    body = markdown.to_markdown(container)
    if not body.strip():
        raise NoContentError("no article content found")
    declared = doc.root.get("lang") if not doc.is_text else None
    attribution.language = markdown.detect_language(body, declared, generic.language_words)
    warnings.extend(_date_warnings(attribution, body))
    return CleanResult(
        markdown=markdown.render(body, attribution, generic.attribution_line, front_matter, attribution_line,
                                 title_heading=not front_matter),
        body=body,
        attribution=attribution,
        removals=tuple(sorted(list(claims.values()) + [r for _, r in claims.inline],
                              key=lambda r: r.order)),
        blocks=Blocks(doc.texts, dict(claims)),  # a plain dict: Claims hold the page
        rule=str(rule.path) if rule else None,
        warnings=tuple(warnings),
        is_text=doc.is_text,
    )


def _read_page(data, url, ruleset, max_bytes):
    """The page, its metadata and its rule. A site's rule may name the encoding its pages are
    in: it settles what detection would only guess, before the page is read when its URL is
    known, else (the rule found by the page's canonical URL or a fingerprint) by reading it again."""
    known = ruleset.for_host(host_of(url)) if url else None
    doc = source.load(data, url=url, max_bytes=max_bytes, encoding=known and known.encoding)
    generic = ruleset.global_rule
    meta = attr.read_metadata(doc, generic.metadata, generic.reviews)
    rule = known or ruleset.for_page(doc.url or meta.get("url"), doc.root.text_content)  # (a saved page's own)
    if rule and rule.encoding and doc.encoding_guessed:
        doc = source.load(data, url=url, max_bytes=max_bytes, encoding=rule.encoding)
        meta = attr.read_metadata(doc, generic.metadata, generic.reviews)
    return doc, meta, rule


def _headline(meta):
    """The headline the page's <title> gives: its longest part ("Site - News - Headline"), where
    long enough to tell it from a section's name."""
    headline = max(attr.title_parts(meta.get("page_title") or ""), key=len, default="").strip()
    return headline if len(headline) >= HEADLINE_MIN_CHARS else None


def _core_block(doc, claims, generic, article=None):
    """The longest unclaimed block of the article that no generic pattern calls chrome: its
    core, which generic detectors spare. (In a short article, a disclaimer can be the longest.)
    Scraped text has no container: its credit lines (the info line above, 原文链接 or 文章来源
    below) mark stretches of it, and the article is the first that holds much of its prose,
    before the footer's notices, comments, teasers and long "about us" (a thread of comments
    above it, each between a name and "Reply", holds little)."""
    if article is None:
        credits = sorted(i for i in range(len(doc.blocks))
                         if _is_credit(doc, claims, generic, i) and not extract.is_table_note(doc, i))
        bounds = [-1, *credits, len(doc.blocks)]
        stretches = [range(a + 1, b) for a, b in itertools.pairwise(bounds)]
        texts = [extract.densest_prose(doc, [i for i in stretch if i not in claims]) for stretch in stretches]
        article = next(s for s, text in zip(stretches, texts, strict=True) if text * 2 >= max(texts))
    blocks = sorted(i for i in article if i not in claims)
    short = [n for n, i in enumerate(blocks) if len(doc.block_text(i)) <= END_MARK_MAX_CHARS]
    end = passes.first_end_mark(generic, [doc.block_text(blocks[n]) for n in short])
    # above an end mark ("###"): a release's boilerplate is no core. An end mark follows a
    # paragraph; "Contact" among a menu's items is none.
    if end is not None and short[end] > 0 and extract.is_prose(doc.block_text(blocks[short[end] - 1])):
        blocks = blocks[:short[end]]
    blocks.sort(key=lambda i: len(doc.block_text(i)), reverse=True)
    return next((i for i in blocks if not passes.calls_chrome(generic, doc.block_text(i))),
                blocks[0] if blocks else None)


def _is_flat(doc, article):
    """Whether the article's blocks are children of <body> itself, as a page's lines are when it
    was saved without its boxes."""
    return bool(article) and all(doc.blocks[i].getparent().tag == "body" for i in article)


def _read_signature(doc, claims, reader, generic, article, core):
    """A writer's name alone under the text is a signature: read the article's last block still
    kept, below its core, once the generic detectors have removed what they know, when the
    text's last paragraph stands above it (not an official's name under "(signed)", which is
    part of the document)."""
    below = sorted(i for i in article if i not in claims and (core is None or i >= core))
    if len(below) > 1 and ends_sentence(doc.block_text(below[-2])):
        reader.read_last(generic, below[-1])
        passes.claim_attribution_blocks(claims, reader, generic.label)


def _is_credit(doc, claims, generic, i):
    """A credit line: read as attribution already, or one a generic attribution entry removes."""
    if i in claims:
        return claims[i].kind == Kind.ATTRIBUTION
    return passes.calls_credit(generic, doc.block_text(i))


def _surroundings(doc, article):
    """The blocks the generic detectors read (the article, and SURROUNDING_BLOCKS on each side
    for its title, info and original-link lines) and the element their selectors search."""
    if not article:
        return range(len(doc.blocks)), None
    first, last = min(article), max(article)
    region = range(_blocks_away(doc, first, -SURROUNDING_BLOCKS), _blocks_away(doc, last, SURROUNDING_BLOCKS) + 1)
    return region, extract.common_ancestor(doc, sorted(article))


def _blocks_away(doc, i, n):
    """The block n blocks after block i (before it, for a negative n), or the page's first or
    last: a folded menu counts the lines it showed."""
    step, left = (1 if n > 0 else -1), abs(n)
    while left > 0 and 0 <= i + step < len(doc.blocks):
        i += step
        left -= doc.spans.get(i, 1)
    return i


def _from_title(doc, region):
    """The region, from the page's <h1> above it on: the info line stands under the title, and a
    share bar's dozen links between them put it out of SURROUNDING_BLOCKS' reach (BBC's
    "更新时间 2012年12月10日")."""
    start = region.start
    for i in range(start - 1, _blocks_away(doc, start, -TITLE_REACH) - 1, -1):
        if doc.blocks[i].tag == "h1":
            return range(i, region.stop)
    return region


def _edges(doc, region, article, stop=None):
    """The region less the article's middle: attribution lines stand above its first paragraphs
    or below its last, and reading every line of a long article for them costs time. Where a
    cut-off at block `stop` closes the text before its container does (a comment section's
    heading over comments longer than the text), below the last paragraphs above it."""
    if not article:
        return region
    blocks = sorted(article)
    text = blocks if stop is None else [i for i in blocks if i < stop] or blocks
    first, last = _paragraph(doc, blocks, EDGE_BLOCKS), _paragraph(doc, reversed(text), EDGE_BLOCKS)
    return [i for i in region if not first < i < last]


def _paragraph(doc, blocks, n):
    """The n-th of `blocks` long enough to be a paragraph, else the last of them."""
    i = None
    for i in blocks:
        if weight(doc.block_text(i)) >= EDGE_PARAGRAPH_WEIGHT:
            n -= 1
            if n == 0:
                break
    return i


def _first_paragraph(doc, blocks):
    """Where the text starts: its first block long enough to be a paragraph, not a heading (a
    long title); its info line stands above. Scraped text marks no heading, and a cookie notice
    or a menu above may be as long: there the text starts with two sentences' lines in a row."""
    h1 = next((k for k, i in enumerate(blocks) if doc.blocks[i].tag == "h1"), None)
    if h1 is not None and h1 + 1 < len(blocks):
        blocks = blocks[h1 + 1:]  # a lead picture's caption above the title is not where the text starts
    first = next((i for i in blocks if weight(doc.block_text(i)) >= EDGE_PARAGRAPH_WEIGHT
                  and doc.blocks[i].tag not in HEADINGS), blocks[-1] if blocks else None)
    if doc.is_text:
        return next((i for i, j in itertools.pairwise(blocks) if j == i + 1
                     and _is_prose_line(doc.block_text(i)) and _is_prose_line(doc.block_text(j))), first)
    return first


def _is_prose_line(text):
    return weight(text) >= EDGE_PARAGRAPH_WEIGHT and ends_sentence(text)


def _read_text_title(doc, claims, reader, generic):
    """Scraped text has no <h1>: its title is the line its address spells out, else the line
    above its credits."""
    if not doc.is_text or "title" in reader.values:
        return
    title = _line_the_address_names(doc, claims)
    if title is None and reader.blocks:
        title = _line_above_credits(doc, claims, reader, generic)
    if title is not None:
        reader.values["title"] = doc.block_text(title)
        reader.blocks.setdefault(title, []).append("title")


def _line_the_address_names(doc, claims):
    """The line the page's address spells out in its slug ("/montana-plans-to-move-60-bighorn-
    sheep/"): most of the slug's words, in the fewest others (the title, not a <title> line that
    adds the site's name, nor a paragraph that repeats the words)."""
    segments = urlsplit(doc.url or "").path.lower().split("/")
    slug = max((SLUG_WORD.findall(segment) for segment in segments), key=len, default=[])
    if len(slug) < SLUG_MIN_WORDS:
        return None
    best, best_extra = None, None
    for i in range(len(doc.blocks)):
        text = doc.block_text(i)
        if i in claims or len(text) > TEXT_TITLE_MAX_CHARS * 2 or "://" in text or "www." in text:
            continue  # (an address holds the slug as it is)
        words = SLUG_WORD.findall(text.lower())
        if sum(word in words for word in slug) >= len(slug) * SLUG_SHARE and (best is None or len(words) < best_extra):
            best, best_extra = i, len(words)
    return best


def _line_above_credits(doc, claims, reader, generic):
    """A line long enough for a title, by the credit lines: just above those right above the text
    (where they stand apart from a credit line higher up: a reposter's note over the headline, a
    top bar's date of today), else above the first credit line (the info line), else the first
    below it ("2025年06月10日" over the title); above, past the page tools between them (【字体：
    大 中 小】), the poster's name and badge that a platform shows, or the writer's name on a line
    of its own. A line ending in a full stop is a sentence (a summary over the byline, a notice
    over the info line): the next of these that is not one is the title. Where all credits stand
    under the text, the title is the line over it."""
    first = min(reader.blocks)
    heaviest = max(range(len(doc.blocks)), key=lambda i: weight(doc.block_text(i)))
    if first > heaviest:  # all credits under the text (a printed page's footer): the title is over it
        start = next((i for i in range(heaviest) if i not in claims and _is_prose_line(doc.block_text(i))), heaviest)
        return _long_enough(doc, [i for i in _titles_above(doc, claims, reader, generic, start)
                                  if not _reads_as_caption(doc.block_text(i))])
    nearest = _credits_over_text(doc, claims, reader, generic)
    above = _titles_above(doc, claims, reader, generic, first)
    below = _title_lines(doc, claims, generic, range(first + 1, len(doc.blocks)), reader.blocks)
    candidates = (None if nearest is None else _long_enough(doc, _titles_above(doc, claims, reader, generic, nearest)),
                  _long_enough(doc, above),
                  next((i for i in below if len(text := doc.block_text(i)) >= TEXT_TITLE_MIN_CHARS
                        and not ends_sentence(text) and not YEAR_OR_TIME.search(text)
                        and not _reads_as_caption(text)), None))
    found = [i for i in candidates if i is not None]
    return next((i for i in found if not ends_full_stop(doc.block_text(i))),
                found[0] if found else above[0] if above else None)


def _titles_above(doc, claims, reader, generic, first):
    """The lines above block `first` that may be the title, nearest first; above the writer's
    name where it stands on a line of its own (their role under it)."""
    above = _title_lines(doc, claims, generic, range(first - 1, -1, -1))
    names = [k for k, i in enumerate(above) if doc.block_text(i) == reader.values.get("author")]
    return above[names[0] + 1:] if names else above


def _long_enough(doc, lines):
    return next((i for i in lines if len(doc.block_text(i)) >= TEXT_TITLE_MIN_CHARS), None)


def _dated(text):
    """A line with a date: "2025-06-10 ｜ 發布者：…", "澄州晚报 2024年3月18日 A05版"."""
    return NUMERIC_DATE.search(text) or attr.ISO_DATE.search(text)


def _credits_over_text(doc, claims, reader, generic):
    """The first credit line among the lines right above where the text starts: credit lines,
    dates, page tools and short lines, up to one that may be a title; under the credits, past a
    lead photo's caption, which holds a sentence ("…自助點餐。（資料圖片）", "…am Sportplatz. Foto:
    Klaus Merz") or a place and date ("…働く社員ら＝雪見町で2月6日")."""
    first, caption = None, False
    for i in range(reader.top - 1, max(reader.top - TEXT_CREDITS_REACH, -1), -1) if reader.top else ():
        text = doc.block_text(i)
        if i in reader.blocks:
            first = i
        elif i in claims or len(text) < TEXT_TITLE_MIN_CHARS or _dated(text) or passes.calls_chrome(generic, text):
            continue
        elif first is None and not caption and _reads_as_caption(text):
            caption = True
        else:
            break
    return first


def _reads_as_caption(text):
    return ends_full_stop(text) or CAPTION_MARK.search(text) is not None


def _title_lines(doc, claims, generic, order, skip=()):
    """Of the few lines next in `order`, up to prose, those that may be a title: no date (a line
    with one is the info line: "2025-06-10 ｜ 發布者：…"), no chrome. A chrome line is one of the
    few: a site's menu of short lines ("メニュー", "検索", "企業・研究者の方") is no nearer for it."""
    lines, seen = [], 0
    for i in order:
        if seen == TEXT_TITLE_LOOKBACK or len(doc.block_text(i)) > TEXT_TITLE_MAX_CHARS:
            break  # prose: no title beyond
        if i in claims or i in skip:
            continue
        seen += 1
        text = doc.block_text(i)
        if not (_dated(text) or SUBTITLE.match(text) or "://" in text or passes.calls_chrome(generic, text)):
            lines.append(i)  # (an address is no title)
    return lines


def _claim_title_heading(doc, claims, reader, generic, meta):
    """The page's <h1> repeats the title: it goes to the front matter, not the body; so does a
    block holding the title alone (a box of its own when no <h1> holds it, or the title again
    in bold atop the text)."""
    title = reader.values.get("title") or meta.get("title") or meta.get("page_title")
    title = title and source.normalize_text(title)  # as block text is: "改修　地元" reads "改修 地元"
    url = doc.url or meta.get("url")
    # the names a title may say and no more: the site's, its address, a logo's <h1>
    sites = {name.casefold() for name in (meta.get("site"), url and host_of(url)) if name}
    for h1 in doc.root.iter("h1"):
        i = doc.order.get(h1)
        if i is None or i in claims:
            continue
        if _links_home(h1, url):  # a theme's <h1> around the site's name
            sites.add(doc.block_text(i).casefold())
            title = _after_site_name(title, doc.block_text(i))
            continue
        text = doc.block_text(i)
        labelled = _labelled(text, title)
        if title is not None and _ends_title(text, title):
            break  # the site's name: "The GiveWell Blog" over a blog's entries
        if _heads(text, meta.get("page_title")) and not reader.values.get("title"):
            title = text  # the <title> and the heading agree: metadata's headline may be a tagline
        if _repeats(text, title):
            reader.values["title"] = reader.values.get("title") or (title if labelled else _title_line(text, title))
            claims.claim(i, f"{generic.label} › attribution", Kind.ATTRIBUTION, ("title",))
            break
    else:  # no <h1> says the title: where the page's names only the site ("carta.info"), a headline may
        only_site = (title is None or title.casefold() in sites
                     or attr.names_host(attr.strip_site_suffix(title, url=url)[0], url))  # not "Title | Site"
        if only_site and not reader.values.get("title"):
            if (i := _headline_above(doc, claims, generic, reader.top)) is not None:
                reader.values["title"] = doc.block_text(i)
                claims.claim(i, f"{generic.label} › attribution", Kind.ATTRIBUTION, ("title",))
                return
    title = title and (reader.values.get("title") or attr.strip_site_suffix(title)[0])
    if not title or len(title) < TITLE_BLOCK_CHARS:
        return
    titles = {title, attr.without_labels(title, generic.title_labels)}  # "[X 기고] Title" shown as "Title", and back
    compact, opening = extract.squash(title), title.split(None, 1)[0][:TITLE_OPENING_CHARS]
    for i in range(len(doc.blocks)):
        if i in claims:
            continue
        text = doc.block_text(i)
        if text in titles or text.startswith(opening) and attr.without_labels(text, generic.title_labels) in titles:
            claims.claim(i, f"{generic.label} › attribution", Kind.ATTRIBUTION, ("title",))
            reader.values.setdefault("title", title)  # the page shows it so: without the site's name
        elif text.startswith(opening) and len(text) > len(title) and (el := _title_atop(doc, i, compact)) is not None:
            claims.claim_element(el, f"{generic.label} › attribution", Kind.ATTRIBUTION)


def _title_atop(doc, i, compact):
    """The element that opens block i with the title, set in lines of its own above more of the
    paragraph: a law's title in bold over its note ("（2007年6月29日…会议通过）"), a notice's
    over its number ("国发〔2020〕1号")."""
    block = doc.blocks[i]
    if not extract.squash(doc.block_text(i)).startswith(compact) or (block.text or "").strip():
        return None
    el = block
    while len(el) and not (el.text or "").strip():  # down the first children: <font><strong>…
        el = el[0]
        text = extract.squash(doc.text_of(el))
        if text == compact:
            return el if _ends_line(el, block) else None  # not "<b>Machine learning</b> (ML) is …"
        if not text.startswith(compact):
            return None
    return None


def _ends_line(el, block):
    """A line break follows `el` within `block`."""
    while el is not block:
        if (el.tail or "").strip():
            return False
        if (after := el.getnext()) is not None:
            return after.tag == "br"
        el = el.getparent()
    return False


def _headline_above(doc, claims, generic, top):
    """The heading right above the text's first paragraph, with only credit lines between
    ("von Klaus-Peter Schöppner, 8.5.12"): the article's headline."""
    if top is None:
        return None
    for i in range(top - 1, max(top - 1 - HEADLINE_REACH, -1), -1):
        if doc.blocks[i].tag in HEADINGS and i not in claims:
            return i
        if not _is_credit(doc, claims, generic, i):
            return None
    return None


def _repeats(heading, title):
    """The heading says the title (or there is none to say)."""
    return (title is None or heading == title or _labelled(heading, title) or _extends(heading, title)
            or (len(heading) >= 4 and _plain(heading) in _plain(title)) or _retold(heading, title))


def _title_line(heading, title):
    """The longest line of a heading set in lines (a kicker over the headline, a board's "[新聞]"
    before it) that says the title."""
    lines = [line for line in heading.split("\n") if line.strip()]
    if len(lines) < 2 or title is None:
        return heading
    return max((line for line in lines if _repeats(line, title)), key=len, default=heading)


def _after_site_name(title, site):
    """The title less the site's name before it: "Blog: Entry", as Movable Type writes a <title>."""
    if not (title and site and title.startswith(site)):
        return title
    rest = title[len(site):].lstrip()
    if not rest or rest[0] not in attr.TITLE_SEPARATOR_CHARS:
        return title  # "Reuters Poll…" under a banner "Reuters" is one title
    return rest.lstrip(attr.TITLE_SEPARATOR_CHARS) or title


def _heads(heading, page_title):
    """The <title> is the heading, alone or then the site's name alone: "t-SNE - Encyclopedia" (not
    a section's heading before the site's: "News Flash • Carrow Bend, OH • CivicEngage")."""
    if not page_title or len(heading) < 4 or not page_title.startswith(heading):
        return False
    rest = page_title[len(heading):]
    parts = [p for p in attr.title_parts(rest.lstrip(attr.TITLE_SEPARATOR_CHARS)) if p.strip()]
    return not rest or rest[:1] in attr.TITLE_SEPARATOR_CHARS and len(parts) == 1


def _ends_title(heading, title):
    """The heading is what the <title> ends with, after the title: "Entry | The GiveWell Blog"."""
    parts = attr.title_parts(title)
    return len(parts) > 1 and parts[-1].strip() == heading and not title.startswith(heading)


def _retold(heading, title):
    """The heading tells the story the metadata's title tells in other words, as editors retitle
    for search and social ("Sweden drops Assange rape investigation" over "Julian Assange: Sweden
    drops rape investigation"): most of the shorter one's words are the other's. The page shows
    the heading; it is the title."""
    ours, theirs = set(passes.WORD.findall(heading.casefold())), set(passes.WORD.findall(title.casefold()))
    fewer = min(len(ours), len(theirs))
    return fewer >= RETOLD_MIN_WORDS and len(ours & theirs) >= RETOLD_SHARE * fewer


def _links_home(h1, page_url=None):
    """A theme's <h1> around the site's name: one link, to the home page, or to a page above
    this one (a blog's home on a blogging platform: "/name" above "/name/p/1.html")."""
    links = list(h1.iter("a"))
    if len(links) != 1:
        return False
    href = (links[0].get("href") or "").strip()
    if "home" in (links[0].get("rel") or "").split():
        return True
    if href in ("", "#"):
        return False
    try:
        if urlsplit(href).path in ("", "/"):
            return True
        if not page_url:
            return False
        target, page = urlsplit(urljoin(page_url, href)), urlsplit(page_url)
    except ValueError:  # not an address at all
        return False
    above = target.path.rstrip("/")
    return target.netloc == page.netloc and page.path.startswith(above + "/") and above != page.path.rstrip("/")


def _plain(text):
    return text.translate(PLAIN_QUOTES)


def _extends(heading, title):
    """The heading is the title with more after it: the <title> cut it short ("Headline | Site"
    for "Headline — and its second half")."""
    head = attr.strip_site_suffix(title)[0]
    return len(head) >= EXTENDED_TITLE_CHARS and len(heading) > len(head) and heading.startswith(head)


def _labelled(heading, title):
    """The title with a short label beside it in the same heading: "新聞公報 Title", "Title Exclusive"."""
    return (title is not None and len(title) >= 4 and title in heading
            and 0 < len(heading) - len(title) <= TITLE_LABEL_CHARS)


def _date_warnings(attribution, body):
    """A republished copy cannot predate its original: flag a page date older than the original's
    date, the dates in the original URL or the years the text speaks of."""
    if not attribution.date:
        return []
    page_year, page_month = int(attribution.date[:4]), int(attribution.date[5:7])
    out = []
    if attribution.original_date and attribution.original_date > attribution.date:
        out.append(f"date {attribution.date} is earlier than the original's date ({attribution.original_date})")
    m = YEAR_IN_URL.search(attribution.original_url or "")
    if m:
        year, month = int(m.group(1)), int(m.group(2) or 0)
        if (year, month or 99) > (page_year, page_month) and (year, month) != (page_year, 0):
            when = f"{year}-{month:02d}" if month else str(year)
            out.append(f"date {attribution.date} is earlier than the original URL's date ({when})")
    later = [year for m in YEAR.finditer(body) if (year := int(m.group())) > page_year
             and (re.match(MONTH_AFTER_YEAR, body[m.end():m.end() + 8])
                  or re.search(MONTH_BEFORE_YEAR, body[max(0, m.start() - 20):m.start()]))]
    if later:
        out.append(f"date {attribution.date} is earlier than years the text speaks of ({max(later)})")
    return out
