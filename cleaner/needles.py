"""Literal strings a regex cannot match without: a test with `in` before running the regex.

Rule patterns are long alternations (`免责声明|版权声明|...|(?i:copyright|all rights reserved)`)
run on every block near the article, and the regex engine tries every alternative at every
position of every block: most of the generic detectors' time, for blocks that almost never
match. If every match of a pattern must contain one of a few literals, a block holding none
of them is passed over at the cost of a few substring searches. Both sides are case-folded
(as `re` folds them: it also matches i with dotless ı), so the test also holds for
case-insensitive patterns.

A page's lines are read for every needle of every pattern at once: an Aho-Corasick automaton of
all the rules' needles finds, in one pass over the text, those it holds, where a search per
needle would read the text hundreds of times. Short needles, which nearly every text holds, are
still searched for one by one (scanning would report each of their many places). Text with
Chinese, Japanese or Korean characters is scanned as its UTF-8 code units, one character per
byte, by an automaton of every needle so written: among the thousands of characters of such
text, each step of an automaton of characters was slower than the searches it saved; one of
units is 2.5 times as fast. (Other text is scanned as it is: as units it measured slower.)
"""

from __future__ import annotations

import functools
import re
import threading
from bisect import bisect_right
from typing import NamedTuple

import ahocorasick

from . import regexes, scripts

VERSION = 2  # of the reader: bump it when a change would read other needles from a pattern
MAX_NEEDLES = 64
MAX_CLASS = 8  # characters of a class read as alternative spellings
LINE_SEPARATOR = "\x00"  # between a Haystack's lines: a page's text never holds it (lines hold "\n")

# The regex, cut into its tokens by one C-level pass: escapes, character classes, group openers
# (with their flags or names), group ends, bars, quantifiers, runs of plain characters (a whole
# word of an alternation is one token), and single characters.
TOKEN = regexes.compile(r"""
    \\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|N\{[^}]*\}|[0-9]{1,3}|.)
  | \[\^?\]?(?:\\.|[^\]\\])*\]
  | \((?:\?(?:P<\w+>|P=\w+\)|[:=!>]|<[=!]|[aiLmsux]*(?:-[imsx]+)?:|[aiLmsux]+\)|\#[^)]*\)|.))?
  | \)
  | \|
  | (?:[*+?]|\{\d*(?:,\d*)?\})[?+]?
  | [^\\()\[\]|*+?{^$.]+
  | .
""", re.DOTALL | re.VERBOSE)
QUANTIFIER = regexes.compile(r"\{\d*(?:,\d*)?\}[?+]?")
GROUPS = ("(?:", "(?>", "(?=", "(?!", "(?<=", "(?<!")
LOOKAROUNDS = ("(?=", "(?!", "(?<=", "(?<!")
FLAGS_GROUP = regexes.compile(r"\(\?(?:[aiLmsux]*(?:-[imsx]+)?:|P<\w+>)")
GLOBAL_FLAGS = regexes.compile(r"\(\?[aiLmsux]+\)")
ESCAPED_CHARACTERS = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a"}
SPECIAL = "()[]|*+?{^$.\\"
ANY = None  # an atom that can match without any particular literal
ASCII, NO_CJK, ANY_SCRIPT = "ascii", "no CJK", "any"  # what a text may hold, for Needles.for_text
SCANNED_MIN_CHARS = 3  # needles this long are found by a scanner (a CJK character counts two)


class Needles(NamedTuple):
    """Case-folded strings, one of which every match holds. An ASCII text can only hold the
    ASCII ones, and a text without Chinese, Japanese or Korean characters only those without
    them: an English or German page skips the Chinese needles of a multilingual pattern.
    `in_units`: all of them as UTF-8 units, as a Haystack with CJK compares them."""

    all: tuple
    ascii: tuple
    no_cjk: tuple
    in_units: tuple

    @classmethod
    def of(cls, folded):
        """The Needles of these folded strings, which `register` has given the scanners."""
        folded = tuple(folded)
        if all(n.isascii() for n in folded):  # most patterns': no CJK, and their own units
            return cls(folded, folded, folded, folded)
        return cls(folded, tuple(n for n in folded if n.isascii()),
                   tuple(n for n in folded if n.isascii() or not _cjk_and_units(n)[0]),
                   tuple(n if n.isascii() else _cjk_and_units(n)[1] for n in folded))

    def for_text(self, kind):
        """The needles a text of this kind (ASCII, NO_CJK or any) may hold."""
        return self.ascii if kind is ASCII else self.no_cjk if kind is NO_CJK else self.all


@functools.lru_cache(maxsize=4096)
def needles(source):
    """The Needles of `source`; None when there is no set worth testing (or the pattern
    cannot be read)."""
    tokens = TOKEN.findall(source)
    try:
        found, end = _alternation(tokens, 0)
    except _Unsure:
        return None
    if end != len(tokens) or not found or len(found) > MAX_NEEDLES:
        return None
    folded = {fold(s) for s in found}
    # "share on" adds nothing to "share"
    kept = sorted(n for n in folded if not any(m in n for m in folded if m != n))
    register(kept)
    return Needles.of(kept)


