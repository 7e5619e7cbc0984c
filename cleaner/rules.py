"""Rule files: load, validate, and pick the rule for a page.

A rule file is data (see rules/README.md). Everything is validated when loaded, so a typo is an
error naming the file and key instead of a rule that silently never fires. Selectors and regexes
are kept as strings and compiled once per process (compiled lxml selectors cannot be pickled to
batch workers).
"""

from __future__ import annotations

import functools
import json
import re
import zlib
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import NamedTuple
from urllib.parse import urlsplit

from lxml import etree

from . import regexes
from .errors import RuleError
from .model import ATTRIBUTION_FIELDS, Kind
from .needles import VERSION as NEEDLES_VERSION
from .needles import Needles, holds_any, needles, register
from .selectors import simple_form
from .source import charset

GLOBAL_NAME = "global.toml"
PARSED_NAME = "parsed.json"  # the bundled rule files as data, written by `pytest --update-golden`
NEEDLES_NAME = "needles.json"  # the bundled patterns' needles, written by `pytest --update-golden`
REGEX_TIMEOUT = 0.25  # seconds; a catastrophic pattern must not stall a batch

TOP_KEYS = {
    "name": str, "hosts": list, "fingerprints": list, "content": list, "cut_off": list,
    "cut_before": list, "attribution": dict, "remove": list, "test": list,
    "placeholder_authors": list, "placeholder_sources": list, "placeholder_sites": list, "agencies": list,
    "title_labels": list, "source_labels": list, "author_labels": list, "site_labels": list,
    "calls_to_action": list, "citations": list, "fact_boxes": list, "reviews": list, "content_hints": dict,
    "encoding": str, "utc_offset": str,
    "months": list, "attribution_line": dict, "language_words": dict,
    "metadata": dict,
}
METADATA_FIELDS = ("title", "site", "author", "date", "source", "original_url")
LINE_LABEL_KEYS = {"source": str, "original_url": str, "site": str, "sep": str}
HINT_KEYS = {"positive": str, "negative": str, "unlikely": str, "figure": str}
SPEC_KEYS = {"css": str, "xpath": str, "attr": str, "pattern": str, "text": str, "script": str,
             "link": bool, "max_chars": int, "label": str, "above": bool, "last": bool, "keep": bool,
             "followed_by": str}
REMOVE_KEYS = {"id": str, "kind": str, "css": str, "xpath": str, "text": (str, list), "max_chars": int,
               "above_core": bool, "repeated": bool, "last": bool, "spare_paragraphs": bool, "spare_captions": bool,
               "with_picture": bool}
TEST_KEYS = {"sample": str, "url": str, "contains": list, "absent": list}
RULE_KINDS = {k.value for k in Kind} - {"cut-off", "boilerplate"}


class PatternTimeout(Exception):
    """A rule regex ran past REGEX_TIMEOUT on some text."""


class Pattern:
    """A rule regex, compiled lazily. A user's pattern always runs with a time limit; the bundled
    ones (reviewed, and tested against backtracking bait) run on the standard `re` engine,
    several times faster, when it can compile them. A plain class, as are the rule records
    below (named tuples): a dataclass costs a millisecond or two of every start-up to define."""

    def __init__(self, source, where, bundled=False, pretest=True):
        self.source = source
        self.where = where  # "example.org.toml › cut_off" — for warnings
        self.bundled = bundled
        self.pretest = pretest  # look for its needles first (see _needles)

    def _key(self):
        return self.source, self.where, self.bundled

    def __eq__(self, other):
        return isinstance(other, Pattern) and self._key() == other._key()

    def __hash__(self):
        return self._hash

    @functools.cached_property
    def _hash(self):  # a cache key of the scorer's name hints, asked once per element of every page
        return hash(self._key())

    def __repr__(self):
        return f"Pattern({self.source!r}, {self.where!r})"

    @functools.cached_property
    def compiled(self):
        try:
            return _compile_regex(self.source, self.bundled)
        except InvalidPattern as e:  # only for rules loaded unchecked
            raise RuleError(self.where, None, f"invalid regex {self.source!r} ({e})") from None

    @functools.cached_property
    def _needles(self):
        """Only for the bundled patterns, which are written for `re` (a user's pattern is read
        by the regex module, whose syntax differs in places), and not for those that match on
        nearly every page anyway: reading the needles would only add to their compiling."""
        if not (self.bundled and self.pretest):
            return None
        known = _bundled_needles()
        if self.source not in known:
            return needles(self.source)
        found = known[self.source]
        return None if found is None else Needles.of(found)

    def may_occur_in(self, haystack):
        return haystack.may_hold(self._needles)

    def lines_in(self, haystack):
        """The indices of the haystack's lines this pattern may match (None: any)."""
        return haystack.lines_holding(self._needles)

    def search(self, text, held=False):
        """`held`: the text is known to hold one of the pattern's needles (see lines_in)."""
        wanted = self._needles
        if not held and wanted is not None and not holds_any(wanted, text):
            return None  # it holds none of the words every match holds; not even compiled
        compiled = self.compiled
        if isinstance(compiled, re.Pattern):
            return compiled.search(text)
        try:
            return compiled.search(text, timeout=REGEX_TIMEOUT)
        except TimeoutError:
            raise PatternTimeout(f"{self.where}: pattern {self.source!r} timed out") from None


