"""The sample cases under samples/<host>/<case>/, shared by golden and rule tests."""

import tomllib
from dataclasses import dataclass
from pathlib import Path

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


@dataclass
class Case:
    path: Path

    @property
    def id(self):
        return str(self.path.relative_to(SAMPLES))

    @property
    def input(self):
        return next(p for p in (self.path / "input.html", self.path / "input.txt") if p.exists())

    @property
    def meta(self):
        f = self.path / "case.toml"
        return tomllib.loads(f.read_text(encoding="utf-8")) if f.exists() else {}

    @property
    def url(self):
        return self.meta.get("url")

    @property
    def expected(self):
        return self.path / "expected.md"

    @property
    def golden(self):
        """Whether the case has an expected.md (`golden = false`: pages `rules learn` drafts from)."""
        return self.meta.get("golden", True)


def all_cases():
    return [Case(p.parent) for p in sorted(SAMPLES.glob("*/*/input.*"))]


def case(name):
    return Case(SAMPLES / name)
