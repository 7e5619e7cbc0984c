"""How much of a text is written in Chinese, Japanese or Korean characters.

The character classes below take milliseconds each to compile (`re` expands every range into a
table), a real share of a one-page `cleaner clean`. A text whose largest character comes before
the CJK blocks cannot hold any, which one C-level max() tells: European pages never compile them.
"""

from __future__ import annotations

import re

FIRST_CJK = "\u3040"  # Hiragana, the first of the blocks below
CLASSES = {
    "cjk": r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]",  # kana, Han, Hangul
    "han": r"[\u3400-\u9fff]",
    "kana": r"[\u3040-\u30ff]",
    "hangul": r"[\uac00-\ud7af]",
}


_compiled = {}


def count(text, script="cjk"):
    """How many characters of `text` belong to `script` (a key of CLASSES)."""
    if not text or text.isascii():
        return 0
    pattern = _compiled.get(script)
    if pattern is None:  # not compiled yet: worth it only for a text that can hold such characters
        if max(text) < FIRST_CJK:
            return 0
        pattern = _compiled[script] = re.compile(CLASSES[script])
    return len(pattern.findall(text))
