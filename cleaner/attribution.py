"""Who wrote it first, and who republished it: read from rule specs, attribution lines and
page metadata (og:*, article:*, JSON-LD, canonical, Chinese government portal meta tags).

Attribution lines are read before anything is removed, because the same lines are chrome:
on the seed page readability alone keeps the disclaimer but drops the 原文链接 line.
"""

from __future__ import annotations

import html
import itertools
import re
from collections import Counter
from types import MappingProxyType
from urllib.parse import parse_qs, urljoin, urlsplit

from . import jsonld, regexes, scripts
from .model import Attribution, Kind
from .needles import Haystack
from .paragraphs import ends_sentence
from .passes import cites, in_caption
from .rules import PatternTimeout, host_of
from .source import normalize_text

TITLE_SEPARATOR_CHARS = " -_|｜–—·•:：»›"  # between the title and the site's name: "标题-网站名", "Site :: Title"
# "——" (two em dashes) runs a Chinese title into its subtitle: "一盏渔灯亮了八十年——记…"
TITLE_SEPARATORS = regexes.compile(r"\s+(?:[-|–·•:»›]|::)\s+|\s*(?:--|[_|｜–]|(?<!—)—(?!—))\s*|\s+-\s*")
FULL_WIDTH_BREAK = regexes.compile("[\u3000：]")
KEYWORD_SEPARATORS = regexes.compile(r"[,，;；、|]")
VALUE_CELLS = ("td", "dd")
ISO_DATE = regexes.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
# Taiwan's official calendar counts from 1912: "113-04-15", "民國113年4月10日" is 2024.
MINGUO_DATE = regexes.compile(r"\s*(?:(?:中华民国|中華民國|民国|民國)\s*)?(1[0-4]\d)\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*"
                         r"(\d{1,2})(?!\d)")
MINGUO_YEAR_ONE = 1912
UTC_STAMP = regexes.compile(r"\d[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?\s*(?:Z|[+-]00:?00)(?!\d)")  # "…T05:47:10+00:00"
COMPACT_DATE = regexes.compile(r"\s*((?:19|20)\d\d)(0[1-9]|1[0-2])([0-3]\d)\s*$")  # a meta tag's "20191119", alone
UNIX_TIME = regexes.compile(r"\s*(1\d{9})(\d{3})?\s*$")  # seconds (or milliseconds) since 1970, 2001 to 2033
# "15.10.2024", "15/11/2024": day first, as dates written so are outside the United States (a
# date read from a page's text comes from a label in such a language; metadata gives ISO dates)
DOTTED_DATE = regexes.compile(r"\b(\d{1,2})([./])\s?(\d{1,2})\2\s?(\d{4})\b")  # "13.11.2019", Czech "9. 10. 2012"
# A day and a month's name, either way round, and a year: "14 mars 2024", "7. März 2024", "12 de
# abril de 2024", "March 5th, 2024", "Mon Aug 03 12:45:00 EDT 2015" (a Java or Unix timestamp, as some
# CMSs write their meta tags; compiled by `re` on first use; the names are rule data)
NAMED_MONTH_DATE = (r"\b(?:(\d{1,2})\.?\s+(?:de\s+)?([^\W\d_]{3,})\.?,?\s+(?:de\s+)?(\d{4})"
                    r"|([^\W\d_]{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(?:\d{1,2}:\d\d(?::\d\d)?\s+(?:[A-Z]{2,5}\s+)?)?"
                    r"(\d{4}))\b")
SAFE_URL = regexes.compile(r"(?i)^https?://[^\s/?#.]")  # with a host: not "http://#"
NO_PARTS = urlsplit("")
DATED_PATH = regexes.compile(r"/((?:19|20)\d\d)[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?=[/-]|\.html?$)")
ARTICLE_SLUG_WORDS = 3
HOME_PATHS = ("", "/", "/index.html", "/index.htm", "/index.php", "/index.shtml")
LOGO_TAGLINE = regexes.compile(r"\s+[-–—|]\s+")
LOGO_NAME_MAX_CHARS = 40  # longer alt text describes the picture
LOGO_LINK_DEPTH = 3  # <a><span><picture><img>: the link around a logo image
SOURCE_HOST_MIN_CHARS = 5  # "AP" and ap.org: a name this short is no host's whole name
WRITTEN_URL = regexes.compile(r"(?i)https?://[^\s<>\"]+")
CELLS = ("td", "th")
HEADER_TAGLINE = regexes.compile(r"\s+[—–·|｜-]\s+")  # "爪爪之家宠物网 — 科学养宠 快乐陪伴"
HEADER_NAME_CHARS = 20
HEADER_NAME_WORDS = 4
FOOTER_BLOCKS = 12  # scraped text's last lines, where its footer names the site again
FOLLOWING_BLOCKS = 2  # the lines a `followed_by` spec reads below its block
OTHER_LINKS = (Kind.RELATED, Kind.NAVIGATION, Kind.SHARE, Kind.COMMENTS, Kind.AD)  # not the credit's link
CREDIT_ROWS = 16  # cells of a table of a credit's fields: its publication, issue, writer, address
CARRIED_URL = regexes.compile(r"(?i)https?(?::|%3A)")  # an address inside another's query
URL_AFTER = ".,;:!?)）】」』”’'"  # the sentence's punctuation after a written address
QUOTE_PAIRS = (("《", "》"), ("“", "”"), ("\"", "\""), ("「", "」"), ("『", "』"), ("«", "»"), ("„", "”"),
               ("„", "“"))  # around a title or a paper's name
# A credit that closes a paragraph ("…安心度冬。（編輯：張瑞芬）1130520"): the paragraph is text.
OPENING_BRACKETS = "（(【["
CLOSING_BRACKETS = "）)】]"
MIN_PROSE_BEFORE_CREDIT = 40
REPEATED_CREDIT_CHARS = 160  # a line crediting the source again is short; a paragraph naming it is no credit
CITED_FIELDS = ("author", "date")  # what a paper's reference gives of its own (its journal is no credit either)
WORDS = regexes.compile(r"[^\W_]+")
# "www.dw.com", "dw.com"; not an e-mail's domain
WEB_ADDRESS = regexes.compile(r"(?i)(?<![@\w.-])(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b")
OWNED_SITE = r"([A-Z][\w.\x27-]+(?: [A-Z][\w.\x27-]+){1,2})['’]s\s+\w"  # a person's: not "Tom's Hardware"
GLUED = regexes.compile(r"[a-zß-ÿ][A-ZÀ-Þ]")  # two words run together: "JamesStaff"
SECOND_LEVEL_LABELS = ("co", "com", "org", "net", "gov", "ac", "edu", "or", "ne", "go")  # .co.uk, .com.au, .or.jp
DATA_ROW_CELLS = 3
REDIRECT_PATHS = frozenset(("url", "l.php", "link", "redirect", "out", "away", "r", "click", "go", "exit"))
REDIRECT_TARGETS = ("q", "u", "url", "target", "dest", "destination", "to", "redirect", "link")


