"""The `cleaner` command: the only module that talks to click and rich.

Exit codes, decided here and only here:
  0  success
  1  an input failed (unreadable, not a page, no article found, bad rule file)
  2  usage error (click's own)
  130 interrupted (Ctrl-C)
"""

from __future__ import annotations

import atexit
import gc
import json
import sys

import click

EXIT_FAILED, EXIT_INTERRUPTED = 1, 130


def fail(path, problem, code=EXIT_FAILED):
    """One line on stderr, `error: <path>: <problem>`, and the exit status."""
    click.echo(f"error: {path}: {problem}", err=True)
    sys.exit(code)


def fail_on(error, name, ctx):
    """Translate an engine error at the boundary. A RuleError names its own file and line."""
    from cleaner import RuleError

    if ctx.obj["traceback"]:
        raise error
    if isinstance(error, RuleError):
        click.echo(f"error: {error}", err=True)
        sys.exit(EXIT_FAILED)
    fail(name, error)


def rules_options(f):
    f = click.option("--no-site-rules", is_flag=True,
                     help="Generic path only: ignore per-site rules (global.toml still applies).")(f)
    f = click.option("--rules", "rules_dirs", multiple=True, type=click.Path(file_okay=False),
                     help="Directory of extra rule files; overrides bundled rules per site. Repeatable.")(f)
    f = click.option("--url", help="The page's address: picks the site rule and resolves links.")(f)
    return f


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="cleaner-md", message="cleaner %(version)s")
@click.option("--traceback", is_flag=True, help="Show a traceback on errors (for bug reports).")
@click.pass_context
def main(ctx, traceback):
    """Clean republished articles into Markdown credited to their original source."""
    ctx.obj = {"traceback": traceback}


@main.command()
@click.argument("input", required=False, default="-")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write here instead of stdout.")
@rules_options
@click.option("--format", "fmt", type=click.Choice(["markdown", "json", "text"]), default="markdown",
              show_default=True, help="Output format.")
@click.option("--no-front-matter", is_flag=True, help="Omit the YAML front matter.")
@click.option("--no-attribution", is_flag=True, help="Omit the closing attribution line.")
@click.option("--max-size", type=click.FloatRange(min=0, min_open=True), default=20, show_default=True,
              help="Refuse inputs larger than this many MB (also after gunzip).")
@click.option("--check", is_flag=True, help="Exit 1 if OUTPUT differs from what would be written; write nothing.")
@click.option("--diff", "show_diff", is_flag=True, help="Print how OUTPUT would change (unified diff); write nothing.")
@click.pass_context
def clean(ctx, input, output, url, rules_dirs, no_site_rules, fmt, no_front_matter, no_attribution,
          max_size, check, show_diff):
    """Clean one page (a file, or - / nothing for stdin) into Markdown.

    \b
    Examples:
      cleaner clean page.html --url https://www.zcfgw.org/zxsd/8104090.html
      cat page.html | cleaner clean --url https://example.org/a > page.md
      cleaner clean page.txt --format json
      cleaner clean page.html -o page.md --check --diff
    """
    from cleaner import CleanerError
    from cleaner import clean as clean_page
    from cleaner.output import same_file, write_atomic
    from cleaner.source import read_file

    name = "<stdin>" if input == "-" else input
    max_bytes = int(max_size * 1024 * 1024)
    if (check or show_diff) and not output:
        raise click.UsageError("--check and --diff compare with an existing output: give -o OUTPUT", ctx)
    if output and input != "-" and same_file(input, output):
        fail(output, "refusing to overwrite the input")
    try:
        data = sys.stdin.buffer.read(max_bytes + 1) if input == "-" else read_file(input, max_bytes)
        result = clean_page(data, url=url, rules_dirs=rules_dirs, site_rules=not no_site_rules,
                            front_matter=not no_front_matter, attribution_line=not no_attribution,
                            max_bytes=max_bytes)
        text = format_result(result, fmt)
        if check or show_diff:
            changed = check_output(output, text, show_diff, check)
        elif output:
            write_atomic(output, text)
        else:
            click.echo(text, nl=False)
    except CleanerError as e:
        fail_on(e, name, ctx)
    except KeyboardInterrupt:
        fail(name, "interrupted", EXIT_INTERRUPTED)
    except click.ClickException:
        raise
    except OSError as e:  # writing the output: permission, full disk, a directory in the way
        if ctx.obj["traceback"]:
            raise
        fail(output or name, e.strerror or str(e))
    except Exception as e:  # a bug: still one line, and --traceback shows it
        if ctx.obj["traceback"]:
            raise
        fail(name, f"internal error ({type(e).__name__}: {e}); rerun with --traceback to report it")
    for warning in result.warnings:
        click.echo(f"warning: {name}: {warning}", err=True)
    if check and changed:
        sys.exit(EXIT_FAILED)


