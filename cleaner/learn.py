"""Draft a site rule from saved pages: `rules new` (one page) and `rules learn` (several).

One page: the generic path's own decisions (readability's container, the removal records) are
turned into stable selectors a person can review. Several pages of one site: what repeats
across them is the template (chrome), what varies is the article. Selectors are ids or classes,
never positions, so the rule survives a paragraph more or less.

Nothing here writes a file: the caller gets TOML text and a per-page preview.
"""

from __future__ import annotations

import re
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from . import regexes, source
from .attribution import normalize_date
from .errors import CleanerError, InputError, NoContentError
from .extract import is_prose
from .model import Kind
from .pipeline import clean
from .rules import RuleSet, Selector, host_of, load_rule, load_ruleset, normalize_host

GENERATED = regexes.compile(r"\d{3,}|^[a-f0-9]{8,}$|^(ng|css|sc|jsx)-")
CONTENT_SHARE = 0.85  # the content container holds at least this share of each page's new prose
LABEL_PREFIX = regexes.compile(r"^(.{2,20}?[:：|›»])\s")
KIND_WORDS = (
    ("breadcrumb", ("crumb", "位置", "当前")), ("navigation", ("nav", "menu")),
    ("footer", ("foot", "bottom")), ("header", ("head", "top", "masthead", "logo", "banner")),
    ("disclaimer", ("disclaim", "notice", "statement", "声明")), ("copyright", ("copyright",)),
    ("contact", ("contact",)), ("share", ("share", "social")),
    ("newsletter", ("newsletter", "subscribe")), ("comments", ("comment",)),
    ("related", ("related", "popular", "sidebar", "aside", "most", "recommend")),
    ("cookie", ("cookie", "consent")), ("print", ("print",)), ("ad", ("advert", "sponsor", "promo")),
    ("info", ("info", "meta", "byline", "dateline")),
)


@dataclass
class Page:
    path: Path
    url: str | None
    data: bytes
    doc: object = None
    generic: object = None  # CleanResult of the generic path

    @property
    def attribution_blocks(self):
        return {r.order for r in self.generic.removals if r.kind == Kind.ATTRIBUTION}


@dataclass
class Draft:
    host: str
    name: str | None = None
    fingerprints: list = field(default_factory=list)
    content: str | None = None
    encoding: str | None = None  # detected on every page, none declaring one
    attribution: dict = field(default_factory=dict)  # field -> css of the element that holds it
    removes: list = field(default_factory=list)  # dicts: id, kind, css|text, why
    tests: list = field(default_factory=list)
    notes: list = field(default_factory=list)


@dataclass
class Preview:
    page: Path
    removed: list  # (rule label, kind, text)
    kept_blocks: int
    first: str
    last: str


def read_page(path, url=None):
    """A saved page, its URL (given, from case.toml beside it, or its canonical link), parsed."""
    path = Path(path)
    try:
        data = source.read_file(path)
    except CleanerError as e:
        raise type(e)(f"{path}: {e}") from None
    if url is None:
        case = path.parent / "case.toml"
        if case.is_file():
            import tomllib

            url = tomllib.loads(case.read_text(encoding="utf-8")).get("url")
    page = Page(path, url, data)
    try:
        page.doc = source.load(data, url=url)
        page.generic = clean(data, url=url, site_rules=False)
    except (InputError, NoContentError) as e:
        raise type(e)(f"{path}: {e}") from None
    if page.url is None:
        page.url = page.generic.attribution.url
    return page


# ------------------------------------------------------------------------------- selectors


def stable_selector(el):
    """`#id` or `tag.class`, skipping generated-looking names; None when the element has neither."""
    ident = (el.get("id") or "").strip()
    if ident and not GENERATED.search(ident) and re.fullmatch(r"[\w-]+", ident):
        return f"#{ident}"
    for cls in (el.get("class") or "").split():
        if not GENERATED.search(cls) and re.fullmatch(r"[\w-]+", cls):
            return f"{el.tag}.{cls}"
    return None


def _select(doc, css):
    return doc.select(Selector(css=css))


def _named_elements(doc):
    """Every element with a stable selector, by selector (first occurrence)."""
    out = {}
    for el in doc.root.iter():
        if isinstance(el.tag, str):
            sel = stable_selector(el)
            if sel and sel not in out:
                out[sel] = el
    return out