def normalize_date(value, months=MappingProxyType({}), utc_offset=0):
    """'2019年11月13日 10:20', '2019/11/13', '13.11.2019', ISO timestamps -> '2019-11-13'; with
    `months` (a month's name in any language -> its number, the global rule's), 'March 5, 2024',
    '14 mars 2024', '12 de abril de 2024', '28 Kasım 2024' too. A Unix time ('1710496920', as
    a page's script sets it) falls on the day it is `utc_offset` minutes east of UTC."""
    if not value:
        return None
    m = ISO_DATE.search(value) or COMPACT_DATE.match(value)
    if not m and (unix := UNIX_TIME.match(value)):
        import datetime  # (few pages ask: not imported with every run)

        zone = datetime.timezone(datetime.timedelta(minutes=utc_offset))
        return datetime.datetime.fromtimestamp(int(unix.group(1)), zone).date().isoformat()
    minguo = None if m else MINGUO_DATE.match(value)
    dotted = None if m or minguo else DOTTED_DATE.search(value)
    if m:
        y, mo, d = (int(g) for g in m.groups())
    elif minguo:
        y, mo, d = (int(g) for g in minguo.groups())
        y += MINGUO_YEAR_ONE - 1
    elif dotted:
        d, mo, y = int(dotted.group(1)), int(dotted.group(3)), int(dotted.group(4))
        if dotted.group(2) == "/" and mo > 12 >= d:
            d, mo = mo, d  # an American date, month first: "11/13/2019" (day first where it could be either)
    else:
        named = _named_month_date(value, months) if months else None
        if not named:
            return None
        y, mo, d = named
    if not (1 <= mo <= 12 and 1 <= d <= 31 and 1900 <= y <= 2100):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


def read_metadata(doc, meta_names, reviews=()):
    """Standard metadata: <meta> (`meta_names`: field -> the names that give it, best first, the
    global rule's), JSON-LD, canonical and <title>. Fields map to values. Microdata inside a
    reader's review (`reviews`: selectors) is the review's: its date, its writer."""
    root, found = doc.root, {}
    metas = {}
    reviewed = None  # the <meta>s inside reviews, found when the page has microdata at all
    for meta in root.iter("meta"):
        if meta.get("itemprop") and not (meta.get("property") or meta.get("name")):
            if reviewed is None:
                reviewed = {m for selector in reviews for review in doc.select(selector) for m in review.iter("meta")}
            if meta in reviewed:
                continue
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        value = (meta.get("content") or meta.get("value") or "").strip()  # `value`: as some CMSs write it
        if "&" in value:  # escaped twice, as some CMSs write their tags: "O&amp;#039;Donnell"
            value = html.unescape(value)
        if key and value:
            metas.setdefault(key, value)
    for name, keys in meta_names.items():
        for key in keys:
            value = metas.get(key)
            if value and not (name == "author" and SAFE_URL.match(value)  # article:author's profile address
                              or name == "title" and _is_slug(value)):  # "kindersitztest-herbst-2018"
                found[name] = value
                break
    for name, value in _json_ld(doc.json_ld).items():
        # The article's JSON-LD names its writers; <meta name="author"> may be whoever posted it.
        if name == "author" or name not in found:
            found[name] = value
    for name, value in doc.saved_fields.items():  # a record's title, an e-mail's sender and date
        found.setdefault(name, value)  # (a <title> on the page is its title still)
    if found.get("site"):
        found["site"] = _site_name(found["site"])
    else:  # (read now: the page header goes before the attribution is resolved)
        found["logo"] = _logo_text(root, doc.url or found.get("url"))
    if metas.get("keywords"):
        found["keywords"] = metas["keywords"]
    canonical = root.find(".//link[@rel='canonical']")
    url = (canonical.get("href") if canonical is not None else None) or metas.get("og:url")
    if url and SAFE_URL.match(url):
        found["url"] = url
    title_el = root.find(".//title")
    if title_el is not None and title_el.text_content().strip():
        found["page_title"] = " ".join(title_el.text_content().split())
    return found


def _ends_with_tags(page_title, keywords):
    """The <title>'s last two parts are keywords of the page's <meta name="keywords">: its tags,
    not its site's name (which a keyword list may hold too, but alone at the end)."""
    listed = {k.strip().casefold() for k in KEYWORD_SEPARATORS.split(keywords or "")}
    parts = title_parts(page_title)
    return len(parts) >= 3 and all(part.strip().casefold() in listed - {""} for part in parts[-2:])


def _is_slug(value):
    """A page's address words, which a CMS gave as its title: "kindersitztest-herbst-2018"."""
    words = value.replace("_", "-").split("-")
    return len(words) >= 3 and all(w.isascii() and w.isalnum() and w == w.lower() for w in words)


def _site_name(value):
    """A site's name as its metadata gives it, less its taglines ("Autoracing | F1 | Indy | MotoGP");
    an address is named by its host ("https://www.example.in")."""
    if SAFE_URL.match(value):
        return _parts(value).hostname or value
    return value.split(" | ")[0].strip() or value


def _logo_text(root, page_url):
    """The alt text of the first image that links to the site's home page: its logo's."""
    host = host_of(page_url) if page_url else None
    for img in root.iter("img"):
        alt = (img.get("alt") or "").strip()
        link = next((a for a in itertools.islice(img.iterancestors(), LOGO_LINK_DEPTH) if a.tag == "a"), None)
        if not alt or link is None:
            continue
        href = (link.get("href") or "").strip()
        try:  # ("#" is a script's toggle, as a language switcher's flag links: no page at all)
            home = href and not href.startswith("#") and _home_page(href)
        except ValueError:  # not an address at all
            continue
        if home and (host_of(href) in (None, host) if host else "//" not in href):
            return alt
    return None