def format_result(result, fmt):
    if fmt == "json":
        return json.dumps(result.as_dict(), ensure_ascii=False, indent=2) + "\n"
    if fmt == "text":
        title = [result.attribution.title] if result.attribution.title else []
        return "\n\n".join(title + [b.text for b in result.blocks if b.kept]) + "\n"
    return result.markdown


# ---- cleaner batch (issue #4) ---------------------------------------------------------------

@main.command()
@click.argument("sources", nargs=-1, type=click.Path(), metavar="[SRC]...")
@click.option("-o", "--output", "dest", required=True, type=click.Path(file_okay=False),
              help="Output directory; mirrors each SRC's tree (several SRCs: DEST/<name>/).")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes.  [default: number of cores]")
@click.option("--include", multiple=True, metavar="GLOB",
              help="Only files matching (path under SRC or name). Repeatable.  [default: *.html *.htm "
                   "*.shtml *.xhtml *.mhtml *.mht *.eml *.txt *.warc and .gz]")
@click.option("--exclude", multiple=True, metavar="GLOB", help="Skip files and directories matching. Repeatable.")
@click.option("--format", "fmt", type=click.Choice(["markdown", "json"]), default="markdown",
              show_default=True, help="Output format (.md or .json).")
@click.option("--force", is_flag=True, help="Clean every input, even when its output is up to date.")
@click.option("--report", type=click.Path(dir_okay=False), help="Write a JSON Lines record per input here.")
@click.option("--files-from", type=click.File("r", encoding="utf-8", errors="surrogateescape"),
              help="Read input paths from FILE, one a line (- for stdin).")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=60.0, show_default=True,
              help="Seconds a file may take before it fails as timed out.")
@click.option("--rules", "rules_dirs", multiple=True, type=click.Path(file_okay=False),
              help="Directory of extra rule files; overrides bundled rules per site. Repeatable.")
@click.option("--no-site-rules", is_flag=True,
              help="Generic path only: ignore per-site rules (global.toml still applies).")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary; errors only.")
