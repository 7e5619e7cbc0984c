"""Cleaning whole trees: find inputs, mirror them under DEST, skip what is done, clean in parallel."""

from __future__ import annotations

import fnmatch
import hashlib
import json
import os
import re
import signal
import tempfile
import threading
import time
from collections import Counter, deque
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict, dataclass, field
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

from . import regexes
from .errors import CleanerError, InputError
from .output import same_file, write_atomic
from .source import MAX_INPUT_BYTES, read_file, read_record

# --------------------------------------------------------------------------------------------
# Batch cleaning: find inputs, mirror them under DEST, decide what to skip, clean in parallel.
#
# Nothing here prints or exits: the CLI consumes `run_batch()`'s stream of `Outcome`s and does
# the talking. Memory stays flat: inputs are found by a lazy walk and outcomes are yielded, not
# kept.

EXTENSIONS = (".html", ".htm", ".shtml", ".xhtml", ".mhtml", ".mht", ".eml", ".txt", ".warc")  # (MHTML: a browser's
# saved page; WARC: a crawl's web archive, whose every page is an input of its own)
ARCHIVES = (".warc", ".warc.gz")
JSON_LINES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")  # a scraper's records: inputs when named
DEFAULT_PATTERNS = tuple(f"*{ext}{gz}" for ext in EXTENSIONS for gz in ("", ".gz"))
OUTPUT_EXTENSIONS = {"markdown": ".md", "json": ".json"}
MANIFEST_NAME = ".cleaner-batch.json"
# A directory named like a host (as wget --mirror and HTTrack save a site: host/path/page.html),
# not like a file (a walked tree's "chart.js", "notes.md", "backup.old").
HOST_DIRECTORY = regexes.compile(r"(?i)(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?!(?:js|py|md|txt|html?|php|aspx?|jsp"
                                 r"|json|xml|css|zip|gz|tar|bak|old|orig|tmp|d)$)[a-z]{2,24}\.?")
PATH_CHARS = "/?=&%:@+,;!$'()*~"  # as a saved page's path has them: wget keeps a query in its file's name
DEFAULT_TIMEOUT = 60.0


class BatchError(CleanerError):
    """The batch as a whole cannot run (unsafe or clashing SRC/DEST): a usage error."""


@dataclass(frozen=True)
class Options:
    """What shapes an output; its fingerprint decides whether an old output can be kept."""

    fmt: str = "markdown"
    rules_dirs: tuple[str, ...] = ()
    site_rules: bool = True

    def fingerprint(self):
        """Tool version, options and the state of every rule file in force: change any one
        and earlier outputs are stale."""
        from . import __version__
        from .rules import bundled_rules_dir, rule_files

        rules = []
        for directory in (bundled_rules_dir(), *self.rules_dirs):
            rules.append([str(Path(directory).resolve())] + [
                [p.name, p.stat().st_mtime_ns, p.stat().st_size] for p in rule_files(directory)])
        state = {"version": __version__, "format": self.fmt, "site_rules": self.site_rules,
                 "rules": rules}
        return hashlib.sha256(json.dumps(state, sort_keys=True).encode()).hexdigest()[:16]


@dataclass(frozen=True)
class Job:
    """One input and the output it mirrors to: a file, one page of a web archive (the record's
    offset and length in the file, and the address it was fetched from) or one record of a JSON
    Lines file (its bytes, and the address it gives)."""

    path: str
    output: str
    record: tuple[int, int] | None = None
    url: str | None = None
    data: bytes | None = None

    def outcome(self, status, **details):
        return Outcome(self.path, self.output, status, url=self.url, **details)


@dataclass
class Outcome:
    """What happened to one input: one line of the report."""

    path: str
    output: str
    status: str  # cleaned | skipped | failed
    url: str | None = None  # a web archive's page: the address its record holds
    rule: str | None = None  # rule file name, or "generic"
    attribution: dict = field(default_factory=dict)
    warnings: tuple[str, ...] = ()
    removed: int = 0
    bytes_in: int = 0
    bytes_out: int = 0
    ms: int = 0
    error: str | None = None

    def record(self):
        return asdict(self) | {"warnings": list(self.warnings)}


@dataclass
class Summary:
    """Running totals for the closing lines; bounded by the number of rules, not of files."""

    cleaned: int = 0
    skipped: int = 0
    failed: int = 0
    generic: int = 0
    warnings: int = 0
    rules: Counter = field(default_factory=Counter)

    def add(self, outcome):
        setattr(self, outcome.status, getattr(self, outcome.status) + 1)
        if outcome.status == "cleaned":
            self.warnings += len(outcome.warnings)
            if outcome.rule == "generic":
                self.generic += 1
            else:
                self.rules[outcome.rule] += 1