def _json_ld(items):
    """The fields an article's JSON-LD gives, the first item that gives each winning. A person or
    publisher given by its "@id" alone is the graph's item of that id (as Yoast writes them)."""
    out = {}
    ids = {item["@id"]: item for item in items if isinstance(item.get("@id"), str)}
    for item in items:
        if not jsonld.is_article(item):
            continue
        based = item.get("isBasedOn") or item.get("isBasedOnUrl")
        based_on = based if isinstance(based, dict) else {}
        publisher = _name(_by_id(item.get("publisher"), ids))
        found = {
            "title": _str(item.get("headline")),
            "date": _str(item.get("datePublished")),
            "author": _name(_by_id(item.get("author"), ids), people_only=True),
            "site": publisher,
            "publisher": publisher,  # kept where <meta> names the site
            "original_url": based if isinstance(based, str) else _str(based_on.get("url")),
            # the original's publisher, else whose release it is, else (an aggregator's copy) its provider
            "source": (_name(based_on.get("publisher")) or _name(item.get("sourceOrganization"))
                       or _name(item.get("provider"))),
        }
        for field, value in found.items():
            if value:
                out.setdefault(field, value)
    return out


def _by_id(value, ids):
    if isinstance(value, list):
        return [_by_id(v, ids) for v in value]
    if isinstance(value, dict) and "name" not in value and isinstance(ref := value.get("@id"), str):
        return ids.get(ref, value)
    return value


def _str(value):
    return value.strip() if isinstance(value, str) and value.strip() else None


def _name(value, people_only=False):
    """The name of a schema.org thing, or the names of a list of them; with `people_only`, not an
    Organization's (a news site names itself the author of its unsigned stories)."""
    if isinstance(value, list):
        names = [_name(v, people_only) for v in value]
        return ", ".join(n for n in names if n) or None
    if isinstance(value, dict):
        return None if people_only and "Organization" in str(value.get("@type", "")) else _str(value.get("name"))
    return _str(value)


def _unquoted(value):
    """《Title》, “Title” or 《Paper》 without the marks that enclose it; a title that only starts
    and ends with quoted words (“开心农场” 劳动课上出“泥土味”) keeps them."""
    value = value.strip()
    for opening, closing in QUOTE_PAIRS:
        inner = value[1:-1]
        if value[:1] == opening and value[-1:] == closing and opening not in inner and closing not in inner:
            return inner.strip()
    return value


def _named_month_date(value, months):
    """(year, month, day) of a date with its month named (or its first letters: "févr.", "Sept.")."""
    for m in re.finditer(NAMED_MONTH_DATE, value):
        day, name, year = m.group(1, 2, 3) if m.group(1) else m.group(5, 4, 6)
        name = name.casefold()
        month = months.get(name) or next((n for full, n in months.items() if full.startswith(name)), None)
        if month:
            return int(year), month, int(day)
    return None


def _names_nobody(author, rule, source=None):
    """A byline of an agency or a desk, not a person ("Reuters", "Staff Reports"), by the rule's
    patterns, which match the whole name; or of the source a credit named ("West African Newswire")."""
    author = without_labels(author, rule.author_labels)
    return (_is_agency(author, rule.agencies) or any(p.search(author) for p in rule.placeholder_authors)
            or source is not None and author.casefold() == source.casefold())


def _names_writer(byline, source, site, url, placeholders):
    """Not a byline that names nobody (nor a CMS's user number: "104363"), the source whose copy it
    is, or a desk of the site (the site's whole name may be the writer's: a blog is often named
    after its author, unless one word names both, a Latin word or a Chinese name: "云易")."""
    return not (not any(c.isalpha() for c in byline) or any(p.search(byline) for p in placeholders)
                or SAFE_URL.match(byline) or source and byline.casefold() == source.casefold()
                or _names_site(byline, site, url)
                or " " not in byline.strip() and _names_site(byline, site, url, whole=True))


def _agency_after(byline, agencies):
    """(The writer, the news agency) of a byline that ends with an agency's name ("Jane Roe,
    Reuters"), else None."""
    words = byline.split()
    for k in (3, 2, 1):
        if len(words) >= k + 2 and _is_agency(" ".join(words[-k:]), agencies):  # a name of two words or more
            return " ".join(words[:-k]).rstrip(",|·-–—"), " ".join(words[-k:])
    return None


def _is_agency(byline, agencies):
    """The byline names a news agency, as written or in capitals ("REUTERS")."""
    forms = (byline, byline.title()) if byline.isupper() else (byline,)
    return any(p.search(form) for p in agencies for form in forms)


def without_labels(title, labels):
    """The title less the labels a site puts beside it ("[转载]", "【转帖】"): not part of it (and
    a source's name less its platform or issue: "微信公众号“X”", "《X》2024年第3期")."""
    changed = True
    while changed:  # "[转载] 【转帖】Title": one label may stand before another
        changed = False
        for label in labels:
            m = label.search(title)
            rest = (title[:m.start()] + title[m.end():]).strip() if m else ""
            if rest and len(rest) < len(title):
                title, changed = rest, True
    return title


def strip_site_suffix(page_title, h1_texts=(), url=None):
    """'Headline_Section_SiteName' -> ("Headline", "SiteName").
    A heading that the <title> starts or ends with is the real title, unless it names the page's
    host (a logo's <h1>, a site's name as its og:title); else the longest segment that is not the
    one naming the host ("Markt › Historische Wehranlage in Horka e.V." on wehranlage-horka.de)."""
    for h1 in (h for h in h1_texts if h and len(h) >= 4 and not names_host(h, url)):
        if page_title.startswith(h1):
            rest = _beside_title(page_title[len(h1):].lstrip(TITLE_SEPARATOR_CHARS + "\u3000"))
            return h1, (rest[-1] if rest else None)
        before = page_title[:-len(h1)].rstrip() if page_title.endswith(h1) else ""
        if before and before[-1] in TITLE_SEPARATOR_CHARS:  # "Chinese Pinyin Lyrics: <the heading>"
            rest = _beside_title(before.rstrip(TITLE_SEPARATOR_CHARS + "\u3000"))
            return h1, (rest[0] if rest else None)
    parts = [p.strip() for p in title_parts(page_title) if p.strip()]
    if len(parts) < 2:
        return page_title, None
    hosts = [p for p in parts if names_host(p, url)]
    site = hosts[0] if len(hosts) == 1 else None
    best = max((p for p in parts if p is not site), key=len)
    return best, site or (parts[-1] if parts[-1] != best else parts[0])


def names_host(name, url):
    """The name is the host's: it holds every word of a host named in words ("Historische
    Wehranlage in Horka e.V." on wehranlage-horka.de), a run of its words spells the host's name
    ("The Oar Gazette", theoargazette.com), or it is that one word. A one-word host's name within
    a title ("Python 3.6 released" on python.org) is no more than a word of it."""
    host = _host_name(url) if url else ""
    if len(host) < SOURCE_HOST_MIN_CHARS:
        return False
    words = WORDS.findall(name.casefold())
    if "-" in host:
        return all(w in words for w in host.split("-"))
    if host not in "".join(words):  # (most names: a run of words is asked only where it may spell it)
        return False
    return words == [host] or any(host == "".join(words[i:j])
                                  for i in range(len(words)) for j in range(i + 2, len(words) + 1))


