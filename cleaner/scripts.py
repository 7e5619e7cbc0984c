"""How much of a text is written in Chinese, Japanese or Korean characters.

The character classes below take milliseconds each to compile (`re` expands every range into a
table), a real share of a one-page `cleaner clean`. A text whose largest character comes before
the CJK blocks cannot hold any, which one C-level max() tells (and, for a text with an emoji,
its UTF-16 bytes): European pages never compile them.
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
# The high bytes of the UTF-16 code units from U+3000 to U+D7FF: every character of CLASSES.
CJK_HIGH_BYTES = bytes(range(0x30, 0xD8))


def _in_cjk_blocks(text):
    """Whether some character lies between U+3000 and U+D7FF, asked of the UTF-16 high bytes in
    C: an emoji or a full-width sign (past the blocks, so max() cannot tell) compiles nothing."""
    high = text.encode("utf-16-be", "surrogatepass")[::2]
    return len(high.translate(None, CJK_HIGH_BYTES)) < len(high)


def count(text, script="cjk"):
    """How many characters of `text` belong to `script` (a key of CLASSES)."""
    if not text or text.isascii():
        return 0
    pattern = _compiled.get(script)
    if pattern is None:  # not compiled yet: worth it only for a text that can hold such characters
        if max(text) < FIRST_CJK or not _in_cjk_blocks(text):
            return 0
        pattern = _compiled[script] = re.compile(CLASSES[script])
    return len(pattern.findall(text))