# ---- finding inputs ------------------------------------------------------------------------

def check_destination(sources, dest):
    """Refuse a DEST that is a SRC directory or an input file, or SRC names that would clash
    under DEST. Returns the output root for each SRC (one SRC mirrors straight into DEST;
    several each get DEST/<name>/)."""
    dest = Path(dest)
    if dest.exists() and not dest.is_dir():
        raise BatchError(f"{dest}: DEST is not a directory")
    names = {}
    for src in sources:
        if not os.path.lexists(src):
            raise BatchError(f"{src}: no such file or directory")
        if same_file(src, dest):
            raise BatchError(f"{src}: DEST is this input; choose a separate directory")
        name = Path(src).resolve().name
        if len(sources) > 1 and name in names:
            raise BatchError(f"{src}: same name as {names[name]}; both would go to {dest / name}")
        names[name] = src
    return [dest / Path(src).resolve().name if len(sources) > 1 else dest for src in sources]


def matches(rel, patterns):
    """A glob matches the path relative to its SRC (`*` crosses `/`) or just the file name."""
    return any(fnmatch.fnmatch(rel, p) or fnmatch.fnmatch(rel.rsplit("/", 1)[-1], p) for p in patterns)


def output_name(name, fmt, full=False):
    """`a.html` and `a.txt.gz` become `a.md`; `full` keeps the whole name (`a.html.md`) when
    two inputs in one directory would otherwise share an output."""
    ext = OUTPUT_EXTENSIONS[fmt]
    if full:
        return name + ext
    stem = name[:-3] if name.lower().endswith(".gz") else name
    return (os.path.splitext(stem)[0] or stem) + ext


def iter_jobs(sources, dest, fmt="markdown", include=(), exclude=(), files_from=None):
    """Every input as a Job, lazily, in a stable order: SRC directories walked (symlinked
    directories and DEST itself are not entered), SRC files as they are, then each path read
    from `files_from` (an iterable of lines), mirrored under DEST by its path."""
    roots = check_destination(sources, dest)
    walk = _Walk(include or DEFAULT_PATTERNS, exclude, fmt, _identity(dest))
    for src, root in zip(sources, roots, strict=True):
        if os.path.isdir(src):
            yield from walk.directory(Path(src), Path(root), "", _mirror_host(Path(src).resolve().name))
        elif is_archive(src):
            yield from archive_jobs(str(src), Path(root), fmt)  # its pages straight into DEST
        else:
            yield Job(str(src), str(Path(root) / output_name(Path(src).name, fmt)))
    yield from _listed_jobs(files_from or (), dest, fmt)


def _listed_jobs(lines, dest, fmt):
    """Paths read from --files-from. `x/a.html` and `x/a.htm` would share `x/a.md`: the later
    one keeps its whole name (`x/a.htm.md`), as siblings in a walked directory do. The set of
    outputs grows with the list, a path per file, far below the inputs' own size."""
    seen = set()
    for line in lines:
        path = line.rstrip("\r\n")
        if not path.strip():
            continue
        place = Path(dest) / _mirrored(path)
        if is_archive(path):
            yield from archive_jobs(path, place, fmt)
            continue
        output = str(place.with_name(output_name(place.name, fmt)))
        if output in seen:
            output = str(place.with_name(output_name(place.name, fmt, full=True)))
        seen.add(output)
        yield Job(path, output)


def _mirrored(path):
    """A listed path's place under DEST: relative paths as given; others (absolute, or
    climbing out with ..) relative to the current directory if inside it, else from the root."""
    p = Path(os.path.normpath(path))
    if not p.is_absolute() and p.parts[:1] != ("..",):
        return p
    p = Path(os.path.abspath(path))
    try:
        return p.relative_to(Path.cwd())
    except ValueError:
        return p.relative_to(p.anchor)


def _mirror_host(name):
    """The host a directory is named after, as a site's mirror names it ("www.example.org")."""
    return name.rstrip(".").lower() if HOST_DIRECTORY.fullmatch(name) else None


def _identity(path):
    try:
        st = os.stat(path)
        return (st.st_dev, st.st_ino)
    except OSError:
        return None


