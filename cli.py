"""The `cleaner` command: the only module that talks to click and rich.

Exit codes, decided here and only here:
  0  success
  1  an input failed (unreadable, not a page, no article found, bad rule file)
  2  usage error (click's own)
  130 interrupted (Ctrl-C)
"""

from __future__ import annotations

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
@click.pass_context
def clean(ctx, input, output, url, rules_dirs, no_site_rules, fmt, no_front_matter, no_attribution):
    """Clean one page (a file, or - / nothing for stdin) into Markdown.

    \b
    Examples:
      cleaner clean page.html --url https://www.zcfgw.org/zxsd/8104090.html
      cat page.html | cleaner clean --url https://example.org/a > page.md
      cleaner clean page.txt --format json
    """
    from cleaner import CleanerError
    from cleaner import clean as clean_page
    from cleaner.batch import read_input, same_file, write_atomic

    name = "<stdin>" if input == "-" else input
    if output and input != "-" and same_file(input, output):
        fail(output, "refusing to overwrite the input")
    try:
        data = sys.stdin.buffer.read() if input == "-" else read_input(input)
        result = clean_page(data, url=url, rules_dirs=rules_dirs, site_rules=not no_site_rules,
                            front_matter=not no_front_matter, attribution_line=not no_attribution)
        text = format_result(result, fmt)
        if output:
            write_atomic(output, text)
        else:
            click.echo(text, nl=False)
    except CleanerError as e:
        fail_on(e, name, ctx)
    except KeyboardInterrupt:
        fail(name, "interrupted", EXIT_INTERRUPTED)
    for warning in result.warnings:
        click.echo(f"warning: {name}: {warning}", err=True)


def format_result(result, fmt):
    if fmt == "json":
        return json.dumps(result.as_dict(), ensure_ascii=False, indent=2) + "\n"
    if fmt == "text":
        title = [result.attribution.title] if result.attribution.title else []
        return "\n\n".join(title + [b.text for b in result.blocks if b.kept]) + "\n"
    return result.markdown


if __name__ == "__main__":
    main()
