"""CJK character counts: the same as the character classes say, whatever the shortcuts."""

import re

import pytest

from cleaner import scripts


@pytest.mark.parametrize("text", ["", "plain ASCII", "café’s “quotes”", "hello 😀 ＃", "中文报道", "カタカナ",
                                  "한국어 text", "mixed 中文 and 😀", "\u3000\u303f", "\ud7af\ud7b0", "\U00020000"])
@pytest.mark.parametrize("script", sorted(scripts.CLASSES))
def test_counts_match_the_classes(text, script, monkeypatch):
    monkeypatch.setattr(scripts, "_compiled", {})  # nothing compiled yet: the shortcuts decide
    assert scripts.count(text, script) == len(re.findall(scripts.CLASSES[script], text))
