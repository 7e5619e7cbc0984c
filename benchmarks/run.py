#!/usr/bin/env python3
"""Benchmark cleaner against trafilatura and readability-lxml.

    python benchmarks/run.py [CORPUS_DIR ...] [--systems ...] [--limit N]
                             [--json FILE] [--worst N] [--dump DIR] [--no-memory]

A corpus directory holds `ID.html` (raw bytes) next to `ID.json` (expected
article text in `body`, or `articleBody` as in the ScrapingHub benchmark).
Every system reads the same raw bytes in the same process; accuracy is scored
on plain text, speed times only the extraction call, and peak memory comes
from one child process per system (see README.md for the exact definitions).
"""

from __future__ import annotations

import argparse
import gc
import json
import logging
import platform
import re
import resource
import statistics
import subprocess
import sys
import time
import warnings
from collections import Counter
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
# ScrapingHub's real pages (shared, not in the repository), then our republished pages.
DEFAULT_CORPORA = [REPO_ROOT.parent / "shared" / "bench" / "scrapinghub",
                   *(REPO_ROOT / "benchmarks" / "corpora" / name for name in ("zh", "en", "intl", "zh-text", "text"))]
SYSTEMS = ("cleaner", "trafilatura", "readability")
REFERENCE_SYSTEM = "trafilatura"
SHINGLE_SIZE = 4


# --------------------------------------------------------------------------
# Corpus


@dataclass
class Page:
    """One benchmark page: its raw HTML bytes and the text it should give."""

    page_id: str
    html_path: Path
    expected: str
    url: str | None = None
    lang: str | None = None
    raw: bytes = b""
    attribution: dict | None = None  # the expected title, source, date...: see attribution.py


def expected_credits(corpus: Path) -> dict:
    """The expected attribution of a corpus that does not carry its own (ScrapingHub's), kept
    in this repository as benchmarks/corpora/NAME-attribution.json: page id -> fields."""
    path = REPO_ROOT / "benchmarks" / "corpora" / f"{corpus.name}-attribution.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def load_pages(corpus: Path, limit: int | None, read_html: bool = True) -> list[Page]:
    """Pair every `ID.html` (or scraped text, `ID.txt`) with its `ID.json`, in a stable
    (sorted) order.

    Sorting keeps `--limit N` reproducible; pages without ground truth are
    skipped because they cannot be scored.
    """
    pages = []
    credits = expected_credits(corpus)
    for html_path in sorted([*corpus.glob("*.html"), *corpus.glob("*.txt")]):
        json_path = html_path.with_suffix(".json")
        if not json_path.is_file():
            continue
        truth = json.loads(json_path.read_text(encoding="utf-8"))
        expected = truth.get("body", truth.get("articleBody")) or ""
        page = Page(html_path.stem, html_path, expected, truth.get("url"), truth.get("lang"))
        if "attribution" in truth:
            page.attribution = {"title": truth.get("title"), **truth["attribution"]}
        elif html_path.stem in credits:
            page.attribution = credits[html_path.stem]
        if read_html:
            page.raw = html_path.read_bytes()
        pages.append(page)
        if limit is not None and len(pages) >= limit:
            break
    return pages


# --------------------------------------------------------------------------
# Systems: each factory imports its library lazily (so a memory probe loads
# only one) and returns a function from raw HTML bytes to Markdown.


def make_cleaner():
    """cleaner's generic path; the repo root goes first on sys.path so the
    working copy is measured, not some installed version."""
    sys.path.insert(0, str(REPO_ROOT))
    from cleaner import clean

    def extract(raw: bytes) -> str:
        return clean(raw, url=None, site_rules=False).body

    return extract


def make_trafilatura():
    """trafilatura gets raw bytes: its own decoding (UTF-8 first, then charset
    detection) is what it does by default for fetched pages."""
    import trafilatura

    def extract(raw: bytes) -> str:
        result = trafilatura.extract(raw, include_comments=False, output_format="markdown")
        return result or ""

    return extract


def make_readability():
    """readability-lxml also gets raw bytes (it decodes by the declared charset,
    then chardet); html2text turns its HTML summary into Markdown."""
    import html2text
    from readability import Document

    def extract(raw: bytes) -> str:
        converter = html2text.HTML2Text()
        converter.body_width = 0
        converter.unicode_snob = True
        return converter.handle(Document(raw).summary(html_partial=True))

    return extract