class AnyPattern(tuple):
    """An entry's regexes, one per script: each is pre-tested by its own needles and compiled on
    first need, so that a page compiles only the ones its lines may match (an English page
    never pays for the Chinese half of a bilingual pattern)."""

    def may_occur_in(self, haystack):
        return haystack.may_hold(self._needles)

    def lines_in(self, haystack):
        return haystack.lines_holding(self._needles)

    def search(self, text, held=False):
        if held and len(self) == 1:
            return self[0].search(text, held)  # its needles are the part's
        needles, needless = self._parts_needles
        if not held and needles is not None and not holds_any(needles, text):
            if not needless:
                return None  # most lines: one test for all the parts
            parts = needless  # only a part that needs no word can match
        else:
            parts = self
        for pattern in parts:
            m = pattern.search(text)
            if m:
                return m
        return None

    @functools.cached_property
    def _parts_needles(self):
        """(The needles of every part that has some, or None; the parts without): a text holding
        none of the first can only match one of the others (most often, none is left)."""
        found = {n for p in self if p._needles is not None for n in p._needles.all}
        return Needles.of(sorted(found)) if found else None, tuple(p for p in self if p._needles is None)

    @functools.cached_property
    def _needles(self):
        """Every part's needles, when each part has some: a text holding none matches no part."""
        needles, needless = self._parts_needles
        return None if needless else needles

    @property
    def source(self):
        return " | ".join(p.source for p in self)


class Selector(NamedTuple):
    """A CSS or XPath selector, compiled lazily."""

    css: str | None = None
    xpath: str | None = None

    def select(self, root):
        return _compile_selector(self.css, self.xpath)(root)

    @property
    def simple(self):
        """The selector as selectors.simple_form() reads it, or None (XPath, or not simple)."""
        return None if self.css is None else simple_form(self.css)


class Spec(NamedTuple):
    """Where one attribution field is read: a selector (+attr), block text or a script (+pattern). With a
    `label`, the selected element is a label ("제목", "Author") that this regex matches, and the
    value is in the element beside it: a <dt> and its <dd>, a row's first cell and the <td> after it."""

    selector: Selector | None = None
    attr: str | None = None
    pattern: Pattern | None = None
    text: Pattern | None = None
    link: bool = False
    max_chars: int = 300
    literal: str | None = None
    label: Pattern | None = None
    script: Pattern | None = None  # a regex over the page's inline scripts (a value its script sets)
    above: bool = False  # only above the article's first paragraph, where its info line stands
    last: bool = False  # only the article's last block still kept, where a signature stands
    keep: bool = False  # the line stays in the text (a byline in the lead's dateline)
    followed_by: Pattern | None = None  # text: what the lines right below it hold (a footer's other fields)


class Remove(NamedTuple):
    id: str
    kind: Kind
    selector: Selector | None = None
    text: Pattern | AnyPattern | None = None
    max_chars: int | None = None
    above_core: bool = False  # text: only blocks above the article's core (its longest paragraph)
    repeated: bool = False  # selector: only blocks whose words another block already holds
    last: bool = False  # text: only the last block still kept (a closing bio)
    spare_paragraphs: bool = False  # text: not the article's own <p>s (a contact the article gives)
    spare_captions: bool = False  # text: not a caption's lines (a photo's "© X" is its credit, not the site's)
    with_picture: bool = False  # text: the picture alone beside the block goes too (the QR code it asks to scan)

    def removes(self, text, held=False):
        """Whether the entry's text pattern removes a block of this text (selectors aside)."""
        return (self.text is not None and not (self.max_chars and len(text) > self.max_chars)
                and self.text.search(text, held) is not None)


