"""FiveFilters site configs (`example.com.txt`, ftr-site-config format) read as our Rule.

Thousands of sites are already described in that format; reading it lets a user point
`--rules` at such a directory instead of rewriting each file as TOML. The mapping is documented
in rules/README.md. A directive we cannot honour becomes a warning on the rule, shown once per
cleaned page, so nothing is dropped silently.
"""

from __future__ import annotations

from pathlib import Path

from .errors import RuleError
from .model import Kind
from .rules import InvalidSelector, Remove, Rule, Selector, Spec, _compile_selector, file_host

# Directives that change nothing here: the engine always tidies and prunes its own output.
NO_EFFECT = {"tidy", "prune", "autodetect_on_failure"}
ATTRIBUTION_DIRECTIVES = ("title", "author", "date")
# An XPath that starts with one of these returns a string, not an element we can read.
STRING_FUNCTIONS = ("substring", "concat", "normalize-space", "string", "translate", "replace")


def parse_lines(text):
    """(line number, directive, argument, value) for each `directive(arg): value` line."""
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#") or ":" not in line:
            continue
        name, value = line.split(":", 1)
        name, arg = name.strip(), None
        if "(" in name and name.endswith(")"):
            name, arg = name[:-1].split("(", 1)
        yield number, name.strip().lower(), arg, value.strip()


def xpath_literal(value):
    """Quote a string for XPath 1.0, which has no escapes."""
    if "'" not in value:
        return f"'{value}'"
    if '"' not in value:
        return f'"{value}"'
    parts = value.split("'")
    return "concat(" + ", \"'\", ".join(f"'{p}'" for p in parts) + ")"


def id_or_class_selector(name):
    """`strip_id_or_class`: elements whose class or id contains `name`. As CSS when it can be
    quoted plainly, so that the page index answers it (the most common directive of the
    collection, each as XPath a walk of the whole page); else as the XPath FiveFilters uses."""
    if name and not any(c in name for c in '"\\\n'):
        return Selector(css=f'[class*="{name}"], [id*="{name}"]')
    q = xpath_literal(name)
    return Selector(xpath=f"//*[contains(@class, {q}) or contains(@id, {q})]")


class _FtrLoader:
    """Builds one Rule from one site config, collecting warnings for what it cannot map."""

    def __init__(self, path):
        self.path = Path(path)
        try:
            self.text = self.path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            raise RuleError(self.path, None, f"cannot read rule file ({e})") from None
        self.content, self.remove, self.tests = [], [], []
        self.attribution = {}
        self.warned = {}

    def warn(self, key, message):
        self.warned.setdefault(key, f"{self.path.name}: {message}")

    def xpath(self, number, key, expression):
        try:
            _compile_selector(None, expression)
        except InvalidSelector as e:
            raise RuleError(self.path, key, f"invalid XPath {expression!r} ({e})", number) from None
        return Selector(xpath=expression)

    def add_remove(self, number, key, expression, kind=Kind.OTHER):
        self.remove.append(Remove(id=f"{key}-{number}", kind=kind,
                                  selector=self.xpath(number, key, expression)))

    def add_spec(self, number, key, expression):
        """title/author/date: an element's text, or an attribute when the XPath ends in /@x."""
        if expression.startswith(STRING_FUNCTIONS):
            self.warn(f"{key}-string", f"{key}: an XPath returning a string is not supported "
                                       f"(line {number} ignored)")
            return
        attr = None
        if expression.endswith("/text()"):
            expression = expression[: -len("/text()")]
        head, _, tail = expression.rpartition("/@")
        if head and tail.replace("-", "").replace(":", "").isalnum():
            expression, attr = head, tail
        spec = Spec(selector=self.xpath(number, key, expression), attr=attr)
        self.attribution.setdefault(key, []).append(spec)

    def directive(self, number, name, arg, value):
        if name == "body":
            self.content.append(self.xpath(number, name, value))
            if "|" in value:
                self.warn("body-union", "body: only the first element an XPath union matches "
                                        "is kept as the article")
        elif name == "strip":
            self.add_remove(number, name, value)
        elif name == "strip_id_or_class":
            self.remove.append(Remove(id=f"{name}-{number}", kind=Kind.OTHER,
                                      selector=id_or_class_selector(value.strip("'\""))))
        elif name == "strip_image_src":
            self.add_remove(number, name, f"//img[contains(@src, {xpath_literal(value)})]")
        elif name in ATTRIBUTION_DIRECTIVES:
            self.add_spec(number, name, value)
        elif name == "test_url":
            self.tests.append({"url": value, "contains": []})
        elif name == "test_contains" and self.tests:
            self.tests[-1]["contains"].append(value)
        elif name not in NO_EFFECT:
            self.warn(name, f"unsupported directive {name!r} ignored")

    def rule(self):
        for number, name, arg, value in parse_lines(self.text):
            self.directive(number, name, arg, value)
        own = file_host(self.path)
        return Rule(
            path=self.path,
            hosts=(own,) if own else (),
            content=tuple(self.content),
            attribution={k: tuple(v) for k, v in self.attribution.items()},
            remove=tuple(self.remove),
            tests=tuple(self.tests),
            warnings=tuple(self.warned.values()),
        )


def load_ftr(path):
    """Load one FiveFilters site config as a Rule. Raises RuleError for an invalid XPath."""
    return _FtrLoader(path).rule()
