"""The engine's data: what a page is, what was removed from it, and what came out.

Records are named tuples and plain classes, not dataclasses: defining a dataclass costs one or
two milliseconds of every start-up, and `cleaner clean` on one page is mostly start-up."""

from __future__ import annotations

import enum
import functools
from collections.abc import Sequence
from typing import NamedTuple


class Kind(enum.StrEnum):
    """Why a block was removed. Rule files name these in `kind = "..."`."""

    NAVIGATION = "navigation"
    BREADCRUMB = "breadcrumb"
    HEADER = "header"
    INFO = "info"
    ATTRIBUTION = "attribution"
    DISCLAIMER = "disclaimer"
    COPYRIGHT = "copyright"
    CONTACT = "contact"
    SHARE = "share"
    RELATED = "related"
    COMMENTS = "comments"
    NEWSLETTER = "newsletter"
    COOKIE = "cookie"
    PRINT = "print"
    AD = "ad"
    FOOTER = "footer"
    CUT_OFF = "cut-off"
    BOILERPLATE = "boilerplate"
    OTHER = "other"


ATTRIBUTION_FIELDS = (
    "title", "source", "original_url", "author", "original_title", "editor", "date", "original_date", "site",
)


class Removal(NamedTuple):
    """One block taken out of the page, and what took it out.

    `rule` reads `example.org.toml › remove[disclaimer]`, `global › contact`,
    `generic › readability`; `fields` lists the attribution fields the block filled.
    `order` is the block's position in the page, so a preview can show it in place.
    """

    rule: str
    kind: Kind
    text: str
    order: int
    fields: tuple[str, ...] = ()


class Attribution:
    """Who wrote the article first, and who republished it (each field None when unknown)."""

    FIELDS = (*ATTRIBUTION_FIELDS, "url", "language")

    def __init__(self, **values):
        unknown = set(values) - set(self.FIELDS)
        if unknown:
            raise TypeError(f"unknown attribution field(s): {', '.join(sorted(unknown))}")
        for name in self.FIELDS:
            setattr(self, name, values.get(name))

    def as_dict(self):
        return {k: v for k, v in self.__dict__.items() if v}

    def __eq__(self, other):
        return isinstance(other, Attribution) and self.__dict__ == other.__dict__

    def __repr__(self):
        return f"Attribution({', '.join(f'{k}={v!r}' for k, v in self.as_dict().items())})"


class Block(NamedTuple):
    """A block of the page in reading order: kept in the body, or removed (with why)."""

    order: int
    text: str
    kept: bool
    removal: Removal | None = None


class Blocks(Sequence):
    """The page's Blocks, made on first use: a page has hundreds, and most runs want only the body."""

    def __init__(self, texts, removals):
        # block order -> its text; -> its Removal. No part of the page's tree: a result must not keep it
        # alive (a caller may hold thousands of results) nor fail to pickle (a process pool's way back).
        self._texts, self._removals = texts, removals

    @functools.cached_property
    def _blocks(self):
        removals = self._removals
        return tuple(Block(i, text, i not in removals, removals.get(i)) for i, text in enumerate(self._texts))

    def __getitem__(self, i):
        return self._blocks[i]

    def __len__(self):
        return len(self._texts)


class CleanResult(NamedTuple):
    """Everything `clean()` learned about a page; the CLI only renders this."""

    markdown: str
    body: str
    attribution: Attribution
    removals: tuple[Removal, ...]
    blocks: Blocks
    rule: str | None
    warnings: tuple[str, ...] = ()
    is_text: bool = False

    def as_dict(self):
        return {
            "attribution": self.attribution.as_dict(),
            "rule": self.rule or "generic",
            "body": self.body,
            "warnings": list(self.warnings),
            "removed": [
                {"rule": r.rule, "kind": r.kind.value, "text": r.text, "fields": list(r.fields)}
                for r in self.removals
            ],
        }