@click.pass_context
def batch(ctx, sources, dest, jobs, include, exclude, fmt, force, report, files_from, timeout,
          rules_dirs, no_site_rules, quiet):
    """Clean directories of pages into DEST, in parallel; rerun to resume.

    A web archive (.warc, .warc.gz) is a directory of its pages: each goes to
    host/path.md under a directory of the archive's name (one SRC archive: DEST).
    So is a JSON Lines file of a scraper's records ({"url": ..., "html": ...} a
    line; .jsonl, .ndjson, gzipped or not) named as SRC or included (--include
    '*.jsonl').
    A site's mirror (SRC, or a directory in it, named like a host, as wget
    --mirror saves a site: www.example.org/news/a.html) is cleaned page by page
    as at its address: http://www.example.org/news/a.html.

    An output at least as new as its input, made with the same version, options and rules
    (recorded in DEST/.cleaner-batch.json), is skipped unless --force. Exit status 1 if
    any input failed; each failure is one `error: <path>: <problem>` line.

    \b
    Examples:
      cleaner batch pages/ -o out/
      cleaner batch pages/ -o out/ --exclude 'drafts/*' --format json --report report.jsonl
      cleaner batch crawl.warc.gz -o out/
      cleaner batch scraped.jsonl -o out/
      find pages -name '*.html' | cleaner batch --files-from - -o out/
    """
    import time
    from pathlib import Path

    from cleaner.batch import Options, Summary, run_batch

    if not gc.isenabled():  # off for one-page runs (see run): on again, but not over start-up's objects
        gc.freeze()
        gc.enable()
    if not sources and files_from is None:
        raise click.UsageError("give SRC paths or --files-from")
    options = Options(fmt, tuple(str(Path(d).resolve()) for d in rules_dirs), not no_site_rules)
    since = batch_prepare(ctx, sources, dest, options)
    jobs_list = batch_jobs(sources, dest, fmt, include, exclude, files_from)
    counted = not (files_from or quiet or not sys.stderr.isatty())  # a second walk, for the bar only
    count = (lambda: sum(1 for _ in batch_jobs(sources, dest, fmt, include, exclude, None))) if counted else None
    summary, start, out = Summary(), time.monotonic(), None
    try:
        out = batch_report(report)
        with BatchProgress(quiet, count) as progress:
            for outcome in run_batch(jobs_list, options, jobs or batch_cores(), timeout, force, since):
                summary.add(outcome)
                out and out.write(outcome)
                if outcome.status == "failed":
                    where = f"{outcome.path} ({outcome.url})" if outcome.url else outcome.path
                    progress.say(f"error: {where}: {outcome.error}")
                progress.advance(summary)
    except KeyboardInterrupt:
        batch_summary(summary, time.monotonic() - start, quiet)
        fail(dest, "interrupted", EXIT_INTERRUPTED)
    finally:
        if out:
            out.close()
    batch_summary(summary, time.monotonic() - start, quiet)
    sys.exit(EXIT_FAILED if summary.failed else 0)


def batch_prepare(ctx, sources, dest, options):
    """Check SRC and DEST, load the rules once (a bad rule file fails the run, not every
    file), create DEST; return the moment from which outputs in DEST are current."""
    from pathlib import Path

    from cleaner import CleanerError
    from cleaner.batch import BatchError, check_destination, open_manifest, ruleset_for

    try:
        check_destination(sources, dest)
        ruleset_for(options)
        Path(dest).mkdir(parents=True, exist_ok=True)
        return open_manifest(dest, options.fingerprint())
    except BatchError as e:
        raise click.UsageError(str(e)) from None
    except CleanerError as e:
        fail_on(e, dest, ctx)
    except OSError as e:
        fail(dest, e.strerror or e)


def batch_jobs(sources, dest, fmt, include, exclude, files_from):
    from cleaner.batch import iter_jobs

    return iter_jobs(sources, dest, fmt, include, exclude, files_from)


def batch_report(path):
    from cleaner.batch import Report

    if not path:
        return None
    try:
        return Report(path)
    except OSError as e:
        fail(path, e.strerror or e)


def batch_cores():
    import os

    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


class BatchProgress:
    """A rich progress bar on stderr (files done/total, files/s, ETA, failures), or nothing
    when stderr is not a terminal or with --quiet; `say` prints a line either way. `count`
    counts the inputs for the bar's total, in a thread: cleaning starts at once, and the total
    shows when the count is done (a crawl's archive is read once more to count its pages)."""

    def __init__(self, quiet, count=None, console=None):
        from rich.console import Console

        self.console = console or Console(stderr=True)
        self.bar, self.count = None, count
        if not quiet and self.console.is_terminal:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            self.bar = Progress(TextColumn("cleaning"), BarColumn(), MofNCompleteColumn(),
                                TextColumn("{task.fields[rate]:.1f} files/s"), TimeRemainingColumn(),
                                TextColumn("{task.fields[failed]} failed"), console=self.console)
            self.task = self.bar.add_task("batch", total=None, rate=0.0, failed=0)

    def __enter__(self):
        if self.bar:
            self.bar.start()
            if self.count:
                import threading

                self.counting = threading.Thread(target=self._total, daemon=True)
                self.counting.start()
        return self

    def __exit__(self, *exc):
        if self.bar:
            self.bar.stop()

    def _total(self):
        try:
            self.bar.update(self.task, total=self.count())
        except Exception:  # noqa: BLE001 - a bar without its total; the walk itself reports what fails
            pass

    def say(self, line):
        if self.bar:
            self.console.print(line, markup=False, highlight=False, soft_wrap=True)
        else:
            click.echo(line, err=True)

    def advance(self, summary):
        if self.bar:
            elapsed = self.bar.tasks[0].elapsed or 1e-9
            done = summary.cleaned + summary.skipped + summary.failed
            self.bar.update(self.task, completed=done, rate=done / elapsed, failed=summary.failed)


