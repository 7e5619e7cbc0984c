"""The rule workflow's engine half: list, check and test rule files, offline.

`rules test` runs each rule's own [[test]] entries against the saved samples with the generic
fallback off, so a template change shows up as a failure instead of a quiet switch to
readability. It also reports entries that fired on none of the rule's samples: a selector that
no longer matches is the first sign that a site changed its template.
"""

from __future__ import annotations

import difflib
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from . import source
from .errors import CleanerError, RuleError
from .pipeline import clean
from .rules import (
    GLOBAL_NAME,
    PatternTimeout,
    _line_of,
    bundled_rules_dir,
    file_host,
    ftr_files,
    load_any_rule,
    load_ruleset,
    normalize_host,
    rule_files,
    rule_problems,
)


def default_samples_dir():
    """samples/ beside the bundled rules/ (a source checkout); for an installed package, which
    ships no samples, the samples/ of the current directory (run from a checkout)."""
    beside = bundled_rules_dir().parent / "samples"
    return beside if beside.is_dir() else Path.cwd() / "samples"


def origin(rule):
    """'bundled' or 'user': where a rule in force came from."""
    bundled = bundled_rules_dir().resolve()
    return "bundled" if rule.path.resolve().parent == bundled else "user"


# ---------------------------------------------------------------------------------------- list


@dataclass
class RuleInfo:
    site: str
    hosts: tuple
    path: Path
    origin: str
    tests: int
    overrides: tuple = ()  # files of the same host that this rule replaced


def list_rules(dirs=(), problems=None):
    """Every site rule in force, with what it replaced (a user file overriding a bundled one).
    Configs that cannot be read go to `problems` (a list), if given."""
    ruleset = load_ruleset(dirs)
    rules = ruleset.every_rule(problems)
    replaced = replacements(ruleset, dirs)
    return [RuleInfo(site=rule.name or (rule.hosts[0] if rule.hosts else rule.path.stem),
                     hosts=rule.hosts, path=rule.path, origin=origin(rule), tests=len(rule.tests),
                     overrides=tuple(replaced.get(rule.path, ())))
            for rule in sorted(rules, key=lambda r: r.hosts[:1])]


def replacements(ruleset, dirs=(), hosts=None):
    """{path of a rule in force: [other files for its host, which it replaced]}, for every host
    or only for `hosts` (then no other site's FiveFilters config is read)."""
    replaced = {}
    for directory in (bundled_rules_dir(), *map(Path, dirs)):
        directory = directory.resolve()  # as the rules' own paths are
        for path in rule_files(directory) + ftr_files(directory):
            host = file_host(path)
            if path.name == GLOBAL_NAME or hosts is not None and host not in hosts:
                continue
            try:
                in_force = ruleset.for_host(host)
            except RuleError:  # a config that cannot be read replaces nothing (rules check says why)
                continue
            if in_force is not None and in_force.path != path:
                replaced.setdefault(in_force.path, []).append(path)
    return replaced


def find_rule(ruleset, site):
    """A rule by host, file name or site name."""
    wanted = site.lower()
    host = normalize_host(site)
    found = ruleset.for_host(host) or ruleset.named(wanted)
    if found is None and wanted in ("global", GLOBAL_NAME):
        return ruleset.global_rule
    return found


# ---------------------------------------------------------------------------------------- show


def describe(rule):
    """The rule's entries as (section, text, 'file:line') rows, in file order."""
    text = rule.path.read_text(encoding="utf-8", errors="replace")

    def where(needle):
        line = _line_of(text, needle) if needle else None
        return f"{rule.path}:{line}" if line else str(rule.path)

    rows = [("name", rule.name or "-", where(f'"{rule.name}"' if rule.name else None)),
            ("hosts", ", ".join(rule.hosts), where("hosts"))]
    rows += [("fingerprint", f, where(f)) for f in rule.fingerprints]
    for sel in rule.content:
        rows.append(("content", _selector_text(sel), where(sel.css or sel.xpath)))
    if rule.encoding:
        rows.append(("encoding", rule.encoding, where("encoding")))
    if rule.utc_offset:
        sign, (hours, minutes) = "-+"[rule.utc_offset > 0], divmod(abs(rule.utc_offset), 60)
        rows.append(("utc_offset", f"{sign}{hours:02d}:{minutes:02d}", where("utc_offset")))
    for name, patterns in (("cut_off", rule.cut_off), ("cut_before", rule.cut_before)):
        rows += [(name, p.source, where(p.source[:30])) for p in patterns]
    for name, specs in rule.attribution.items():
        for spec in specs:
            shown = _spec_text(spec)
            rows.append((f"attribution.{name}", shown, where(_spec_needle(spec) or f"{name} =")))
    for entry in rule.remove:
        what = _selector_text(entry.selector) if entry.selector else f"text {entry.text.source}"
        what += (" (above the core)" * entry.above_core + " (when repeated)" * entry.repeated
                 + " (last block only)" * entry.last)
        if rule.path.suffix == ".txt":  # ftr entries are named `<directive>-<line>`
            place = f"{rule.path}:{entry.id.rsplit('-', 1)[-1]}"
        else:
            place = where(f'"{entry.id}"')
        rows.append((f"remove[{entry.id}]", f"{entry.kind.value}: {what}", place))
    for i, test in enumerate(rule.tests):
        rows.append((f"test[{i}]", test.get("sample") or test.get("url", ""),
                     where(test.get("sample") or test.get("url"))))
    rows += [("warning", w, str(rule.path)) for w in rule.warnings]
    return rows