def register(folded):
    """Have the scanners look for these needles too (the long enough ones: see Haystack)."""
    plain, in_units = [], []
    for n in folded:
        cjk, as_units = (0, n) if n.isascii() else _cjk_and_units(n)
        if not cjk and len(n) >= SCANNED_MIN_CHARS:
            plain.append(n)
        if len(n) + cjk >= SCANNED_MIN_CHARS:
            in_units.append(as_units)
    _PLAIN.add(plain)
    _UNITS.add(in_units)


@functools.cache
def _cjk_and_units(needle):
    """A non-ASCII needle's CJK characters and units, once: the patterns of a page share needles,
    and a one-page run would count them again for each (a tenth of its first clean)."""
    return scripts.count(needle), units(needle)


def fold(text):
    return text.casefold().replace("ı", "i").replace("i\u0307", "i")


def units(text):
    """The text's UTF-8 code units, one character each: a needle is in a text exactly when its
    units are in the text's (UTF-8 is self-synchronizing)."""
    return text.encode("utf-8", "surrogatepass").decode("latin-1")


def holds_any(wanted, text):
    kind, folded = _folded(text)
    for needle in wanted.for_text(kind):
        if needle in folded:
            return True
    return False


class Haystack:
    """All the lines a pass reads, folded and scanned once: a pattern none of whose needles is
    anywhere in them is passed over without a look at each line (most patterns, on most pages:
    the Korean ones on an English page, a disclaimer's words on a page without one)."""

    def __init__(self, texts):
        self.texts = list(texts)
        self.starts = None  # where each line starts in the folded text of all lines

    def may_hold(self, wanted):
        """Whether some line may match a pattern with these Needles (None: any may)."""
        if wanted is None:
            return True
        kind, folded, found, scanned = self._contents
        for needle in wanted.in_units if kind is ANY_SCRIPT else wanted.for_text(kind):
            hit = found.get(needle)
            if hit is None:  # patterns share needles: each is looked for once
                hit = found[needle] = needle not in scanned and needle in folded
            if hit:
                return True
        return False

    def lines_holding(self, wanted):
        """The indices of the lines that hold one of these Needles, the only ones a pattern with
        them can match (None: any line may): where the scan found them, or a few searches of all
        lines' text, rather than a test of each line."""
        if wanted is None:
            return None
        kind, folded, hits, scanned = self._contents
        if self.starts is None:
            self.starts = [0]
            while (at := folded.find(LINE_SEPARATOR, self.starts[-1])) != -1:
                self.starts.append(at + 1)
        starts, found = self.starts, set()
        for needle in wanted.in_units if kind is ANY_SCRIPT else wanted.for_text(kind):
            if needle in scanned:  # where the scan found it
                found.update(bisect_right(starts, end) - 1 for end in hits.get(needle) or ())
                continue
            at = folded.find(needle)
            while at != -1:
                i = bisect_right(starts, at) - 1
                found.add(i)
                at = folded.find(needle, starts[i + 1]) if i + 1 < len(starts) else -1
        return found

    @functools.cached_property
    def _contents(self):
        """(kind, folded text of all lines, {needle: whether the text holds it}, the needles
        scanned for). The scanner's finds are known at once, with where each ends (a true
        value); what it did not look for is searched for when asked (True or False). One text
        for all patterns: keeping the short lines apart for the patterns of short lines (tiers
        of 40 to 320 characters) cost more than it saved (benchmarks/ab.py)."""
        kind, folded = _fold_with_kind(LINE_SEPARATOR.join(self.texts))
        if kind is ANY_SCRIPT:
            folded = units(folded)
        scanned, automaton = (_UNITS if kind is ANY_SCRIPT else _PLAIN).automaton()
        found = {}
        for end, needle in automaton.iter(folded) if scanned else ():
            found.setdefault(needle, []).append(end)
        return kind, folded, found, scanned


class _Scanner:
    """An Aho-Corasick automaton of the needles known so far, built again when more are known
    (patterns are read on first use). Safe for threads: a Haystack uses the automaton it got."""

    def __init__(self):
        self.needles, self.lock = set(), threading.Lock()
        self.built = (frozenset(), None)  # (the needles it finds, the automaton)

    def add(self, needles):
        with self.lock:
            self.needles.update(needles)

    def automaton(self):
        scanned, automaton = self.built
        if automaton is None or len(scanned) != len(self.needles):
            with self.lock:
                scanned = frozenset(self.needles)
            automaton = ahocorasick.Automaton()
            for needle in scanned:
                automaton.add_word(needle, needle)
            if scanned:
                automaton.make_automaton()
            self.built = scanned, automaton
        return scanned, automaton


