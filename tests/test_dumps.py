"""Pages a text-mode browser printed (lynx -dump, w3m -dump): wrapped lines joined, numbered links
read from the references list, and runs of items kept as lists."""

import json
import re
import textwrap
from pathlib import Path

from cleaner import clean

CORPORA = Path(__file__).resolve().parent.parent / "benchmarks" / "corpora"

PARAGRAPHS = [
    "BAYPORT - In its first four weeks of service, the Line 1 Rapid bus between downtown Bayport and "
    "the Eastgate Medical District carried an average of 6,240 riders each weekday, about 30 percent "
    "more than transit planners had projected for the end of its first year.",
    "The figures, presented to the transit board on Thursday, suggest the $48 million project has drawn "
    "new riders rather than simply moving them off the old Route 10 local bus, which the Rapid line "
    "replaced along most of Harmon Avenue.",
    "Riders pay at ticket machines on the platforms before boarding and can enter through any of the "
    "bus's three doors, which planners say cut the time spent at each stop by almost half.",
]
ORIGINAL = "https://www.bayportherald.com/news/2025/04/14/line-1-rapid/"


def wrapped(text, indent="   ", width=72):
    return textwrap.fill(text, width=width, initial_indent=indent, subsequent_indent=indent)


def lynx_page():
    menu = ["     * [1]Plan a Trip", "     * [2]Schedules & Maps", "     * [3]Fares & Passes", "     * [4]Newsroom"]
    lines = [*menu, "", "Line 1 Rapid tops ridership forecasts in first month", "",
             "   Posted April 16, 2025", ""]
    for paragraph in PARAGRAPHS:
        lines += [wrapped(paragraph), ""]
    lines += [wrapped("This story was originally published in [5]The Bayport Herald on April 14, 2025."), "",
              "References", "", "   Visible links:"]
    lines += [f"   {n}. https://www.tcrta.org/{n}" for n in range(1, 5)] + [f"   5. {ORIGINAL}"]
    return "\n".join(lines)


def test_a_dump_s_wrapped_paragraphs_are_joined_and_its_numbered_links_read():
    result = clean(lynx_page().encode(), site_rules=False)
    paragraphs = [p.strip() for p in result.body.split("\n\n") if p.strip()]
    assert paragraphs == PARAGRAPHS
    assert result.attribution.title == "Line 1 Rapid tops ridership forecasts in first month"
    assert result.attribution.source == "The Bayport Herald"
    assert result.attribution.original_url == ORIGINAL  # the address of link [5], from the references


def test_a_line_one_column_over_the_screen_s_width_leaves_the_others_joined():
    """A link's number can push one line a column past where the browser wrapped the rest (72
    here): a word that would have ended on that column was still wrapped."""
    item = "     * [4]Newsroom"
    long_item = item + " and press releases of the transit authority, 2019-2025"  # 73 columns
    page = lynx_page().replace(item, long_item)
    paragraphs = [p.strip() for p in clean(page.encode(), site_rules=False).body.split("\n\n") if p.strip()]
    assert all(paragraph in paragraphs for paragraph in PARAGRAPHS)


def test_a_dump_s_menu_is_a_list_of_links_and_goes():
    body = clean(lynx_page().encode(), site_rules=False).body
    assert "Plan a Trip" not in body and "[1]" not in body and "tcrta.org" not in body


def test_a_dump_s_items_are_a_list():
    items = ["     * Trips are 12 minutes shorter at rush hour.", "     * Weekday ridership is 6,240."]
    page = lynx_page().replace("\n\n   Riders pay", "\n\n" + "\n".join(items) + "\n\n   Riders pay")
    body = clean(page.encode(), site_rules=False).body
    assert "* Trips are 12 minutes shorter at rush hour.\n* Weekday ridership is 6,240." in body.replace("  * ", "* ")


def test_chinese_wrapped_at_a_character_is_joined_without_spaces():
    paragraph = ("去年夏天，我带着两个研究生，在南溪上游的石门村住了二十多天。"
                 "我们的任务很简单：找村里年纪最大的几位老人，请他们说话，然后把这些话录下来。"
                 "说起来简单，做起来并不容易，石门话是南溪流域一种颇有特点的土话。")
    lines = ["石门村的方言调查", ""]
    for _ in range(4):
        lines += [paragraph[k:k + 38] for k in range(0, len(paragraph), 38)] + [""]
    body = clean("\n".join(lines).encode(), site_rules=False).body
    assert [p.strip() for p in body.split("\n\n") if p.strip()] == [paragraph] * 4