class Hints(NamedTuple):
    """Class and id name patterns: the article's container, chrome around it, sections whose
    text does not vote, and the box of a photo with its caption."""

    positive: Pattern | None = None
    negative: Pattern | None = None
    unlikely: Pattern | None = None
    figure: Pattern | None = None


class Rule(NamedTuple):
    path: Path
    name: str | None = None
    hosts: tuple = ()
    fingerprints: tuple = ()
    content: tuple = ()
    cut_off: tuple = ()
    cut_before: tuple = ()
    attribution: Mapping = MappingProxyType({})
    remove: tuple = ()
    tests: tuple = ()
    placeholder_authors: tuple = ()  # patterns of a byline that names nobody ("admin", "Staff")
    placeholder_sources: tuple = ()  # and of a credit that names no origin ("本站", "网络")
    placeholder_sites: tuple = ()  # and of a logo's alt text that names no site ("Home", "首页")
    agencies: tuple = ()  # patterns of a byline that names a news agency: the source, not an author
    title_labels: tuple = ()  # patterns of a label beside the title that is not part of it ("[转载]")
    source_labels: tuple = ()  # the same beside a source's name ("微信公众号", an issue's date)
    author_labels: tuple = ()  # and beside an author's ("文／", "(本會總幹事)")
    site_labels: tuple = ()  # and beside a site's, in its logo's alt text ("X logo")
    calls_to_action: AnyPattern | None = None  # a promotion's button ("Book a call", "立即报名")
    citations: AnyPattern | None = None  # a paper's reference lines ("DOI: …"): the paper's authors
    fact_boxes: tuple = ()  # selectors of boxes of facts about the subject (an infobox): not the page's credits
    reviews: tuple = ()  # selectors of readers' reviews beside the text: their names and dates are theirs
    months: Mapping = MappingProxyType({})  # a month's name, in any language, -> its number
    attribution_line: Mapping = MappingProxyType({})  # language -> the closing line's labels
    language_words: Mapping = MappingProxyType({})  # language -> its commonest words, to tell it undeclared
    metadata: Mapping = MappingProxyType({})  # field -> the <meta> names that give it, best first
    content_hints: Hints | None = None
    encoding: str | None = None  # what the site's pages are in when they do not say
    utc_offset: int = 0  # minutes east of UTC of the site's clock: the day a Unix time falls on there
    warnings: tuple = ()  # load-time notes (e.g. ftr directives we ignore), passed to each result

    @property
    def label(self):
        """How removals name this rule: `example.org.toml`, or `global` for the generic rules."""
        return "global" if self.path.name == GLOBAL_NAME else self.path.name

    @property
    def is_global(self):
        return self.path.name == GLOBAL_NAME


class InvalidPattern(ValueError):
    """A rule regex that does not compile."""


@functools.lru_cache(maxsize=4096)
def _compile_regex(source, bundled=False):
    if bundled:
        try:
            return regexes.compile(source, re.MULTILINE)
        except re.error:
            pass  # a feature only `regex` has: run it there, with the time limit
    import regex  # users' patterns only: a run with the bundled rules never loads it

    try:
        return regex.compile(source, regex.MULTILINE | regex.V0)
    except regex.error as e:
        raise InvalidPattern(str(e)) from None


class InvalidSelector(ValueError):
    """A rule selector that does not compile."""


@functools.lru_cache(maxsize=4096)
def _compile_selector(css, xpath):
    """lxml's XPath for a rule selector. CSS goes through cssselect, loaded on first need: the
    page index answers simple CSS without it (selectors.py), and XPath never needs it."""
    errors = (etree.XPathSyntaxError, etree.XPathEvalError)
    if css is not None:
        from cssselect import SelectorError
        errors += (SelectorError,)
    try:
        return etree.XPath(xpath if css is None else _translator().css_to_xpath(css))
    except errors as e:
        raise InvalidSelector(str(e)) from None


@functools.cache
def _translator():
    from cssselect import GenericTranslator

    class Translator(GenericTranslator):
        """Tests `contains(@class, "menu")` before splitting the attribute into words: that cheap
        test fails on nearly every element, and the word test allocates strings in libxml2."""

        def xpath_attrib_includes(self, xpath, name, value):
            if value and not any(c.isspace() for c in value):
                xpath.add_condition(f"{name} and contains({name}, {self.xpath_literal(value)}) and "
                                    f"contains(concat(' ', normalize-space({name}), ' '), "
                                    f"{self.xpath_literal(' ' + value + ' ')})")
                return xpath
            return super().xpath_attrib_includes(xpath, name, value)

    return Translator()


