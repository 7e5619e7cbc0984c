"""The article a page that its script renders carries in its script's data: the HTML of its text,
a string in the JSON or JavaScript the app starts from (Next.js's __NEXT_DATA__, Nuxt's
__NUXT_DATA__, `window.__INITIAL_STATE__ = {...}`). A scraper that saves the page without running
its script gets this data and an empty shell.

Read only from a page that shows no article: data also holds the next story an endless page
loads, or a list's stories, beside a page that shows its own."""

from __future__ import annotations

import json
import re
from itertools import islice

from . import jsonld, regexes

# A paragraph's start tag, as JSON (raw or escaped) and JavaScript write it: a cheap test of a
# script, before its strings are read.
MARKERS = ("<p>", "<p ", "\\u003cp", "\\u003Cp", "\\x3cp", "\\x3Cp")
STRING = regexes.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"')  # a JSON / JavaScript "string", escapes included
PARAGRAPH = regexes.compile(r"<p[\s>]", re.I)
MIN_PARAGRAPHS = 2
MIN_LETTERS = jsonld.MIN_BODY_CHARS  # shorter HTML in data is a teaser or a caption
MAX_SHOWN_SHARE = 0.5  # a shell shows less than half as many letters as the story it loads
MAX_SHOWN_RUN = 150  # letters: a page that shows a paragraph this long shows its own article
MAX_SHOWN_PARAGRAPHS = 2  # <p>s: a page with more shows an article


def may_be_a_shell(body):
    """The page (its <body>, or None) shows no more than two paragraphs: a page with more shows
    an article, and its scripts are not read."""
    return body is None or next(islice(body.iter("p"), MAX_SHOWN_PARAGRAPHS, None), None) is None


def unshown_article(scripts, body):
    """The HTML of the story in the data of the page's `scripts` when the page (its <body>, or
    None), which may be a shell, is one: no long run of text, fewer than half the story's letters
    in all; and when no other story there is half as long (a list's stories, not a story's
    data)."""
    stories = _stories(scripts)
    if not stories or len(stories) > 1 and stories[1][1] * 2 >= stories[0][1]:
        return None
    html, length = stories[0]
    if body is not None and (_letters(body.text_content()) >= length * MAX_SHOWN_SHARE
                             or any(_letters(run) >= MAX_SHOWN_RUN for run in body.itertext())):
        return None
    return html


def _stories(scripts):
    """(HTML, its letters) of each distinct string with paragraphs in the scripts' data, longest
    first."""
    found = {}
    for script in scripts:
        if not any(marker in script for marker in MARKERS):
            continue
        for match in STRING.finditer(script):
            literal = match.group()
            if len(literal) < MIN_LETTERS or not any(marker in literal for marker in MARKERS):
                continue
            try:  # (JavaScript's \x escapes are JSON's \u00)
                value = json.loads(literal.replace("\\x", "\\u00"), strict=False)
            except ValueError:
                continue
            n = _letters(jsonld.TAG.sub("", value))
            if n >= MIN_LETTERS and len(PARAGRAPH.findall(value)) >= MIN_PARAGRAPHS:
                found[value] = n
    return sorted(found.items(), key=lambda item: item[1], reverse=True)


def _letters(text):
    return len("".join(text.split()))