def batch_summary(summary, seconds, quiet):
    """The closing lines on stderr: counts, rate, the rules used, warnings."""
    if quiet:
        return
    done = summary.cleaned + summary.skipped + summary.failed
    click.echo(f"cleaned {summary.cleaned}, skipped (up to date) {summary.skipped}, failed {summary.failed}"
               f" of {done} in {seconds:.1f} s ({done / max(seconds, 1e-9):.1f} files/s)", err=True)
    rules = ", ".join(f"{name} {n}" for name, n in sorted(summary.rules.items(), key=lambda kv: (-kv[1], kv[0])))
    click.echo(f"generic path: {summary.generic}; site rules: {rules or 'none'}", err=True)
    click.echo(f"warnings: {summary.warnings}" + (" (see --report)" if summary.warnings else ""), err=True)


# `cleaner diff` and `clean --check/--diff` (issue #5). Page text is scraped, untrusted text: it
# only ever reaches rich inside rich.text.Text, and the consoles have markup off.

STYLE_REMOVED, STYLE_ATTRIBUTION, STYLE_FIELDS = "red strike", "cyan", "bold cyan"
STYLE_LABEL, STYLE_WARNING, STYLE_KEPT = "dim", "yellow", "green"


@main.command("diff")
@click.argument("inputs", nargs=-1)
@rules_options
@click.option("--side-by-side", is_flag=True, help="The page and the cleaned Markdown in two columns.")
@click.option("--stat", is_flag=True, help="Block and character counts per removal reason.")
@click.option("--labels", is_flag=True,
              help="Plain text, one line per block, each removed block with its label (for grep).")
@click.option("--color/--no-color", default=None,
              help="Force the coloured view on or off (default: on when stdout is a terminal).")
@click.pass_context
def diff(ctx, inputs, url, rules_dirs, no_site_rules, side_by_side, stat, labels, color):
    """Show what cleaning removes from each INPUT, and which rule removed it.

    On a terminal: a header with the attribution, the rule used and the warnings, then the
    page in reading order; removed blocks struck out in red with the rule that removed them,
    blocks read into the attribution in cyan with the fields they filled. Long output goes
    through a pager.

    Piped, or with --no-color: a plain unified diff (page text vs cleaned text, one line per
    block), kept pure so patch and diff viewers accept it; --labels or --stat give the reasons.
    Exit status: 0, or 1 if an input failed (a difference is not a failure).

    \b
    Examples:
      cleaner diff page.html
      cleaner diff page.html --side-by-side
      cleaner diff page.html --no-color | less
      cleaner diff page.html --labels | grep ' › footer'
      cleaner diff samples/*/*/input.* --stat
    """
    rich_view = sys.stdout.isatty() if color is None else color
    results, failed = {}, False
    console = diff_console(rich_view)
    with diff_pager(console, rich_view and not stat):
        for name in inputs or ("-",):
            result = diff_clean(ctx, name, url, rules_dirs, no_site_rules)
            if result is None:
                failed = True
            elif stat:
                results[display_name(name)] = result
            else:
                show_diff(console, result, display_name(name), rich_view, side_by_side, labels)
    if stat:
        show_stat(console, results, rich_view)
    sys.exit(EXIT_FAILED if failed else 0)


def display_name(name):
    return "<stdin>" if name == "-" else name