def _line_of(text, needle):
    """The first line holding `needle`, comment lines aside (they may quote a selector)."""
    for n, line in enumerate(text.splitlines(), 1):
        if needle in line and not line.lstrip().startswith("#"):
            return n
    return None


class _Skip(Exception):
    """A problem was recorded (collecting mode): skip the part of the file that has it."""


class _Loader:
    """Validates one file's parsed TOML into a Rule, naming file, key and line on error. With
    `problems` (a list) it records every problem and skips only the part that has it, so that
    `rules check` can list them all at once; otherwise the first one raises."""

    def __init__(self, path, check=True, problems=None):
        self.path, self.check, self.problems = Path(path), check, problems
        try:
            self.source = self.path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            raise RuleError(self.path, None, f"cannot read rule file ({e})") from None
        # Collecting drops the keys that have a problem (check_keys): from a parse of its own, never
        # from the data parsed.json shares with every later load.
        self.data = _toml(self.path, self.source, shared=problems is None)

    def note(self, key, problem, needle=None):
        """A problem that spoils only its own value: recorded when collecting, else raised."""
        error = RuleError(self.path, key, problem, _line_of(self.source, needle or key.split(".")[-1]))
        if self.problems is None:
            raise error
        self.problems.append(error)

    def fail(self, key, problem, needle=None):
        """A problem that spoils the part of the file it is in."""
        self.note(key, problem, needle)
        raise _Skip

    def part(self, read, *args, default=None):
        """`read(*args)`, or `default` when it met a problem (collecting mode only)."""
        try:
            return read(*args)
        except _Skip:
            return default

    def check_keys(self, table, allowed, where):
        """Unknown keys and values of the wrong type. When collecting, the keys that have a
        problem are dropped, so that what reads the table next does not trip on them."""
        if not isinstance(table, dict):
            self.fail(where, "must be a table")
        for key, value in list(table.items()):
            name = f"{where}.{key}" if where else key
            if key not in allowed:
                self.note(name, "unknown key", key)
            elif not isinstance(value, allowed[key]) or (allowed[key] is int and isinstance(value, bool)):
                types = allowed[key] if isinstance(allowed[key], tuple) else (allowed[key],)
                self.note(name, f"must be {' or '.join(t.__name__ for t in types)}, not {type(value).__name__}",
                          key)
            else:
                continue
            del table[key]

    def strings(self, key, values=None):
        """A list of strings: the rule's `key`, or `values` (a table's, named `key`)."""
        values = self.data.get(key, []) if values is None else values
        if not all(isinstance(v, str) for v in values):
            self.fail(key, "must be a list of strings")
        return tuple(values)

    def pattern(self, key, source, pretest=True):
        try:
            if self.check:
                _compile_regex(source)
        except InvalidPattern as e:
            self.note(key, f"invalid regex {source!r} ({e})", source[:30] or key)
        return Pattern(source, f"{self.label} › {key}", bundled=not self.check, pretest=pretest)

    def texts(self, key, value):
        """One regex, or a list of them (one per script, see AnyPattern)."""
        if isinstance(value, str):
            return self.pattern(key, value)
        if not value or not all(isinstance(v, str) for v in value):
            self.fail(key, "text must be a string or a list of strings")
        return AnyPattern(self.pattern(key, v) for v in value)

    def selector(self, key, css=None, xpath=None):
        try:
            if self.check:
                _compile_selector(css, xpath)
        except InvalidSelector as e:
            self.note(key, f"invalid {'CSS' if css is not None else 'XPath'} {css or xpath!r} ({e})",
                      (css or xpath)[:30])
        return Selector(css, xpath)

    @property
    def label(self):
        return "global" if self.path.name == GLOBAL_NAME else self.path.name

    def spec(self, key, value):
        if isinstance(value, str):
            return Spec(literal=value)
        self.check_keys(value, SPEC_KEYS, key)
        if sum(where in value for where in ("css", "xpath", "text", "script")) != 1:
            self.fail(key, "needs exactly one of css, xpath, text or script")
        has_selector = "css" in value or "xpath" in value
        if value.get("last") and "text" not in value:
            self.fail(key, "last reads a block's text: it needs text")
        if "followed_by" in value and "text" not in value:
            self.fail(key, "followed_by reads the lines below a block's text: it needs text")
        return Spec(
            selector=self.selector(key, value.get("css"), value.get("xpath")) if has_selector else None,
            attr=value.get("attr"),
            pattern=self.pattern(key, value["pattern"]) if "pattern" in value else None,
            text=self.pattern(key, value["text"]) if "text" in value else None,
            script=self.pattern(key, value["script"]) if "script" in value else None,
            link=value.get("link", False),
            max_chars=value.get("max_chars", 300),
            label=self.pattern(key, value["label"]) if "label" in value else None,
            above=self.after_article(key, "above", value),
            last=self.after_article(key, "last", value),
            keep=value.get("keep", False),
            followed_by=self.pattern(key, value["followed_by"]) if "followed_by" in value else None,
        )

    def after_article(self, key, name, value):
        """Only the global rule reads after the article is found; a site's rule reads before."""
        if value.get(name, False) and self.path.name != GLOBAL_NAME:
            self.fail(key, f"{name} is for global.toml only: a site rule is read before the article is found")
        return value.get(name, False)

    def attribution(self):
        table = self.data.get("attribution", {})
        self.check_keys(table, {f: (str, dict, list) for f in ATTRIBUTION_FIELDS}, "attribution")
        specs = {}
        for name, value in table.items():
            key = f"attribution.{name}"
            values = value if isinstance(value, list) else [value]
            specs[name] = tuple(spec for v in values if (spec := self.part(self.spec, key, v)))
        return specs

    def removals(self):
        seen, out = set(), []
        for entry in self.data.get("remove", []):
            self.part(self.removal, entry, seen, out)
        return tuple(out)

    def removal(self, entry, seen, out):
        self.check_keys(entry, REMOVE_KEYS, "remove")
        rid = entry.get("id")
        if not rid:
            self.fail("remove", "every entry needs an id")
        key = f"remove[{rid}]"
        if rid in seen:
            self.fail(key, "duplicate id", f'"{rid}"')
        seen.add(rid)
        kind = entry.get("kind", "other")
        if kind not in RULE_KINDS:
            self.fail(f"{key}.kind", f"unknown kind {kind!r} (one of {', '.join(sorted(RULE_KINDS))})", kind)
        ways = [k for k in ("css", "xpath", "text") if k in entry]
        if len(ways) != 1:
            self.fail(key, "needs exactly one of css, xpath or text", f'"{rid}"')
        out.append(Remove(
            id=rid, kind=Kind(kind),
            selector=self.selector(key, entry.get("css"), entry.get("xpath")) if ways[0] != "text" else None,
            text=self.texts(key, entry["text"]) if ways[0] == "text" else None,
            max_chars=entry.get("max_chars"),
            above_core=entry.get("above_core", False),
            repeated=entry.get("repeated", False),
            last=entry.get("last", False),
            spare_paragraphs=entry.get("spare_paragraphs", False),
            spare_captions=entry.get("spare_captions", False),
            with_picture=entry.get("with_picture", False),
        ))

    def tests(self):
        for entry in self.data.get("test", []):
            self.part(self.test, entry)
        return tuple(self.data.get("test", []))

    def test(self, entry):
        self.check_keys(entry, TEST_KEYS, "test")
        if "sample" not in entry:
            self.fail("test", "every test needs a sample")

    def rule(self):
        part, strings = self.part, self.strings

        def patterns(key, wrap="{}"):
            return part(lambda: tuple(self.pattern(key, wrap.format(p)) for p in strings(key)), default=())

        self.check_keys(self.data, TOP_KEYS, "")
        return Rule(
            path=self.path,
            name=self.data.get("name"),
            hosts=part(lambda: tuple(normalize_host(h) for h in strings("hosts")), default=()),
            fingerprints=part(strings, "fingerprints", default=()),
            content=part(lambda: tuple(self.selector("content", css=c) for c in strings("content")), default=()),
            cut_off=part(lambda: tuple(self.pattern("cut_off", p) for p in strings("cut_off")), default=()),
            cut_before=part(lambda: tuple(self.pattern("cut_before", p) for p in strings("cut_before")),
                            default=()),
            attribution=part(self.attribution, default={}),
            remove=part(self.removals, default=()),
            tests=part(self.tests, default=()),
            placeholder_authors=patterns("placeholder_authors", r"(?i)^\s*(?:{})\s*$"),  # the whole byline
            placeholder_sources=patterns("placeholder_sources", r"(?i)^\s*(?:{})\s*$"),
            placeholder_sites=patterns("placeholder_sites", r"(?i)^\s*(?:{})\s*$"),
            agencies=patterns("agencies", r"^\s*(?:{})\s*$"),
            title_labels=patterns("title_labels"),
            source_labels=patterns("source_labels"),
            author_labels=patterns("author_labels"),
            site_labels=patterns("site_labels"),
            calls_to_action=part(lambda: self.texts("calls_to_action", self.data["calls_to_action"])
                                 if "calls_to_action" in self.data else None),
            citations=part(lambda: self.texts("citations", self.data["citations"])
                           if "citations" in self.data else None),
            fact_boxes=part(lambda: tuple(self.selector("fact_boxes", css=c) for c in strings("fact_boxes")),
                            default=()),
            reviews=part(lambda: tuple(self.selector("reviews", css=c) for c in strings("reviews")), default=()),
            content_hints=part(self.content_hints),
            encoding=part(self.encoding),
            utc_offset=part(self.utc_offset, default=0),
            months=part(self.months, default=MappingProxyType({})),
            attribution_line=part(self.attribution_line, default=MappingProxyType({})),
            language_words=part(self.language_words, default=MappingProxyType({})),
            metadata=part(self.metadata, default=MappingProxyType({})),
        )

    def metadata(self):
        table = self.data.get("metadata", {})
        self.check_keys(table, dict.fromkeys(METADATA_FIELDS, list), "metadata")
        return MappingProxyType({field: tuple(name.lower() for name in self.strings(f"metadata.{field}", names))
                                 for field, names in table.items() if field in METADATA_FIELDS})

    def attribution_line(self):
        """Language -> the closing attribution line's labels (source, original_url, site, sep)."""
        table = self.data.get("attribution_line", {})
        out = {}
        for language, labels in table.items():
            key = f"attribution_line.{language}"
            if not isinstance(labels, dict):
                self.fail(key, "must be a table of source, original_url, site and sep")
            self.check_keys(labels, LINE_LABEL_KEYS, key)
            if set(labels) != set(LINE_LABEL_KEYS):
                self.fail(key, f"needs all of {', '.join(LINE_LABEL_KEYS)}")
            out[language] = MappingProxyType(dict(labels))
        return MappingProxyType(out)

    def language_words(self):
        """Language -> a string of its commonest words: how a text that names no language is told."""
        table = self.data.get("language_words", {})
        self.check_keys(table, dict.fromkeys(table, str), "language_words")
        return MappingProxyType({language: frozenset(words.casefold().split()) for language, words in table.items()})

    def months(self):
        """Twelve strings of month names, January's first: a name -> its month's number."""
        names = self.strings("months")
        if names and len(names) != 12:
            self.fail("months", f"needs twelve strings of names, one per month, not {len(names)}")
        return MappingProxyType({name.casefold(): n for n, words in enumerate(names, 1) for name in words.split()})

    def encoding(self):
        label = self.data.get("encoding")  # looking a codec up imports it: only when checking
        if label is not None and self.check and charset(label) is None:
            self.fail("encoding", f"unknown encoding, or one that does not read HTML as ASCII: {label!r}",
                      "encoding")
        return label

    def utc_offset(self):
        """"+08:00" -> 480."""
        if "utc_offset" not in self.data:
            return 0
        value = self.data["utc_offset"]
        m = re.fullmatch(r"([+-])(\d\d):([0-5]\d)", value)
        if not m or int(m.group(2)) > 14:
            self.fail("utc_offset", f"must be an offset from UTC such as \"+08:00\", not {value!r}")
        return (int(m.group(2)) * 60 + int(m.group(3))) * (-1 if m.group(1) == "-" else 1)

    def content_hints(self):
        table = self.data.get("content_hints")
        if table is None:
            return None
        self.check_keys(table, HINT_KEYS, "content_hints")
        # Hints run on class and id names, of which every page has one they match.
        return Hints(**{k: self.pattern(f"content_hints.{k}", table[k], pretest=False) for k in table})