def test_text_of_one_paragraph_a_line_is_not_joined():
    """Lines of one length that end their sentences are paragraphs, not a screen's wrapped lines;
    and a "References" heading over the article's own sources leaves its numbers as they are."""
    sentence = "The council voted on Thursday to keep the library open on Sundays through the winter."
    lines = ["Library keeps Sunday hours", *[sentence] * 6, "References", "[1] Council minutes, 12 March 2025."]
    body = clean("\n".join(lines).encode(), site_rules=False).body
    assert body.count(sentence) == 6 and body.count("\n\n") >= 5


def archived_mail(body):
    return ("<html><head><title>[Members] Courier story on the new bus line</title></head><body>"
            "<h1>[Members] Courier story on the new bus line</h1><b>Gail Okafor</b><br><i>Wed Apr 9 2025</i>"
            f"<hr><pre>{body}</pre><hr><ul><li>Previous message: Willow planting</li>"
            "<li>Next message: Board minutes</li></ul></body></html>")


def test_a_mail_archive_s_wrapped_prose_is_paragraphs_not_code():
    mail = "\n\n".join(wrapped(p, indent="") for p in PARAGRAPHS)
    markdown = clean(archived_mail(mail).encode(), site_rules=False).body
    assert [p.strip() for p in markdown.split("\n\n") if p.strip()] == PARAGRAPHS
    assert "```" not in markdown and "    BAYPORT" not in markdown


def test_code_in_a_pre_keeps_its_lines():
    code = "\n".join(["def ridership(stops, weekdays=5):  # weekday boardings at each stop, from machines",
                      "    totals = {stop.name: stop.riders * weekdays for stop in stops if stop.open}",
                      "    return {\"total\": sum(totals.values()), \"stops\": len(totals), \"by_stop\": totals}"] * 4)
    page = ("<html><body><article><h1>Counting riders</h1>"
            f"<p>{PARAGRAPHS[0]}</p><pre>{code}</pre><p>{PARAGRAPHS[1]}</p></article></body></html>")
    markdown = clean(page.encode(), site_rules=False).body
    assert "    totals = {stop.name: stop.riders * weekdays for stop in stops if stop.open}" in markdown


BLOCKS = frozenset("p div li h1 h2 h3 h4 h5 h6 td th blockquote figcaption dt dd article section header footer nav "
                   "aside ul ol table tr form main".split())
SKIPPED = frozenset(("script", "style", "noscript", "head", "template"))


def printed(page):
    """A page as a text-mode browser prints it (lynx -dump): its blocks' lines wrapped at 78
    columns, indented three, list items starred; its links numbered, listed under "References";
    and the same text as a scraper saves it, one block a line."""
    import lxml.html

    lines, addresses, run = [], [], []

    def flush(item):
        for text in " ".join("".join(run).split(" ")).split("\n"):
            if text := " ".join(text.split()):
                lines.append((item, text))
        run.clear()

    def walk(el, item=False):
        if not isinstance(el.tag, str) or el.tag in SKIPPED:
            run.append(el.tail or "")
            return
        if el.tag in BLOCKS:
            flush(item)
        if el.tag == "a" and el.get("href", "").startswith("http"):
            addresses.append(el.get("href"))
            run.append(f"[{len(addresses)}]")
        run.append("\n" if el.tag == "br" else el.text or "")
        for child in el:
            walk(child, el.tag == "li" or item and el.tag not in BLOCKS)
        if el.tag in BLOCKS:
            flush(el.tag == "li")
        run.append(el.tail or "")

    walk(lxml.html.fromstring(page).find("body"))
    dump = [textwrap.fill(text, 78, initial_indent="     * " if item else "   ",
                          subsequent_indent="       " if item else "   ") + ("" if item else "\n")
            for item, text in lines]
    references = [f"  {n}. {address}" for n, address in enumerate(addresses, 1)]
    flat = [re.sub(r"\[\d+\]", "", text) for _, text in lines]
    return "\n".join([*dump, "References", "", *references]), "\n".join(flat)


def test_pages_printed_by_a_text_mode_browser_keep_what_their_text_keeps():
    """The English corpus's pages printed as lynx prints them keep as much of their articles as
    the same text one block a line does (mean shingle F1 0.918 both; 0.118 with wrapped lines
    left as they are, 0.689 with the numbered links left as text)."""
    from benchmarks.run import score_page

    scores = {"dump": [], "flat": []}
    for page in sorted((CORPORA / "en").glob("*.html"))[:60]:
        if b"<pre" in (raw := page.read_bytes()).lower():
            continue  # (a browser prints a <pre> as it is: this printer does not)
        expected = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))["body"]
        dump, flat = printed(raw)
        for kind, text in (("dump", dump), ("flat", flat)):
            scores[kind].append(score_page(expected, clean(text.encode(), site_rules=False).body)["f1"])
    dump, flat = (sum(s) / len(s) for s in (scores["dump"], scores["flat"]))
    assert dump >= flat - 0.01 and dump >= 0.9, (dump, flat)