def guess_kind(selector, text, fallback=Kind.OTHER):
    """A kind from the element's own name first, then from the first words of its text."""
    for name in (selector.lower(), text[:40].lower()):
        for kind, words in KIND_WORDS:
            if any(w in name for w in words):
                return Kind(kind)
    return fallback


# --------------------------------------------------------------------------------- learning


def learn(paths, host=None):
    """Learn a rule from three or more pages of one site. Returns (Draft, [Preview])."""
    pages = [read_page(p) for p in paths]
    host = normalize_host(host or _common_host(pages) or "")
    if not host:
        raise InputError("cannot tell the site's host from the pages; pass --host")
    draft = Draft(host=host, name=_site_name(pages), encoding=_undeclared_encoding(pages))
    counts = _text_counts(pages)
    repeated = {t for t, n in counts.items() if n >= max(2, (len(pages) + 1) // 2)}
    draft.content = _content_selector(pages, repeated)
    if draft.content is None:
        draft.notes.append("no container holds the varying text on every page; content left out")
    _chrome_outside(draft, pages)
    _chrome_inside(draft, pages, repeated)
    draft.fingerprints = _fingerprints(pages, repeated, draft.name)
    draft.attribution = _attribution_selectors(pages)
    return draft, _finish(draft, pages)


def scaffold(path, host, url=None):
    """A starting rule from one page: the generic path's container and removals, as selectors."""
    page = read_page(path, url)
    draft = Draft(host=normalize_host(host), name=_site_name([page]), encoding=_undeclared_encoding([page]))
    kept = [b.order for b in page.generic.blocks if b.kept]
    draft.content = _container_of(page, kept)
    _chrome_outside(draft, [page])
    removed_inside = [r for r in page.generic.removals if r.kind != Kind.ATTRIBUTION
                      and r.rule.startswith("generic") and _inside(page, draft.content, r.order)]
    for r in removed_inside:
        if len(r.text) <= 120:
            _add_text(draft, r.text, guess_kind("", r.text, r.kind), "removed by the generic path")
    draft.attribution = _attribution_selectors([page])
    return draft, _finish(draft, [page])


def _common_host(pages):
    hosts = Counter(host for p in pages if p.url and (host := host_of(p.url)))
    return hosts.most_common(1)[0][0] if hosts else None


def _site_name(pages):
    names = Counter(p.generic.attribution.site for p in pages if p.generic.attribution.site)
    return names.most_common(1)[0][0] if names else None


def _undeclared_encoding(pages):
    """The encoding detection found, when no page declares one and every page agrees: a rule
    that names it reads the site's next page without guessing."""
    found = {p.doc.encoding for p in pages if p.doc.encoding_guessed}
    return found.pop() if len(found) == 1 and all(p.doc.encoding_guessed for p in pages) else None


def _attribution_selectors(pages):
    """Fields the generic path read from an element that holds the value and nothing else (a
    title's <h1>, a <time>), named by a stable selector that finds one such element on every
    page: the rule then reads them there, whatever the page's metadata says."""
    first, found = pages[0], {}
    for removal in first.generic.removals:
        if removal.kind != Kind.ATTRIBUTION or removal.order < 0:
            continue
        el = first.doc.blocks[removal.order]
        sel = stable_selector(el)
        for name in removal.fields:
            if sel and name not in found and all(_holds_value(p, sel, name) for p in pages):
                found[name] = sel
    return found


def _holds_value(page, sel, name):
    found = _select(page.doc, sel)
    value = getattr(page.generic.attribution, name, None)
    if len(found) != 1 or not value:
        return False
    text = page.doc.text_of(found[0])
    if name == "date":  # read as the generic rules read it: month names are theirs
        text = normalize_date(text, load_ruleset(site_rules=False).global_rule.months)
    return text == value


def _text_counts(pages):
    counts = Counter()
    for p in pages:
        counts.update({p.doc.block_text(i) for i in range(len(p.doc.blocks))})
    return counts


def _new_prose(page, repeated):
    return {i for i in range(len(page.doc.blocks))
            if page.doc.block_text(i) not in repeated and is_prose(page.doc.block_text(i))}


def _content_selector(pages, repeated):
    """The smallest named container that holds most of each page's varying prose."""
    best = None
    for sel in _named_elements(pages[0].doc):
        sizes = []
        for page in pages:
            found = _select(page.doc, sel)
            if len(found) != 1:
                break
            inside = set(page.doc.blocks_within(found[0]))
            prose = _new_prose(page, repeated)
            total = sum(len(page.doc.block_text(i)) for i in prose) or 1
            held = sum(len(page.doc.block_text(i)) for i in prose & inside)
            if held / total < CONTENT_SHARE:
                break
            sizes.append(sum(len(page.doc.block_text(i)) for i in inside))
        else:
            if best is None or sum(sizes) < best[0]:
                best = (sum(sizes), sel)
    return best[1] if best else None


def _container_of(page, kept):
    """For one page: the nearest named ancestor of all kept blocks, matching one element."""
    if not kept:
        return None
    from .extract import common_ancestor

    el = common_ancestor(page.doc, kept)
    for candidate in (el, *el.iterancestors()):
        sel = stable_selector(candidate)
        if sel and len(_select(page.doc, sel)) == 1:
            return sel
    return None


def _inside(page, content, order):
    if content is None:
        return False
    found = _select(page.doc, content)
    return bool(found) and order in page.doc.blocks_within(found[0])


def _chrome_outside(draft, pages):
    """Named elements present on every page, outside the content and not holding it: chrome.
    Elements holding an attribution line are left to the attribution readers."""
    first = pages[0]
    chosen = []
    for sel, el in _named_elements(first.doc).items():
        if any(_holds_content(p, sel, draft.content) or not _select(p.doc, sel) for p in pages):
            continue
        if any(a in el.iterancestors() for a in chosen) or not first.doc.blocks_within(el):
            continue
        if any(_holds_attribution(p, sel) for p in pages):
            continue
        chosen.append(el)
        text = first.doc.text_of(el)
        fallback = _generic_kind(first, el)
        _add_remove(draft, sel, guess_kind(sel, text, fallback), text)


def _holds_content(page, sel, content):
    if content is None:
        return True
    target = _select(page.doc, content)
    return any(t is e or t in e.iterdescendants() or e in t.iterdescendants()
               for e in _select(page.doc, sel) for t in target)


def _holds_attribution(page, sel):
    attribution = page.attribution_blocks
    return any(set(page.doc.blocks_within(e)) & attribution for e in _select(page.doc, sel))


def _generic_kind(page, el):
    kinds = Counter(r.kind for r in page.generic.removals
                    if r.order in set(page.doc.blocks_within(el)) and r.kind not in
                    (Kind.BOILERPLATE, Kind.ATTRIBUTION))
    return kinds.most_common(1)[0][0] if kinds else Kind.OTHER


def _chrome_inside(draft, pages, repeated):
    """Inside the content: lines repeated across pages, and labelled lines ("Related: …")
    that every page has in some form."""
    if draft.content is None:
        return
    prefixes = Counter()
    for page in pages:
        found = _select(page.doc, draft.content)
        seen = set()
        for i in page.doc.blocks_within(found[0]) if found else ():
            text = page.doc.block_text(i)
            if i in page.attribution_blocks:
                continue
            if text in repeated:
                _add_text(draft, text, guess_kind("", text), "repeats on several pages")
            elif (m := LABEL_PREFIX.match(text)) and len(text) <= 200 and m.group(1) not in seen:
                seen.add(m.group(1))
                prefixes[m.group(1)] += 1
    for prefix, n in prefixes.items():
        if n == len(pages):
            draft.removes.append({"id": _slug(prefix) or "label", "kind": guess_kind("", prefix).value,
                                  "text": "^" + re.escape(prefix), "max_chars": 200,
                                  "why": "a labelled line on every page"})
    _dedupe_ids(draft)


def _add_remove(draft, sel, kind, text):
    draft.removes.append({"id": _slug(sel), "kind": kind.value, "css": sel,
                          "why": " ".join(text.split())[:60]})


def _add_text(draft, text, kind, why):
    pattern = "^" + re.escape(text) + "$"
    if any(r.get("text") == pattern for r in draft.removes):
        return
    draft.removes.append({"id": _slug(text[:24]) or "line", "kind": kind.value,
                          "text": pattern, "why": why})


def _slug(text):
    return re.sub(r"[^\w]+", "-", text.lower()).strip("-_")[:30]


def _dedupe_ids(draft):
    seen = Counter()
    for r in draft.removes:
        seen[r["id"]] += 1
        if seen[r["id"]] > 1:
            r["id"] = f"{r['id']}-{seen[r['id']]}"


def _fingerprints(pages, repeated, name):
    """A short line every page carries, naming the site: a copyright line if there is one."""
    common = [t for t in repeated if all(t in {p.doc.block_text(i) for i in range(len(p.doc.blocks))}
                                         for p in pages) and 8 <= len(t) <= 80]
    marked = [t for t in common if "©" in t or "版权所有" in t.lower() or "rights" in t.lower()
              or (name and name in t)]
    return sorted(marked or common, key=len)[:1]


# ------------------------------------------------------------------------ render and preview


def _finish(draft, pages):
    """Apply the draft to each page, build its tests from what it kept and removed."""
    _dedupe_ids(draft)
    previews = []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{draft.host}.toml"
        path.write_text(to_toml(draft), encoding="utf-8")
        rule = load_rule(path)._replace(hosts=(draft.host,))
        ruleset = RuleSet([rule], load_ruleset(site_rules=False).global_rule)
        for page in pages:
            result = clean(page.data, url=page.url, ruleset=ruleset, fallback=False)
            body = [b.text for b in result.blocks if b.kept]
            removed = [(r.rule.replace(path.name, draft.host + ".toml"), r.kind.value, r.text)
                       for r in result.removals]
            previews.append(Preview(page.path, removed, len(body), body[0] if body else "",
                                    body[-1] if body else ""))
            draft.tests.append(_test_for(page, body, result))
    return previews


def _test_for(page, body, result):
    chrome = {}  # one distinctive line per removal entry
    for r in result.removals:
        if r.kind != Kind.ATTRIBUTION and 10 <= len(r.text) <= 60 and "\n" not in r.text:
            chrome.setdefault(r.rule, r.text)
    return {
        "sample": _sample_name(page.path),
        "contains": [_fragment(body[0], head=True), _fragment(body[-1], head=False)] if body else [],
        "absent": list(chrome.values())[:4],
    }


def _fragment(text, head):
    """A short piece of a sentence: enough to find it, little enough to survive tidying."""
    words = text.split()
    if len(words) > 6:
        return " ".join(words[:6] if head else words[-6:])
    return text[:20] if head else text[-20:]


def _sample_name(path):
    """`<host>/<case>` for samples/<host>/<case>/input.html; else the path as given."""
    path = Path(path)
    if path.stem == "input" and path.parent.parent.parent.name == "samples":
        return f"{path.parent.parent.name}/{path.parent.name}"
    return str(path)


def toml_string(text):
    """A TOML literal string when possible (regexes read best without escapes)."""
    if "'" not in text and "\n" not in text:
        return f"'{text}'"
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def to_toml(draft):
    out = [f"# {draft.host} — a draft rule learned by `cleaner rules`; review every entry."]
    out += [f"# note: {n}" for n in draft.notes]
    if draft.name:
        out.append(f"name = {toml_string(draft.name)}")
    if draft.fingerprints:
        out.append("fingerprints = [" + ", ".join(map(toml_string, draft.fingerprints)) + "]")
    if draft.content:
        out.append(f"content = [{toml_string(draft.content)}]")
    if draft.encoding:
        out.append(f"encoding = {toml_string(draft.encoding)}  # detected, the pages declare none: check it")
    if draft.attribution:
        out += ["", "[attribution]"] + [f"{name} = {{ css = {toml_string(sel)} }}"
                                        for name, sel in draft.attribution.items()]
    for r in draft.removes:
        out += ["", "[[remove]]", f"# {r['why']}".rstrip(), f"id = {toml_string(r['id'])}",
                f"kind = {toml_string(r['kind'])}"]
        out.append(f"css = {toml_string(r['css'])}" if "css" in r else f"text = {toml_string(r['text'])}")
        if "max_chars" in r:
            out.append(f"max_chars = {r['max_chars']}")
    for t in draft.tests:
        out += ["", "[[test]]", f"sample = {toml_string(t['sample'])}"]
        for key in ("contains", "absent"):
            out.append(f"{key} = [" + ", ".join(map(toml_string, t[key])) + "]")
    return "\n".join(out) + "\n"
