"""Speed checks beside the accuracy table, run by benchmarks/run.py.

- The site-rule path: the samples/ pages that a bundled rule with a content selector matches,
  cleaned with their rule, against trafilatura on the same pages, in the same process.
- Whole processes: `cleaner clean PAGE` against `trafilatura --markdown < PAGE`, the way both
  are used in pipes, median wall time over a few corpus pages.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import time
import tomllib
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
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


def pages_per_second(extract, pages, rounds=ROUNDS):
    extract(*pages[0])  # warm-up: imports, compiled patterns
    start = time.perf_counter()
    for _ in range(rounds):
        for raw, url in pages:
            extract(raw, url)
    return rounds * len(pages) / (time.perf_counter() - start)


def rule_path_table():
    import trafilatura

    from cleaner import clean

    pages = rule_pages()
    if not pages:
        return "site-rule path: no sample page matched a rule with a content selector"
    ours = pages_per_second(lambda raw, url: clean(raw, url=url).body, pages)
    theirs = pages_per_second(
        lambda raw, url: trafilatura.extract(raw, url=url, include_comments=False, output_format="markdown"),
        pages)
    return (f"site-rule path ({len(pages)} sample pages with a content-selector rule, x{ROUNDS}):\n"
            f"  cleaner (rules)  {ours:8.1f} pages/s   {ours / theirs:5.2f}x trafilatura\n"
            f"  trafilatura      {theirs:8.1f} pages/s")


def median_process_time(command, page):
    times = []
    for _ in range(3):
        with page.open("rb") as stdin:
            start = time.perf_counter()
            subprocess.run(command, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                           check=False)
            times.append(time.perf_counter() - start)
    return statistics.median(times)


def cli_table(corpus):
    """Needs both commands on PATH, or beside this interpreter (a virtual environment)."""
    bindir = Path(sys.executable).parent
    found = {name: shutil.which(name) or (str(bindir / name) if (bindir / name).exists() else None)
             for name in ("cleaner", "trafilatura")}
    if not all(found.values()):
        return "whole-process times: skipped (cleaner or trafilatura not installed)"
    pages = sorted(Path(corpus).glob("*.html"))[:CLI_PAGES]
    ours = statistics.median(median_process_time([found["cleaner"], "clean", "-"], p) for p in pages)
    theirs = statistics.median(median_process_time([found["trafilatura"], "--markdown"], p) for p in pages)
    return (f"whole-process time, one page per process (median of {len(pages)} pages x3):\n"
            f"  cleaner clean -            {ours:6.3f} s   {ours / theirs:5.2f}x trafilatura's time\n"
            f"  trafilatura --markdown     {theirs:6.3f} s")
