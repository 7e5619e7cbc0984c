"""How much of a text is written in Chinese, Japanese or Korean characters (or Cyrillic ones),
and whether its Chinese is written in Traditional characters.

Counted in C on the text's UTF-16 code units, without a regex: a character class over these
blocks takes `re` 1 to 7 ms to compile (it expands every range into a table), and a Chinese page
needed four of them, a real share of a one-page `cleaner clean`. A code unit's high byte names
its block of 256 characters; a block the range covers only in part is asked of its low bytes too.
"""

from __future__ import annotations

RANGES = {  # inclusive, all in the Basic Multilingual Plane
    "kana": ((0x3040, 0x30FF),),
    "han": ((0x3400, 0x9FFF),),
    "hangul": ((0xAC00, 0xD7AF),),
    "cyrillic": ((0x0400, 0x04FF),),
}
RANGES["cjk"] = RANGES["kana"] + RANGES["han"] + RANGES["hangul"]


def _table(first, last):
    """A bytes.translate table: 1 for the bytes from `first` to `last`, 0 for the others."""
    return bytes(first) + b"\x01" * (last - first + 1) + bytes(255 - last)


def _plan(ranges):
    """(high bytes of the whole blocks, [(high byte, its table, low bytes' table) of each partial one])."""
    whole, partial = bytearray(), []
    for first, last in ranges:
        for high in range(first >> 8, (last >> 8) + 1):
            low_first, low_last = max(first, high << 8) & 0xFF, min(last, high << 8 | 0xFF) & 0xFF
            if (low_first, low_last) == (0, 0xFF):
                whole.append(high)
            else:
                partial.append((high, _table(high, high), _table(low_first, low_last)))
    return bytes(whole), partial


PLANS = {script: _plan(ranges) for script, ranges in RANGES.items()}
# The commonest characters Traditional and Simplified Chinese write differently, pair by pair.
TRADITIONAL_ONLY = "這個們來說對時會國發與為學體當點經過還開關問題東車長門見電話書後從動實現產業"
SIMPLIFIED_ONLY = "这个们来说对时会国发与为学体当点经过还开关问题东车长门见电话书后从动实现产业"


def count(text, script="cjk"):
    """How many characters of `text` belong to `script` (a key of RANGES)."""
    if text.isascii():
        return 0
    units = text.encode("utf-16-be", "surrogatepass")
    high = units[::2]
    whole, partial = PLANS[script]
    total = len(high) - len(high.translate(None, whole))
    for block, high_table, low_table in partial:
        if block in high:  # 1s where the high byte is the block's, 1s where the low byte is in range
            both = int.from_bytes(high.translate(high_table)) & int.from_bytes(units[1::2].translate(low_table))
            total += both.bit_count()
    return total


def is_traditional(text):
    """Chinese in Traditional characters (Taiwan, Hong Kong, Macau) rather than Simplified ones,
    by the commonest characters the two write differently, counted in C."""
    return sum(map(text.count, TRADITIONAL_ONLY)) > sum(map(text.count, SIMPLIFIED_ONLY))
