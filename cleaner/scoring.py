"""Find the article's container by scoring the page's blocks, on the tree we already parsed.

The idea is Readability's (paragraphs vote for their parent and grandparent; class and id
names and link density weigh the vote), but it runs on our blocks, once, without copying or
re-parsing the page: readability-lxml cleaned a copy of the tree and re-parsed it on every
attempt, which was most of a page's cleaning time. Names that hint at content or chrome come
from the global rule file (`content_hints`), not from this module.
"""

from __future__ import annotations

import functools
import itertools

from .paragraphs import ends_sentence, weight
from .rules import Hints, PatternTimeout

# Plain strings, not regexes: a class of CJK characters costs a millisecond of every start-up
# to compile, and counting or testing the last character is all these do.
CLAUSE_MARKS = ",，、。.!?！？;；"

MIN_BLOCK_WEIGHT = 25  # shorter blocks (labels, menu items) do not vote
MAX_VOTING_LINK_DENSITY = 0.5
ANCESTOR_SHARES = (1.0, 0.5, 1 / 3)  # how much of a block's vote its 1st, 2nd, 3rd ancestor gets
HINT_BONUS = 25
# A list item's vote counts a quarter (Readability's lets none vote): a list of citations, each
# full of commas, outscored the encyclopedia article above it. Lists are text too, but an article
# that is only a list still wins on a page of menus.
LIST_ITEM_SHARE = 0.25
TAG_BONUS = {"article": 10, "main": 5, "div": 5, "section": 3, "td": 3, "blockquote": 3,
             "pre": 3, "form": -3, "ul": -3, "ol": -3, "li": -3, "dl": -3, "aside": -10,
             "nav": -15, "footer": -15, "header": -5, "body": -10}
CHROME_TAGS = ("footer", "nav", "aside")  # HTML's own names for a page's chrome
HOLDER_SHARE = 0.8  # an ancestor scoring this share of the winner's ...
HOLDER_SIZE = (3, 10)  # ... and holding this many times its text is the text's container (not the page's)
HOLDER_MAX_LEVELS = 8
ROW_TAGS = frozenset(("tr", "tbody", "thead", "tfoot"))  # a table's rows: no level of a layout (votes, chunks)
SIBLING_SHARE = 0.2  # a sibling scoring this share of the winner's score belongs to the article
MIN_SIBLING_SCORE = 10
PROSE_SIBLING_WEIGHT = 80
CHUNK_SHARE = 0.1  # a same-kind container scoring this share of the winner's is another chunk
CHUNK_MAX_LEVELS = 6  # ... and sits within this many levels of the winner (rows aside)
CHUNK_MAX_GAP = 10  # ... and this many blocks (ads, pull quotes, photos) from the other parts
STRONG_CHUNK_SHARE = 0.5  # a chunk of the winner's layout scoring this share is a part at any distance
STORY_SHARE = 0.5  # another <article>'s story scoring this share of the best one's is a whole story too
HEADLINE_SHARE = 0.5  # a container right under the headline scoring this share of the winner's is the article
HEADLINE_GAP = 6  # blocks between the headline and its article: a byline, a date, print links, a photo
WEAK_TOP_SCORE = 25  # a strict winner scoring less holds a paragraph or two: maybe a box beside the text
LENIENT_GAIN = 4  # ... and the lenient winner, this many times as strong, is the text names hid


def linked_weight(el):
    if not len(el):
        return 0  # a block without children holds no link (most of an article's paragraphs)
    return sum(weight(a.text_content()) for a in el.iter("a"))


def _kind(el):
    """Tag and first class name: "block-text" and "block-text block-text_initial" are alike."""
    classes = (el.get("class") or "").split()
    return (el.tag, classes[0]) if classes else None


def class_and_id(el):
    """The names that say what an element is: its class and id, and the test id that pages whose
    class names are hashes (CSS modules, styled-components) give their parts."""
    return f"{el.get('class', '')} {el.get('id', '')} {el.get('data-testid', '')}".strip()


