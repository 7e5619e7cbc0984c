"""The needle test before a regex never turns away a text the regex would match."""

import json
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_rules import BUNDLED_PATTERNS

from cleaner.needles import VERSION, Haystack, holds_any, needles
from cleaner.rules import NEEDLES_NAME, AnyPattern, Pattern, _bundled_needles, bundled_rules_dir

PLAIN = [p for p in BUNDLED_PATTERNS if isinstance(p.compiled, re.Pattern)]


def may_match(source, text):
    """False only when `source` certainly cannot match `text`: the test Pattern.search makes."""
    wanted = needles(source)
    return wanted is None or holds_any(wanted, text)


@pytest.mark.parametrize("pattern", PLAIN, ids=[p.where for p in PLAIN])
# Derandomized: the same texts every run, so that CI is repeatable; with a random seed the
# generator now and then took minutes over one pattern.
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
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


TRICKY = [r"x\012y", r"\N{EM DASH}-\N{EM DASH}", r"xa{1,3}y", r"x(?P<v>abc|abd)z", r"(?<=pre)fix",
          r"[|x]ab|cd", r"a\|b", r"(?i:ab)c|d(?:e|f)", r"ab?c", r"(ab)+c*", r"\bword\b\s\d",
          r"a{0}b", r"a{2}b", r"(?:ab){0,2}cd", r"(?>ab)c", r"[]]x", r"[^]x]y", r"\x41\u00e9",
          r"(?P<v>a)(?P=v)?b|(?!no)yes", r"café|CAFÉ", r"ı|İ", r"a.b", r"(?s:a.b)",
          r"[电電][话話]|QQ", r"x[ab]?y[cd]", r"[ab]+c", r"(?i)[ks]ey", r"[ab][cd][ef][gh][ij][kl][mn]"]


@pytest.mark.parametrize("source", TRICKY)
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_tricky_syntax_is_read_soundly(source, data):
    try:
        compiled = re.compile(source)
    except re.error:
        pytest.skip("not a pattern of this Python")
    text = data.draw(st.from_regex(compiled))
    assert may_match(source, text), (source, text, needles(source))


@pytest.mark.parametrize("source,expected", [
    (r"x\012y", {"x"}), (r"xa{1,3}y", {"x"}), (r"免责声明|版权声明", {"免责声明", "版权声明"}),
    (r"(?i)copyright|all rights", {"copyright", "all rights"}), (r"a\|b", {"a|b"}),
    (r"share on|share", {"share"}), (r"(?=abc)\w+", None), (r"(?x)a b", None), (r"(?x:a b)c", None), (r"a)", None),
    (r"(?(1)a|b)", None), (r"[电電][话話]", {"电话", "电話", "電话", "電話"}), (r"[^ab]cd", {"cd"}),
    (r"[a-c]x", {"x"}), (r"x[ab]?y", {"x"}),
])
def test_needles_read(source, expected):
    found = needles(source)
    assert (set(found.all) if found else None) == expected


