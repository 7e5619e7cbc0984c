"""Literal strings a regex cannot match without: a test with `in` before running the regex.

Rule patterns are long alternations (`免责声明|版权声明|...|(?i:copyright|all rights reserved)`)
run on every block near the article, and the regex engine tries every alternative at every
position of every block: most of the generic detectors' time, for blocks that almost never
match. If every match of a pattern must contain one of a few literals, a block holding none
of them is passed over at the cost of a few substring searches. Both sides are case-folded
(as `re` folds them: it also matches i with dotless ı), so the test also holds for
case-insensitive patterns.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

try:  # the standard library's regex parser: private, so its absence only costs speed
    from re import _constants as sre
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover
    sre = sre_parse = None

MAX_NEEDLES = 64


class Needles(NamedTuple):
    """Case-folded strings, one of which every match holds. An ASCII text can only hold the
    ASCII ones: English text skips the Chinese needles of a bilingual pattern."""

    all: tuple
    ascii: tuple


@functools.lru_cache(maxsize=4096)
def needles(source):
    """The Needles of `source`; None when there is no set worth testing (or the pattern
    cannot be read)."""
    if sre_parse is None:
        return None
    try:
        found = _required(list(sre_parse.parse(source, re.MULTILINE)))
    except Exception:  # noqa: BLE001 - any surprise in a private parser just means no shortcut
        return None
    if not found or len(found) > MAX_NEEDLES:
        return None
    folded = tuple(sorted({fold(s) for s in found}))
    return Needles(folded, tuple(n for n in folded if n.isascii()))


def fold(text):
    return text.casefold().replace("ı", "i").replace("i\u0307", "i")


def may_match(source, text):
    """False only when `source` certainly cannot match `text`."""
    wanted = needles(source)
    return wanted is None or holds_any(wanted, text)


def holds_any(wanted, text):
    if text.isascii():
        folded, candidates = text.lower(), wanted.ascii  # ASCII folds by lower()
    else:
        folded, candidates = fold(text), wanted.all
    for needle in candidates:
        if needle in folded:
            return True
    return False


def _required(sequence):
    """For a parsed sequence: the best set of literals of which every match holds one."""
    options, run = [], []
    for op, av in sequence:
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        if run:
            options.append({"".join(run)})
            run = []
        found = _required_in(op, av)
        if found:
            options.append(found)
    if run:
        options.append({"".join(run)})
    # The best set has the longest shortest needle (fewest false hopes), then the fewest needles.
    return max(options, key=lambda s: (min(map(len, s)), -len(s)), default=None)


def _required_in(op, av):
    if op is sre.SUBPATTERN:
        return _required(list(av[-1]))
    if op is sre.ATOMIC_GROUP:
        return _required(list(av))
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, _high, body = av
        return _required(list(body)) if low >= 1 else None
    if op is sre.BRANCH:
        union = set()
        for branch in av[1]:
            found = _required(list(branch))
            if not found:
                return None  # one alternative needs no literal: nothing is required
            union |= found
        return union
    if op is sre.IN and av and all(item_op is sre.LITERAL for item_op, _ in av):
        return {chr(code) for _, code in av}
    return None
