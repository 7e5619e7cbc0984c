"""CSS selectors answered from one walk of the page.

libxml2's XPath builds a whole descendant axis for every query and copies an attribute into a
new string for every class test, so each selector a page meets costs a full walk, and a page
meets a dozen. Most rule selectors are simple: `nav`, `.share`, `#footer`, `div.byline`,
`[role="navigation"]`, `[class*="crumb"]`, `.byline a`. One walk indexes the page's classes, ids
and attributes, and those selectors are answered from the index; anything else (sibling
combinators, pseudo-classes, escapes, XPath) goes to lxml.
"""

from __future__ import annotations

import functools
from collections import defaultdict

from . import regexes

# Simple CSS, read without cssselect (whose import alone is a tenth of a one-page run):
# compounds (a tag or `*`, then classes, ids and attribute tests) joined by descendant or child
# combinators, in groups separated by commas. Anything else is left to cssselect and lxml.
IDENT = r"-?(?:[_a-zA-Z]|[^\x00-\x7f])(?:[_a-zA-Z0-9-]|[^\x00-\x7f])*"
NAME = r"(?:[_a-zA-Z0-9-]|[^\x00-\x7f])+"
TEST = (rf"\.({IDENT})|\#({NAME})|\[\s*({IDENT})\s*"
        rf"(?:([~|^$*]?=)\s*(?:({IDENT})|\"([^\"\\\n]*)\"|'([^'\\\n]*)')\s*)?\]")
COMPOUND = regexes.compile(rf"(?P<tag>{IDENT}|\*)?(?P<tests>(?:{TEST})*)")
TESTS = regexes.compile(TEST)
WHITESPACE = regexes.compile(r"\s*")

WORD_SEPARATOR = "\x00"  # between the words of PageIndex.all_words: no class or id holds it
EXACT = {"class": "~=", "id": "="}  # the tests the index's class words and ids meet as they are
# CSS attribute operators, as cssselect's XPath translation reads them. An empty value never
# matches the substring operators; `~=` compares whole words.
OPERATORS = {
    "exists": lambda value, wanted: True,
    "=": lambda value, wanted: value == wanted,
    "~=": lambda value, wanted: wanted in value.split(),
    "|=": lambda value, wanted: value == wanted or value.startswith(wanted + "-"),
    "^=": lambda value, wanted: bool(wanted) and value.startswith(wanted),
    "$=": lambda value, wanted: bool(wanted) and value.endswith(wanted),
    "*=": lambda value, wanted: bool(wanted) and wanted in value,
}


@functools.lru_cache(maxsize=4096)
def simple_form(css):
    """A selector group as a tuple of chains, each a tuple of (combinator, tag or None,
    ((attribute, operator, value), ...)) from the outermost compound to the subject, the
    combinator being None, " " (descendant) or ">" (child); None when some part of it is not
    such a selector."""
    group, chain, combinator, pos = [], [], None, WHITESPACE.match(css).end()
    while True:
        m = COMPOUND.match(css, pos)
        if not (m.group("tag") or m.group("tests")):
            return None
        conditions = []
        for cls, id_, name, operator, ident, double, single in TESTS.findall(m.group("tests")):
            if cls or id_:
                conditions.append(("class", "~=", cls) if cls else ("id", "=", id_))
                continue
            value = ident or double or single
            if operator == "~=" and (not value or any(c.isspace() for c in value)):
                return None  # matches nothing; leave such oddities to XPath
            conditions.append((name, operator or "exists", value if operator else None))
        tag = m.group("tag")
        chain.append((combinator, None if tag in (None, "*") else tag, tuple(conditions)))
        spaced = WHITESPACE.match(css, m.end()).end()
        if spaced == len(css):
            return tuple(group + [tuple(chain)])
        if css[spaced] in ",>":
            if css[spaced] == ",":
                group.append(tuple(chain))
                chain, combinator = [], None
            else:
                combinator = ">"
            pos = WHITESPACE.match(css, spaced + 1).end()
        elif spaced > m.end():
            combinator, pos = " ", spaced
        else:
            return None


class Attributes:
    """The class words, ids and attribute names of `elements`, in one walk of their attributes
    (a page's only one: reading an element's attributes costs more than anything done with
    them), and the values longer than `long_chars`. Class words and ids: a page has a few
    hundred, so even `[class*="crumb"]` only tests the words, not every element that has a
    class. Every attribute's elements too: `[role]` would otherwise walk the page again."""

    def __init__(self, elements, long_chars=None):
        self.by_word = {"class": defaultdict(list), "id": defaultdict(list)}
        self.having = defaultdict(list)
        self.long_values = []
        classes, ids = self.by_word.values()
        for el in elements:
            for name, value in el.items():
                self.having[name].append(el)
                if name == "class":
                    for word in value.split():
                        classes[word].append(el)
                elif name == "id" and value:
                    ids[value].append(el)
                if long_chars is not None and len(value) > long_chars:
                    self.long_values.append(value)


