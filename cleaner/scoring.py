"""Find the article's container by scoring the page's blocks, on the tree we already parsed.

The idea is Readability's (paragraphs vote for their parent and grandparent; class and id
names and link density weigh the vote), but it runs on our blocks, once, without copying or
re-parsing the page: readability-lxml cleaned a copy of the tree and re-parsed it on every
attempt, which was most of a page's cleaning time. Names that hint at content or chrome come
from the global rule file (`content_hints`), not from this module.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
CLAUSE_MARKS = re.compile(r"[,，、。.!?！？;；]")
SENTENCE_END = re.compile(r"[。！？!?.…][”’\"')）]?$")

MIN_BLOCK_WEIGHT = 25  # shorter blocks (labels, menu items) do not vote
MAX_VOTING_LINK_DENSITY = 0.5
ANCESTOR_SHARES = (1.0, 0.5, 1 / 3)  # how much of a block's vote its 1st, 2nd, 3rd ancestor gets
HINT_BONUS = 25
TAG_BONUS = {"article": 10, "main": 5, "div": 5, "section": 3, "td": 3, "blockquote": 3,
             "pre": 3, "form": -3, "ul": -3, "ol": -3, "li": -3, "dl": -3, "aside": -10,
             "nav": -15, "footer": -15, "header": -5, "body": -10}
SIBLING_SHARE = 0.2
CHUNK_SHARE = 0.1  # a same-kind container scoring this share of the winner's is another chunk
CHUNK_MAX_LEVELS = 3  # a sibling scoring this share of the winner's score belongs to the article
MIN_SIBLING_SCORE = 10
PROSE_SIBLING_WEIGHT = 80


def weight(text):
    """Text length with each CJK character counted thrice: one Han character carries about
    as much as a three-letter word, and Chinese articles must not lose to English menus."""
    return len(text) + 2 * len(CJK.findall(text))


def linked_weight(el):
    return sum(weight(a.text_content()) for a in el.iter("a"))


def _names(el):
    return f"{el.get('class', '')} {el.get('id', '')}".strip()


@functools.lru_cache(maxsize=16384)
def _name_hints(names, positive, negative, unlikely):
    """(score bonus, named like content, named like chrome) for a class-and-id string. Read
    name by name for the last two: in "comment-body" or "comment_content" the content word
    only says which part of the comment it is. Cached: templates repeat their names."""
    if not names:
        return 0, False, False
    bonus = 0
    if negative is not None and negative.search(names):
        bonus -= HINT_BONUS
    if positive is not None and positive.search(names):
        bonus += HINT_BONUS
    is_positive = is_unlikely = False
    for name in names.split():
        if unlikely is not None and unlikely.search(name):
            is_unlikely = True
        elif positive is not None and positive.search(name):
            is_positive = True
    return bonus, is_positive, is_unlikely and not is_positive


@dataclass
class Candidate:
    element: object
    initial: float = 0.0  # from the tag and class/id names, before any block voted
    score: float = 0.0
    weight: int = 0
    linked: int = 0

    @property
    def link_density(self):
        return self.linked / self.weight if self.weight else 0.0


class Scorer:
    """Scores the unclaimed blocks of a Document and picks the article's blocks."""

    def __init__(self, doc, claims, hints, strict=True):
        self.doc, self.claims, self.strict = doc, claims, strict
        self.positive, self.negative, self.unlikely = hints or (None, None, None)
        self.candidates = {}
        self._unlikely = {}  # element -> bool, memo for is_unlikely

    def candidate(self, el):
        found = self.candidates.get(el)
        if found is None:
            initial = self._initial_score(el)
            found = self.candidates[el] = Candidate(el, initial, initial)
        return found

    def _named_unlikely(self, el, whole):
        """Named like a comment list, sidebar or menu (and not also like content), and holding
        less than half of `whole`'s text."""
        if not self._named(el) == (False, True):
            return False
        c = self.candidates.get(el)
        return c is None or c.weight * 2 < whole

    def _named(self, el):
        """(named like content, named like chrome) for an element's class and id."""
        return _name_hints(_names(el), self.positive, self.negative, self.unlikely)[1:]

    def is_unlikely(self, el):
        """Inside a comment list, sidebar, menu or the like. Iterative: pages nest thousands
        of levels deep, past Python's recursion limit."""
        path = []
        while el is not None and el not in self._unlikely:
            path.append(el)
            el = el.getparent()
        inherited = self._unlikely.get(el, False) if el is not None else False
        for a in reversed(path):
            inherited = inherited or self._named_unlikely(a, self.page_weight)
            self._unlikely[a] = inherited
        return self._unlikely[path[0]] if path else inherited

    def is_unlikely_within(self, el, container):
        """Like is_unlikely, but only counting the elements between `el` and `container`:
        comments, share bars and related lists inside the article's own container."""
        whole = self.candidate(container).weight
        while el is not None and el is not container:
            if self._named_unlikely(el, whole):
                return True
            el = el.getparent()
        return False

    def _initial_score(self, el):
        bonus = _name_hints(_names(el), self.positive, self.negative, self.unlikely)[0]
        return TAG_BONUS.get(el.tag, 0) + bonus

    def vote(self):
        """Every block adds its weight to its ancestors; then blocks long enough to be prose,
        not mostly links and not in an unlikely section, add a score to their three nearest
        ancestors."""
        voters = []
        for i, el in enumerate(self.doc.blocks):
            if i in self.claims:
                continue
            text = self.doc.block_text(i)
            w, linked = weight(text), linked_weight(el)
            ancestors = list(el.iterancestors())
            for a in (el, *ancestors):
                c = self.candidate(a)
                c.weight += w
                c.linked += linked
            if w >= MIN_BLOCK_WEIGHT and linked <= w * MAX_VOTING_LINK_DENSITY:
                voters.append((el, text, w, ancestors))
        self.page_weight = max((c.weight for c in self.candidates.values()), default=0)
        for el, text, w, ancestors in voters:
            if self.strict and self.is_unlikely(el):
                continue
            score = 1 + min(len(CLAUSE_MARKS.findall(text)), 10) + min(w / 100, 3)
            for share, a in zip(ANCESTOR_SHARES, ancestors, strict=False):
                self.candidate(a).score += score * share

    def best(self):
        def final(c):
            return c.score * (1 - c.link_density)

        voted = [c for c in self.candidates.values() if c.score > 0 and c.element.tag not in
                 ("html", "head")]
        if not voted:
            return None, []
        top = max(voted, key=final)
        return top, self._siblings(top, final(top), final) + self._chunks(top, voted, final)

    def _chunks(self, top, voted, final):
        """Long articles split into repeated containers of the same kind (tag and class), with
        ads or pull quotes between them, are one article; each chunk is a part of it."""
        if not top.element.get("class"):
            return []
        kind = (top.element.tag, top.element.get("class"))
        threshold = final(top) * CHUNK_SHARE
        near = list(top.element.iterancestors())[:CHUNK_MAX_LEVELS]  # a chunk sits under one of these
        return [c.element for c in voted if c is not top and final(c) >= threshold
                and (c.element.tag, c.element.get("class")) == kind
                and c.element not in near and not (self.strict and self.is_unlikely(c.element))
                and any(a in near for a in c.element.iterancestors())]

    def _siblings(self, top, top_score, final):
        """Siblings of the winner that score well, or paragraphs that read as prose, are part of
        the article: a lead paragraph or a second column often sits beside the main text."""
        parent = top.element.getparent()
        if parent is None:
            return []
        threshold = max(MIN_SIBLING_SCORE, top_score * SIBLING_SHARE)
        out = []
        for sib in parent:
            if sib is top.element or not isinstance(sib.tag, str):
                continue
            c = self.candidates.get(sib)
            if c is None:
                continue
            voted = c.score > c.initial  # a name alone ("story-info") does not make a part
            if (voted and final(c) >= threshold) or (sib.tag == "p" and self._reads_as_prose(sib, c)):
                out.append(sib)
        return out


    def _reads_as_prose(self, el, c):
        i = self.doc.order.get(el)
        return (i is not None and c.weight >= PROSE_SIBLING_WEIGHT and c.link_density < 0.25
                and SENTENCE_END.search(self.doc.block_text(i)) is not None)


def pick_article(doc, claims, hints):
    """The article's blocks: those in the best-scoring container and its sibling parts, less
    those inside comment, share or related sections of their own.

    Strict first, lenient second (Readability's order): text in sections named like sidebars
    or comments does not vote, unless that leaves no container better than <body> itself,
    as when a theme wraps the whole article in a "stickySidebar"."""
    for strict in (True, False):
        scorer = Scorer(doc, claims, hints, strict)
        scorer.vote()
        top, siblings = scorer.best()
        if top is not None and top.element.tag != "body":
            break
    if top is None:
        return set()
    kept = set()
    for part in (top.element, *siblings):
        kept.update(i for i in doc.blocks_within(part)
                    if i not in claims and not scorer.is_unlikely_within(doc.blocks[i], part))
    return kept
