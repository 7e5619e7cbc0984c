"""The article a page that its script renders carries in its script's data: the HTML of its text,
a string in the JSON or JavaScript the app starts from (Next.js's __NEXT_DATA__, Nuxt's
__NUXT_DATA__, `window.__INITIAL_STATE__ = {...}`). A scraper that saves the page without running
its script gets this data and an empty shell.

Read only from a page that shows no article: data also holds the next story an endless page
loads, or a list's stories, beside a page that shows its own."""

from __future__ import annotations

import json
import re

from . import jsonld, regexes
from .paragraphs import ends_sentence, weight

# A paragraph's start tag, as JSON (raw or escaped) and JavaScript write it: a cheap test of a
# script, before its strings are read.
MARKERS = ("<p>", "<p ", "\\u003cp", "\\u003Cp", "\\x3cp", "\\x3Cp")
STRING = regexes.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"')  # a JSON / JavaScript "string", escapes included
PARAGRAPH = regexes.compile(r"<p[\s>]", re.I)
MIN_PARAGRAPHS = 2
MIN_LETTERS = jsonld.MIN_BODY_CHARS  # shorter HTML in data is a teaser or a caption
MAX_SHOWN_RUN = 150  # letters: a page that shows a paragraph this long shows its own article
MAX_SHOWN_PARAGRAPHS = 2  # a page with more shows an article ...
MIN_PARAGRAPH_LETTERS = 40  # ... counting the <p>s this long that end a sentence (not a footer's lines)


def may_be_a_shell(body):
    """The page (its <body>, or None) shows no more than two paragraphs of text: a page with more
    shows an article, and its scripts are not read."""
    shown = 0
    for p in () if body is None else body.iter("p"):
        text = (p.text_content() if len(p) else p.text or "").strip()  # (most <p>s hold text alone)
        if ends_sentence(text) and _letters(text) >= MIN_PARAGRAPH_LETTERS:
            shown += 1
            if shown > MAX_SHOWN_PARAGRAPHS:
                return False
    return True


def unshown_article(scripts, body):
    """The HTML of the story in the data of the page's `scripts` when the page (its <body>, or
    None), which may be a shell, is one: no long run of text, less text than the story in all
    (by weight); and when no other story there is half as long (a list's stories, not a story's
    data)."""
    stories = _stories(scripts)
    if not stories or len(stories) > 1 and stories[1][1] * 2 >= stories[0][1]:
        return None
    html, length = stories[0]
    if body is not None and (_weight(body.text_content()) >= length  # (a shell shows its menus, its footer)
                             or any(_letters(run) >= MAX_SHOWN_RUN for run in body.itertext())):
        return None
    return html


def _stories(scripts):
    """(HTML, its weight) of each distinct string with paragraphs in the scripts' data, heaviest
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
            text = jsonld.TAG.sub("", value)
            if _letters(text) >= MIN_LETTERS and len(PARAGRAPH.findall(value)) >= MIN_PARAGRAPHS:
                found[value] = _weight(text)
    return sorted(found.items(), key=lambda item: item[1], reverse=True)


def _weight(text):
    """Its letters, each CJK one counted thrice (as the content scorer weighs text)."""
    return weight("".join(text.split()))


def _letters(text):
    return len("".join(text.split()))