def diff_clean(ctx, name, url, rules_dirs, no_site_rules):
    """Clean one input for the preview; None (after the error line) when it fails."""
    from cleaner import CleanerError
    from cleaner import clean as clean_page
    from cleaner.source import read_file

    try:
        data = sys.stdin.buffer.read() if name == "-" else read_file(name)
        return clean_page(data, url=url, rules_dirs=rules_dirs, site_rules=not no_site_rules,
                          explain=True)
    except CleanerError as e:
        if ctx.obj["traceback"]:
            raise
        click.echo(f"error: {e}" if e.__class__.__name__ == "RuleError" else
                   f"error: {display_name(name)}: {e}", err=True)
    except KeyboardInterrupt:
        fail(display_name(name), "interrupted", EXIT_INTERRUPTED)
    return None


def diff_console(rich_view):
    """Markup, emoji and highlighting off: page text must print exactly as scraped."""
    from rich.console import Console

    return Console(highlight=False, markup=False, emoji=False, force_terminal=rich_view or None,
                   color_system="auto" if rich_view else None)


def diff_pager(console, wanted):
    """The pager, only on a real terminal. LESS=FRX (as git sets it) keeps colours and quits at
    once when the output fits on one screen."""
    import contextlib
    import os

    if not (wanted and sys.stdout.isatty()):
        return contextlib.nullcontext()
    os.environ.setdefault("LESS", "FRX")
    return console.pager(styles=True)


def show_diff(console, result, name, rich_view, side_by_side, labels):
    from cleaner.preview import labelled_text, preview_blocks, unified_diff

    blocks = preview_blocks(result)
    if labels or not (rich_view or side_by_side):
        click.echo(labelled_text(blocks) if labels else unified_diff(blocks, name), nl=False)
        for warning in result.warnings:
            click.echo(f"warning: {name}: {warning}", err=True)
        return
    console.print(diff_header(result, name, blocks))
    console.print(side_by_side_table(result, blocks) if side_by_side else diff_body(blocks))


def diff_header(result, name, blocks):
    """A panel: the attribution found, the rule used, block counts, and the warnings."""
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    from cleaner.preview import count_kinds

    grid = Table.grid(padding=(0, 2))
    grid.add_column(style=STYLE_LABEL, no_wrap=True)
    grid.add_column(overflow="fold")
    for key, value in result.attribution.as_dict().items():
        grid.add_row(key, Text(str(value)))
    grid.add_row("rule", Text(result.rule or "no rule: generic"))
    counts = count_kinds(blocks)
    grid.add_row("blocks", Text(f"{counts['kept']} kept, {counts['removed']} removed, "
                                f"{counts['attribution']} read into attribution"))
    for warning in result.warnings:
        grid.add_row(Text("warning", style=STYLE_WARNING), Text(warning, style=STYLE_WARNING))
    return Panel(grid, title=Text(name), title_align="left")


def diff_body(blocks):
    """The page in reading order: a gutter mark, then the block with its label."""
    from rich.table import Table

    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column(overflow="fold")
    for block in blocks:
        grid.add_row(*block_cells(block))
    return grid


def block_cells(block):
    """(mark, text) for one block: `-` removed (struck), `=` read into attribution (with the
    fields it filled), `~` kept with inline removals (struck in place), ` ` kept."""
    from rich.text import Text

    from cleaner.preview import ATTRIBUTION, KEPT, MARKS

    if block.status == KEPT:
        text = Text(block.text)
        for cut in block.cuts:
            text.stylize(STYLE_REMOVED, cut.start, cut.end)
        labels = [cut.label for cut in block.cuts] + list(block.lost)
        if labels:
            text.append(f"  {'; '.join(labels)}", style=STYLE_LABEL)
        return (Text("~", style=STYLE_REMOVED) if labels else Text(" ")), text
    style = STYLE_ATTRIBUTION if block.status == ATTRIBUTION else STYLE_REMOVED
    text = Text()
    text.append(block.text, style=style)
    if block.fields:
        text.append(f"  → {', '.join(block.fields)}", style=STYLE_FIELDS)
    text.append(f"  {block.label}", style=STYLE_LABEL)
    return Text(MARKS[block.status], style=style), text


