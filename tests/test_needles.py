"""The needle test before a regex never turns away a text the regex would match."""

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_rules import BUNDLED_PATTERNS

from cleaner.needles import may_match, needles

PLAIN = [p for p in BUNDLED_PATTERNS if isinstance(p.compiled, re.Pattern)]


@pytest.mark.parametrize("pattern", PLAIN, ids=[p.where for p in PLAIN])
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_texts_a_pattern_matches_are_never_turned_away(pattern, data):
    text = data.draw(st.from_regex(pattern.compiled))
    assert pattern.compiled.search(text)
    assert may_match(pattern.source, text), (pattern.source, text)


@pytest.mark.parametrize("source,text,expected", [
    ("免责声明|版权声明", "本文免责声明如下", True),
    ("免责声明|版权声明", "An ordinary paragraph.", False),
    ("(?i)copyright", "COPYRIGHT 2024", True),
    ("(?i:all rights reserved)", "All Rights Reserved.", True),
    ("(?i)italy", "ITALY", True),
    ("(?i)italy", "ıtaly", True),  # re matches i with dotless ı under IGNORECASE
    ("(?i)İstanbul", "istanbul", True),
    ("^\\s*(?:by)\\s+\\w+", "by Ann", True),
    ("^\\s*(?:by)\\s+\\w+", "Written: Ann", False),
])
def test_needles_examples(source, text, expected):
    assert bool(re.search(source, text)) == expected  # the examples are honest
    assert may_match(source, text) == expected


@pytest.mark.parametrize("source", ["\\w+", "a?b?", "(?!x)y*", "x|\\d", "[^x]+", "(?=ab)\\w"])
def test_patterns_without_a_required_literal_have_no_needles(source):
    assert needles(source) is None
    assert may_match(source, "anything at all")
