"""CJK character counts: the same as a regex character class over the same ranges says."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cleaner import scripts


def expected(text, script):
    ranges = "".join(f"\\u{first:04x}-\\u{last:04x}" for first, last in scripts.RANGES[script])
    return len(re.findall(f"[{ranges}]", text))


@pytest.mark.parametrize("text", ["", "plain ASCII", "café’s “quotes”", "hello 😀 ＃", "中文报道。", "カタカナ",
                                  "한국어 text", "mixed 中文 and 😀", "\u3000\u303f\u3040", "\ud7af\ud7b0",
                                  "\U00020000", "\u33ff\u3400\u9fff\ua000", "\uabff\uac00"])
@pytest.mark.parametrize("script", sorted(scripts.RANGES))
def test_counts_match_the_ranges(text, script):
    assert scripts.count(text, script) == expected(text, script)


# Characters near every edge of the ranges, and anything else
NEAR_EDGES = st.sampled_from([c for first, last in scripts.RANGES["cjk"]
                              for edge in (first, last) for c in map(chr, range(edge - 2, edge + 3))])


@given(st.text(alphabet=st.one_of(NEAR_EDGES, st.characters()), max_size=60),
       st.sampled_from(sorted(scripts.RANGES)))
def test_counts_match_the_ranges_on_any_text(text, script):
    assert scripts.count(text, script) == expected(text, script)
