"""Pages a text-mode browser printed (lynx -dump, w3m -dump): wrapped lines joined, numbered links
read from the references list, and runs of items kept as lists."""

import textwrap

from cleaner import clean

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