def load_rule(path, check=True):
    """Load and validate one rule file. Raises RuleError. check=False is for the bundled rules,
    checked in CI: compiling their selectors and regexes waits for first use (it need not cost
    every `cleaner clean` a tenth of a second), and their regexes may run on `re`."""
    return _Loader(path, check).rule()


def rule_problems(path):
    """Every problem of a TOML rule file (RuleErrors), not only the first; [] when it loads."""
    problems = []
    try:
        _Loader(path, problems=problems).rule()
    except RuleError as e:  # unreadable, or not TOML at all
        problems.append(e)
    return sorted(problems, key=lambda e: e.line or 0)


def load_any_rule(path):
    """A TOML rule, or a FiveFilters site config (`*.txt`) read into the same Rule shape."""
    if Path(path).suffix == ".txt":
        from .ftr import load_ftr

        return load_ftr(path)
    return load_rule(path)


def ftr_files(directory):
    """FiveFilters site configs in a user rules directory; a TOML rule for the host wins."""
    return sorted(p for p in Path(directory).glob("*.txt") if p.is_file())


def normalize_host(host):
    """Lower-case, IDNA-encoded, without `www.`; a leading dot (subdomain wildcard) is kept."""
    host = (host or "").strip().lower().rstrip(".")
    dot = "." if host.startswith(".") else ""
    host = host.lstrip(".")
    if not host.isascii():  # IDNA leaves ASCII as it is (and its codec costs a start-up)
        try:
            host = host.encode("idna").decode("ascii")
        except UnicodeError:
            pass
    if host.startswith("www."):
        host = host[4:]
    return dot + host