def _selector_text(sel):
    return f"css {sel.css}" if sel.css is not None else f"xpath {sel.xpath}"


def _spec_needle(spec):
    if spec.literal is not None:
        return spec.literal
    if spec.selector is not None:
        return spec.selector.css or spec.selector.xpath
    return (spec.text or spec.script).source[:30]


def _spec_text(spec):
    if spec.literal is not None:
        return repr(spec.literal)
    out = (_selector_text(spec.selector) if spec.selector
           else f"script {spec.script.source}" if spec.script else f"text {spec.text.source}")
    if spec.attr:
        out += f" @{spec.attr}"
    if spec.pattern:
        out += f" pattern {spec.pattern.source}"
    if spec.followed_by:
        out += f" followed by {spec.followed_by.source}"
    return out


# --------------------------------------------------------------------------------------- check


def check_paths(paths):
    """Problems in rule files, as 'file:line: message' strings. Paths are files or directories;
    a host served by two files of one directory is a problem (across directories it is the
    intended override)."""
    problems = []
    for path in map(Path, paths):
        if path.is_dir():
            problems += _check_files(rule_files(path) + ftr_files(path))
        elif path.is_file():
            problems += _check_files([path])
        else:
            problems.append(f"{path}: no such file or directory")
    return problems


def _check_files(files):
    problems, owners = [], {}
    for path in files:
        found = rule_problems(path) if path.suffix == ".toml" else []  # every problem, not the first
        if found:
            problems += map(str, found)
            continue
        try:
            rule = load_any_rule(path)
        except RuleError as e:
            problems.append(str(e))
            continue
        if path.name == GLOBAL_NAME:
            continue
        own = file_host(path)
        for host in dict.fromkeys(([own] if own else []) + list(rule.hosts)):
            owners.setdefault(host, []).append(path)
    for host, paths in owners.items():
        for path in paths[1:]:
            line = _line_of(path.read_text(encoding="utf-8", errors="replace"), host) or 1
            problems.append(f"{path}:{line}: host {host} is also served by {paths[0]}")
    return problems


# ---------------------------------------------------------------------------------------- test


@dataclass
class CaseOutcome:
    rule: Path
    index: int
    sample: str
    failures: list = field(default_factory=list)
    diff: str = ""
    skipped: str = ""

    @property
    def ok(self):
        return not self.failures and not self.diff


@dataclass
class RuleReport:
    rule: Path
    outcomes: list = field(default_factory=list)
    unused: list = field(default_factory=list)  # entries that fired on none of the samples

    @property
    def ok(self):
        return all(o.ok for o in self.outcomes)


def run_tests(dirs=(), sites=(), samples_dir=None, problems=None):
    """Run the [[test]] entries of every rule (or of `sites`). Returns [RuleReport]. Configs
    that cannot be read go to `problems` (a list), if given."""
    samples_dir = Path(samples_dir) if samples_dir else default_samples_dir()
    ruleset = load_ruleset(dirs)
    if sites:
        rules = []
        for site in sites:
            rule = find_rule(ruleset, site)
            if rule is None:
                raise RuleError(site, None, "no rule for this site")
            rules.append(rule)
    else:
        rules = sorted(ruleset.every_rule(problems), key=lambda r: str(r.path))
    return [_run_rule(ruleset, rule, samples_dir) for rule in rules]