FACTORIES = {
    "cleaner": make_cleaner,
    "trafilatura": make_trafilatura,
    "readability": make_readability,
}


def quiet_libraries() -> None:
    """Library log lines and warnings would drown the table, and emitting them
    costs time that should not count against whichever system logs most."""
    logging.disable(logging.CRITICAL)
    warnings.simplefilter("ignore")


# --------------------------------------------------------------------------
# Markdown -> plain text. Only `\w` characters matter to the scores, so the
# point is to drop text that is markup (URLs, image alt text, fence info
# strings, list numbers) and to unglue `_emphasis_`, as `_` is a word char.

_LINK_DEST = r"\((?:<[^>\n]*>|[^()\s]*(?:\([^()\s]*\)[^()\s]*)*)(?:\s+\"[^\"\n]*\")?\)"
_LINK_TEXT = r"\[((?:\\.|[^\]\\])*)\]"
_INLINE_RULES = [
    (re.compile(r"!" + _LINK_TEXT + "(?:" + _LINK_DEST + r"|\[[^\]]*\])"), ""),
    (re.compile(_LINK_TEXT + _LINK_DEST), r"\1"),
    (re.compile(_LINK_TEXT + r"\[[^\]]*\]"), r"\1"),
    (re.compile(r"<((?:https?|ftp)://[^>\s]+|[^>\s@]+@[^>\s]+)>"), r"\1"),
    (re.compile(r"(?<!\\)</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>"), ""),  # not "\<Title: Sub\>", text
    (re.compile(r"(?<![\w\\])(_{1,3})(?=\S)(.+?)(?<=\S)(?<!\\)\1(?!\w)"), r"\2"),
    (re.compile(r"(?<!\\)(?:\*+|~~|`+)"), ""),
    (re.compile(r"(?<!\\)\|"), " "),
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~<\"'])"), r"\1"),
]
_FRONT_MATTER = re.compile(r"\A---\n[\w-]+:.*?\n(?:---|\.\.\.)\n", re.S)
_FENCE = re.compile(r" {0,3}(?:```|~~~)")
_DROPPED_LINE = re.compile(
    r" {0,3}(?:\[[^\]]+\]:\s+\S.*"  # link reference definition
    r"|([-*_=])(?:\s*\1){2,}\s*"  # thematic break, setext underline
    r"|[\s|:-]*-{2,}[\s|:-]*)$"  # table delimiter row
)
_HEADING = re.compile(r" {0,3}#{1,6}(?:\s+|$)(.*?)(?:\s+#+)?\s*$")
_CONTAINER_MARKER = re.compile(r"\s*(?:>\s?|[-*+]\s+|\d{1,9}\.\s+)")


def _strip_line_markup(line: str) -> str | None:
    """Text of one line without its block markers; None drops the line.

    A heading keeps a leading "1." (it is text, as in "## 1. Eat less");
    only list items lose it. Only "N." counts as an ordered-list marker:
    html2text writes "N)" unescaped when it is plain text.
    """
    if _FENCE.match(line) or _DROPPED_LINE.match(line):
        return None
    heading = _HEADING.match(line)
    if heading:
        return heading.group(1)
    while marker := _CONTAINER_MARKER.match(line):
        line = line[marker.end() :]
    return line.rstrip()


