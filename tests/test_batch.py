"""`cleaner batch`: mirroring, globbing, resuming, failure isolation, safety, and the pool."""

import gzip
import json
import os
import signal
import subprocess
import sys
import time

from click.testing import CliRunner
from conftest import ROOT

import cleaner.pipeline
from cleaner.batch import Job, Options, Summary, iter_jobs, run_batch
from cli import main

SEED = (ROOT / "samples/zcfgw.org/8104090/input.html").read_bytes()
PNG = b"\x89PNG\r\n\x1a\n not a page"


def run(*args, input=None):
    return CliRunner().invoke(main, ["batch", *map(str, args)], input=input)


def make(root, files):
    """Write {relative path: bytes} under root; return root."""
    for rel, data in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return root


def outputs(dest):
    """Visible outputs under dest, as relative POSIX paths."""
    return sorted(p.relative_to(dest).as_posix() for p in dest.rglob("*")
                  if p.is_file() and not any(part.startswith(".") for part in p.relative_to(dest).parts))


def report(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def statuses(path):
    return {os.path.basename(r["path"]): r["status"] for r in report(path)}


# ---- mirroring and globbing ------------------------------------------------------------------

def test_mirrors_tree_with_output_extension(tmp_path):
    src = make(tmp_path / "src", {
        "a.html": SEED, "sub/b.htm": SEED, "sub/deep/c.txt.gz": gzip.compress(SEED),
        "sub/style.css": b"body{}", "x.shtml": SEED,
    })
    r = run(src, "-o", tmp_path / "out")
    assert r.exit_code == 0, r.output
    assert outputs(tmp_path / "out") == ["a.md", "sub/b.md", "sub/deep/c.md", "x.md"]
    assert "原文链接" not in (tmp_path / "out/a.md").read_text(encoding="utf-8").split("\n---\n")[1]
    assert "cleaned 4, skipped (up to date) 0, failed 0" in r.stderr
    assert "zcfgw.org.toml 4" in r.stderr

    r = run(src, "-o", tmp_path / "json", "--format", "json")
    assert r.exit_code == 0, r.output
    assert json.loads((tmp_path / "json/sub/b.json").read_text(encoding="utf-8"))["rule"].endswith("zcfgw.org.toml")


def test_a_site_mirrored_as_wget_saves_it_is_cleaned_at_its_addresses(tmp_path):
    """wget --mirror and HTTrack save a site as host/path: each page is cleaned as at its
    address, which picks the site's rule and resolves its links (here, no fingerprint would).
    Only SRC, or a directory right in it, names the host; deeper down a "chart.js" is a name."""
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "news.example.cn.toml").write_text('name = "示例新闻网"\ncontent = [".story"]\n',
                                                             encoding="utf-8")
    text = "近日，某市人民法院召开新闻发布会，通报了今年以来审理劳动争议案件的基本情况。" * 3
    page = f"<html><body><div class='story'><p>{text}<a href='../notice/1.html'>通报全文</a>。</p></div></body></html>"
    src = make(tmp_path / "mirror", {"news.example.cn/2024/a.html": page.encode(), "loose/b.html": page.encode(),
                                     "loose/chart.js/c.html": page.encode(), "notes.md/d.html": page.encode(),
                                     "www.example.org/新闻/e f.html": page.encode()})
    r = run(src, "-o", tmp_path / "out", "--rules", tmp_path / "rules", "--report", tmp_path / "r.jsonl")
    assert r.exit_code == 0, r.output
    rows = {os.path.basename(row["path"]): (row["url"], row["rule"]) for row in report(tmp_path / "r.jsonl")}
    assert rows == {"a.html": ("http://news.example.cn/2024/a.html", "news.example.cn.toml"),
                    "b.html": (None, "generic"), "c.html": (None, "generic"), "d.html": (None, "generic"),
                    "e f.html": ("http://www.example.org/%E6%96%B0%E9%97%BB/e%20f.html", "generic")}
    out = (tmp_path / "out/news.example.cn/2024/a.md").read_text(encoding="utf-8")
    assert 'site: "示例新闻网"' in out and "(http://news.example.cn/notice/1.html)" in out
    run(src / "news.example.cn", "-o", tmp_path / "one", "--rules", tmp_path / "rules", "--report", tmp_path / "1.json")
    assert [row["url"] for row in report(tmp_path / "1.json")] == ["http://news.example.cn/2024/a.html"]


def test_same_stem_in_one_directory_keeps_full_names(tmp_path):
    src = make(tmp_path / "src", {"a.html": SEED, "a.htm": SEED, "b.html": SEED})
    assert run(src, "-o", tmp_path / "out").exit_code == 0
    assert outputs(tmp_path / "out") == ["a.htm.md", "a.html.md", "b.md"]