@functools.lru_cache(maxsize=16384)
def _name_hints(names, positive, negative, unlikely):
    """(score bonus, named like content, named like chrome) for a class-and-id string. Read
    name by name for the last two: in "comment-body" or "comment_content" the content word
    only says which part of the comment it is. Cached: templates repeat their names."""
    if not names:
        return 0, False, False
    bonus = HINT_BONUS * (_matches(positive, names) - _matches(negative, names))
    is_positive = is_unlikely = False
    for name in names.split():
        if _matches(unlikely, name):
            is_unlikely = True
        elif _matches(positive, name):
            is_positive = True
    return bonus, is_positive, is_unlikely and not is_positive


def named_like_chrome(el, hints):
    """Named like a comment list, a gallery or a menu (the `unlikely` hint), and not also like
    content."""
    return hints is not None and _name_hints(class_and_id(el), hints.positive, hints.negative, hints.unlikely)[2]


def _matches(pattern, text):
    """A hint that does not apply, or that ran past its time limit (a user's global.toml can
    replace ours), says nothing."""
    try:
        return pattern is not None and pattern.search(text) is not None
    except PatternTimeout:
        return False


class Scorer:
    """Scores the unclaimed blocks of a Document and picks the article's container.

    Plain dicts keyed by element, filled bottom-up in one pass: this runs on every page, and
    per-element objects for every ancestor of every block cost more than the rest of it."""

    def __init__(self, doc, claims, hints, strict=True):
        self.doc, self.claims, self.strict = doc, claims, strict
        hints = hints or Hints()
        self.positive, self.negative, self.unlikely = hints.positive, hints.negative, hints.unlikely
        self.weight, self.linked, self.score = {}, {}, {}
        self._initial, self._unlikely, self._named = {}, {}, {}

    def _hints(self, el):
        if el not in self._named:  # asked again for the same element by several tests
            self._named[el] = _name_hints(class_and_id(el), self.positive, self.negative, self.unlikely)
        return self._named[el]

    def initial(self, el):
        if el not in self._initial:
            self._initial[el] = TAG_BONUS.get(el.tag, 0) + self._hints(el)[0]
        return self._initial[el]

    def final(self, el):
        w = self.weight.get(el, 0)
        density = self.linked.get(el, 0) / w if w else 0.0
        return self.score.get(el, 0.0) * (1 - density)

    def link_density(self, el):
        w = self.weight.get(el, 0)
        return self.linked.get(el, 0) / w if w else 0.0

    def _named_unlikely(self, el, whole):
        """Named like a comment list, sidebar or menu (and not also like content), and holding
        less than half of `whole`'s text."""
        return self._hints(el)[2] and self.weight.get(el, 0) * 2 < whole

    def is_unlikely(self, el):
        """Inside a comment list, sidebar, menu or the like. Iterative: pages nest thousands
        of levels deep, past Python's recursion limit."""
        path = []
        while el is not None and el not in self._unlikely:
            path.append(el)
            el = el.getparent()
        inherited = self._unlikely.get(el, False) if el is not None else False
        for a in reversed(path):
            inherited = inherited or self._named_unlikely(a, self.page_weight) or (
                a.tag in CHROME_TAGS and self.weight.get(a, 0) * 2 < self.page_weight)
            self._unlikely[a] = inherited
        return self._unlikely[path[0]] if path else inherited

    def is_unlikely_within(self, el, container):
        """Like is_unlikely, but only counting the elements between `el` and `container`:
        comments, share bars and related lists inside the article's own container."""
        whole = self.weight.get(container, 0)
        while el is not None and el is not container:
            if self._named_unlikely(el, whole):
                return True
            el = el.getparent()
        return False

    def vote(self):
        """Every block's text weight sums up into its ancestors; blocks long enough to be
        prose, not mostly links and not in an unlikely section, also add a score to their
        three nearest ancestors."""
        voters = []
        for i, el in enumerate(self.doc.blocks):
            if i in self.claims:
                if i in self.doc.spans:  # a folded menu votes for nothing, but its links weigh in the page
                    self.weight[el] = self.linked[el] = weight(self.doc.block_text(i))
                continue
            text = self.doc.block_text(i)
            w, linked = weight(text), linked_weight(el)
            self.weight[el], self.linked[el] = w, linked
            if w >= MIN_BLOCK_WEIGHT and linked <= w * MAX_VOTING_LINK_DENSITY:
                voters.append((el, text, w))
        self._sum_up()
        self.page_weight = self.weight.get(self.doc.root, 0)
        self.silenced = 0  # voters a name kept from voting: a lenient reading may differ only then
        for el, text, w in voters:
            if self.strict and self.is_unlikely(el):
                self.silenced += 1
                continue
            score = 1 + min(sum(map(text.count, CLAUSE_MARKS)), 10) + min(w / 100, 3)
            if el.tag == "li":
                score *= LIST_ITEM_SHARE
            a = el
            for share in ANCESTOR_SHARES:
                a = a.getparent()
                while a is not None and a.tag in ROW_TAGS:  # a table's rows are no level of its layout
                    a = a.getparent()
                if a is None:
                    break
                if a not in self.score:
                    self.score[a] = self.initial(a)
                self.score[a] += score * share

    def _sum_up(self):
        """Children before parents (reversed document order), each adding to its parent. The page
        index has the order already: walking the tree again costs more than the sums."""
        weights, linked = self.weight, self.linked
        for el in reversed(self.doc.index.position):
            w = weights.get(el)
            if not w:
                continue
            parent = el.getparent()
            if parent is not None:
                weights[parent] = weights.get(parent, 0) + w
                linked[parent] = linked.get(parent, 0) + linked[el]

    def best(self, headline=None):
        """The article's container and its sibling parts; `headline`: the page's, as its <title>
        gives it."""
        voted = [el for el in self.score if el.tag not in ("html", "head")]
        if not voted:
            return None, []
        top = self._holder(self._under_headline(max(voted, key=self.final), voted, headline))
        stories = self._stories(top, voted)
        # The page's own story is the first: an endless page loads the next ones below it.
        top = min(stories.values(), key=lambda el: self.doc.blocks_within(el)[0], default=top)
        others = stories.keys() - {_story(top)}
        return top, self._siblings(top) + self._chunks(top, voted, others)

    def _under_headline(self, top, voted, headline):
        """The article stands right under its headline (the block that shows it on a line of its
        own): where the winner does not, the best container right under it, in a column
        of the layout table's row beside the winner's, that scores and weighs HEADLINE_SHARE of the
        winner's is the article (an old layout's calendar column outweighs the story beside it;
        the parts of one text in boxes of their own are no columns)."""
        if not headline or next(top.iterancestors("tr"), None) is None:
            return top  # no layout table: no columns
        shown = _headline_block(self.doc, headline)
        if shown is None or self._under(top, shown):
            return top
        floor, heft = self.final(top) * HEADLINE_SHARE, self.weight.get(top, 0) * HEADLINE_SHARE
        return max((el for el in voted if self._under(el, shown) and self.final(el) >= floor
                    and self.weight.get(el, 0) >= heft  # as much text, not a box of fields
                    and _beside(el, top)),
                   key=self.final, default=top)

    def _under(self, el, shown):
        """Whether `el` holds the headline's block `shown` or starts right under it."""
        blocks = self.doc.blocks_within(el)
        return bool(blocks) and (blocks[0] <= shown <= blocks[-1] or 0 < blocks[0] - shown <= HEADLINE_GAP)

    def _holder(self, top):
        """The winner's ancestor that scores nearly as well and holds several times its text: the
        winner was a box inside the text (a lead paragraph in a box named "box-content", which the
        name's bonus carried past the text's own container)."""
        score, size = self.final(top) * HOLDER_SHARE, self.weight.get(top, 0)
        for a in itertools.islice(top.iterancestors(), HOLDER_MAX_LEVELS):
            if a.tag in ("body", "html"):
                break
            if self.final(a) >= score and size * HOLDER_SIZE[0] <= self.weight.get(a, 0) <= size * HOLDER_SIZE[1]:
                return a
        return top

    def _stories(self, top, voted):
        """The <article>s holding a whole story each, when there are several: the same kind of
        container as the best, scoring and weighing at least half as much (not the <article> a
        CMS wraps around each block of one text). Each <article> -> its best such container."""
        if _story(top) is None:
            return {}
        kind, score, size = _kind(top), self.final(top) * STORY_SHARE, self.weight.get(top, 0) * STORY_SHARE
        found = {}
        strong = [el for el in voted
                  if self.final(el) >= score and self.weight.get(el, 0) >= size and _kind(el) == kind]
        for el in sorted(strong, key=self.final, reverse=True):
            story = _story(el)
            if story is not None and story not in found and self.doc.blocks_within(el):
                found[story] = el
        return found if len(found) > 1 else {}

    def _chunks(self, top, voted, other_stories=frozenset()):
        """Long articles split into repeated containers of the same kind (tag and first class),
        with ads or pull quotes between them, are one article; each chunk is a part of it."""
        kind = _kind(top)
        if kind is None:
            return []
        threshold = self.final(top) * CHUNK_SHARE
        near = list(itertools.islice((a for a in top.iterancestors() if a.tag not in ROW_TAGS), CHUNK_MAX_LEVELS))
        alike = [el for el in voted if el is not top and _kind(el) == kind
                 and self.final(el) >= threshold and el not in near and _story(el) not in other_stories
                 and not (self.strict and self.is_unlikely(el))
                 and any(a in near for a in el.iterancestors())]
        return self._in_reach(top, alike) if alike else []

    def _in_reach(self, top, chunks):
        """The chunks that continue the text: each within CHUNK_MAX_GAP blocks of the parts
        found so far, as an article's parts are, not across the page like a header or a
        sidebar box that a template names alike ("content"). Between parts that repeat the
        article's own layout, boxes named like sidebars or ads do not count: a long article
        interrupted by "most popular" teasers after every few paragraphs is still one. A part
        of that layout, in the same <article> if any, scoring half as much as the best, is one
        however far: a tourism page's modules of text, a carousel of tips between them."""
        spans = {el: self.doc.blocks_within(el) for el in (top, *chunks)}
        first, last = spans[top][0], spans[top][-1]
        found, pending = [], [el for el in chunks if spans[el]]
        alike = {el for el in pending if _repeats_layout(top, el)}
        strong = {el for el in alike
                  if _story(el) is _story(top) and self.final(el) >= self.final(top) * STRONG_CHUNK_SHARE}
        while True:
            nearby = [el for el in pending
                      if el in strong or self._gap(first, last, spans[el], el in alike) <= CHUNK_MAX_GAP]
            if not nearby:
                return found
            for el in nearby:
                found.append(el)
                pending.remove(el)
                first, last = min(first, spans[el][0]), max(last, spans[el][-1])

    def _gap(self, first, last, blocks, skip_unlikely=False):
        """Unclaimed blocks between the span first..last and `blocks`; a table's cells count as
        one block, as a photo does (a data table between two parts of the text)."""
        lo, hi = (last, blocks[0]) if blocks[0] > last else (blocks[-1], first) if blocks[-1] < first else (0, 0)
        between = [self.doc.blocks[i] for i in range(lo + 1, hi) if i not in self.claims]
        if skip_unlikely and self.strict:
            between = [el for el in between if not self.is_unlikely(el)]
        return len({next(el.iterancestors("table"), el) if el.tag in ("td", "th") else el for el in between})

    def _siblings(self, top):
        """Siblings of the winner that score well, or blocks that read as prose, are part of the
        article: a lead paragraph or the rest of the text often sits beside the main container."""
        parent = top.getparent()
        if parent is None:
            return []
        threshold = max(MIN_SIBLING_SCORE, self.final(top) * SIBLING_SHARE)
        out, above = [], True
        for sib in parent:
            if sib is top:
                above = False
                continue
            if not isinstance(sib.tag, str) or not self.weight.get(sib):
                continue
            voted = sib in self.score  # a name alone ("story-info") does not make a part
            if (voted and self.final(sib) >= threshold) or self._reads_as_prose(sib, boxed=above):
                out.append(sib)
        return out

    def _reads_as_prose(self, el, boxed=False):
        """A paragraph that reads as a sentence; `boxed` (above the winner): or a box holding one
        such paragraph alone, a template's wrapper around the lead's <p> ("firstPar", CNN's
        "sourced-par"). Below the text such boxes are its disclaimers and pitches."""
        if el not in self.doc.order and (not boxed or (self.strict and self.is_unlikely(el))):
            return False
        i = self.doc.sole_block(el)
        return (i is not None and self.weight.get(el, 0) >= PROSE_SIBLING_WEIGHT
                and self.link_density(el) < 0.25
                and ends_sentence(self.doc.block_text(i)))