def markdown_to_text(markdown: str) -> str:
    """Reduce Markdown to the text a reader sees, keeping link text."""
    text = _FRONT_MATTER.sub("", markdown.replace("\r\n", "\n"))
    lines = (_strip_line_markup(line) for line in text.split("\n"))
    text = "\n".join(line for line in lines if line is not None)
    for pattern, replacement in _INLINE_RULES:
        text = pattern.sub(replacement, text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


# --------------------------------------------------------------------------
# Scoring

_WORD = re.compile(r"\w+")
# Han, Hiragana, Katakana and Hangul: these scripts do not separate words by
# spaces, so `\w+` would make a whole sentence one token.
_CJK = (
    "\u1100-\u11ff\u2e80-\u2fdf\u3005-\u3007\u3021-\u3029\u3040-\u30ff"
    "\u3130-\u318f\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f"
    "\uac00-\ud7ff\uf900-\ufaff\uff66-\uffdc\U0001b000-\U0001b16f"
    "\U00020000-\U0003134f"
)
_CJK_AWARE_TOKEN = re.compile(rf"(?=\w)[{_CJK}]|[^\W{_CJK}]+")


def shingles(text: str, size: int = SHINGLE_SIZE) -> Counter:
    """Multiset of `size`-token windows over `\\w+` tokens, as the ScrapingHub
    benchmark counts them: a shorter text is one shingle of all its tokens,
    an empty one has none."""
    tokens = _WORD.findall(text)
    count = max(1, len(tokens) - size + 1) if tokens else 0
    return Counter(tuple(tokens[i : i + size]) for i in range(count))


def cjk_tokens(text: str) -> Counter:
    """Bag of tokens where each CJK character counts alone."""
    return Counter(_CJK_AWARE_TOKEN.findall(text))


def overlap(expected: Counter, predicted: Counter) -> tuple[int, int, int]:
    """True positives, false positives and false negatives of two multisets."""
    tp = sum((expected & predicted).values())
    return tp, sum(predicted.values()) - tp, sum(expected.values()) - tp


def ratio(part: float, whole: float) -> float | None:
    """A ratio that is undefined (None) rather than 0 when `whole` is 0."""
    return part / whole if whole else None


def f1_score(precision: float | None, recall: float | None) -> float:
    """Harmonic mean; an undefined side counts as 0."""
    precision, recall = precision or 0.0, recall or 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def macro_average(counts: list[tuple[int, int, int]]) -> dict:
    """Mean per-page precision and recall, then F1 of the means.

    As in the ScrapingHub benchmark, a page enters the precision mean only
    if the prediction is non-empty (tp + fp > 0), and the recall mean only if
    the expected text is non-empty (tp + fn > 0): an empty output costs
    recall, never precision.
    """
    precisions = [ratio(tp, tp + fp) for tp, fp, _ in counts if tp + fp]
    recalls = [ratio(tp, tp + fn) for tp, _, fn in counts if tp + fn]
    precision = statistics.mean(precisions) if precisions else 0.0
    recall = statistics.mean(recalls) if recalls else 0.0
    return {"precision": precision, "recall": recall, "f1": f1_score(precision, recall)}


def score_page(expected: str, predicted_markdown: str) -> dict:
    """Both metrics' counts for one page; per-page P/R/F1 of the shingles
    are kept for the `--worst` listing."""
    predicted = markdown_to_text(predicted_markdown)
    shingle_counts = overlap(shingles(expected), shingles(predicted))
    token_counts = overlap(cjk_tokens(expected), cjk_tokens(predicted))
    tp, fp, fn = shingle_counts
    precision, recall = ratio(tp, tp + fp), ratio(tp, tp + fn)
    return {
        "shingles": shingle_counts,
        "tokens": token_counts,
        "precision": precision,
        "recall": recall,
        "f1": f1_score(precision, recall),
        "expected_words": len(_WORD.findall(expected)),
        "predicted_words": len(_WORD.findall(predicted)),
    }


# --------------------------------------------------------------------------
# Running


@dataclass
class SystemRun:
    """What one system produced on a corpus, and how long extraction took."""

    name: str
    outputs: dict[str, str] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)


def run_systems(extractors: dict, pages: list[Page], rounds: int) -> list[SystemRun]:
    """Run every system on every page, `rounds` times, timing only the calls.

    The systems take turns on each page (in an order that rotates) and a page's time is its
    fastest round: on a shared machine a slow spell then falls on all systems alike instead of
    on whichever ran through the corpus at that moment. Outputs come from the first round.
    One untimed warm-up call per system first, so imports and caches filled on first use do
    not count as per-page cost. An exception makes the output empty; its type is kept to tell
    refusals (CleanerError) from crashes.
    """
    runs = {name: SystemRun(name) for name in extractors}
    for extract in extractors.values():
        try:
            extract(pages[0].raw)
        except Exception:  # the warm-up result is not used
            pass
    gc.collect()
    names = list(extractors)
    for round_no in range(rounds):
        for n, page in enumerate(pages):
            shift = (n + round_no) % len(names)
            for name in names[shift:] + names[:shift]:
                run = runs[name]
                started = time.perf_counter()
                try:
                    output = extractors[name](page.raw)
                except Exception as exc:  # any failure is an empty prediction
                    output = ""
                    run.errors[page.page_id] = f"{type(exc).__name__}: {exc}"[:200]
                seconds = time.perf_counter() - started
                run.seconds[page.page_id] = min(seconds, run.seconds.get(page.page_id, seconds))
                if round_no == 0:
                    run.outputs[page.page_id] = output or ""
    return list(runs.values())