def test_single_file_and_several_sources(tmp_path):
    one = make(tmp_path / "one", {"p.html": SEED})
    two = make(tmp_path / "two", {"q.html": SEED})
    assert run(one / "p.html", "-o", tmp_path / "o1").exit_code == 0
    assert outputs(tmp_path / "o1") == ["p.md"]
    assert run(one, two, "-o", tmp_path / "o2").exit_code == 0
    assert outputs(tmp_path / "o2") == ["one/p.md", "two/q.md"]


def test_include_and_exclude(tmp_path):
    src = make(tmp_path / "src", {"a.html": SEED, "drafts/b.html": SEED, "c.page": SEED, "d.txt": SEED})
    r = run(src, "-o", tmp_path / "out", "--include", "*.page", "--include", "*.html", "--exclude", "drafts")
    assert r.exit_code == 0, r.output
    assert outputs(tmp_path / "out") == ["a.md", "c.md"]
    r = run(src, "-o", tmp_path / "out2", "--exclude", "drafts/*", "--exclude", "d.*")
    assert outputs(tmp_path / "out2") == ["a.md"]


# ---- resuming ----------------------------------------------------------------------------------

def test_resume_skips_up_to_date_outputs_and_force_redoes_them(tmp_path):
    src = make(tmp_path / "src", {"a.html": SEED, "b.html": SEED, "c.html": SEED})
    out, rep = tmp_path / "out", tmp_path / "r.jsonl"
    assert run(src, "-o", out, "--report", rep).exit_code == 0
    assert set(statuses(rep).values()) == {"cleaned"}

    r = run(src, "-o", out, "--report", rep)
    assert r.exit_code == 0 and set(statuses(rep).values()) == {"skipped"}
    assert "skipped (up to date) 3" in r.stderr

    earlier = (src / "b.html").stat().st_mtime - 10  # an input newer than its output is cleaned again
    os.utime(out / "b.md", (earlier, earlier))
    run(src, "-o", out, "--report", rep)
    assert statuses(rep) == {"a.html": "skipped", "b.html": "cleaned", "c.html": "skipped"}

    (out / "c.md").unlink()  # a lost output is made again
    run(src, "-o", out, "--report", rep)
    assert statuses(rep)["c.html"] == "cleaned"

    run(src, "-o", out, "--report", rep, "--no-site-rules")  # other options: every output is stale
    assert set(statuses(rep).values()) == {"cleaned"}
    run(src, "-o", out, "--report", rep, "--no-site-rules", "--force")
    assert set(statuses(rep).values()) == {"cleaned"}
    run(src, "-o", out, "--report", rep, "--no-site-rules")
    assert set(statuses(rep).values()) == {"skipped"}
    assert json.loads((out / ".cleaner-batch.json").read_text())["fingerprint"]