def _story(el):
    """The <article> element holding `el`, if any."""
    return el if el.tag == "article" else next(el.iterancestors("article"), None)


def _repeats_layout(top, el):
    """`el` sits in the same kinds of containers as `top`, level for level, up to the element
    holding both: the template's next part of the same text, not a teaser list or a header."""
    above = list(top.iterancestors())
    path = []
    for a in el.iterancestors():
        if a in above:
            return path == [_kind(b) for b in above[:above.index(a)]]
        path.append(_kind(a))
    return False


def pick_article(doc, claims, hints, strict=True, headline=None):
    """The article's blocks: those in the best-scoring container and its sibling parts, less
    those inside comment, share or related sections of their own.

    Strict first, lenient second (Readability's order): text in sections named like sidebars
    or comments does not vote, unless that leaves no container better than <body> itself,
    as when a theme wraps the whole article in a "stickySidebar", or only a box of a paragraph
    or so, where the lenient reading finds a container many times as strong (a theme's
    "fixed-sidebar-layout" row around the article and its sidebar). strict=False: the
    lenient reading alone. `headline`: the page's, as its <title> gives it."""
    scorer = _scored(doc, claims, hints, strict=strict)
    top, siblings = scorer.best(headline)
    if strict and scorer.silenced and (top is None or top.tag == "body" or scorer.final(top) < WEAK_TOP_SCORE):
        lenient = _scored(doc, claims, hints, strict=False)
        found = lenient.best(headline)
        if found[0] is not None and (top is None or top.tag == "body"
                                     or lenient.final(found[0]) >= scorer.final(top) * LENIENT_GAIN):
            scorer, (top, siblings) = lenient, found
    if top is None:
        return set()
    kept = set()
    for part in (top, *siblings):
        kept.update(i for i in doc.blocks_within(part)
                    if i not in claims and not scorer.is_unlikely_within(doc.blocks[i], part))
    return kept


def _scored(doc, claims, hints, strict):
    scorer = Scorer(doc, claims, hints, strict)
    scorer.vote()
    return scorer


def _headline_block(doc, headline):
    """The block that shows the headline as a line of its own, else None."""
    return next((i for i in range(len(doc.blocks))
                 if headline in (text := doc.block_text(i)) and headline in text.split("\n")), None)


def _beside(el, top):
    """Whether `el` and `top` stand in different cells of one table row: a layout's columns."""
    rows = {id(row) for row in top.iterancestors("tr")}
    for cell in (el, *el.iterancestors()):
        row = cell.getparent()
        if row is not None and id(row) in rows:
            return next(a for a in (top, *top.iterancestors()) if a.getparent() is row) is not cell
    return False