def summarize(run: SystemRun, pages: list[Page]) -> dict:
    """Corpus-level metrics plus per-page scores for one system."""
    per_page = {page.page_id: score_page(page.expected, run.outputs[page.page_id]) for page in pages}
    shingle = macro_average([s["shingles"] for s in per_page.values()])
    token = macro_average([s["tokens"] for s in per_page.values()])
    total_seconds = sum(run.seconds.values())
    for page_id, score in per_page.items():
        score["seconds"] = run.seconds[page_id]
        score["error"] = run.errors.get(page_id)
    return {
        "shingle": shingle,
        "token": token,
        "pages_per_second": len(pages) / total_seconds if total_seconds else None,
        "empty_outputs": sum(1 for s in per_page.values() if not s["predicted_words"]),
        "errors": Counter(e.split(":", 1)[0] for e in run.errors.values()),
        "pages": per_page,
    }


# --------------------------------------------------------------------------
# Peak memory: one child process per system, so that libraries imported and
# memory held by one system never show up in another's peak.


def peak_rss_mb() -> float:
    """This process's peak resident set size in MB.

    On Linux this is VmHWM, the high-water mark of the process's own address
    space: ru_maxrss would also carry over the parent's RSS at fork time (the
    kernel keeps it across exec), so every child would report at least the
    size of this benchmark's parent process.
    """
    try:
        status = Path("/proc/self/status").read_text()
        return int(re.search(r"^VmHWM:\s+(\d+) kB", status, re.M).group(1)) / 1024
    except (OSError, AttributeError):
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def memory_probe(system: str, corpus: Path, limit: int | None) -> None:
    """Child side: run one system over the corpus, print peak RSS as JSON.

    Pages are read one at a time so the corpus size does not inflate the
    peak; `none` measures the interpreter and this script alone.
    """
    quiet_libraries()
    extract = FACTORIES[system]() if system != "none" else None
    for page in load_pages(corpus, limit, read_html=False):
        if extract is not None:
            try:
                extract(page.html_path.read_bytes())
            except Exception:  # only memory is measured here
                pass
    print(json.dumps({"system": system, "peak_mb": peak_rss_mb()}))


