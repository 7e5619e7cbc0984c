"""A page's JSON-LD: the schema.org items of its <script type="application/ld+json">, and the
article's text there, which a page that its script renders in the browser may show nowhere else."""

from __future__ import annotations

import html
import json
import re

from . import regexes

PROBE_CHARS = 24  # of the text without white space and punctuation: a few words, half a Chinese sentence
PROBES = (0.25, 0.5, 0.75)  # where probes are taken (not at the start, which may repeat the headline)
MIN_BODY_CHARS = PROBE_CHARS * 4  # a shorter articleBody is a summary, not a text to show
PARAGRAPH_BREAK = regexes.compile(r"\n\s*\n")
NOT_WORD = regexes.compile(r"\W+")
TAG = regexes.compile(r"<[^>]*>")
MARKUP = regexes.compile(r"</?(?:p|br|div|h[1-6]|ul|ol|li|blockquote|figure|img|a|strong|em|b|i|span)\b[^>]*>", re.I)


def items(scripts):
    """The items of JSON-LD texts, each a dict, whatever shape each text has (a graph, a list,
    an item); texts that are no JSON are passed over."""
    out = []
    for script in scripts:
        try:
            data = json.loads(script, strict=False)  # (newlines inside strings, as many sites write them)
        except ValueError:
            continue
        found = data.get("@graph", [data]) if isinstance(data, dict) else data
        out.extend(item for item in (found if isinstance(found, list) else [data]) if isinstance(item, dict))
    return out


def is_article(item):
    kind = str(item.get("@type", ""))
    return "Article" in kind or "Posting" in kind or kind in ("Recipe", "Review", "WebPage")


def article_body(found):
    """The article's text (`articleBody`), unless several items each give one: a list of
    articles, not an article."""
    texts = {text.strip() for item in found if is_article(item)
             and isinstance(text := item.get("articleBody"), str) and text.strip()}
    return texts.pop() if len(texts) == 1 else None


def as_html(text):
    """An articleBody as HTML: as it is when a CMS stored its markup, else its paragraphs, split
    where it leaves a blank line (else at each line break)."""
    if MARKUP.search(text):
        return text
    text = html.unescape(text)  # (entities in plain text: "O&#39;Brien", as CMSs write it)
    pieces = PARAGRAPH_BREAK.split(text) if PARAGRAPH_BREAK.search(text) else text.split("\n")
    return "".join(f"<p>{html.escape(' '.join(piece.split()))}</p>" for piece in pieces if piece.strip())


def unshown(article_body, page_text):
    """The articleBody (text or HTML) is long enough to be an article, and the page shows none of
    it: probes from its first quarter, its middle and its last quarter are nowhere in the page's
    text, looked for letter by letter across any white space and punctuation (the page may set its
    quotes and dashes otherwise)."""
    text = html.unescape(TAG.sub(" ", article_body))
    if len(text) < MIN_BODY_CHARS:
        return False
    for at in PROBES:
        start = int(len(text) * at)
        probe = NOT_WORD.sub("", text[start:start + PROBE_CHARS * 4])[:PROBE_CHARS]
        if re.search(r"\W*".join(map(re.escape, probe)), page_text, re.IGNORECASE):
            return False
    return True