def test_the_bundled_needles_file_is_current(update_golden):
    """rules/needles.json spares every run the reading of the bundled patterns' needles; it
    must say what the reader says (`pytest --update-golden` rewrites it)."""
    sources = sorted({p.source for p in BUNDLED_PATTERNS if p.pretest})
    current = {"version": VERSION,
               "needles": {s: None if (n := needles(s)) is None else list(n.all) for s in sources}}
    path = bundled_rules_dir() / NEEDLES_NAME
    if update_golden:
        path.write_text(json.dumps(current, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    assert json.loads(path.read_text(encoding="utf-8")) == current, "stale: run pytest --update-golden"
    read = next(p for p in BUNDLED_PATTERNS if p.pretest)
    assert read._needles == needles(read.source) and read.source in _bundled_needles()  # the file is used


@pytest.mark.parametrize("lines,source,expected", [
    (["Share this article", "The county library began lending power tools."], r"(?i)^\s*share\b", True),
    (["SHARE", "改为"], r"(?i)^\s*share\b", True),  # folded as each line is, ASCII or not
    (["The county library began lending power tools."], r"(?i)^\s*share\b|版权所有", False),
    (["新闻来源：某市法院"], r"(?i)\bsource\b|来源", True),
])
def test_a_pattern_is_passed_over_only_when_no_line_holds_its_needles(lines, source, expected):
    haystack = Haystack(lines)
    assert haystack.may_hold(needles(source)) == expected
    assert expected or not any(re.search(source, line) for line in lines)


def test_the_scanner_finds_long_needles_and_needles_read_after_it_are_searched_for():
    haystack = Haystack(["An ordinary paragraph about the county library and its tool lending scheme",
                         "Quelle: Xylophonarchiv"])
    assert haystack.may_hold(needles(r"(?i)\bcounty library\b"))  # found by the one scan
    assert not haystack.may_hold(needles("版权所有|all rights reserved"))
    late = needles(r"xylophonarchiv\d*")  # a pattern first read once the text was scanned
    assert haystack.may_hold(late) and not Haystack(["Quelle: dpa"]).may_hold(late)
    chinese = Haystack(["本文转载自某某网站 share", "责任编辑：王五"])  # scanned as UTF-8 units
    assert chinese.may_hold(needles("本文转载自|原文链接")) and chinese.may_hold(needles("(?i)share"))
    assert not chinese.may_hold(needles("原文链接|(?i)copyright"))


# Texts of every kind the scanners tell apart: ASCII, other scripts, CJK, and all of them mixed.
MIXED_TEXT = st.lists(st.text(alphabet="版权所有来源编辑图文 ShareSAıİßé—’\n", max_size=24), max_size=5)
MIXED_PATTERNS = [r"版权所有|(?i)share", r"来源|编辑", r"图|文", r"(?i)straße|café", r"—|’s", r"(?i)ı|İ",
                  r"来源：|(?i)source:", r"(?i)share|sh"]


@pytest.mark.parametrize("source", MIXED_PATTERNS)
@settings(max_examples=60, deadline=None, derandomize=True)
@given(lines=MIXED_TEXT)
def test_a_haystack_names_the_lines_a_line_by_line_test_names(source, lines):
    """Whichever scanner reads a text, and whether it finds a needle or searches for it, the
    lines named are those holding a needle, in lines of any script."""
    wanted = needles(source)
    holding = {i for i, line in enumerate(lines) if holds_any(wanted, line)}
    assert Haystack(lines).lines_holding(wanted) == holding
    assert Haystack(lines).may_hold(wanted) == bool(holding)


def test_a_pattern_is_tried_only_on_the_lines_that_hold_its_needles():
    lines = ["Share this article", "Straße des 17. Juni\nSHARE", "The county library", "版权所有 share"]
    holding = Haystack(lines).lines_holding(needles(r"(?i)^\s*share\b|版权所有"))
    assert holding == {0, 1, 3}  # one test of all lines' folded text, each line named once
    assert holding >= {i for i, line in enumerate(lines) if re.search(r"(?im)^\s*share\b|版权所有", line)}
    assert Haystack(lines).lines_holding(None) is None  # no needles: every line may match
    haystack = Haystack(lines)
    assert not haystack.may_hold(needles("zyzzyva"))  # a scanned needle known to be absent
    assert haystack.lines_holding(needles(r"zyzzyva|(?i:share)\b|版权所有")) == {0, 1, 3}


@pytest.mark.parametrize("text,expected", [
    ("版权所有 某某网", "版权所有"), ("Copyright 2024", "Copyright"),  # the parts with needles
    ("■ 王五", "■ 王五"),  # the part without: a text holding none of the others' needles still tries it
    ("责任编辑：王五", None),
])
def test_a_pattern_with_a_part_without_needles_tries_that_part_on_every_text(text, expected):
    parts = AnyPattern(Pattern(source, "test", bundled=True) for source in
                       ("版权所有", "(?i)copyright", r"^\s*[□■]\s+[^\W\d_a-zA-Z]{2,4}\s*$"))
    assert parts._needles is None  # a Haystack cannot pass it over
    m = parts.search(text)
    assert (m.group(0) if m else None) == expected