def host_of(url):
    try:
        return normalize_host(urlsplit(url).hostname or "") or None
    except ValueError:
        return None


def _toml(path, source, shared=True):
    """A rule file's TOML as data: a bundled file's from parsed.json while it holds this very text
    (JSON reads some twenty times faster than TOML: global.toml's parse was a twentieth of a
    one-page run), read once and `shared` by every load, else parsed."""
    if shared and path.parent == bundled_rules_dir():
        known = _bundled_parsed().get(path.name)
        if known and known.get("crc32") == text_checksum(source):
            return known["data"]
    import tomllib  # only for the files parsed.json does not hold: its import compiles patterns

    try:
        return tomllib.loads(source)
    except tomllib.TOMLDecodeError as e:
        raise RuleError(path, None, f"invalid TOML ({e})") from None


def text_checksum(source):
    return zlib.crc32(source.encode("utf-8"))


@functools.cache
def _bundled_parsed():
    """{file name: {"crc32": of its text, "data": its TOML as data}}, {} when missing or unreadable."""
    try:
        data = json.loads((bundled_rules_dir() / PARSED_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


@functools.cache
def _bundled_needles():
    """The bundled patterns' needles, read from the file the test suite keeps current: reading
    them from the regexes costs a tenth of a one-page run. {source: its folded needles, or
    None}, all given to the scanners at once; a pattern makes its Needles when first asked (a
    page asks for a half to four fifths of them). {} for a missing file, or one of another
    version of the needle reader (its patterns' needles are then read as before)."""
    try:
        data = json.loads((bundled_rules_dir() / NEEDLES_NAME).read_text(encoding="utf-8"))
        if data["version"] != NEEDLES_VERSION:
            return {}
        found = data["needles"]
        register({n for wanted in found.values() if wanted for n in wanted})  # one go, not a pattern at a time
        return found
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


@functools.cache
def bundled_rules_dir():
    """The source tree's rules/ when run from a checkout, else the rules installed with the
    package. The checkout's own first: an editable install maps `cleaner.bundled_rules` to its
    own tree, and another checkout run with that environment must not read those rules."""
    checkout = Path(__file__).resolve().parent.parent / "rules"
    if (checkout / GLOBAL_NAME).is_file():
        return checkout
    try:
        from . import bundled_rules  # its directory; importlib.resources would load tempfile & co.

        return Path(bundled_rules.__file__).parent
    except (ImportError, TypeError):
        return checkout


class RuleSet:
    """Every rule in force, by host. User directories override bundled rules for a host.

    `by_host` may hold, instead of a Rule, the path of a FiveFilters config, read on first use:
    a directory of the thousands that collection holds would otherwise be read, and its XPaths
    compiled, on every run (most of a second), and one broken config would stop pages of every
    other site."""

    def __init__(self, rules, global_rule):
        self.global_rule = global_rule
        self.rules = [rule for rule in rules if isinstance(rule, Rule)]  # read: fingerprints work
        self.by_host = {}
        for rule in rules:
            for host in _hosts(rule):
                self.by_host[host] = rule

    def every_rule(self, problems=None):
        """Every rule, the FiveFilters configs read too (for listing and testing rules). With a
        list in `problems`, a config that cannot be read goes there instead of raising."""
        for host, rule in list(self.by_host.items()):
            try:
                self._read(host, rule)
            except RuleError as e:
                if problems is None:
                    raise
                problems.append(e)
        return self.rules

    def named(self, wanted):
        """The rule whose file name (with or without suffix) or site name is `wanted`, lower-case;
        only that one is read."""
        for host, rule in self.by_host.items():
            path, name = (rule, None) if isinstance(rule, Path) else (rule.path, rule.name)
            if wanted in (path.name.lower(), path.stem.lower(), (name or "").lower()):
                return self._read(host, rule)
        return None

    def for_host(self, host):
        """Exact host, then `.domain` wildcards from the nearest parent up."""
        if not host:
            return None
        if host in self.by_host:
            return self._read(host, self.by_host[host])
        parts = host.split(".")
        for i in range(len(parts) - 1):
            parent = "." + ".".join(parts[i:])
            if parent in self.by_host:
                return self._read(parent, self.by_host[parent])
        return None

    def _read(self, host, rule):
        if not isinstance(rule, Rule):
            rule = self.by_host[host] = load_any_rule(rule)
            self.rules.append(rule)
        return rule

    def for_page(self, url, page_text):
        """The rule for a page: by its URL's host, else by a fingerprint in its text.
        `page_text` is a callable, so a page found by its host never pays for its text."""
        rule = self.for_host(host_of(url)) if url else None
        if rule or not any(r.fingerprints for r in self.rules):
            return rule
        text = page_text()
        for rule in self.rules:
            if any(f in text for f in rule.fingerprints):
                return rule
        return None


def file_host(path):
    """The host a rule file serves by its name (`www.` dropped, a leading dot kept)."""
    return normalize_host(Path(path).stem)


def _hosts(rule):
    """A rule's hosts; a FiveFilters config not read yet serves the host its file is named after."""
    return rule.hosts if isinstance(rule, Rule) else (file_host(rule),)


def rule_files(directory):
    return sorted(p for p in Path(directory).glob("*.toml") if p.is_file())


def _hosts_of(path, rule):
    own = file_host(path) if path.stem != "global" else None
    return tuple(dict.fromkeys(([own] if own else []) + list(rule.hosts)))


@functools.lru_cache(maxsize=32)
def _load_dir(directory, mtimes, check=True):
    rules, global_rule = [], None
    for path in rule_files(directory):
        rule = load_rule(path, check)
        if path.name == GLOBAL_NAME:
            global_rule = rule
        else:
            rules.append(rule._replace(hosts=_hosts_of(path, rule)))
    toml_hosts = {h for rule in rules for h in rule.hosts}
    rules += [path for path in ftr_files(directory) if file_host(path) not in toml_hosts]
    return rules, global_rule


def _dir_state(directory):
    directory = Path(directory)
    if not directory.is_dir():
        raise RuleError(directory, None, "rules directory not found")
    files = rule_files(directory) + ftr_files(directory)
    return str(directory.resolve()), tuple((p.name, p.stat().st_mtime_ns) for p in files)


@functools.cache
def _bundled_state():
    """The installed rules do not change under a running process: stat them once, not on
    every page a library caller cleans."""
    return _dir_state(bundled_rules_dir())


@functools.lru_cache(maxsize=32)
def _ruleset(states, site_rules):
    """The RuleSet of directories in these states (the bundled one first, loaded unchecked)."""
    merged, global_rule = {}, None
    for i, state in enumerate(states):
        rules, found_global = _load_dir(*state, check=i > 0)
        global_rule = found_global or global_rule
        for rule in rules:
            hosts = _hosts(rule)
            merged[hosts[0] if hosts else str(rule)] = rule
    if global_rule is None:
        raise RuleError(bundled_rules_dir(), None, f"{GLOBAL_NAME} not found")
    return RuleSet(list(merged.values()) if site_rules else [], global_rule)


def load_ruleset(dirs=(), site_rules=True):
    """Bundled rules, then each of `dirs`: a later file for the same host replaces an earlier one.
    With site_rules=False only the global (generic) rules are kept."""
    return _ruleset((_bundled_state(), *(_dir_state(d) for d in dirs)), site_rules)