def _beside_title(text):
    """The parts of a <title> beside its heading: sections and the site's name. A full-width space
    or colon separates them too ("…死亡　写真1枚　国際ニュース：AFPBB News"), which inside a CJK
    heading it does not."""
    return [s.strip() for part in title_parts(text) for s in FULL_WIDTH_BREAK.split(part) if s.strip()]


def title_parts(title):
    """The <title> split at its separators. A bare hyphen between two Han characters is one too
    ("标题-网站名"): Chinese hyphenates no words, where Korean joins names ("엘제이-류화영").
    Asked of each hyphen in Python: a regex class over the Han block costs 5 ms to compile.
    A separator inside brackets is the title's own: "Song (只能想念你 - 蕭敬騰)"."""
    parts = []
    for part in _outside_brackets(TITLE_SEPARATORS, title):
        start, at = 0, part.find("-", 1)
        while 0 < at < len(part) - 1:
            if scripts.count(part[at - 1] + part[at + 1], "han") == 2:
                parts.append(part[start:at])
                start = at + 1
            at = part.find("-", at + 1)
        parts.append(part[start:])
    return parts


def _outside_brackets(separators, text):
    """`text` split where `separators` match outside round or square brackets."""
    parts, start = [], 0
    for m in separators.finditer(text):
        before = text[:m.start()]
        if sum(map(before.count, OPENING_BRACKETS)) <= sum(map(before.count, CLOSING_BRACKETS)):
            parts.append(text[start:m.start()])
            start = m.end()
    parts.append(text[start:])
    return parts


