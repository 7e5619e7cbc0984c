"""CSS selectors answered from one walk of the page.

libxml2's XPath builds a whole descendant axis for every query and copies an attribute into a
new string for every class test, so each selector a page meets costs a full walk, and a page
meets a dozen. Most rule selectors are simple: `nav`, `.share`, `#footer`, `div.byline`,
`[role="navigation"]`, `[class*="crumb"]`. One walk indexes the page's classes and attributes,
and those selectors are answered from the index; anything else (combinators, pseudo-classes,
XPath) goes to lxml.
"""

from __future__ import annotations

import functools
from collections import defaultdict

from cssselect import SelectorError, parse
from cssselect.parser import Attrib, Class, Element, Hash

# CSS attribute operators, as cssselect's XPath translation reads them. An empty value never
# matches the substring operators; `~=` compares whole words.
OPERATORS = {
    "exists": lambda value, wanted: True,
    "=": lambda value, wanted: value == wanted,
    "~=": lambda value, wanted: wanted in value.split(),
    "|=": lambda value, wanted: value == wanted or value.startswith(wanted + "-"),
    "^=": lambda value, wanted: bool(wanted) and value.startswith(wanted),
    "$=": lambda value, wanted: bool(wanted) and value.endswith(wanted),
    "*=": lambda value, wanted: bool(wanted) and wanted in value,
}


@functools.lru_cache(maxsize=4096)
def simple_form(css):
    """A selector group as ((tag or None, ((attribute, operator, value), ...)), ...), or None
    when some part of it is not a simple selector."""
    try:
        selectors = parse(css)
    except SelectorError:
        return None
    group = []
    for selector in selectors:
        tree, conditions = selector.parsed_tree, []
        if selector.pseudo_element:
            return None
        while not isinstance(tree, Element):
            if isinstance(tree, Class):
                conditions.append(("class", "~=", tree.class_name))
            elif isinstance(tree, Hash):
                conditions.append(("id", "=", tree.id))
            elif isinstance(tree, Attrib) and tree.namespace is None and tree.operator in OPERATORS:
                value = getattr(tree.value, "value", tree.value)  # a Token since cssselect 1.2
                if tree.operator == "~=" and (not value or any(c.isspace() for c in value)):
                    return None  # matches nothing; leave such oddities to XPath
                conditions.append((tree.attrib, tree.operator, value))
            else:
                return None
            tree = tree.selector
        if tree.namespace is not None:
            return None
        group.append((None if tree.element in (None, "*") else tree.element, tuple(reversed(conditions))))
    return tuple(group)


class PageIndex:
    """Document order, class words, ids and attributes of every element under `root`, in one
    walk. The tree must not change afterwards."""

    def __init__(self, root):
        self.root = root
        self.position = {}
        self.by_attribute = defaultdict(list)
        # Class words and ids: a page has a few hundred, so even `[class*="crumb"]` only
        # tests the words, not every element that has a class.
        self.by_word = {"class": defaultdict(list), "id": defaultdict(list)}
        position, by_attribute, classes, ids = self.position, self.by_attribute, *self.by_word.values()
        for n, el in enumerate(root.iter()):
            position[el] = n
            for name, value in el.items():
                by_attribute[name].append(el)
                if name == "class":
                    for word in value.split():
                        classes[word].append(el)
                elif name == "id":
                    ids[value].append(el)

    def select(self, group, scope=None):
        """The elements matching a simple_form() group at or under `scope`, in document order."""
        scope = self.root if scope is None else scope
        first, last = self.position[scope], scope
        while len(last):  # the last element under scope, the end of its range in document order
            last = last[-1]
        last = self.position[last]
        found = set()
        for tag, conditions in group:
            for el in self._candidates(tag, conditions, scope):
                if (first <= self.position[el] <= last and (tag is None or el.tag == tag)
                        and all(_holds(el, c) for c in conditions)):
                    found.add(el)
        return sorted(found, key=self.position.__getitem__)

    def _candidates(self, tag, conditions, scope):
        """A superset of the elements meeting the conditions: the shortest list the index has."""
        lists = [self._having(*condition) for condition in conditions]
        if lists:
            return min(lists, key=len)
        return scope.iter() if tag is None else scope.iter(tag)

    def _having(self, name, operator, wanted):
        words = self.by_word.get(name)
        if words is None or operator == "exists" or not wanted or any(c.isspace() for c in wanted):
            return self.by_attribute.get(name, ())
        if operator in ("~=", "=") and name == "class" or operator == "=":
            return words.get(wanted, ())
        # The other operators find `wanted` inside one class word, or inside the id.
        return [el for word, els in words.items() if wanted in word for el in els]


def _holds(el, condition):
    name, operator, wanted = condition
    value = el.get(name)
    return value is not None and OPERATORS[operator](value, wanted)