def _run_rule(ruleset, rule, samples_dir):
    report, fired = RuleReport(rule.path), set()
    for index, test in enumerate(rule.tests):
        outcome = CaseOutcome(rule.path, index, test.get("sample") or test.get("url", ""))
        report.outcomes.append(outcome)
        case = _find_case(samples_dir, test)
        if case is None:
            outcome.skipped = "no saved page for this test (samples/<host>/<case>/input.*)"
            continue
        data = _case_input(case).read_bytes()
        url = test.get("url") or _case_url(case)
        try:
            result = clean(data, url=url, ruleset=ruleset, fallback=False)
        except CleanerError as e:
            outcome.failures.append(str(e))
            continue
        _run_checks(outcome, rule, test, result, case)
        fired |= _fired(rule, data, url, result)
    if any(not o.skipped for o in report.outcomes):
        report.unused = [e for e in entries(rule) if e not in fired]
    return report


def _run_checks(outcome, rule, test, result, case):
    if not (result.rule and Path(result.rule) == rule.path):
        outcome.failures.append(f"sample was cleaned by {result.rule or 'the generic path'}, "
                                "not this rule: check hosts/fingerprints or the sample's url")
        return
    for text in test.get("contains", []):
        if text not in result.markdown:
            outcome.failures.append(f"missing {text!r}")
    for text in test.get("absent", []):
        if text in result.body:
            outcome.failures.append(f"body still has {text!r}")
    expected = case / "expected.md"
    if expected.is_file():
        want = expected.read_text(encoding="utf-8")
        if want != result.markdown:
            outcome.diff = "".join(difflib.unified_diff(
                want.splitlines(True), result.markdown.splitlines(True),
                f"{expected} (expected)", "output"))


def _find_case(samples_dir, test):
    """The sample folder a test names, or (ftr tests carry only a URL) the one saved from it."""
    if test.get("sample"):
        case = samples_dir / test["sample"]
        return case if _case_input(case) else None
    for case_toml in sorted(samples_dir.glob("*/*/case.toml")):
        if _case_url(case_toml.parent) == test.get("url") and _case_input(case_toml.parent):
            return case_toml.parent
    return None


def _case_input(case):
    return next((p for p in (case / "input.html", case / "input.txt") if p.is_file()), None)


def _case_url(case):
    meta = case / "case.toml"
    try:
        return tomllib.loads(meta.read_text(encoding="utf-8")).get("url") if meta.is_file() else None
    except tomllib.TOMLDecodeError:
        return None


# ------------------------------------------------------------------------------- what fired


def entries(rule):
    """Names of a rule's entries that can fire: `remove[id]`, `cut_off …`, `content …`,
    `attribution.<field> …`."""
    out = [f"remove[{e.id}]" for e in rule.remove]
    out += [f"cut_off {p.source}" for p in rule.cut_off]
    out += [f"cut_before {p.source}" for p in rule.cut_before]
    out += [f"content {_selector_text(s)}" for s in rule.content]
    for name, specs in rule.attribution.items():
        out += [f"attribution.{name} {_spec_text(s)}" for s in specs if s.literal is None]
    return out


def _fired(rule, data, url, result):
    """Entries of `rule` that did something on this page: removal records for [[remove]] and
    cut markers; a match on the page as loaded for content selectors and attribution specs."""
    label = rule.label
    fired = {r.rule[len(label) + 3:] for r in result.removals if r.rule.startswith(f"{label} › remove[")}
    cut_texts = {"cut_off": [], "cut_before": []}
    for r in result.removals:  # the label carries the matched text: its block may be attribution
        for name, prefix in (("cut_off", f"{label} › cut-off after "), ("cut_before", f"{label} › cut-before ")):
            if r.rule.startswith(prefix):
                cut_texts[name] += [r.text, r.rule[len(prefix):]]
    for name, patterns in (("cut_off", rule.cut_off), ("cut_before", rule.cut_before)):
        for p in patterns:
            if any(_search(p, t) for t in cut_texts[name]):
                fired.add(f"{name} {p.source}")
    doc = source.load(data, url=url)
    for sel in rule.content:
        if len(sel.select(doc.root)):
            fired.add(f"content {_selector_text(sel)}")
            break  # the first match wins; later selectors did not fire here
    for name, specs in rule.attribution.items():
        for spec in specs:
            if spec.literal is None and _spec_matches(doc, spec):
                fired.add(f"attribution.{name} {_spec_text(spec)}")
    return fired


def _search(pattern, text):
    try:
        return pattern.search(text)
    except PatternTimeout:
        return None


def _spec_matches(doc, spec):
    if spec.selector is not None:
        for el in spec.selector.select(doc.root):
            value = el.get(spec.attr) if spec.attr else doc.text_of(el)
            if value and (spec.pattern is None or _search(spec.pattern, value)):
                return True
        return False
    if spec.script is not None:
        return any(_search(spec.script, t) for t in doc.scripts)
    return any(len(t) <= spec.max_chars and _search(spec.text, t)
               for t in (doc.block_text(i) for i in range(len(doc.blocks))))