@dataclass
class _Walk:
    include: tuple
    exclude: tuple
    fmt: str
    skip_dir: tuple | None

    def directory(self, src, out, rel, host=None, below=""):
        """One directory, sorted; files first, then subdirectories, recursively. In a site's
        mirror (SRC, or a directory right in SRC, named like a host: `www.example.org/news/a.html`,
        as wget --mirror and HTTrack save a site), each page is at its address: `host`, and the
        path `below` it."""
        try:
            with os.scandir(src) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError:
            return
        files, dirs = [], []
        for e in entries:
            sub = f"{rel}{e.name}"
            if self.exclude and matches(sub, self.exclude):
                continue
            if e.is_dir(follow_symlinks=False):
                dirs.append(e)
            elif e.is_file() and matches(sub, self.include):
                files.append(e.name)
        stems = Counter(output_name(n, self.fmt) for n in files)
        for name in files:
            if is_archive(name):  # its pages in a directory of the archive's name
                yield from archive_jobs(str(src / name), out / name, self.fmt)
                continue
            output = out / output_name(name, self.fmt, stems[output_name(name, self.fmt)] > 1)
            yield Job(str(src / name), str(output), url=host and f"http://{host}/{quote(below + name, PATH_CHARS)}")
        for e in dirs:
            if self.skip_dir is None or _identity(e.path) != self.skip_dir:
                site = (host, f"{below}{e.name}/") if host else (None if rel else _mirror_host(e.name), "")
                yield from self.directory(src / e.name, out / e.name, f"{rel}{e.name}/", *site)


def is_archive(path):
    return str(path).lower().endswith(ARCHIVES + JSON_LINES)


def archive_jobs(path, out, fmt):
    """A Job for each page of a web archive or each record of a JSON Lines file, its output
    under `out` by its address (`out/host/path/page.md`); a record that is no page fails as an
    input of its own, an archive that cannot be read (or a file of records none of which is a
    page: a report, a log) as one input. A web archive's Job says where its page lies; a JSON
    Lines record's holds it (a gzipped file cannot be read from the middle)."""
    from .saved import json_lines, warc_pages

    is_warc = not str(path).lower().endswith(JSON_LINES)
    seen, problems = set(), []
    try:
        if is_warc:
            records = ((offset, url, None, {"record": (offset, length)}) for offset, length, url in warc_pages(path))
        else:
            records = ((offset, url, problem, {"data": line})
                       for offset, line, url, problem in json_lines(path, MAX_INPUT_BYTES))
        for offset, url, problem, page in records:
            place = out.joinpath(*_url_parts(url, offset))
            output = place.with_name(output_name(place.name, fmt))
            if output in seen:  # the same address fetched again, or two that read alike
                output = output.with_name(f"{output.stem}-{offset}{output.suffix}")
            seen.add(output)
            if problem is None:
                yield Job(path, str(output), url=url, **page)
            else:
                problems.append(Outcome(path, str(output), "failed", error=problem))
        if len(problems) == len(seen):
            raise InputError("the web archive (WARC) holds no HTML page" if is_warc else
                             "the JSON Lines file holds no page" + (f": {problems[0].error}" if problems else ""))
        yield from problems
    except CleanerError as e:
        yield Outcome(path, str(out), "failed", error=str(e))
    except OSError as e:
        yield Outcome(path, str(out), "failed", error=e.strerror or str(e))


