"""What does a change change? Every corpus page cleaned by two versions, and each difference.

    python benchmarks/changes.py HEAD              # the last commit against the working tree
    python benchmarks/changes.py REV1 REV2 --corpus benchmarks/corpora/zh
    python benchmarks/changes.py HEAD --generic    # as run.py scores: no URL, no site rules

The benchmark's figures move by a page or two at a time, and a figure that did not move may hide
a page that got better and one that got worse. This lists every page whose front matter or body
changed between two versions, field by field and line by line, as a reviewer wants to read a
change. Pages are cleaned as a user cleans them (their URL given, the bundled site rules on),
with both versions in one process (see ab.py, whose export it shares).
"""

from __future__ import annotations

import argparse
import difflib
import importlib
import subprocess
import sys
from pathlib import Path

BODY_LINES = 8  # of each page's body diff; --lines changes it


def outcome(clean, errors, page, generic):
    """(front matter fields, body lines) of a page, or its error as a field of its own."""
    try:
        result = clean(page.raw, url=None if generic else page.url, site_rules=not generic)
    except errors as e:
        return {"error": str(e)}, []
    return result.attribution.as_dict(), result.body.splitlines()


def differences(old, new, lines=BODY_LINES):
    """Lines saying how `new` (fields, body) differs from `old`: each changed field, then the
    body's unified diff, cut to `lines` lines."""
    (old_fields, old_body), (new_fields, new_body) = old, new
    out = [f"  {name}: {old_fields.get(name)!r} -> {new_fields.get(name)!r}"
           for name in dict.fromkeys([*old_fields, *new_fields]) if old_fields.get(name) != new_fields.get(name)]
    diff = [line for line in difflib.unified_diff(old_body, new_body, lineterm="", n=0)
            if not line.startswith(("---", "+++", "@@"))]
    out += [f"    {line}" for line in diff[:lines]]
    if len(diff) > lines:
        out.append(f"    … {len(diff) - lines} more changed lines")
    return out


def main(argv=None):
    from ab import archive_failed, versions  # the sibling scripts, as run.py imports its own
    from run import DEFAULT_CORPORA, load_pages

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("a", help="the base revision")
    parser.add_argument("b", nargs="?", help="the revision to compare (default: the working tree)")
    parser.add_argument("--corpus", type=Path, action="append", help="a corpus directory (repeatable; "
                        "default: run.py's corpora that are present)")
    parser.add_argument("--generic", action="store_true", help="no URL and no site rules, as run.py scores")
    parser.add_argument("--lines", type=int, default=BODY_LINES, help="body diff lines shown per page")
    parser.add_argument("--limit", type=int, help="only the first N pages of each corpus")
    args = parser.parse_args(argv)
    corpora = [c for c in args.corpus or DEFAULT_CORPORA if c.is_dir()]
    if not corpora:
        print("skipped: no corpus found")
        return 0
    changed = total = 0
    try:
        with versions(args.a, args.b) as packages:
            cleaners = [(package.clean, importlib.import_module(f"{package.__name__}.errors").CleanerError)
                        for package in packages]
            for corpus in corpora:
                for page in load_pages(corpus, args.limit):
                    old, new = (outcome(clean, errors, page, args.generic) for clean, errors in cleaners)
                    total += 1
                    if old != new:
                        changed += 1
                        print(f"{corpus.name}/{page.html_path.name}", *differences(old, new, args.lines), sep="\n")
    except subprocess.CalledProcessError as e:
        return archive_failed(e)
    print(f"{changed} of {total} pages changed ({args.a} -> {args.b or 'the working tree'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