class Reader:
    """Fills attribution fields from rule specs, remembering which block gave which field."""

    def __init__(self, doc, claims, warn, site=None):
        self.doc, self.claims, self.warn = doc, claims, warn
        self.site = site  # the site's name in its metadata: a 来源 naming it names no origin
        self.values = {}
        self.generic = set()  # fields read by global.toml rather than the site's rule
        self.unlabelled = set()  # fields read by where a line stands (`above`), not by what it says
        self.stated = set()  # fields a site's rule states outright ("Example contributors")
        self.blocks = {}  # block order -> [field, ...]
        self.credits = {}  # block order -> the credit that closes a paragraph of the text
        self.source_link = None  # the link on the source's name in its credit line
        self.labels = {}  # selector -> the labels it finds, see _labelled()
        self.bylines = []  # bylines that name no author: an agency ("Reuters"), a desk ("Staff")
        self.review_boxes = {}  # a rule's review selectors -> the blocks of each review they find

    def read(self, rule, region=None, top=None):
        """Fill the fields `rule` knows how to read; text specs look only at `region`'s blocks,
        and `above` specs only at those up to `top` (the article's first paragraph)."""
        self.near = None if region is None else frozenset(region)
        region = region or range(len(self.doc.blocks))
        self.lines = [(i, self.doc.block_text(i)) for i in region if i not in self.claims]
        self.haystack = Haystack(text for _, text in self.lines)
        self.top = top
        self.citations = rule.citations if rule.is_global else None
        facts = self.doc.facts if rule.is_global else self.doc.blocks_in(rule.fact_boxes)
        self.facts = facts | self._reviews(rule.reviews, top)
        for name, specs in rule.attribution.items():
            for spec in () if name in self.values else specs:
                if not spec.last and self._read_spec(name, spec):
                    if name == "author" and rule.is_global and _names_nobody(self.values["author"], rule,
                                                                             self.values.get("source")):
                        # "By Reuters" over "(Reporting by …)": the line goes, a later spec may find the writer
                        self.bylines.append(self.values.pop("author"))
                        continue
                    if rule.is_global:
                        self.generic.add(name)
                    if spec.above:
                        self.unlabelled.add(name)
                    break
            if name == "source" and name in self.values:
                self._claim_repeats(name, specs)

    def _reviews(self, selectors, top):
        """The blocks of readers' reviews ("Von: Andreas R. Am: 29.12.2014" under a product's
        description): their writers and dates are not the page's. Not a review that holds the
        text's first paragraph: a critic's article, marked up as a review of its subject."""
        if selectors not in self.review_boxes:  # (the page's reviews, looked up once)
            self.review_boxes[selectors] = [self.doc.blocks_within(review) for selector in selectors
                                            for review in self.doc.select(selector)]
        return {i for inside in self.review_boxes[selectors] if top not in inside for i in inside}

    def _claim_repeats(self, name, specs):
        """Lines that credit the value read already ("Reprinted from Waterways Quarterly, issue 58"
        above the text, "This article first appeared in Waterways Quarterly …" below it): the same
        credit twice, and both lines go."""
        known = self.values[name].casefold()
        naming = [(i, text) for i, text in self.lines
                  if len(text) <= REPEATED_CREDIT_CHARS and i not in self.blocks and known in text.casefold()]
        for spec in specs if naming else ():
            if spec.text is None or spec.last or spec.keep or not spec.text.may_occur_in(self.haystack):
                continue  # (the page was searched for these patterns' words already: a look-up each)
            for i, text in naming:  # (not a paragraph's last words, or its first in brackets: it stays)
                if (i not in self.blocks and len(text) <= spec.max_chars and (m := spec.text.search(text))
                        and not (_closing_credit(text, m) or _opening_credit(text, m))):
                    value = (_group(m) or "").strip(" \t:：,，;；|｜").casefold()
                    if value.startswith(known) and not value[len(known):][:1].isalnum():  # "…, issue 58"
                        self.blocks[i] = [name]

    def read_last(self, rule, i):
        """What `rule`'s `last` specs read in block i, the article's last one still kept: a
        writer's name alone under the text is a signature, even when a byline named the writer."""
        text = self.doc.block_text(i)
        for name, specs in rule.attribution.items():
            for spec in specs:
                if spec.last and len(text) <= spec.max_chars and (m := spec.text.search(text)) and _group(m):
                    if name in self.values:
                        self.blocks.setdefault(i, []).append(name)
                    else:
                        self._set(name, _group(m).strip(), i)
                        self.generic.add(name)  # `last` is for global.toml only
                    return

    def _set(self, name, value, block):
        self.values[name] = value
        if block is not None:
            self.blocks.setdefault(block, []).append(name)

    def _read_spec(self, name, spec):
        if spec.literal is not None:
            self._set(name, spec.literal, None)
            self.stated.add(name)
            return True
        try:
            if spec.selector is not None:
                return self._read_selector(name, spec)
            if spec.script is not None:
                return self._read_script(name, spec)
            return self._read_text(name, spec)
        except PatternTimeout as e:
            self.warn(f"skipped rule pattern: {e}")
            return False

    def _read_selector(self, name, spec):
        # An info line's element: in a short block of the region, up to the article's first paragraph.
        above = spec.above and {i for i, text in self.lines if i <= self.top and len(text) <= spec.max_chars}
        if spec.label:
            found = self._labelled(spec.selector)
        else:
            found = ((None, None, el) for el in _innermost(self.doc.select(spec.selector)))
        for label, text, el in found:
            if label is not None and not spec.label.search(text):
                continue
            blocks = self.doc.blocks_within(el)
            block = blocks[0] if len(blocks) == 1 else self.doc.block_of(el)
            if above is not False and block not in above:
                continue
            if label is None and block is not None and self.near and block not in self.near:
                continue  # far from the article: a commenter's name, not a byline (a table of fields may be)
            if self._cites(name, block):
                continue
            value = el.get(spec.attr) if spec.attr else self.doc.text_of(el)
            if spec.link:  # the address the element links, not the words it shows
                value = _link(el, value)
            elif not spec.attr and GLUED.search(value):
                value = shown_text(el)
            if value and spec.pattern is not None:
                m = spec.pattern.search(value)
                value = _group(m) if m else None
            if value:
                self._set(name, value.strip(), block)
                if label is not None and (i := self.doc.order.get(label)) is not None:
                    self.blocks.setdefault(i, []).append(name)  # the label goes with its value
                if name == "source":
                    self.source_link = _link_named(el, value)
                return True
        return False

    def _read_script(self, name, spec):
        """A value the page's script sets and shows once it has run; no block holds it."""
        for text in self.doc.scripts:
            m = spec.script.search(text)
            value = _group(m) if m else None
            if value and spec.pattern is not None:
                m = spec.pattern.search(value)
                value = _group(m) if m else None
            if value and value.strip():
                self._set(name, value.strip(), None)
                return True
        return False

    def _labelled(self, selector):
        """(label, its text, the value beside it) of the elements `selector` finds that can be a
        label: a <dt> before its <dd>, a <th> before a <td>, or a row's first cell before a <td>.
        Found once a page for all the fields that read labels."""
        if selector not in self.labels:
            pairs = ((el, el.getnext()) for el in self.doc.select(selector))
            self.labels[selector] = [(el, self.doc.text_of(el), value) for el, value in pairs
                                     if value is not None and value.tag in VALUE_CELLS
                                     and (el.tag in ("dt", "th") or el.getprevious() is None)]
        return self.labels[selector]

    def _read_text(self, name, spec):
        if spec.text is None or not spec.text.may_occur_in(self.haystack):
            return False
        holding = spec.text.lines_in(self.haystack)
        lines = self.lines if holding is None else [self.lines[k] for k in sorted(holding)]
        if spec.above and self.doc.is_text:
            lines = reversed(lines)  # the info line nearest the text, not a comment's above it
        for i, text in lines:
            if len(text) > spec.max_chars or spec.above and i > self.top:
                continue
            m = spec.text.search(text, held=holding is not None)
            if m and GLUED.search(m.group(0)):  # "By Meg JamesStaff Writer": elements shown apart
                text = shown_text(self.doc.blocks[i])
                m = spec.text.search(text)
            if not m or _in_caption(self.doc.blocks[i]) or self._cites(name, i):
                continue
            if spec.followed_by is not None and not self._followed(i, spec.followed_by):
                continue
            value = _group(m)
            if spec.link:
                value = _link(self.doc.blocks[i], m.group(0)) or (value if value and SAFE_URL.match(value) else None)
                if value is None and self.doc.is_text:
                    value = self._written_address(i, text[m.end():])
            if spec.pattern is not None and value:
                m = spec.pattern.search(value)
                value = _group(m) if m else None
            if value:
                credit = _closing_credit(text, m) or (None if spec.keep else _opening_credit(text, m))
                value = value.strip(" \t:：,，;；|｜")
                block = None if credit or spec.keep else i
                if name == "source" and self.site and _names_site(value, self.site, self.doc.url, whole=True):
                    if block is not None:  # the platform's 来源 over a post: the credit line goes,
                        self.blocks.setdefault(block, []).append(name)  # and one under the text
                    continue  # may name the origin
                self._set(name, value, block)
                if name == "source":
                    self.source_link = _link_named(self.doc.blocks[i], value) or (
                        self._written_address(i, "") if self.doc.is_text else None)
                if credit:
                    self.credits[i] = credit
                return True
        return False

    def _followed(self, i, pattern):
        """The lines right below block i hold what `pattern` looks for: a footer's other fields
        below its "主办单位：X" line, as scraped text sets each on a line of its own."""
        below = range(i + 1, min(i + 1 + FOLLOWING_BLOCKS, len(self.doc.blocks)))
        return pattern.search("\n".join(self.doc.block_text(j) for j in below)) is not None

    def _cites(self, name, i):
        """Block i stands below the text's start among a paper's reference lines ("論文名：…",
        "DOI: …"), or in a box of facts about the article's subject (a wiki's infobox: an episode's
        "Written by", its air date): the authors and date it gives are the paper's or the subject's,
        not the article's (a credit line below the paper's lines is the article's)."""
        if name not in CITED_FIELDS or i is None:
            return False
        return i in self.facts or (self.top is not None and i > self.top and cites(self.doc, i, self.citations))

    def _written_address(self, i, rest):
        """Scraped text keeps no links: the address is written after the words ("Read the original
        story: https://…"), or alone on the line below them ("Fonte: X" over it), which goes with them."""
        if m := WRITTEN_URL.search(rest):
            return m.group(0).rstrip(URL_AFTER)
        below = self.doc.block_text(i + 1) if i + 1 < len(self.doc.blocks) else ""
        if WRITTEN_URL.fullmatch(below):
            self.blocks.setdefault(i + 1, []).append("original_url")
            return below.rstrip(URL_AFTER)
        return None


def shown_text(el):
    """The element's text with a line break where one element's words end and the next one's
    begin without a space, a lowercase letter before a capital ("Jonathan Garber" "FOXBusiness"):
    the page's CSS sets them apart, on lines of their own. Inline markup inside a word ("<b>J</b>ohn")
    stays joined."""
    pieces = [piece for piece in el.itertext() if piece]
    parts = pieces[:1]
    for before, after in itertools.pairwise(pieces):
        parts.append("\n" + after if GLUED.match(before[-1] + after[0]) else after)
    return normalize_text("".join(parts))