def side_by_side_table(result, blocks):
    """Page blocks beside the Markdown they became. rich measures cells, not characters, so
    wide CJK text keeps the columns aligned."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    from cleaner.preview import side_by_side_rows

    table = Table(box=box.MINIMAL, show_lines=True, expand=True)
    table.add_column(Text("page"), ratio=1, overflow="fold")
    table.add_column(Text("cleaned Markdown"), ratio=1, overflow="fold")
    for row in side_by_side_rows(result, blocks):
        left = Text("\n").join(Text.assemble(*block_cells(b)[:1], " ", block_cells(b)[1]) for b in row.left)
        table.add_row(left, Text(row.right, style=STYLE_FIELDS if row.right_is_fields else ""))
    return table


def show_stat(console, results, rich_view):
    """One line per removal reason; several inputs give one summary table."""
    from cleaner.preview import format_stat, stat_rows

    if not results:
        return
    rows, removed, kept = stat_rows(results)
    several = len(results) > 1
    if not rich_view:
        click.echo(format_stat(rows, removed, kept, several), nl=False)
        return
    title = f"{len(results)} inputs" if several else next(iter(results))
    console.print(stat_table(rows, removed, kept, several, title))


def stat_table(rows, removed, kept, several, title):
    from rich import box
    from rich.table import Table
    from rich.text import Text

    table = Table(title=Text(title), box=box.SIMPLE_HEAD, title_justify="left")
    if several:
        table.add_column(Text("inputs"), justify="right")
    for header in ("blocks", "chars"):
        table.add_column(Text(header), justify="right")
    table.add_column(Text("reason"))
    for row, style in [(r, "") for r in rows] + [(removed, STYLE_REMOVED.split()[0]), (kept, STYLE_KEPT)]:
        if row is removed:
            table.add_section()
        cells = [str(len(row.inputs))] if several else []
        table.add_row(*map(Text, cells + [str(row.blocks), str(row.chars)]), Text(row.reason), style=style)
    return table


def check_output(output, text, show_diff, check):
    """clean --check/--diff: compare what would be written with the existing OUTPUT, writing
    nothing. A missing OUTPUT counts as different. Returns True when they differ."""
    import os

    from cleaner.preview import text_diff
    from cleaner.source import read_file

    old = read_file(output) if os.path.lexists(output) else None
    if old == text.encode("utf-8"):
        return False
    if show_diff:
        before = old.decode("utf-8", "replace") if old is not None else ""
        click.echo(text_diff(before, text, output if old is not None else "/dev/null", output,
                             "existing", "would be written"), nl=False)
    if check:
        click.echo(f"would {'change' if old is not None else 'create'}: {output}", err=True)
    return True


# ------------------------------------------------------------------ cleaner rules (issue #6)

RULES_DIR_HELP = "Directory of user rule files (TOML or FiveFilters .txt). Repeatable."


def user_rules_option(f):
    return click.option("--rules", "rules_dirs", multiple=True, type=click.Path(file_okay=False),
                        help=RULES_DIR_HELP)(f)


def rules_fail(ctx, error):
    """Engine errors at the `rules` boundary: one line, the error names its own file."""
    if ctx.obj["traceback"]:
        raise error
    click.echo(f"error: {error}", err=True)
    sys.exit(EXIT_FAILED)


@main.group("rules")
def rules_cmd():
    """List, show, check and test site rules; draft new ones from saved pages.

    \b
    Examples:
      cleaner rules list --rules ./my-rules
      cleaner rules check
      cleaner rules test zcfgw.org
      cleaner rules learn a.html b.html c.html -o rules/example.org.toml
    """


@rules_cmd.command("list")
@user_rules_option
@click.pass_context
def rules_list(ctx, rules_dirs):
    """A table of the site rules in force: site, hosts, file, bundled/user, number of tests.

    \b
    Examples:
      cleaner rules list
      cleaner rules list --rules ~/ftr-site-config
    """
    from cleaner import CleanerError
    from cleaner.ruletest import list_rules

    problems = []
    try:
        infos = list_rules(rules_dirs, problems)
    except CleanerError as e:
        rules_fail(ctx, e)
    rows = [("SITE", "HOSTS", "FILE", "FROM", "TESTS")]
    for info in infos:
        origin = info.origin + (f" (overrides {len(info.overrides)})" if info.overrides else "")
        rows.append((info.site, ", ".join(info.hosts), str(info.path), origin, str(info.tests)))
    widths = [max(cell_width(r[i]) for r in rows) for i in range(4)]
    for row in rows:
        cells = (c + " " * (w - cell_width(c)) for c, w in zip(row, widths, strict=False))
        click.echo("  ".join(cells) + "  " + row[4])
    report_unreadable(problems)


def report_unreadable(problems):
    """Rule files that could not be read, one `error:` line each, after what could be done
    without them; exit status 1."""
    for problem in problems:
        click.echo(f"error: {problem}", err=True)
    if problems:
        sys.exit(EXIT_FAILED)


def cell_width(text):
    """Columns a string takes in a terminal: CJK characters take two."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