def measure_memory(system: str, corpus: Path, limit: int | None) -> float | None:
    """Parent side: start the child and read its answer (None if it failed)."""
    command = [sys.executable, str(Path(__file__).resolve()), str(corpus), "--memory-probe", system]
    if limit is not None:
        command += ["--limit", str(limit)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    try:
        return json.loads(done.stdout.strip().splitlines()[-1])["peak_mb"]
    except (IndexError, ValueError, KeyError):
        tail = done.stderr.strip().splitlines()[-1:] or ["no output"]
        print(f"  memory probe for {system} failed: {tail[0]}", file=sys.stderr)
        return None


# --------------------------------------------------------------------------
# Reporting


def fmt(value: float | None, spec: str = ".3f", suffix: str = "") -> str:
    """Format a number, or '-' when it could not be measured."""
    return "-" if value is None else f"{value:{spec}}{suffix}"


def format_table(results: dict[str, dict]) -> str:
    """The per-corpus table, columns aligned, numbers right-aligned."""
    reference = results.get(REFERENCE_SYSTEM, {}).get("pages_per_second")
    header = [
        "system",
        "shingle P",
        "shingle R",
        "shingle F1",
        "token F1",
        "pages/s",
        "× trafilatura",
        "peak MB",
    ]
    rows = [header]
    for name, result in results.items():
        speed = result["pages_per_second"]
        rows.append(
            [
                name,
                fmt(result["shingle"]["precision"]),
                fmt(result["shingle"]["recall"]),
                fmt(result["shingle"]["f1"]),
                fmt(result["token"]["f1"]),
                fmt(speed, ".1f"),
                fmt(ratio(speed, reference) if speed and reference else None, ".2f", "×"),
                fmt(result.get("peak_mb"), ".0f"),
            ]
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = []
    for row in rows:
        cells = [row[0].ljust(widths[0])]
        cells += [cell.rjust(width) for cell, width in zip(row[1:], widths[1:], strict=True)]
        lines.append("  ".join(cells))
    lines.insert(1, "-" * len(lines[0]))
    return "\n".join(lines)


def format_failures(results: dict[str, dict]) -> str:
    """One line per system: how many outputs were empty, and what raised."""
    lines = []
    for name, result in results.items():
        raised = ", ".join(f"{kind} ×{n}" for kind, n in result["errors"].most_common())
        lines.append(f"  {name}: {result['empty_outputs']} empty output(s)" + (f"; raised: {raised}" if raised else ""))
    return "\n".join(lines)


def format_worst(results: dict[str, dict], pages: list[Page], count: int) -> str:
    """cleaner's lowest-F1 pages, with trafilatura's F1 on the same page for
    contrast (a page every system fails is less telling than one only
    cleaner fails)."""
    scores = results["cleaner"]["pages"]
    reference = results.get(REFERENCE_SYSTEM, {}).get("pages")
    by_id = {page.page_id: page for page in pages}
    worst = sorted(scores, key=lambda page_id: (scores[page_id]["f1"], page_id))[:count]
    lines = [f"cleaner's {len(worst)} worst pages by shingle F1 (P '-' = empty output; words = predicted/expected):"]
    for page_id in worst:
        score = scores[page_id]
        contrast = f"  traf F1 {reference[page_id]['f1']:.2f}" if reference else ""
        lines.append(
            f"  {page_id[:16]}  P {fmt(score['precision'], '.2f')}  "
            f"R {fmt(score['recall'], '.2f')}  F1 {score['f1']:.2f}{contrast}  "
            f"words {score['predicted_words']}/{score['expected_words']}  "
            f"{by_id[page_id].lang or '?'}  {by_id[page_id].url or ''}"
            + (f"\n      {score['error']}" if score["error"] else "")
        )
    return "\n".join(lines)


def dump_outputs(runs: list[SystemRun], corpus: Path, directory: Path) -> None:
    """Write each system's raw Markdown per page, for reading side by side:
    DIR/CORPUS/SYSTEM/ID.md, and the exceptions in DIR/CORPUS/SYSTEM/errors.tsv."""
    for run in runs:
        target = directory / corpus.name / run.name
        target.mkdir(parents=True, exist_ok=True)
        for page_id, output in run.outputs.items():
            (target / f"{page_id}.md").write_text(output, encoding="utf-8")
        errors = "".join(f"{page_id}\t{error}\n" for page_id, error in run.errors.items())
        (target / "errors.tsv").write_text(errors, encoding="utf-8")


def json_ready(results: dict[str, dict]) -> dict[str, dict]:
    """Results with Counters made plain, for `--json`."""
    return {name: {**result, "errors": dict(result["errors"])} for name, result in results.items()}


def environment() -> dict:
    """Versions that explain differences between two saved runs."""
    versions = {}
    for package in ("trafilatura", "readability-lxml", "html2text", "lxml"):
        try:
            versions[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            versions[package] = None
    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "date": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "versions": versions,
    }


# --------------------------------------------------------------------------
# Command line


def load_systems(names: list[str]) -> tuple[dict, list[str]]:
    """Build the requested extractors; a system that cannot be imported (the
    engine may be mid-edit) is reported and left out, not fatal."""
    extractors, missing = {}, []
    for name in names:
        try:
            extractors[name] = FACTORIES[name]()
        except Exception as exc:  # report any import failure
            print(f"{name}: unavailable ({type(exc).__name__}: {exc})", file=sys.stderr)
            missing.append(name)
    return extractors, missing


def benchmark_corpus(corpus: Path, extractors: dict, args) -> dict | None:
    """Run, score and report one corpus; None when it has no scorable page."""
    pages = load_pages(corpus, args.limit)
    if not pages:
        print(f"skipped: no ID.html (or ID.txt) + ID.json pairs in {corpus}")
        return None
    print(f"\n{corpus}  ({len(pages)} pages)")
    runs = run_systems(extractors, pages, args.rounds)
    results = {run.name: summarize(run, pages) for run in runs}
    if args.memory:
        for name, result in results.items():
            result["peak_mb"] = measure_memory(name, corpus, args.limit)
        baseline = measure_memory("none", corpus, args.limit)
    print(format_table(results))
    if args.memory:
        print(
            f"  peak MB: one child process per system, pages read one at a time; "
            f"the bare interpreter + this script peak at {fmt(baseline, '.0f')} MB"
        )
    print(format_failures(results))
    if args.worst and "cleaner" in results:
        print(format_worst(results, pages, args.worst))
    elif args.worst:
        print("  --worst lists cleaner's pages, and cleaner did not run")
    credited = [page for page in pages if page.attribution]
    if credited:
        import attribution

        scores = {name: attribution.score(name, [(p.page_id, p.raw, p.url, p.attribution) for p in credited])
                  for name in extractors}
        print(attribution.format_table({name: table for name, (table, _) in scores.items()}))
        if args.worst and "cleaner" in scores:
            print(attribution.format_misses(scores["cleaner"][1], args.worst))
        for name, (table, _) in scores.items():
            results[name]["attribution"] = table
    if args.dump:
        dump_outputs(runs, corpus, args.dump)
        print(f"  outputs written under {args.dump / corpus.name}")
    return {"corpus": str(corpus), "pages": len(pages), "systems": json_ready(results)}


def parse_systems(value: str) -> list[str]:
    """`--systems a,b`: known names only, in the order given."""
    names = [name.strip() for name in value.split(",") if name.strip()]
    unknown = [name for name in names if name not in FACTORIES]
    if unknown or not names:
        raise argparse.ArgumentTypeError(
            f"unknown system(s) {', '.join(unknown) or '(none)'}; choose from {', '.join(SYSTEMS)}"
        )
    return names


def positive_int(value: str) -> int:
    """`--limit 0` would silently benchmark nothing."""
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Options as documented in benchmarks/README.md."""
    parser = argparse.ArgumentParser(
        description="Benchmark cleaner, trafilatura and readability-lxml on "
        "article-extraction corpora (ID.html or ID.txt + ID.json)."
    )
    parser.add_argument(
        "corpora",
        nargs="*",
        type=Path,
        metavar="CORPUS_DIR",
        help=f"corpus directories (default: {' and '.join(map(str, DEFAULT_CORPORA))})",
    )
    parser.add_argument(
        "--systems",
        type=parse_systems,
        default=list(SYSTEMS),
        help=f"comma-separated subset of {','.join(SYSTEMS)}",
    )
    parser.add_argument("--limit", type=positive_int, metavar="N", help="only the first N pages")
    parser.add_argument("--rounds", type=positive_int, default=3, metavar="N",
                        help="time each page N times, systems taking turns, and keep the fastest (default 3)")
    parser.add_argument("--json", type=Path, metavar="FILE", help="save all results as JSON")
    parser.add_argument(
        "--worst", type=positive_int, default=0, metavar="N", help="list the N pages where cleaner scores lowest"
    )
    parser.add_argument("--dump", type=Path, metavar="DIR", help="write every system's Markdown per page under DIR")
    parser.add_argument("--no-memory", dest="memory", action="store_false", help="skip the peak-memory child processes")
    parser.add_argument("--no-speed", dest="speed", action="store_false",
                        help="skip the site-rule path and whole-process timings (benchmarks/speed.py)")
    parser.add_argument("--memory-probe", choices=[*SYSTEMS, "none"], help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Exit 0 when done or when no corpus is present (the corpus is not part
    of the repo); 1 when a requested system could not be imported."""
    args = parse_args(argv)
    corpora = args.corpora or DEFAULT_CORPORA
    if args.memory_probe:
        memory_probe(args.memory_probe, corpora[0], args.limit)
        return 0
    present = [corpus for corpus in corpora if corpus.is_dir()]
    for corpus in corpora:
        if corpus not in present:
            print(f"skipped: corpus not found: {corpus}")
    if not present:
        return 0
    quiet_libraries()
    extractors, missing = load_systems(args.systems)
    if not extractors:
        return 1
    reports = [report for corpus in present if (report := benchmark_corpus(corpus, extractors, args))]
    if args.speed and "cleaner" in extractors and REFERENCE_SYSTEM in extractors:
        import speed

        print("\n" + speed.rule_path_table())
        print("\n" + speed.ftr_rule_path_table(present[0]))
        print("\n" + speed.cli_table(present[0]))
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "environment": environment(),
                    "systems": list(extractors),
                    "unavailable": missing,
                    "corpora": reports,
                },
                indent=1,
                ensure_ascii=False,
            )
        )
        print(f"\nresults saved to {args.json}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
