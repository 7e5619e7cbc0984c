"""The benchmark's reduction of Markdown to the text a reader sees: what it gets wrong, every
system's score gets wrong (benchmarks/run.py is a script, not part of the package)."""

import importlib.util
import sys

import pytest
from conftest import ROOT

spec = importlib.util.spec_from_file_location("benchmark_run", ROOT / "benchmarks" / "run.py")
run = sys.modules[spec.name] = importlib.util.module_from_spec(spec)  # dataclasses look it up
spec.loader.exec_module(run)


@pytest.mark.parametrize("markdown,text", [
    ('---\ntitle: "T"\n---\n\nBody.', "Body."),
    ("See [the report](https://example.org/r \"R\") now.", "See the report now."),
    ("![a chart](https://example.org/c.png)\n\nCaption.", "Caption."),
    ("## Heading\n\n* one\n* two\n\n1. first", "Heading one two first"),
    ("It opened as \\<The Palace: Tale\\> in 2018.", "It opened as <The Palace: Tale> in 2018."),
    ("Raw <b>bold</b> markup.", "Raw bold markup."),
    ("| a | b |\n|---|---|\n| 1 | 2 |", "a b 1 2"),
    ("A \\*literal\\* star and _emphasis_.", "A *literal* star and emphasis."),
])
def test_markdown_to_text(markdown, text):
    assert run.markdown_to_text(markdown).split() == text.split()  # scores count words, not spaces