class PageIndex:
    """Document order of every element under `root`, and their Attributes: read with the page
    (elements it has removed since are passed over) or else now. Neither may change afterwards."""

    def __init__(self, root, attributes=None):
        self.root = root
        self.position = {el: n for n, el in enumerate(root.iter())}
        attributes = attributes or Attributes(self.position)
        self.by_word, self.having = attributes.by_word, attributes.having
        self.all_words = {}  # "class" or "id" -> its words, WORD_SEPARATOR between, for substring tests

    def select(self, group, scope=None):
        """The elements matching a simple_form() group at or under `scope`, in document order
        (as lxml's `descendant-or-self::` XPath of the group: ancestors a combinator asks for
        must be at or under `scope` too)."""
        scope = self.root if scope is None else scope
        position = self.position
        first, last = position[scope], scope
        while len(last):  # the last element under scope, the end of its range in document order
            last = last[-1]
        last = position[last]
        found = set()
        for chain in group:
            _, tag, conditions = chain[-1]
            if len(chain) == 1 and tag is None and len(conditions) == 1:
                exact = self._exact(*conditions[0])
                if exact is not None:  # (-1: removed from the page since its attributes were read)
                    found.update(el for el in exact if first <= position.get(el, -1) <= last)
                    continue
            known = {}  # (ancestor, k): the chain up to compound k holds there; anchors share them
            for el in self._chain_candidates(chain, scope):
                if (first <= position.get(el, -1) <= last and _compound_holds(el, tag, conditions)
                        and _chain_holds(el, chain, len(chain) - 1, scope, known)):
                    found.add(el)
        return sorted(found, key=position.__getitem__)

    def _exact(self, name, operator, wanted):
        """The elements of `.share` or `#footer` (most rule selectors are one such test), straight
        from the index; None for any other test."""
        if EXACT.get(name) == operator and wanted and wanted.split() == [wanted]:
            return self.by_word[name].get(wanted, ())
        return None

    def _chain_candidates(self, chain, scope):
        """Candidates for a chain's subject. `.byline a` asks for the few elements inside the
        `.byline` ones rather than every link of the page."""
        _, tag, conditions = chain[-1]
        _, outer_tag, outer_conditions = chain[0]
        if conditions or len(chain) == 1 or not outer_conditions:
            return self._candidates(tag, conditions, scope)
        outer = [el for el in self._candidates(outer_tag, outer_conditions, scope)
                 if _compound_holds(el, outer_tag, outer_conditions)]
        return [d for el in outer for d in (el.iterdescendants() if tag is None else el.iterdescendants(tag))]

    def _candidates(self, tag, conditions, scope):
        """A superset of the elements meeting the conditions: the shortest list the index has,
        else the tag's elements (lxml filters them in C), else those with the attribute."""
        lists = [self._having(*condition) for condition in conditions if condition[0] in self.by_word]
        if lists:
            return min(lists, key=len)
        if tag is not None or not conditions:
            return scope.iter() if tag is None else scope.iter(tag)
        return self.having.get(conditions[0][0], ())

    def _having(self, name, operator, wanted):
        """Elements whose class or id may meet the condition."""
        words, pieces = self.by_word[name], wanted.split()
        if operator == "exists" or not pieces:
            return self.having.get(name, ())
        if pieces != [wanted]:  # white space: no one word holds it, but each piece lies in a word
            if operator != "*=" or name != "class":
                return self.having.get(name, ())
            wanted = max(pieces, key=len)  # ("-count " in "share-count js-x")
        if operator in ("~=", "=") and name == "class" or operator == "=":
            return words.get(wanted, ())
        # The other operators find `wanted` inside one class word, or inside the id: searches of
        # all the words at once find the few that hold it (most such tests, "cta-", "crumb", none).
        joined = self.all_words.get(name)
        if joined is None:
            joined = self.all_words[name] = WORD_SEPARATOR.join(words)
        found, at = [], joined.find(wanted)
        while at != -1:
            start, end = joined.rfind(WORD_SEPARATOR, 0, at) + 1, joined.find(WORD_SEPARATOR, at)
            end = len(joined) if end == -1 else end
            found += words[joined[start:end]]
            at = joined.find(wanted, end)
        return found


def _compound_holds(el, tag, conditions):
    return (tag is None or el.tag == tag) and all(_holds(el, c) for c in conditions)


def _chain_holds(el, chain, k, scope, known):
    """`el` matches compound k of the chain: do the compounds before it match its ancestors
    (its parent, for `>`), at or under scope? Backtracks: `div div p` may need any pair.
    `known` remembers the answer for each ancestor visited, so the links of a page, which share
    their ancestors, walk up to where another one's answer is known and no further."""
    if k == 0:
        return True
    combinator, (_, tag, conditions) = chain[k][0], chain[k - 1]
    path, holds, ancestor = [], False, el
    while ancestor is not scope and (ancestor := ancestor.getparent()) is not None:
        if (ancestor, k) in known:
            holds = known[ancestor, k]
            break
        path.append(ancestor)
        if _compound_holds(ancestor, tag, conditions) and _chain_holds(ancestor, chain, k - 1, scope, known):
            holds = True
            break
        if combinator == ">":
            break
    for ancestor in path:  # the same answer holds for each: nothing matched between them
        known[ancestor, k] = holds
    return holds


def _holds(el, condition):
    name, operator, wanted = condition
    value = el.get(name)
    return value is not None and OPERATORS[operator](value, wanted)