def _in_caption(el):
    """A caption's credit, or a note's under a table ("Fuente: …", "Source: … testing records"), is
    its picture's or its data's, not the article's."""
    if in_caption(el):
        return True
    before = el.getprevious()  # the table, or a wrapper around it alone
    if before is not None and (before.tag == "table" or len(before) == 1 and before[0].tag == "table"):
        return True
    cell = next(el.iterancestors("td", "th"), None) if el.tag not in ("td", "th") else el
    row = cell.getparent() if cell is not None and cell.get("colspan") else None  # a note across the table's last row
    above = row.getprevious() if row is not None and row.getnext() is None else None
    return above is not None and len(above) >= DATA_ROW_CELLS


def _innermost(elements):
    """The elements (in document order) less those holding just one other: a byline's box holds
    its label and the writer's section ("Author: Emma Grey Ellis. Emma Grey Ellis Science"), the
    name's element inside it only the name. A box holding two names is the co-authors' byline."""
    held = Counter(a for el in elements for a in el.iterancestors())
    return [el for el in elements if held[el] != 1]


def _closing_credit(text, m):
    """The credit at the end of a paragraph of prose, where the match starts it; else None."""
    head = text[:m.start()].rstrip()
    if head[-1:] in OPENING_BRACKETS:
        head = head[:-1].rstrip()
    if len(head) >= MIN_PROSE_BEFORE_CREDIT and ends_sentence(head):
        return text[len(head):].strip()
    return None


def _opening_credit(text, m):
    """A bracketed credit that opens a paragraph of prose, where the match lies within the
    brackets ("【来源：云州日报 作者：韩雪松】3月18日，记者从…"): the credit; else None. The
    paragraph stays, as the text's first (not a label's: "【转载说明】本文转载自…")."""
    start = len(text) - len(text.lstrip())
    opening = text[start:start + 1]
    if not opening or opening not in OPENING_BRACKETS:
        return None
    close = text.find(CLOSING_BRACKETS[OPENING_BRACKETS.index(opening)], start)
    rest = text[close + 1:].strip() if m.start() < close and m.end() <= close + 1 else ""
    if len(rest) >= MIN_PROSE_BEFORE_CREDIT and ends_sentence(rest):
        return text[:close + 1].strip()
    return None


def _group(m):
    if "value" in m.groupdict():
        return m.group("value")
    return m.group(1) if m.re.groups else m.group(0)


def _link(el, matched):
    """The link on the words the pattern matched ("Lire l'article original"), else the first (a
    credit line may link the publication's home page before the article itself), else the address
    in a box beside them to copy it from. None where that link leads nowhere ("来源: <a
    href="http://#">X</a> <a>举报</a>": not the report link after it)."""
    links = [(a, (a.get("href") or "").strip()) for a in el.iter("a")
             if "license" not in (a.get("rel") or "").split()]  # "licensed under CC BY-SA": no original
    matched = " ".join(matched.casefold().split())
    words = [(" ".join(a.text_content().casefold().split()), href) for a, href in links]
    on_match = [href for text, href in words if text and (text in matched or matched in text)]
    named = [href for text, href in words if text][:1]  # (not an icon's link before the label)
    shown = ((i.get("value") or "").strip() for i in el.iter("input"))  # a box to copy it from ("Link bài gốc")
    return next((href for href in on_match or named or shown if SAFE_URL.match(href)), None)


def _date(values, unlabelled, meta, months, utc_offset):
    """A labelled date line beats metadata (templates fill it with the republisher's defaults),
    which beats a date read only by where it stands (a related story's may stand there too),
    except a UTC timestamp a day off it: the page shows its readers the day where it is
    ("23 de abril de 2024" for "2024-04-24T05:47:10+00:00", posted the evening before)."""
    read = normalize_date(values.get("date"), months, utc_offset)
    meta_date = normalize_date(meta.get("date"), months, utc_offset)
    if "date" not in unlabelled or not read:
        return read or meta_date
    if meta_date is None or UTC_STAMP.search(meta["date"]) and _days_apart(read, meta_date) == 1:
        return read
    return meta_date


def _days_apart(a, b):
    import datetime  # (few pages ask: not imported with every run)

    try:
        return abs((datetime.date.fromisoformat(a) - datetime.date.fromisoformat(b)).days)
    except ValueError:  # "2024-02-31": normalize_date checks no month's length
        return None


def _through_redirect(url):
    """The address a redirecting link leads to ("https://www.google.com/url?q=https%3A%2F%2F…"):
    links on a page built with a platform's editor often go through it."""
    try:
        parts = urlsplit(url)
    except ValueError:  # no address at all ("https://[x/a")
        return url
    if not parts.query or parts.path.rstrip("/").rsplit("/", 1)[-1].lower() not in REDIRECT_PATHS:
        return url
    params = parse_qs(parts.query)
    return next((value for key in REDIRECT_TARGETS for value in params.get(key, ()) if SAFE_URL.match(value)), url)


def _dated_path(url):
    """The date a page's address gives ("/2019/11/20/south-koreas-roadmap/"), where nothing else does."""
    m = DATED_PATH.search(_parts(url).path) if url else None
    return normalize_date("-".join(m.groups())) if m else None


def _link_named(el, name):
    """The link whose words hold `name` ("Source: [Diario Cordillera](…)", "[Ouest-Littoral, 12 mars
    2024](…)"), or that `name` holds: a credit links the original where it names it."""
    name = name.casefold()
    for a in el.iter("a"):
        href, text = (a.get("href") or "").strip(), " ".join(a.text_content().casefold().split())
        if len(text) >= 2 and (name in text or text in name) and SAFE_URL.match(href):
            return href
    return None


def _gives_site_address(byline, url):
    """"Deutsche Welle (www.dw.com)": the site itself, by its address, as a CMS names the author."""
    return bool(url) and any(_host_name(f"http://{found}") == _host_name(url) for found in WEB_ADDRESS.findall(byline))


def _without_site(byline, site, url):
    """"Ann Lee and Bo Park, CNN" on CNN's site: the writers, not the site they write for."""
    writers, comma, tail = byline.rpartition(",")
    return writers.strip() if comma and writers.strip() and _is_site(tail, site, url) else byline


def _names_site(name, site, url, whole=False):
    """The name is one of the site's desks: the site's name begins it ("Telegraph Sport" on The
    Telegraph) or it begins the site's name ("Sky" on Sky News), word by word, letters and digits
    only ("Skye Martin" on Sky News is a person); `whole`: or it is the site, by its name or its
    host's ("Live Science" on livescience.com). A site named after its owner ("Maya Lindqvist's
    blog") is theirs, not a desk's."""
    name_words, site_words = _words(name), _words(site or "")
    words = "".join(name_words)
    if not words:
        return False
    if whole and _is_site(name, site, url):
        return True
    owners = site_words[len(name_words):len(name_words) + 1] == ["s"] and words in _prefixes(site_words)
    return bool(site_words) and words != "".join(site_words) and not owners and (
        "".join(site_words) in _prefixes(name_words) or words in _prefixes(site_words))