_PLAIN = _Scanner()  # needles without CJK, for text without CJK
_UNITS = _Scanner()  # every needle as units, for text with CJK


@functools.lru_cache(maxsize=1024)
def _folded(text):
    """A block's text is tested against dozens of patterns: fold it once."""
    return _fold_with_kind(text)


def _fold_with_kind(text):
    """(ASCII, NO_CJK or ANY_SCRIPT, the folded text). ASCII folds by lower()."""
    if text.isascii():
        return ASCII, text.lower()
    return (ANY_SCRIPT if scripts.count(text) else NO_CJK), fold(text)


class _Unsure(Exception):
    """Syntax this reader does not follow: no needles rather than wrong ones."""


def _alternation(tokens, i):
    """Read alternatives up to the closing `)` (or the end); their required set is the union of
    each one's, and nothing is required if one of them requires nothing."""
    union = set()
    while True:
        found, i = _sequence(tokens, i)
        if found is None:
            union = None
        elif union is not None:
            union |= found
        if i < len(tokens) and tokens[i] == "|":
            i += 1
            continue
        return union, i


def _sequence(tokens, i):
    """Read one alternative; its required set is the best of its parts': every part must match.
    Literal characters that follow each other, each exactly once, make one needle; a class of a
    few characters in such a run makes one needle per spelling (`[编編][辑輯]`: 编辑, 編輯...)."""
    options, run = [], {""}
    while i < len(tokens) and tokens[i] not in ("|", ")"):
        atom, literal, i = _atom(tokens, i)
        low, quantified = 1, i < len(tokens) and _is_quantifier(tokens[i])
        if quantified:
            low, i = _low_count(tokens[i]), i + 1
        if literal is not None:
            choices = literal if isinstance(literal, frozenset) else {literal}
            if not quantified and len(run) * len(choices) <= MAX_NEEDLES:
                run = {r + c for r in run for c in choices}
                continue
            if quantified and isinstance(literal, str) and len(literal) > 1:
                run = {r + literal[:-1] for r in run}  # a quantifier repeats only the last character
                choices = {literal[-1]}
            atom = set(choices)
        if run != {""}:
            options.append(run)
            run = {""}
        if atom and low >= 1:
            options.append(atom)
    if run != {""}:
        options.append(run)
    # The best set has the longest shortest needle (fewest false hopes), then the fewest needles.
    return max(options, key=lambda s: (min(map(len, s)), -len(s)), default=None), i


def _atom(tokens, i):
    """(required set or ANY, the literal character it is (a frozenset for a class of a few)
    or None, next index). A literal's set is left to the caller, which may join it to its
    neighbours."""
    token = tokens[i]
    if token[0] not in SPECIAL:  # plain characters
        return ANY, token, i + 1
    if token == "(" or token in GROUPS or FLAGS_GROUP.fullmatch(token):
        if not token.startswith("(?P") and "x" in token.partition("-")[0]:
            raise _Unsure  # verbose: whitespace and # would mean something else
        found, i = _alternation(tokens, i + 1)
        if token in LOOKAROUNDS:
            found = ANY  # what a lookaround looks at is not part of the match
        return found, None, _closing(tokens, i)
    if token.startswith("(?"):
        if GLOBAL_FLAGS.fullmatch(token) and "x" not in token or token.startswith(("(?#", "(?P=")):
            return ANY, None, i + 1  # flags, a comment, a back-reference
        raise _Unsure  # verbose mode, a conditional, or something newer
    if token in ("[", ")") or _is_quantifier(token):
        raise _Unsure  # an unclosed class, an unmatched ), a quantifier with nothing to repeat
    if token.startswith("["):
        body = token[1:-1]
        if 0 < len(body) <= MAX_CLASS and body.isalnum():
            return ANY, frozenset(body), i + 1  # a few letters: each a spelling (not `[:：]`)
        return ANY, None, i + 1
    if token.startswith("\\"):
        code = token[1:]
        if code[0] in "xuU" and len(code) > 1:
            return ANY, chr(int(code[1:], 16)), i + 1
        if code in ESCAPED_CHARACTERS:
            return ANY, ESCAPED_CHARACTERS[code], i + 1
        if code[0].isalnum():
            return ANY, None, i + 1  # \d \s \w \b, \N{name}, an octal code, a back-reference
        return ANY, code, i + 1  # escaped punctuation
    if token in "^$.":
        return ANY, None, i + 1
    return ANY, token, i + 1


def _closing(tokens, i):
    if i >= len(tokens) or tokens[i] != ")":
        raise _Unsure
    return i + 1


def _is_quantifier(token):
    return token[0] in "*+?" or token[0] == "{" and QUANTIFIER.fullmatch(token) is not None


def _low_count(quantifier):
    """The fewest repetitions a quantifier allows."""
    if quantifier[0] == "{":
        low = quantifier[1:].split(",")[0].rstrip("}?+")
        return int(low) if low else 0
    return 1 if quantifier[0] == "+" else 0
