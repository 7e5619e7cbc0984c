"""The article as Markdown: tidy the content tree, html2text configured once, then front matter
and a closing attribution line in the article's language."""

from __future__ import annotations

import json
import re
from urllib.parse import urljoin

from lxml import etree

SAFE_SCHEMES = ("http://", "https://", "mailto:")
TERMINAL_PUNCTUATION = re.compile(r"[。！？!?.;；:：,，、…]$")
HEADING_MAX_CHARS = 40
PADDING = re.compile(r"^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$")
HEADING = re.compile(r"^(#{1,6})\s+")
BLANK_LINES = re.compile(r"\n{3,}")
CJK = re.compile(r"[\u3400-\u9fff]")
KANA = re.compile(r"[\u3040-\u30ff]")
HANGUL = re.compile(r"[\uac00-\ud7af]")

LABELS = {  # closing attribution line, by language
    "zh": {"source": "来源", "original_url": "原文链接", "site": "转载自", "sep": "　"},
    "en": {"source": "Source", "original_url": "Originally published at", "site": "Republished by",
           "sep": " · "},
}
FRONT_MATTER_FIELDS = ("title", "source", "original_url", "author", "original_title", "editor",
                       "date", "site", "url", "language")


def detect_language(text, declared=None):
    sample = text[:5000]
    if KANA.search(sample) and len(KANA.findall(sample)) > len(sample) / 20:
        return "ja"
    if len(HANGUL.findall(sample)) > len(sample) / 10:
        return "ko"
    if len(CJK.findall(sample)) > len(sample) / 10:
        return "zh"
    if declared:
        return declared.split("-")[0].lower()[:8] or "en"
    return "en"


def tidy(container, url, is_text):
    """Make the content tree say what the page shows: no padding or empty paragraphs, bold
    one-line paragraphs as subheadings, links resolved, unsafe destinations dropped."""
    for el in list(container.iter("a", "img")):
        attr = "href" if el.tag == "a" else "src"
        dest = (el.get(attr) or "").strip()
        if dest and url:
            try:
                dest = urljoin(url, dest)
            except ValueError:
                dest = ""
        if dest.lower().startswith(SAFE_SCHEMES) or (dest.startswith("/") and not dest.startswith("//")):
            el.set(attr, dest)
        elif el.tag == "a":
            el.attrib.pop("href", None)
        else:
            el.drop_tree()
    for el in container.iter():
        if not isinstance(el.tag, str):
            continue
        if el.text:
            el.text = el.text.replace("\u3000", " ").replace("\u00a0", " ")
        if el.tail:
            el.tail = el.tail.replace("\u3000", " ").replace("\u00a0", " ")
    for p in list(container.iter("p", "div")):
        text = p.text_content().strip()
        if not text and p.find(".//img") is None and p.getparent() is not None:
            p.drop_tree()
        elif _is_subheading(p, text, is_text):
            p.tag = "h2"
            p.text = None if not (p.text or "").strip() else p.text.strip()
            for b in p.iter("strong", "b"):
                b.drop_tag()


def _is_subheading(p, text, is_text):
    if len(text) > HEADING_MAX_CHARS or TERMINAL_PUNCTUATION.search(text):
        return False
    if is_text:
        following = p.getnext()
        return following is not None and p.getprevious() is not None
    bold = [b for b in p if b.tag in ("strong", "b")]
    return (len(bold) == 1 and bold[0].text_content().strip() == text
            and not (p.text or "").strip() and not (bold[0].tail or "").strip())


def to_markdown(container):
    import html2text

    h = html2text.HTML2Text()
    h.body_width = 0
    h.unicode_snob = True
    h.ignore_images = False
    h.images_to_alt = False
    h.single_line_break = False
    h.mark_code = False
    h.pad_tables = True
    h.escape_snob = False
    html = etree.tostring(container, encoding="unicode", method="html", with_tail=False)
    text = h.handle(html)
    lines = [line.rstrip() for line in text.split("\n")]
    lines = [HEADING.sub(r"\1 ", PADDING.sub("", line)) if not line.startswith(("    ", "|")) else line
             for line in lines]
    return BLANK_LINES.sub("\n\n", "\n".join(lines)).strip() + "\n"


def front_matter(attribution):
    """YAML front matter; every value is a JSON string, which is valid YAML whatever it holds."""
    values = attribution.as_dict()
    lines = [f"{k}: {json.dumps(values[k], ensure_ascii=False)}" for k in FRONT_MATTER_FIELDS if k in values]
    return "---\n" + "\n".join(lines) + "\n---\n"


def footer_line(attribution):
    labels = LABELS["zh" if attribution.language == "zh" else "en"]
    parts = []
    if attribution.source:
        parts.append(f"{labels['source']}: {attribution.source}" if labels is LABELS["en"]
                     else f"{labels['source']}：{attribution.source}")
    if attribution.original_url:
        sep = ": " if labels is LABELS["en"] else "："
        parts.append(f"{labels['original_url']}{sep}<{attribution.original_url}>")
    if attribution.site:
        site = attribution.site if not attribution.url else f"[{attribution.site}](<{attribution.url}>)"
        sep = " " if labels is LABELS["en"] else "："
        parts.append(f"{labels['site']}{sep}{site}")
    return labels["sep"].join(parts)


def render(body, attribution, with_front_matter=True, with_attribution=True, title_heading=False):
    parts = [front_matter(attribution)] if with_front_matter else []
    if title_heading and attribution.title:
        parts.append(f"# {attribution.title}\n")
    parts.append(body)
    line = footer_line(attribution) if with_attribution else ""
    if line:
        parts.append(f"---\n\n{line}\n")
    return "\n".join(parts)