def _is_site(name, site, url):
    """The name is the site's own, or its host's ("Live Science" on livescience.com), word by
    word, letters and digits only."""
    words = "".join(_words(name))
    return bool(words) and (words == "".join(_words(site or "")) or bool(url) and words == _host_name(url))


def _words(text):
    """Letters and digits, word by word; each CJK letter a word of its own (no spaces to go by)."""
    words = [w for word in WORDS.findall(text.casefold()) for w in (word if scripts.count(word) else (word,))]
    return words[1:] if words[:1] == ["the"] else words


def _prefixes(words):
    return {"".join(words[:n]) for n in range(1, len(words) + 1)}


def _article_on_source(doc, source):
    """The first page the page links to on the source's own site, whose host is the source's
    name ("Kreisblatt Heidelau", kreisblatt-heidelau.de): the article reposted, wherever its link
    stands ("Online: …" in a table, "Vía …", "con il suo permesso")."""
    name = "".join(_words(source))
    if len(name) < SOURCE_HOST_MIN_CHARS:
        return None
    for block in doc.blocks:  # (the tree has lost its chrome by now; its blocks keep their links)
        for a in block.iter("a"):
            href = (a.get("href") or "").strip()
            if SAFE_URL.match(href) and "".join(_words(_host_name(href))) == name and _names_article(href):
                return href
    return None


def _linked_beside_credit(doc, reader, url):
    """An article on another site linked in the source's credit line (or in the rows of fields
    below it), or alone in the block right below them ("Story Source:" over "<a href=…>Title</a>",
    "初出：『X』<br>https://…"): the original, where no words beside the link say so. A link that
    shows an address is read as it shows it (a board's "link.php?…" redirect showing "https://…");
    one that carries an address in its query is a service's (a share button's, a correction
    form's "?url=https…"), not an article."""
    for i in sorted(i for i, fields in reader.blocks.items() if "source" in fields):
        below = i + 1
        if doc.blocks[i].tag in CELLS:  # a table's row: the table's other rows below (claimed, cut from it by now)
            while below < len(doc.blocks) and doc.blocks[below].tag in CELLS and below - i < CREDIT_ROWS:
                below += 1
        credit = range(i, below)
        links = [a for j in credit for a in doc.blocks[j].iter("a")]
        if (below < len(doc.blocks) and len(alone := list(doc.blocks[below].iter("a"))) == 1
                and doc.text_of(alone[0]) == doc.block_text(below)
                and getattr(reader.claims.get(below), "kind", None) not in OTHER_LINKS):
            links += alone
        for a in links:
            shown = doc.text_of(a)
            for href in (shown if WRITTEN_URL.fullmatch(shown) else "", (a.get("href") or "").strip()):
                if (SAFE_URL.match(href) and host_of(href) != host_of(url or "") and _names_article(href)
                        and not _home_page(href) and not CARRIED_URL.search(_parts(href).query)):
                    return href
    return None


def _header_name(doc, title, placeholders):
    """Scraped text's first line, where its page's header named the site, when a line at its end
    names it again (the footer's "X · 邻里互助", "不代表X立场"): "青柚资讯". A tagline after a dash
    or a dot is no part of it; the article's title, a sentence, a line of many words or a menu's
    "Home" is no name."""
    name = HEADER_TAGLINE.split(doc.block_text(0))[0].strip()
    if (not 2 <= len(name) <= HEADER_NAME_CHARS or name == title or ends_sentence(name)
            or name.count(" ") >= HEADER_NAME_WORDS or any(p.search(name) for p in placeholders)):
        return None
    ending = range(max(1, len(doc.blocks) - FOOTER_BLOCKS), len(doc.blocks))
    return name if any(name in doc.block_text(i) for i in ending) else None


def _logo_name(text, labels, placeholders):
    """The site's name in its logo's alt text, less "logo" beside it and what a dash or a bar puts
    after it ("Catch it Kansas - Content - News"); none if it names nothing ("Home")."""
    name = without_labels(LOGO_TAGLINE.split(" ".join(text.split()))[0], labels)
    if len(name) > LOGO_NAME_MAX_CHARS or any(p.search(name) for p in placeholders):
        return None
    return name


def _names_article(url):
    """An article's address has an id or a slug of words ("…/okafor-double-ashcombe-report-4471920",
    "?idxno=318402"); a writer's or a section's page ("/author/hannah-oduya", "/news/") has not."""
    parts = _parts(url)
    last = parts.path.rstrip("/").rsplit("/", 1)[-1]
    return any(c.isdigit() for c in parts.path + parts.query) or len(re.split(r"[-_]", last)) >= ARTICLE_SLUG_WORDS


def _home_page(url):
    parts = _parts(url)
    return parts.path.lower() in HOME_PATHS and not parts.query


def _same_page(a, b):
    """Two addresses of one page: scheme, "www." and a trailing slash aside."""
    pa, pb = _parts(a), _parts(b)
    return host_of(a) == host_of(b) and pa.path.rstrip("/") == pb.path.rstrip("/") and pa.query == pb.query


def _parts(url):
    """The parts of an address, none of one that is no address at all ("https://[x/")."""
    try:
        return urlsplit(url)
    except ValueError:
        return NO_PARTS


def _other_site(url, page_url):
    """Neither host holds the name the other is registered under: msn.com and cnn.com, not
    insider.com and insider.de, nor jaraguadosul.com.br and jaraguadosul.sc.gov.br."""
    labels, page_labels = (host_of(url) or "").split("."), (host_of(page_url) or "").split(".")
    return _host_name(url) not in page_labels and _host_name(page_url) not in labels


def _host_name(url):
    """The name a host is registered under: "telegraph" of www.telegraph.co.uk, "sky" of
    news.sky.com (the label before the public suffix, a country's "co." or "com." included)."""
    labels = (host_of(url) or "").removeprefix("www.").split(".")
    if len(labels) > 2 and labels[-2] in SECOND_LEVEL_LABELS:
        labels.pop()
    return labels[-2] if len(labels) > 1 else labels[0]