@rules_cmd.command("show")
@click.argument("site")
@user_rules_option
@click.pass_context
def rules_show(ctx, site, rules_dirs):
    """The rule for SITE (a host, file name or site name) as loaded, after user overrides,
    with the file and line each entry came from.

    \b
    Examples:
      cleaner rules show zcfgw.org
      cleaner rules show www.example.org --rules ./my-rules
    """
    from cleaner import CleanerError
    from cleaner.rules import load_ruleset
    from cleaner.ruletest import describe, find_rule, replacements

    try:
        ruleset = load_ruleset(rules_dirs)
        rule = find_rule(ruleset, site)
        if rule is None:
            fail(site, "no rule for this site (see `cleaner rules list`)")
        replaced = replacements(ruleset, rules_dirs, rule.hosts).get(rule.path, ())
        rows = describe(rule)
    except CleanerError as e:
        rules_fail(ctx, e)
    click.echo(f"# {rule.path}")
    for path in replaced:
        click.echo(f"# overrides {path}")
    for key, value, where in rows:
        click.echo(f"{key}: {value}    ({where})")


@rules_cmd.command("check")
@click.argument("paths", nargs=-1, type=click.Path())
@user_rules_option
def rules_check(paths, rules_dirs):
    """Validate rule files (default: the bundled rules and --rules dirs): unknown keys, wrong
    types, invalid CSS, XPath or regexes, a host served by two files. Every problem of a file is
    printed, in line order, as `file:line: message`; the exit status is 1 if there is any.

    \b
    Examples:
      cleaner rules check
      cleaner rules check rules/example.org.toml
      cleaner rules check --rules ./my-rules
    """
    from cleaner.rules import bundled_rules_dir
    from cleaner.ruletest import check_paths

    targets = list(paths) or [str(bundled_rules_dir()), *rules_dirs]
    problems = check_paths(targets)
    for problem in problems:
        click.echo(problem)
    if problems:
        sys.exit(EXIT_FAILED)
    click.echo(f"ok: {', '.join(targets)}")


@rules_cmd.command("test")
@click.argument("sites", nargs=-1)
@user_rules_option
@click.option("--samples", "samples_dir", type=click.Path(file_okay=False),
              help="Where the tests' samples live (default: samples/ beside the bundled rules).")
