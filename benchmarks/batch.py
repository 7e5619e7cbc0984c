#!/usr/bin/env python3
"""Throughput of `cleaner batch` against trafilatura's CLI on the same pages, in one run.

    python benchmarks/batch.py [CORPUS_DIR] [--per-file N]

CORPUS_DIR (default ../shared/bench/scrapinghub) holds `*.html` pages; only those are copied
to a scratch input directory, so every system reads the same files. Each system runs as a
real process from a cold start, writing to its own empty output directory; pages/s is pages
divided by wall-clock seconds. The per-file rows run one process per page over the first N
pages (default 30) and extrapolate. `ratio` is pages/s over trafilatura --input-dir's.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from speed import CHILD_ENV  # children may cache bytecode, as on a user's machine

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO_ROOT.parent / "shared" / "bench" / "scrapinghub"
PYTHON = sys.executable
TRAFILATURA = str(Path(sys.executable).with_name("trafilatura"))
CLEANER = [PYTHON, str(REPO_ROOT / "cli.py")]
REFERENCE = "trafilatura --input-dir"



def timed(cmd, stdin=None):
    """Wall-clock seconds for one command; its failures are the system's, not ours."""
    start = time.perf_counter()
    subprocess.run(cmd, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=CHILD_ENV)
    return time.perf_counter() - start


def whole_dir(name, cmd_for, pages, scratch):
    out = tempfile.mkdtemp(prefix="out-", dir=scratch)
    seconds = timed(cmd_for(out))
    return name, len(pages) / seconds


def per_file(name, cmd_for, pages, scratch):
    """One process per page: the cost of calling a CLI from a shell loop."""
    seconds = 0.0
    for page in pages:
        with page.open("rb") as f:
            seconds += timed(cmd_for(page, scratch / "per-file.out"), stdin=f)
    return name, len(pages) / seconds


def run(corpus, n_per_file):
    pages_src = sorted(corpus.glob("*.html"))
    with tempfile.TemporaryDirectory(prefix="bench-batch-") as tmp:
        scratch = Path(tmp)
        inputs = scratch / "in"
        inputs.mkdir()
        for page in pages_src:
            shutil.copyfile(page, inputs / page.name)
        pages = sorted(inputs.iterdir())
        subset = pages[:n_per_file]
        batch = [*CLEANER, "batch", str(inputs), "--force", "--quiet", "-o"]
        traf = [TRAFILATURA, "--input-dir", str(inputs), "--output-dir"]
        rows = [
            whole_dir("cleaner batch --jobs 1", lambda o: [*batch, str(o), "--jobs", "1"], pages, scratch),
            whole_dir("cleaner batch --jobs 2", lambda o: [*batch, str(o), "--jobs", "2"], pages, scratch),
            whole_dir(REFERENCE, lambda o: [*traf, str(o)], pages, scratch),
            whole_dir("trafilatura --input-dir --parallel 2", lambda o: [*traf, str(o), "--parallel", "2"],
                      pages, scratch),
            per_file(f"cleaner clean, once per file ({len(subset)})",
                     lambda p, o: [*CLEANER, "clean", str(p), "-o", str(o)], subset, scratch),
            per_file(f"trafilatura, once per file ({len(subset)})", lambda p, o: [TRAFILATURA], subset, scratch),
        ]
    return len(pages), rows


def print_table(n_pages, rows):
    reference = dict(rows)[REFERENCE]
    width = max(len(name) for name, _ in rows)
    print(f"{n_pages} pages")
    print(f"{'system':<{width}}  {'pages/s':>8}  {'ratio':>6}")
    for name, rate in rows:
        print(f"{name:<{width}}  {rate:>8.1f}  {rate / reference:>6.2f}")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--per-file", type=int, default=30, metavar="N",
                        help="pages for the one-process-per-page rows (default 30)")
    args = parser.parse_args(argv)
    if not any(args.corpus.glob("*.html")):
        print(f"skipping: no *.html pages in {args.corpus}")
        return 0
    if not Path(TRAFILATURA).exists():
        print(f"skipping: {TRAFILATURA} not found")
        return 0
    print_table(*run(args.corpus, args.per_file))
    return 0


if __name__ == "__main__":
    sys.exit(main())