def _url_parts(url, offset):
    """The host and path of an address as names a file system takes: a page that is a
    directory's address is its `index`, a query is told apart by a hash of it."""
    parts = urlsplit(url or "")
    if not parts.netloc:
        return [f"record-{offset}"]
    segments = [_safe_name(unquote(s)) for s in parts.path.split("/") if s.strip(".")]
    if not segments or parts.path.endswith("/"):
        segments.append("index")
    if parts.query:
        segments[-1] += "_" + hashlib.sha1(parts.query.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return [_safe_name(parts.netloc.lower()), *segments]


def _safe_name(text, max_bytes=150):
    """Letters, digits, `.`, `-` and `_` (any other character is `_`), no leading dot, and
    short enough for any file system (a cut name ends with a hash of the whole)."""
    name = re.sub(r"[^\w.-]", "_", text).lstrip(".") or "_"
    if len(name.encode("utf-8")) > max_bytes:
        digest = hashlib.sha1(name.encode("utf-8")).hexdigest()[:8]
        name = name.encode("utf-8")[:max_bytes - 9].decode("utf-8", "ignore") + "_" + digest
    return name


# ---- resuming ------------------------------------------------------------------------------

def open_manifest(dest, fingerprint):
    """The time from which outputs in DEST were made with this fingerprint.

    DEST/.cleaner-batch.json holds the fingerprint of the options last used there. When it
    matches, its own mtime is kept; otherwise it is rewritten now, so only outputs written
    after this moment count as current. (One small file, written once per run: a run killed
    at any moment leaves it correct, and mtimes come from the same clock as the outputs'.)
    """
    path = Path(dest) / MANIFEST_NAME
    try:
        if json.loads(path.read_text(encoding="utf-8")).get("fingerprint") == fingerprint:
            return path.stat().st_mtime_ns
    except (OSError, ValueError, AttributeError):
        pass
    from . import __version__

    write_atomic(path, json.dumps({"tool": "cleaner batch", "version": __version__,
                                   "fingerprint": fingerprint}, indent=2) + "\n")
    return path.stat().st_mtime_ns


def up_to_date(job, since_ns):
    """Skip an input whose output is at least as new as the input and as the manifest."""
    try:
        out = os.stat(job.output).st_mtime_ns
        return out >= os.stat(job.path).st_mtime_ns and out >= since_ns
    except OSError:
        return False


# ---- cleaning ------------------------------------------------------------------------------

_RULESETS = {}


def ruleset_for(options):
    """Each process loads the rules once, however many files it cleans."""
    from .rules import load_ruleset

    key = (options.rules_dirs, options.site_rules)
    if key not in _RULESETS:
        _RULESETS[key] = load_ruleset(options.rules_dirs, site_rules=options.site_rules)
    return _RULESETS[key]


def clean_file(job, options):
    """Clean one input into its output. Never raises for a bad file: a failure is an Outcome,
    so one file cannot stop the batch."""
    from .pipeline import clean

    start = time.perf_counter()
    outcome = job.outcome("failed")
    try:
        if same_file(job.path, job.output):
            raise InputError("refusing to overwrite the input")
        data = (job.data if job.data is not None else read_file(job.path) if job.record is None
                else read_record(job.path, *job.record))
        outcome.bytes_in = len(data)
        result = clean(data, url=job.url, ruleset=ruleset_for(options))
        text = render(result, options.fmt)
        Path(job.output).parent.mkdir(parents=True, exist_ok=True)
        write_atomic(job.output, text)
    except CleanerError as e:
        outcome.error = str(e)
    except OSError as e:
        outcome.error = e.strerror or str(e)
    except Exception as e:  # an engine bug on one page must not end the batch
        outcome.error = f"internal error: {type(e).__name__}: {e}"
    else:
        outcome.status = "cleaned"
        outcome.rule = Path(result.rule).name if result.rule else "generic"
        outcome.attribution = result.attribution.as_dict()
        outcome.warnings = tuple(result.warnings)
        outcome.removed = len(result.removals)
        outcome.bytes_out = len(text.encode("utf-8"))
    outcome.ms = round((time.perf_counter() - start) * 1000)
    return outcome


def render(result, fmt):
    if fmt == "json":
        return json.dumps(result.as_dict(), ensure_ascii=False, indent=2) + "\n"
    return result.markdown


def run_batch(jobs, options, workers=1, timeout=DEFAULT_TIMEOUT, force=False, since_ns=0):
    """Yield one Outcome per Job, in completion order. Up-to-date outputs are skipped here
    (a stat, no need for a worker); the rest are cleaned in-process (workers=1) or in a
    process pool, each within the per-file timeout."""
    todo = _unskipped(jobs, force, since_ns)
    if workers <= 1:
        for item in todo:
            yield item if isinstance(item, Outcome) else _clean_in_time(item, options, timeout)
    else:
        yield from _Pool(options, workers, timeout).run(todo)


class _TimedOut(BaseException):
    """Raised by the alarm; a BaseException, so that clean_file's guard against engine bugs
    lets it through (and write_atomic still removes its temporary file)."""


def _clean_in_time(job, options, timeout):
    """clean_file under a SIGALRM timer: in-process cleaning has no pool to kill. Where there
    is no such timer (Windows, or not the main thread) the file is cleaned without one."""
    if not timeout or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        return clean_file(job, options)

    def expire(signum, frame):
        raise _TimedOut

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        return clean_file(job, options)
    except _TimedOut:
        return job.outcome("failed", error=f"timed out after {timeout:g} s")
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _unskipped(jobs, force, since_ns):
    for job in jobs:
        if isinstance(job, Job) and not force and up_to_date(job, since_ns):
            yield job.outcome("skipped")
        else:
            yield job  # (or an Outcome already: an archive that could not be read)


def _init_worker(options):
    """Ctrl-C is the parent's to handle (it kills the pool); load the rules once up front."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        ruleset_for(options)
    except CleanerError:
        pass  # reported per file by clean_file


class _Pool:
    """submit() with at most `workers` files in flight, so each starts as soon as it is sent
    and its deadline can be counted from then. A file past its deadline fails "timed out";
    since a pool cannot cancel a running call, the pool is killed and the other in-flight
    files are sent again to a fresh one. Files in flight when a worker dies are retried once,
    each alone: one that kills its worker again fails "worker process died"."""

    def __init__(self, options, workers, timeout):
        self.options, self.workers, self.timeout = options, workers, timeout
        self.executor = None
        self.inflight = {}  # future -> (job, deadline, attempts)
        self.retry = deque()  # (job, attempts)

    def run(self, todo):
        todo = iter(todo)
        self.executor = self._new()
        try:
            while True:
                yield from self._fill(todo)
                if not self.inflight:
                    return
                yield from self._collect()
        finally:
            self._kill()

    def _new(self):
        return ProcessPoolExecutor(self.workers, initializer=_init_worker, initargs=(self.options,))

    def _fill(self, todo):
        """Top up the window; skipped files pass straight through."""
        while len(self.inflight) < self.workers and not self._isolating():
            if self.retry and self.retry[0][1] and self.inflight:
                return  # a suspect waits until it can run alone
            job, attempts = self.retry.popleft() if self.retry else (next(todo, None), 0)
            if job is None:
                return
            if isinstance(job, Outcome):
                yield job
                continue
            future = self.executor.submit(clean_file, job, self.options)
            self.inflight[future] = (job, time.monotonic() + self.timeout, attempts)

    def _isolating(self):
        """A file retried after a worker died runs alone, so a second death is its own."""
        return any(attempts for _, _, attempts in self.inflight.values())

    def _collect(self):
        deadline = min(d for _, d, _ in self.inflight.values())
        done, _ = wait(self.inflight, timeout=max(0.0, deadline - time.monotonic()),
                       return_when=FIRST_COMPLETED)
        broken = False
        for future in done:
            job, _, attempts = self.inflight.pop(future)
            try:
                yield future.result()
            except BrokenProcessPool:
                broken = True
                yield from self._retry_or_fail(job, attempts)
            except Exception as e:
                yield job.outcome("failed", error=f"internal error: {e}")
        now = time.monotonic()
        expired = [f for f, (_, d, _) in self.inflight.items() if d <= now and not f.done()]
        for future in expired:
            job, _, _ = self.inflight.pop(future)
            yield job.outcome("failed", ms=round(self.timeout * 1000),
                          error=f"timed out after {self.timeout:g} s")
        if expired or broken:
            yield from self._recycle(broken)

    def _retry_or_fail(self, job, attempts):
        if attempts >= 1:
            yield job.outcome("failed", error="worker process died")
        else:
            self.retry.append((job, attempts + 1))

    def _recycle(self, broken):
        """Kill the pool; keep what finished, send the rest again to a fresh pool."""
        for future, (job, _, attempts) in list(self.inflight.items()):
            if future.done() and future.exception() is None:
                yield future.result()
            elif broken:
                yield from self._retry_or_fail(job, attempts)
            else:
                self.retry.append((job, attempts))
        self.inflight.clear()
        self._kill()
        self.executor = self._new()

    def _kill(self):
        """Stop the workers now, whatever they are doing. ProcessPoolExecutor has no public
        way to do this before Python 3.14 (terminate_workers), hence `_processes`."""
        if self.executor is None:
            return
        processes = list((getattr(self.executor, "_processes", None) or {}).values())
        self.executor.shutdown(wait=False, cancel_futures=True)
        for p in processes:
            try:
                p.kill()
            except (OSError, ValueError, AttributeError):
                pass
        for p in processes:
            try:
                p.join(5)
            except (OSError, ValueError, AssertionError):
                pass
        self.executor = None


class Report:
    """JSON Lines, one record per input, streamed to a temporary file beside `path` and renamed
    into place on close: the report on disk is always a whole one (of a finished or an
    interrupted run), never a torn line."""

    def __init__(self, path):
        self.path = Path(path)
        fd, self.tmp = tempfile.mkstemp(dir=self.path.parent, prefix=f".{self.path.name}.", suffix=".tmp")
        self.file = os.fdopen(fd, "w", encoding="utf-8", newline="\n")

    def write(self, outcome):
        self.file.write(json.dumps(outcome.record(), ensure_ascii=False) + "\n")

    def close(self):
        self.file.close()
        os.replace(self.tmp, self.path)