@click.pass_context
def rules_test(ctx, sites, rules_dirs, samples_dir):
    """Run each rule's own [[test]] entries offline, generic fallback off, and report entries
    that removed or matched nothing on any of the rule's samples ("rule no longer fires").
    Exit status 1 if a test fails.

    \b
    Examples:
      cleaner rules test
      cleaner rules test zcfgw.org newswire-digest.com
      cleaner rules test --rules ./my-rules --samples ./my-samples
    """
    from cleaner import CleanerError
    from cleaner.ruletest import run_tests

    problems = []
    try:
        reports = run_tests(rules_dirs, sites, samples_dir, problems)
    except CleanerError as e:
        rules_fail(ctx, e)
    failed = skipped = 0
    for report in reports:
        for o in report.outcomes:
            status = "SKIP" if o.skipped else "ok" if o.ok else "FAIL"
            failed += status == "FAIL"
            skipped += status == "SKIP"
            click.echo(f"{status:4}  {report.rule.name} test[{o.index}] {o.sample}")
            for line in [o.skipped] * bool(o.skipped) + o.failures + o.diff.splitlines():
                click.echo(f"      {line}")
        for entry in report.unused:
            click.echo(f"unused  {report.rule.name}: {entry}: rule no longer fires (nothing on any sample)")
    tests = sum(len(r.outcomes) for r in reports)
    click.echo(f"{tests - failed - skipped}/{tests} rule tests passed"
               + (f", {skipped} skipped (no saved page)" if skipped else ""))
    report_unreadable(problems)
    if failed:
        sys.exit(EXIT_FAILED)


def write_draft(draft_toml, output, inputs):
    """The drafted rule to -o FILE (atomically, never over an input) or stdout."""
    from cleaner.output import same_file, write_atomic

    if not output:
        click.echo(draft_toml, nl=False)
        return
    if any(same_file(p, output) for p in inputs):
        fail(output, "refusing to overwrite an input")
    write_atomic(output, draft_toml)


def show_previews(previews, err):
    """Per page: how many blocks the draft keeps, and each removal with the entry behind it."""
    for p in previews:
        click.echo(f"== {p.page}: keeps {p.kept_blocks} blocks, removes {len(p.removed)}", err=err)
        click.echo(f"   first: {p.first[:70]}", err=err)
        click.echo(f"   last:  {p.last[:70]}", err=err)
        for label, kind, text in p.removed:
            click.echo(f"   - {label} [{kind}] {' '.join(text.split())[:60]}", err=err)


@rules_cmd.command("new")
@click.argument("host")
@click.option("--from", "page", required=True, type=click.Path(dir_okay=False),
              help="A saved page of the site.")
@click.option("--url", help="The page's address (default: case.toml beside it, or its canonical link).")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the rule here instead of stdout.")
@click.pass_context
def rules_new(ctx, host, page, url, output):
    """Draft a rule file for HOST from one saved page: the content container the generic path
    found (as an id or class selector), its removals as [[remove]] entries, and a [[test]].

    \b
    Examples:
      cleaner rules new example.org --from saved.html
      cleaner rules new example.org --from saved.html -o rules/example.org.toml
    """
    from cleaner import CleanerError
    from cleaner.learn import scaffold, to_toml

    try:
        draft, previews = scaffold(page, host, url)
        write_draft(to_toml(draft), output, [page])
    except CleanerError as e:
        rules_fail(ctx, e)
    show_previews(previews, err=not output)


@rules_cmd.command("learn")
@click.argument("pages", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("--host", help="The site's host (default: from the pages' URLs).")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the rule here instead of stdout.")
@click.pass_context
def rules_learn(ctx, pages, host, output):
    """Learn a site's template from three or more saved pages: what repeats is chrome, the
    container whose text varies is the article. Writes a rule with id/class selectors,
    block-text patterns and tests, and shows per page what it would remove.

    \b
    Examples:
      cleaner rules learn p1.html p2.html p3.html --host example.org
      cleaner rules learn samples/example.org/*/input.html -o rules/example.org.toml
    """
    from cleaner import CleanerError
    from cleaner.learn import learn, to_toml

    if len(pages) < 3:
        raise click.UsageError("rules learn needs at least three pages of the site")
    try:
        draft, previews = learn(pages, host)
        write_draft(to_toml(draft), output, pages)
    except CleanerError as e:
        rules_fail(ctx, e)
    show_previews(previews, err=not output)


def run():
    """The console script. Most runs clean one page in a process of their own, where the cycle
    collector would walk the objects that importing made, several times over and once more at
    exit, and find nothing worth freeing: a tenth of such a run. A batch turns it back on."""
    gc.disable()
    atexit.register(gc.freeze)  # what is frozen, the pass at exit skips
    main()


if __name__ == "__main__":
    run()