def resolve(reader, meta, doc, rule, global_rule, container):
    """Merge what the rules read with the page's metadata; normalise and clean the values.
    What the rules read from the page's own lines (来源, 发布时间, "Originally published at")
    beats metadata, which templates often fill with the republisher's defaults; for the site's
    name the site's rule beats metadata, which beats the <title>'s suffix, which beats its logo's
    alt text, which beats the generic lines (a footer's 主办单位 is often the office that runs the
    site: "X人民政府办公室"; its © line may be the wire's or the source's)."""
    values = reader.values
    url = doc.url or meta.get("url")

    def labels(key):  # the global rule's and the site's
        return (*getattr(global_rule, key), *(getattr(rule, key) if rule else ()))

    # The title read from the page (its <h1>, already out of the tree), any <h1> the text keeps, then the
    # og:title: the <title> starting or ending with one of them tells the title from the site's name.
    h1s = [t for t in (values.get("title"),) if t] + [doc.text_of(h) for h in container.iter("h1")]
    h1s += [t for t in (meta.get("title"),) if t and t != meta.get("page_title")]
    title = values.get("title") or meta.get("title")
    page_title = meta.get("page_title")
    suffix_site = None
    if page_title:
        stripped, suffix_site = strip_site_suffix(page_title, h1s, url)
        if not title or (stripped != title and names_host(title, url) and not names_host(stripped, url)):
            title = stripped  # a logo's <h1>, or an og:title, that names the site: the <title> says the page's
        if (not values.get("title") and title == page_title and suffix_site and title.endswith(suffix_site)
                and _names_site(suffix_site, meta.get("site"), url, whole=True)):
            title = title[:-len(suffix_site)].rstrip(TITLE_SEPARATOR_CHARS)  # og:title as the <title>: "… - Digg"
    if title and page_title is None and meta.get("title") == title:
        title, suffix_site = strip_site_suffix(title, h1s, url)
    if suffix_site and page_title and _ends_with_tags(page_title, meta.get("keywords")):
        suffix_site = None  # the page's tags after its title ("…_学校_招生_名额"), as its keywords list them
    if title:
        title = without_labels(title, labels("title_labels"))
    source = values.get("source") or meta.get("source")
    if source:
        source = _unquoted(without_labels(source, labels("source_labels"))) or None
    line, publisher = values.get("site"), meta.get("publisher")
    if line:
        line = without_labels(line, labels("site_labels"))
    site = ((None if "site" in reader.generic else values.get("site")) or (rule.name if rule else None)
            or meta.get("site") or suffix_site)
    if site == meta.get("site") and suffix_site and line and line.endswith(suffix_site) and suffix_site not in site:
        site = suffix_site  # a department's own pages, which its <title> and footer name, in a site group's portal
    if (site == publisher and suffix_site and names_host(suffix_site, url) and not names_host(site, url)
            and _words(suffix_site) != ["".join(w[0] for w in WORDS.findall(site.casefold()))]):
        site = suffix_site  # the article's data names the company ("Wikimedia Foundation, Inc."), the <title>
        # its site; the same name abbreviated is no other ("ACSWU")
    if not site and meta.get("logo"):
        site = _logo_name(meta["logo"], labels("site_labels"), labels("placeholder_sites"))
    if line and _is_agency(line, labels("agencies")):
        source = source or line  # a © line naming a news agency: the wire's copy ("©2019 The Associated Press")
    elif not site and line and not (source and _names_site(source, line, url, whole=True)):
        site = line  # a © line naming the source is the reprint's, under its text: no site
    if not site and doc.is_text:
        site = _header_name(doc, title, labels("placeholder_sites"))
    if publisher and _is_agency(publisher, labels("agencies")) and not _names_site(publisher, site, url, whole=True):
        source = source or publisher  # the article's data names the wire its publisher, on a paper's site
    if source and (_names_site(source, site, url, whole=True)
                   or any(p.search(source) for p in labels("placeholder_sources"))):
        source = None  # the republisher's own article ("Live Science" on livescience.com, "来源：本站"): no origin
    agencies = labels("agencies")
    for byline in (without_labels(b, labels("author_labels")) for b in reader.bylines):
        if _is_agency(byline, agencies):
            source = source or byline  # a wire story's byline, where a later line named the writers
    author = values["author"] if "author" in reader.stated else None  # as the site's rule says, untested
    bylines = () if author else (values.get("author"), meta.get("author"))  # the page's, else its metadata's
    for byline in filter(None, bylines):
        if _gives_site_address(byline, url):
            continue
        byline = _without_site(without_labels(byline, labels("author_labels")), site, url)
        if split := _agency_after(byline, agencies):  # "By DANIELA MORROW Associated Press"
            byline, source = split[0], source or split[1]
        if _is_agency(byline, agencies):
            source = source or byline  # a wire story's byline: "Reuters", "Associated Press"
        elif _names_writer(byline, source, site, url, labels("placeholder_authors")):
            author = byline
            break
    if not author and site and "s " in site and (owner := re.match(OWNED_SITE, site)):
        author = owner.group(1)  # a personal site, named after its owner: "Maya Lindqvist's Digital Home"
    editor = values.get("editor")
    if author and editor and author == editor:
        author = None
    listed, link = meta.get("original_url"), source and reader.source_link
    if listed and doc.url and _same_page(listed, doc.url):
        listed = None  # an original names itself so ("original-source" on the original's own page)
    if link and url and host_of(link) == host_of(url):
        link = None  # the site's own page on the source ("phys.org/partners/…"), not the source's
    read_url = values.get("original_url")
    if read_url and not source and _home_page(read_url):
        read_url = None  # the home page of a source that was the site's own ("来源：人民网-文化频道")
    original_url = (read_url or (listed if listed and SAFE_URL.match(listed) else None)
                    or (link if link and not _home_page(link) else None))
    canonical = meta.get("url")
    if not original_url and doc.url and canonical and SAFE_URL.match(canonical) and _other_site(canonical, doc.url):
        original_url = canonical  # a syndicated copy names its original to search engines: MSN's, Yahoo's
    if not original_url and source:
        original_url = _article_on_source(doc, source) or _linked_beside_credit(doc, reader, url)
    original_url = original_url or link  # the source's home page, when nothing names the article's own
    if original_url and doc.url:
        try:
            original_url = urljoin(doc.url, original_url)
        except ValueError:  # one of them is no address at all ("https://[x/")
            original_url = None
    if original_url and not SAFE_URL.match(original_url):
        original_url = None
    if original_url:
        original_url = _through_redirect(original_url)
    return Attribution(
        title=title,
        source=source,
        original_url=original_url,
        author=author,
        original_title=_unquoted(values.get("original_title") or "") or None,
        editor=editor,
        date=_date(values, reader.unlabelled, meta, global_rule.months, rule.utc_offset if rule else 0)
        or _dated_path(url),
        original_date=normalize_date(values.get("original_date"), global_rule.months),
        site=site,
        url=url,
    )
