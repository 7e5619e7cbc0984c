"""Is a change faster? Two versions of cleaner's generic path, in one process, on the same pages.

    python benchmarks/ab.py REV             # REV (a git revision) against the working tree
    python benchmarks/ab.py REV1 REV2       # two revisions
    python benchmarks/ab.py HEAD --corpus benchmarks/corpora/zh --rounds 8

Each version's `cleaner/` and `rules/` are copied into a temporary directory as packages of their
own (cleaner_a, cleaner_b), so both run in this process. Each page is cleaned by both in turn, the
order alternating from round to round, and its fastest time is kept: what the machine does at
the moment (it varies by 10% from one run to the next here) weighs on both alike. Profilers and
timed wrappers mislead at this scale; they said a change would save 9% that saved 1.4%.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import io
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPORA = (REPO_ROOT.parent / "shared" / "bench" / "scrapinghub", REPO_ROOT / "benchmarks" / "corpora" / "en")


def export(revision, package, into):
    """`cleaner/` and `rules/` of a revision (None: the working tree) as the package `package`."""
    target = into / package
    if revision is None:
        shutil.copytree(REPO_ROOT / "cleaner", target, ignore=shutil.ignore_patterns("__pycache__"))
        shutil.copytree(REPO_ROOT / "rules", target / "bundled_rules", ignore=shutil.ignore_patterns("__pycache__"))
        return
    archive = subprocess.run(["git", "-C", str(REPO_ROOT), "archive", "--format=tar", revision, "cleaner", "rules"],
                             capture_output=True, check=True).stdout
    staging = into / f"{package}.tree"
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(staging, filter="data")
    (staging / "cleaner").rename(target)
    (staging / "rules").rename(target / "bundled_rules")


@contextlib.contextmanager
def versions(a, b):
    """cleaner at revisions `a` and `b` (None: the working tree), imported as the packages
    cleaner_a and cleaner_b for the time of the block. Raises CalledProcessError when git
    cannot archive a revision."""
    with tempfile.TemporaryDirectory() as tmp:
        export(a, "cleaner_a", Path(tmp))
        export(b, "cleaner_b", Path(tmp))
        sys.path.insert(0, tmp)
        try:
            yield [importlib.import_module(package) for package in ("cleaner_a", "cleaner_b")]
        finally:
            sys.path.remove(tmp)


def archive_failed(e):
    print(f"error: git archive failed: {e.stderr.decode(errors='replace').strip()}", file=sys.stderr)
    return 1


def compare(versions, pages, rounds):
    """Each version's pages per second: the sum of every page's fastest time, over `rounds`."""
    best = [[float("inf")] * len(pages) for _ in versions]
    for clean, ruleset in versions:  # warm-up: imports, compiled patterns, the needle scanner
        _run(clean, ruleset, pages[0])
    for r in range(rounds):
        order = list(enumerate(versions)) if r % 2 == 0 else list(enumerate(versions))[::-1]
        for n, page in enumerate(pages):
            for k, (clean, ruleset) in order:
                start = time.perf_counter()
                _run(clean, ruleset, page)
                best[k][n] = min(best[k][n], time.perf_counter() - start)
    return [len(pages) / sum(times) for times in best]


def _run(clean, ruleset, page):
    try:
        clean(page, site_rules=False, ruleset=ruleset)
    except Exception:  # a page either version refuses costs what it costs, for both
        pass


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("a", help="the base revision")
    parser.add_argument("b", nargs="?", help="the revision to compare (default: the working tree)")
    parser.add_argument("--corpus", type=Path, help="a directory of ID.html pages "
                        "(default: ../shared/bench/scrapinghub, else benchmarks/corpora/en)")
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--limit", type=int, help="only the first N pages")
    args = parser.parse_args(argv)
    corpus = args.corpus or next((c for c in DEFAULT_CORPORA if c.is_dir()), None)
    if corpus is None or not corpus.is_dir():
        print(f"skipped: corpus not found: {corpus}")
        return 0
    pages = [p.read_bytes() for p in sorted(corpus.glob("*.html"))[:args.limit]]
    if not pages:
        print(f"skipped: no pages in {corpus}")
        return 0
    try:
        with versions(args.a, args.b) as packages:
            runs = [(package.clean, importlib.import_module(f"{package.__name__}.rules").load_ruleset(site_rules=False))
                    for package in packages]
            a, b = compare(runs, pages, args.rounds)
    except subprocess.CalledProcessError as e:
        return archive_failed(e)
    name = args.b or "the working tree"
    print(f"{corpus.name} ({len(pages)} pages, best of {args.rounds}): {args.a} {a:.1f} pages/s, "
          f"{name} {b:.1f} pages/s; {name} takes {a / b:.4f} of {args.a}'s time ({(a / b - 1) * 100:+.1f}%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
