"""Attribution beside the body, run by benchmarks/run.py: does each system credit the page as a
careful reader would? Scored on the corpora whose `ID.json` holds the expected fields (`title`,
and `attribution`: source, original_url, author, date, site, each null, a value, or a list of
values that are equally right; null in the list makes giving none right too, where a page half
states a value, as a source's home page linked where its article is not).

Per field, precision is the share of the values a system gave that are right, and recall the
share of the values pages state that it gave rightly: a source made up from the republisher's
name costs precision, a credit line missed costs recall. Values are compared by their letters
and digits only (NFKC, case folded), so "《人民日报》" and "人民日报", or "Doe, Jane; Roe, John" and
"Doe, Jane, Roe, John", match, and a source or site with or without a leading "The"; dates as
YYYY-MM-DD; addresses (an original URL, a site named by its address) without scheme, "www." or a
final "/".
Every system is given the page's URL, as a scraper has it.
"""

from __future__ import annotations

import re
import unicodedata

FIELDS = ("title", "source", "original_url", "author", "date", "site")
NOT_WORD = re.compile(r"[\W_]+")
NAME_JOINS = re.compile(r"\s*(?:[,;&、]|\band\b)\s*")  # between co-authors: "A, B", "A and B", "A、B"


def make_cleaner():
    from cleaner import clean

    def read(raw, url):
        a = clean(raw, url=url, site_rules=False).attribution
        return {name: getattr(a, name) for name in FIELDS}

    return read


def make_trafilatura():
    """Its metadata as its own pipeline reads it: decoded by trafilatura, then extract_metadata."""
    from trafilatura import extract_metadata
    from trafilatura.utils import load_html

    def read(raw, url):
        meta = extract_metadata(load_html(raw), default_url=url)
        return {"title": meta.title, "author": meta.author, "date": meta.date, "site": meta.sitename}

    return read


def make_readability():
    from readability import Document

    def read(raw, url):
        return {"title": Document(raw).short_title()}

    return read


# Each system's reader, and the fields it reads (it is scored on those only).
READERS = {
    "cleaner": (make_cleaner, FIELDS),
    "trafilatura": (make_trafilatura, ("title", "author", "date", "site")),
    "readability": (make_readability, ("title",)),
}


def expected_fields(truth):
    """The expected values of a page's JSON, or None when it holds no attribution."""
    if "attribution" not in truth:
        return None
    return {"title": truth.get("title"), **truth["attribution"]}


def _key(field, value):
    value = unicodedata.normalize("NFKC", value).strip().casefold()
    if field == "original_url":
        return re.sub(r"^https?://(www\.)?", "", value).rstrip("/")
    if field == "site":
        value = re.sub(r"^(?:https?://)?(?:www\.)?", "", value).rstrip("/")  # a site named by its address
    if field in ("source", "site"):
        value = re.sub(r"^the\s+", "", value)  # "The Associated Press" is "Associated Press"
    return value if field == "date" else NOT_WORD.sub("", value)


def _values(expected):
    return expected if isinstance(expected, list) else [expected]


def is_right(field, expected, given):
    """The value is one of the expected forms; an author's may also name several of them (co-authors
    the annotators listed one by one: "Carys Lloyd, Tom Bellamy")."""
    right = {_key(field, value) for value in _values(expected) if value is not None}
    if _key(field, given) in right:
        return True
    names = [name for name in NAME_JOINS.split(given) if name] if field == "author" else []
    return len(names) > 1 and all(_key(field, name) in right for name in names)


def score(system, pages):
    """Score one system's reader over (page id, raw, url, expected) pages: see tally()."""
    make, fields = READERS[system]
    read = make()

    def safely(raw, url):
        try:
            return read(raw, url)
        except Exception:  # no output is no value
            return {}

    return tally(fields, [(page_id, expected, safely(raw, url)) for page_id, raw, url, expected in pages])


def tally(fields, rows):
    """{field: (precision, recall)} over (page id, expected, given) rows, and the misses:
    (page id, field, expected, given)."""
    counts = {field: [0, 0, 0] for field in fields}  # right, given, stated
    misses = []
    for page_id, expected, got in rows:
        for field in fields:
            want, value = _values(expected.get(field)), got.get(field) or None
            optional = None in want  # the page half states it: giving it or not are both right
            want = [v for v in want if v is not None]
            right = bool(want and value and is_right(field, want, value))
            counts[field][0] += right
            counts[field][1] += value is not None
            counts[field][2] += bool(want) and not (optional and value is None)
            if not right and (value or (want and not optional)):
                misses.append((page_id, field, want, value))
    table = {field: (right / given if given else None, right / stated if stated else None)
             for field, (right, given, stated) in counts.items()}
    return table, misses


def format_table(results):
    """One row per system, a `P/R` cell per field ('-' for a field a system does not read)."""
    rows = [["system", *FIELDS]]
    for system, table in results.items():
        rows.append([system, *("-" if field not in table else "/".join(
            "-" if x is None else f"{x:.2f}" for x in table[field]) for field in FIELDS)])
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join([row[0].ljust(widths[0]), *(c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True))])
             for row in rows]
    lines.insert(1, "-" * len(lines[0]))
    return ("attribution, P/R per field (the page's URL given; P: right among the values given, "
            "R: right among the values the pages state):\n" + "\n".join(lines))


def format_misses(misses, count):
    lines = [f"cleaner's attribution misses ({min(count, len(misses))} of {len(misses)}; expected -> given):"]
    lines += [f"  {page_id}  {field}: {want!r} -> {given!r}" for page_id, field, want, given in misses[:count]]
    return "\n".join(lines)
