"""Speed checks beside the accuracy table, run by benchmarks/run.py.

- The site-rule path: the samples/ pages that a bundled rule with a content selector matches,
  cleaned with their rule, against trafilatura on the same pages, in the same process; and, when
  the FiveFilters collection is beside the repository, the corpus pages one of its site configs
  matches: real pages with the rules people write for them.
- Whole processes: `cleaner clean PAGE` against `trafilatura --markdown < PAGE`, the way both
  are used in pipes, median wall time over a few corpus pages.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
import tomllib
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
FTR_CONFIGS = REPO_ROOT.parent / "shared" / "ftr-site-config"
ROUNDS = 20  # the samples are few and small: repeat them for a stable rate
CLI_PAGES = 8


def rule_pages():
    """(raw bytes, url) of each sample page whose site rule has a content selector."""
    sys.path.insert(0, str(REPO_ROOT))
    from cleaner.rules import load_ruleset

    rules = load_ruleset()
    pages = []
    for case in sorted((REPO_ROOT / "samples").glob("*/*/input.html")):
        meta = case.parent / "case.toml"
        url = tomllib.loads(meta.read_text(encoding="utf-8")).get("url") if meta.exists() else None
        raw = case.read_bytes()
        rule = rules.for_page(url, lambda raw=raw: raw.decode("utf-8", "replace"))
        if rule is not None and rule.content:
            pages.append((raw, url))
    return pages


def pages_per_second(extractors, pages, rounds=ROUNDS):
    """Pages per second of each extractor: every page's fastest of `rounds` calls, the
    extractors taking turns on each page, after one untimed warm-up call each."""
    best = [[float("inf")] * len(pages) for _ in extractors]
    for extract in extractors:
        extract(*pages[0])  # imports, compiled patterns
    for _ in range(rounds):
        for n, (raw, url) in enumerate(pages):
            for extract, times in zip(extractors, best, strict=True):
                start = time.perf_counter()
                extract(raw, url)
                times[n] = min(times[n], time.perf_counter() - start)
    return [len(pages) / sum(times) for times in best]


def rule_path_table():
    pages = rule_pages()
    if not pages:
        return "site-rule path: no sample page matched a rule with a content selector"
    return _rule_table(f"site-rule path ({len(pages)} sample pages with a content-selector rule, best of {ROUNDS})",
                       pages, None)


def ftr_rule_path_table(corpus, rounds=5):
    """The corpus pages whose host has a FiveFilters config with a `body:` that matches them."""
    import json

    from cleaner import clean
    from cleaner.errors import CleanerError
    from cleaner.rules import host_of, load_ruleset

    if not FTR_CONFIGS.is_dir():
        return f"FiveFilters rule path: skipped ({FTR_CONFIGS} not found)"
    rules = load_ruleset([FTR_CONFIGS])
    pages = []
    for expected in sorted(Path(corpus).glob("*.json")):
        url = json.loads(expected.read_text(encoding="utf-8")).get("url")
        rule = rules.for_host(host_of(url)) if url else None
        if rule is None or not rule.content or not expected.with_suffix(".html").exists():
            continue
        raw = expected.with_suffix(".html").read_bytes()
        try:
            clean(raw, url=url, ruleset=rules, fallback=False)
        except CleanerError:
            continue  # the config's selector no longer matches the page
        pages.append((raw, url))
    if not pages:
        return "FiveFilters rule path: no corpus page matched a config's content selector"
    return _rule_table(f"FiveFilters rule path ({len(pages)} {Path(corpus).name} pages a config matches, "
                       f"best of {rounds})", pages, rules, rounds)


def _rule_table(title, pages, rules, rounds=ROUNDS):
    import trafilatura

    from cleaner import clean

    ours, generic, floor, theirs = pages_per_second([
        lambda raw, url: clean(raw, url=url, ruleset=rules).body,
        lambda raw, url: clean(raw, url=url, site_rules=False).body,  # what the rule saves
        _floor(rules),
        lambda raw, url: trafilatura.extract(raw, url=url, include_comments=False, output_format="markdown"),
    ], pages, rounds)
    return (f"{title}:\n"
            f"  cleaner (rules)    {ours:8.1f} pages/s   {ours / theirs:5.2f}x trafilatura\n"
            f"  cleaner (generic)  {generic:8.1f} pages/s   {generic / theirs:5.2f}x trafilatura\n"
            f"  floor              {floor:8.1f} pages/s   {floor / theirs:5.2f}x trafilatura"
            "   (decode, parse, the rule's content element to html2text; no cleaning)\n"
            f"  trafilatura        {theirs:8.1f} pages/s")


def _floor(rules):
    """What any rule-based cleaner of this stack must do, and nothing else: decode, let libxml2
    parse, take the rule's content element and hand it to html2text. A target for the rule path
    is only meaningful against it."""
    from lxml import etree

    from cleaner import markdown, source
    from cleaner.rules import load_ruleset

    rules = rules or load_ruleset()
    parser = etree.HTMLParser(remove_comments=True)

    def floor(raw, url):
        rule = rules.for_page(url, lambda: raw.decode("utf-8", "replace"))
        root = etree.fromstring(source.decode(raw, rule.encoding)[0], parser)
        content = next(found[0] for selector in rule.content if (found := selector.select(root)))
        etree.strip_elements(content, "script", "style", with_tail=False)
        return markdown.to_markdown(content)

    return floor


# Python may cache bytecode, as on a user's machine: a development environment that sets
# PYTHONDONTWRITEBYTECODE would otherwise recompile an editable install's modules on every run,
# while the other tool's installed modules come compiled.
CHILD_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def process_times(commands, page, runs=3):
    """Median wall time of each (command, environment) on `page`, the commands taking turns (a
    slow spell of a shared machine falls on all), after one untimed warm-up run each."""
    times = [[] for _ in commands]
    for run in range(runs + 1):
        for (command, env), seconds in zip(commands, times, strict=True):
            with page.open("rb") as stdin:
                start = time.perf_counter()
                subprocess.run(command, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               check=False, env=env)
                if run:
                    seconds.append(time.perf_counter() - start)
    return [statistics.median(s) for s in times]


def cli_table(corpus):
    """Needs both commands on PATH, or beside this interpreter (a virtual environment). cleaner
    is timed as a user runs it again and again, its compiled regexes kept from the run before
    (the warm-up run), and as it runs the first time, or with the cache turned off."""
    bindir = Path(sys.executable).parent
    found = {name: shutil.which(name) or (str(bindir / name) if (bindir / name).exists() else None)
             for name in ("cleaner", "trafilatura")}
    if not all(found.values()):
        return "whole-process times: skipped (cleaner or trafilatura not installed)"
    pages = sorted(Path(corpus).glob("*.html"))[:CLI_PAGES]
    commands = [([found["cleaner"], "clean", "-"], CHILD_ENV),
                ([found["cleaner"], "clean", "-"], {**CHILD_ENV, "CLEANER_CACHE_DIR": ""}),
                ([found["trafilatura"], "--markdown"], CHILD_ENV)]
    per_page = [process_times(commands, p) for p in pages]
    ours, uncached, theirs = (statistics.median(t[k] for t in per_page) for k in range(3))
    return (f"whole-process time, one page per process (median of {len(pages)} pages x3):\n"
            f"  cleaner clean -            {ours:6.3f} s   {ours / theirs:5.2f}x trafilatura's time\n"
            f"    without its regex cache  {uncached:6.3f} s   {uncached / theirs:5.2f}x"
            "   (a first run, or CLEANER_CACHE_DIR= set empty)\n"
            f"  trafilatura --markdown     {theirs:6.3f} s")