def test_killed_run_leaves_no_partial_output_and_rerun_finishes(tmp_path):
    src = make(tmp_path / "src", {f"p{i:02d}.html": SEED for i in range(40)})
    out = tmp_path / "out"
    cmd = [sys.executable, str(ROOT / "cli.py"), "batch", str(src), "-o", str(out), "--jobs", "1", "--quiet"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and len(list(out.glob("*.md"))) < 8:
        time.sleep(0.01)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    done_before = outputs(out)
    assert 0 < len(done_before) < 40, "the run finished before it could be killed"

    expected = (ROOT / "samples/zcfgw.org/8104090/expected.md").read_text(encoding="utf-8")
    for name in done_before:  # every visible output is whole
        assert (out / name).read_text(encoding="utf-8") == expected

    r = subprocess.run(cmd + ["--report", str(tmp_path / "r.jsonl")], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert outputs(out) == [f"p{i:02d}.md" for i in range(40)]
    st = statuses(tmp_path / "r.jsonl")
    assert {n for n, s in st.items() if s == "skipped"} == {n[:-3] + ".html" for n in done_before}
    assert all((out / n).read_text(encoding="utf-8") == expected for n in outputs(out))


# ---- failures and exit codes --------------------------------------------------------------------

def test_one_bad_file_does_not_stop_the_batch(tmp_path):
    src = make(tmp_path / "src", {"a.html": SEED, "bad.html": PNG, "empty.txt": b"", "z.html": SEED})
    rep = tmp_path / "r.jsonl"
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}"
        r = run(src, "-o", out, "--jobs", jobs, "--report", rep)
        assert r.exit_code == 1
        assert outputs(out) == ["a.md", "z.md"]
        assert f"error: {src / 'bad.html'}: input is a PNG image" in r.stderr
        assert f"error: {src / 'empty.txt'}: " in r.stderr
        assert "Traceback" not in r.output
        assert statuses(rep) == {"a.html": "cleaned", "bad.html": "failed", "empty.txt": "failed",
                                 "z.html": "cleaned"}
    r = run(src, "-o", tmp_path / "out1")  # failures are retried, not skipped
    assert r.exit_code == 1 and "failed 2" in r.stderr


def test_usage_errors(tmp_path):
    src = make(tmp_path / "src", {"a.html": SEED})
    assert run("-o", tmp_path / "out").exit_code == 2
    assert run(src).exit_code == 2
    r = run(src, "-o", src)
    assert r.exit_code == 2 and "DEST" in r.output
    assert run(src / "a.html", "-o", src / "a.html").exit_code == 2
    assert run(tmp_path / "missing", "-o", tmp_path / "out").exit_code == 2
    assert run(src, "-o", tmp_path / "out", "--jobs", "0").exit_code == 2
    assert not (tmp_path / "out").exists()


def test_bad_rules_directory_fails_once(tmp_path):
    src = make(tmp_path / "src", {"a.html": SEED})
    bad = make(tmp_path / "rules", {"x.org.toml": b"this is [not toml"})
    r = run(src, "-o", tmp_path / "out", "--rules", bad)
    assert r.exit_code == 1 and r.stderr.count("error: ") == 1


# ---- --files-from and the report -----------------------------------------------------------------

def test_files_from_file_and_stdin(tmp_path, monkeypatch):
    make(tmp_path / "pages", {"a.html": SEED, "sub/b.txt": SEED, "c.html": SEED})
    monkeypatch.chdir(tmp_path)
    (tmp_path / "list.txt").write_text("pages/a.html\n\npages/sub/b.txt\npages/missing.html\n")
    r = run("--files-from", "list.txt", "-o", "out")
    assert r.exit_code == 1
    assert "error: pages/missing.html: no such file" in r.stderr
    assert outputs(tmp_path / "out") == ["pages/a.md", "pages/sub/b.md"]

    r = run("--files-from", "-", "-o", "out2", input="pages/c.html\n" + str(tmp_path / "pages/a.html") + "\n")
    assert r.exit_code == 0, r.output
    assert outputs(tmp_path / "out2") == ["pages/a.md", "pages/c.md"]


def test_files_from_entries_sharing_an_output_keep_their_whole_names(tmp_path, monkeypatch):
    make(tmp_path / "pages", {"a.html": SEED, "a.htm": SEED})
    monkeypatch.chdir(tmp_path)
    r = run("--files-from", "-", "-o", "out", input="pages/a.html\npages/a.htm\n")
    assert r.exit_code == 0, r.output
    assert outputs(tmp_path / "out") == ["pages/a.htm.md", "pages/a.md"]


def test_report_records(tmp_path):
    src = make(tmp_path / "src", {"a.html": SEED, "bad.html": PNG})
    rep = tmp_path / "r.jsonl"
    run(src, "-o", tmp_path / "out", "--report", rep)
    records = {os.path.basename(r["path"]): r for r in report(rep)}
    good, bad = records["a.html"], records["bad.html"]
    assert set(good) == {"path", "output", "status", "url", "rule", "attribution", "warnings", "removed",
                         "bytes_in", "bytes_out", "ms", "error"}  # (url: a web archive's page's)
    assert good["status"] == "cleaned" and good["rule"] == "zcfgw.org.toml" and good["error"] is None
    assert good["output"] == str(tmp_path / "out/a.md")
    assert good["attribution"]["source"] == "新疆维吾尔自治区高级人民法院"
    assert good["bytes_in"] == len(SEED) and good["bytes_out"] == (tmp_path / "out/a.md").stat().st_size
    assert good["removed"] > 5 and good["warnings"]
    assert bad["status"] == "failed" and "PNG" in bad["error"] and bad["rule"] is None
    assert not list(tmp_path.glob(".r.jsonl.*"))


# ---- safety -----------------------------------------------------------------------------------------

def test_symlinked_directory_loop_is_not_followed(tmp_path):
    src = make(tmp_path / "src", {"a.html": SEED, "sub/b.html": SEED})
    (src / "sub/loop").symlink_to(src, target_is_directory=True)
    (src / "link.html").symlink_to(src / "a.html")
    r = run(src, "-o", tmp_path / "out")
    assert r.exit_code == 0, r.output
    assert outputs(tmp_path / "out") == ["a.md", "link.md", "sub/b.md"]


def test_dest_inside_src_is_not_walked(tmp_path):
    src = make(tmp_path / "src", {"a.html": SEED, "sub/b.html": SEED})
    rep = tmp_path / "r.jsonl"
    for _ in range(2):
        r = run(src, "-o", src / "out", "--include", "*", "--report", rep)
        assert r.exit_code == 0, r.output
        assert sorted(os.path.relpath(r["path"], src) for r in report(rep)) == ["a.html", "sub/b.html"]
    assert outputs(src / "out") == ["a.md", "sub/b.md"]
    assert (src / "a.html").read_bytes() == SEED


def test_iter_jobs_is_lazy(tmp_path):
    make(tmp_path / "src", {f"d{i}/p.html": SEED for i in range(3)})
    jobs = iter_jobs([str(tmp_path / "src")], str(tmp_path / "out"))
    assert next(jobs) == Job(str(tmp_path / "src/d0/p.html"), str(tmp_path / "out/d0/p.md"))


# ---- the process pool ---------------------------------------------------------------------------------

def slow_or_crashing_clean(real):
    def clean(data, **kw):
        if b"SLOW" in data:
            time.sleep(30)
        if b"CRASH" in data:
            os._exit(3)
        return real(data, **kw)
    return clean


def test_in_process_run_times_out_too(tmp_path, monkeypatch):
    monkeypatch.setattr(cleaner.pipeline, "clean", slow_or_crashing_clean(cleaner.pipeline.clean))
    src = make(tmp_path / "src", {"a.html": SEED, "b.html": SEED + b"<!-- SLOW -->", "c.html": SEED})
    jobs = iter_jobs([str(src)], str(tmp_path / "out"))
    start = time.monotonic()
    got = {os.path.basename(o.path): o for o in run_batch(jobs, Options(), workers=1, timeout=1.0)}
    assert time.monotonic() - start < 10
    assert got["b.html"].error == "timed out after 1 s"
    assert outputs(tmp_path / "out") == ["a.md", "c.md"]


def test_pool_times_out_and_survives_a_dying_worker(tmp_path, monkeypatch):
    monkeypatch.setattr(cleaner.pipeline, "clean", slow_or_crashing_clean(cleaner.pipeline.clean))
    src = make(tmp_path / "src", {"a.html": SEED, "b.html": SEED + b"<!-- SLOW -->", "c.html": SEED,
                                  "d.html": SEED + b"<!-- CRASH -->", "e.html": SEED})
    jobs = iter_jobs([str(src)], str(tmp_path / "out"))
    start = time.monotonic()
    got = {os.path.basename(o.path): o for o in run_batch(jobs, Options(), workers=2, timeout=1.5)}
    assert time.monotonic() - start < 15
    assert {n: o.status for n, o in got.items()} == {
        "a.html": "cleaned", "b.html": "failed", "c.html": "cleaned", "d.html": "failed", "e.html": "cleaned"}
    assert got["b.html"].error == "timed out after 1.5 s"
    assert got["d.html"].error == "worker process died"
    assert outputs(tmp_path / "out") == ["a.md", "c.md", "e.md"]


# ---- memory --------------------------------------------------------------------------------

def test_batch_turns_the_cycle_collector_back_on(tmp_path):
    """The console script turns the cycle collector off for one-page runs (cli.run); a batch may
    clean thousands of pages, each leaving a few cycles, so it turns it back on."""
    import gc

    src = make(tmp_path / "src", {"a.html": SEED})
    gc.disable()
    try:
        r = run(src, "-o", tmp_path / "out", "--jobs", "1", "--quiet")
        assert r.exit_code == 0, r.output
        assert gc.isenabled()
    finally:
        gc.unfreeze()
        gc.enable()


def test_the_progress_bar_counts_its_total_while_cleaning_starts():
    """Counting the inputs walks the tree again (reads a crawl's archive again): the bar starts
    with no total, and gets it when the count is done, without holding up the cleaning."""
    import io
    import threading

    from rich.console import Console

    from cli import BatchProgress

    counted = threading.Event()
    console = Console(file=io.StringIO(), force_terminal=True)

    def count():
        counted.wait(5)
        return 7

    with BatchProgress(False, count, console) as progress:
        progress.advance(Summary(cleaned=2))
        assert progress.bar.tasks[0].total is None and progress.bar.tasks[0].completed == 2
        counted.set()
        progress.counting.join(5)
        assert progress.bar.tasks[0].total == 7
    assert BatchProgress(True, count, console).bar is None  # --quiet
