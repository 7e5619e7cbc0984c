"""The corpora in the repository (benchmarks/corpora: Chinese pages in zh, English ones in en,
other languages' in intl; pages saved as scraped text in zh-text, and in English and other
languages in text), written for this project by people who had not seen the engine: the
generic path keeps exactly the article, line for line, and finds its title."""

import functools
import html
import json
import re
from pathlib import Path

import pytest
from conftest import shared

from benchmarks import attribution as credits
from cleaner import clean, source

CORPORA = Path(__file__).resolve().parent.parent / "benchmarks" / "corpora"
PAGES = sorted([*CORPORA.glob("*/*.html"), *CORPORA.glob("*/*.txt")])
IMAGE = re.compile(r"!\[(?:\\.|[^\]\\])*\]\((?:\\.|[^)\\])*\)")
LINK = re.compile(r"\[((?:\\.|[^\]\\])*)\]\((?:\\.|[^)\\])*\)")  # "[\[1\]](#note-1)", "(a_\(b\).jpg)": escapes


DUMP_WIDTH = 130
LIST_MARKER = re.compile(r"^\s*(?:#{1,6}\s+)?(?:\*\*|__)?(?:\d+\\?[.)]|[*+-])\s+")  # "## 1\\. Heading", "**1\\. Lead"


def words(line):
    """What a reader sees of a line, as word characters only (markup, list numbers, spacing and
    punctuation differ between Markdown and the expected plain text)."""
    return re.sub(r"[\W_]+", "", LINK.sub(r"\1", IMAGE.sub("", LIST_MARKER.sub("", line))))


# Known misses, each a page's own choice that no general rule can see.
KNOWN = {
    "en10": "an embedded tweet is kept, on purpose: scrapinghub's expected texts keep all 17 of theirs",
    "en17": "the photographer's line under the lead photo's caption ('Nora Castellanos - staff, AP') is kept",
    "en22": "a press release's 'About <company>' section is kept, as en13's writer wanted; en22's did not",
    "en26": "a newsletter's own letter from the director above the feature and its events box below it are kept",
    "en28": "a society's own note inside the reprint ('Members: … will present this work at …') is kept",
    "en36": "a photographer's credit in a box of its own ('Maya Brandt, Riverbend Public Radio') is kept",
    "en39": "a government release's own chrome (ministry line, repeated title, 'NB/KMN', Release ID) is kept",
    "en46": "the closing bio goes as the last line; en46's writer kept it, en09's and en32's dropped theirs",
    "zh68": "a book card at the top of the review (书名, 作者, 出版社, ISBN, 定价; its cover not a link) is kept",
    "zh45": "an image gallery inside the article goes, with its captions: galleries are named like carousels",
    "zh33": "the notice's document number above its text ('岭政办发〔2024〕17号') is kept; the writer dropped it "
            "as a repeat of the metadata table",
    "zh34": "a finance portal's stock-quote rows inside the text keep their figures",
    "en73": "a food blog's own intro and recipe card (times, servings, nutrition) around a cookbook excerpt are kept",
    "en75": "a diocese's summary above a reprinted letter, a photo caption and the Bishop's response after it are kept",
    "zh89": "a 摘要 box restating the lead is kept: zh36's writer kept a journal's 摘要",
    "zh90": "the portal's own 导读 box above the text is kept",
    "en76": "a project blog's 'Cross-posted' and 'Editor's note' admonitions and an author role line are kept",
    "en77": "the magazine's 'Ensign note' on the reprint is kept: its label names the magazine, not an editor",
    "en78": "a pharmacy's medical disclaimer, an author bio that is not the last line, and a 'Share' label are kept",
    "de01": "a pull quote that paraphrases the text, and a town's own box of phone numbers inside it, are kept",
    "es01": "a site's own archive photo above the agency copy is kept",
    "pt01": "a standfirst in the page header beside the title, outside the article's container, is lost",
    "fr02": "a town hall's own meeting box inside the text, whose button says only 'En savoir plus', is kept",
    "en85": "a radio station's own intro above the republished piece ('… joined Jono on Saltbush Breakfast') is kept",
    "en91": "the company's own 'About …' boilerplate after the reprint is kept",
    "de03": "a fire brigade's own box inside the entry ('Lust bekommen?'), its posting line and its press-clipping "
            "table's heading and 'Online' row are kept",
    "ko03": "a church's own note under the pasted article, with its office's phone number, is kept",
    "en99": "the authors' cards (photo, name and role) inside the op-ed's container are kept",
    "de04": "the standfirst in the page header beside the title, outside the article's container, is lost",
    "es04": "the standfirst in the page header beside the title, outside the article's container, is lost",
    "pt04": "a hiking group's own note above and call to action below the column, and the authors' names set "
            "as a heading, are kept",
    "zh114": "a board's own label of a reposted story (**原文內容：**) is kept: it opens the story's paragraph",
    "en103": "the portal's italic note under the post ('Priya wrote this for her blog, where …') is kept",
    "de05": "a lead and its photo's caption in a wrapper of their own above the interview are lost: scrapinghub's "
            "and our own writers leave such a standfirst out, round 28's and 29's keep it",
    "fr05": "the chapô in a cell of its own above the text is lost, as de05's lead",
    "ja05": "the section label above the title ('全国・国際') is kept",
    "en106": "the university's own standfirst above the republished piece ('Writing for The Lectern, …') is kept, "
             "as en85's intro",
    "en108": "a 'Key dates' call-out box between the text's parts is lost: a box with a heading there is as often "
             "a promotion",
    "en110": "the parish council's own note above the consultation ('From the Parish Council: …') is kept",
    "zh43": "the report's 附件 line, a linked .doc, is kept: its writer left it out, zh126's, en110's and ja06's "
            "keep theirs",
    "pl06": "the republisher's PDF under the source's credit is kept as an attachment, as zh43's",
    "en112": "the live blog's 'Key points' box above the entries is lost",
    "en113": "the guide's standfirst and the portal's own helpline box ('Worried about paying your energy bill?') are "
             "kept",
    "en114": "the association's funeral box under the tribute is kept",
    "de06": "the municipality's italic note above the reposted notice ('Das Landratsamt … hat … erlassen') is kept",
    "vi02": "the portal's bold opening that frames the reposted communiqué ('(TTYT Đức Phong) - Ngày …') is kept",
    "en117": "the co-op's italic intro above the recipe and the card's facts (Prep, Cook, Serves) are kept: es06's "
             "writer keeps a card's times, en117's leaves them out",
    "en119": "the column's standfirst is kept: round 32's writers leave standfirsts out",
    "es06": "the recipe card's title is lost, and the Instagram prompt's emoji line is kept",
    "ko06": "the other answers under the accepted one are kept",
    "xt02": "the menu line above the byline ('Portada | Nacional | …') is taken for the title",
    "xt04": "the release's ポイント list above its ■概要 is lost, and its 論文情報 lines go with its credits",
    "xt05": "the reader's question's label ('Pergunta do leitor') is lost and the writer's closing bio is kept",
    "et07": "no title is read: the mobile page's 'Listen to this article' and 'Author:' lines stand below it",
    "et09": "the release notes' single-word tag lines ('open source') under the text are kept",
    "et10": "a listings widget of tab-separated rows inside the text and the 'Read more:' teaser above it are kept",
    "en120": "the union's own 'Editor's note' box above the reprint is kept",
    "en121": "a caption keeps its 'Photo: A' credit (the writer left it out; en captions ending in a credit keep it)",
    "en123": "the forecast table's footnote is lost and the author's photo in the credit box is kept",
    "de07": "the TYPO3 news box's photo caption is lost",
    "zh140": "the pull quote is dropped as a repeat of its paragraph: this writer keeps it, en and zh writers did not",
    "et12": "the union's own 'NWLU says' box under the reprint is kept",
    "et14": "the lead photo's caption above the first paragraph and the closing event paragraph are lost",
    "xt11": "the printed page's own address is kept",
    "xt13": "the 'Fuente: X <address>' credit under the forum post is kept",
    "xt14": "the tag line 'Tag: …' and the adoption box under the answer are kept",
    "xt15": "the release's ポイント list above the text is lost, and its 論文情報 lines go with its credits",
    "t50": "a date-time line inside the text is kept and the species box is cut short",
    # the held-out round (see benchmarks/README.md)
    "en129": "a press release's 'About <company>' section is kept, as en22's",
    "en131": "the republishing widget's author line ('Dr Helen Marchetti, Senior Lecturer in …') is kept",
    "en132": "the gallery's captions in the middle of the story are lost, as zh45's",
    "en135": "a caption's credit ('Paul Nystrom, Statehouse News Bureau') stays a line of its own, which the writer "
             "joined to the caption",
    "en136": "the dek under the title and the partner's byline ('by Ana Castell for Streetsmith') are kept",
    "de09": "the association's own note above the press clipping is kept, as de06's",
    "fr08": "a photo's caption is lost",
    "hi01": "the agency desk's initials line under the text is kept",
    "it07": "the summary under the title and a photo's caption are lost",
    "ja09": "the poster's own note above her reposted column is kept, as de06's",
    "pt08": "the lead photo's caption ('… Foto: Arquivo Planalto FM') is lost",
    "et16": "'Buy Now' under a caption (which ScrapingHub's expected texts keep) and the 'Most Read' list's "
            "headlines inside the text are kept",
    "et18": "a pull quote repeating a sentence of the text, and the line naming its speaker, are kept",
    "zh152": "the portal's own 摘要 box above the text is kept, as zh89's",
    "t57": "the title above the poster's name, role and follow button is missed: the role line is taken",
    "t58": "a promotion line of the site's WeChat account inside the text is kept",
    "t60": "a lead caption between the credits and the text is lost",
    # the second held-out round
    "en137": "the portal's sub-headline above the story cards is kept (the writer left decks out)",
    "en139": "a caption among the typed blocks of the app's data is lost",
    "en140": "a dek, a caption's credit on a line of its own and a duplicated caption are kept",
    "de11": "the neighbourhood site's intro line, its newsletter box's heading and pitch are kept, and a caption lost",
    "es09": "the dek, a share line ('WhatsApp Facebook Copiar enlace') and the newsletter box's name are kept",
    "ja10": "the prefecture's own note above the reprint and the reporter's name under it are kept",
    "ko08": "the writer's box inside the column (name, university and chair) is kept",
    "nl03": "a photo's caption and its Belga credit in separate fields come out as one line",
    "et20": "the county's 'Notify Me' box inside the text is kept and the lead caption above the byline is lost",
    "xt19": "no title is read, and the college's course promotion inside the text is kept",
    "xt20": "the municipality's notice box inside the text is kept",
    "t66": "the subtitle under the headline is taken for the title: both stand above the reporter's line",
    # the third held-out round
    "et21": "the lead picture's alt text ('[Line 1 Rapid bus at …]') is kept as a line, not its caption's",
    "et24": "the deck under the title ('More than 400 kids have signed up…') is kept as the text's first line",
    "xt21": "the kicker above the title ('Handwerk in den Medien') is taken for it, and the chamber's promotion, "
            "the permission note and 'Zurück zur Übersicht' are kept",
    "xt23": "no title is read: a board's page facts (작성자, 작성일, 조회, 댓글, 관련링크) stand between it and "
            "the byline",
    "xt24": "the title's second sentence is lost: the address's slug names only the first",
    "t68": "no title is read: a subtitle, share buttons and a caption stand between it and the text, the credits "
           "under it",
    "t69": "the post's category and tag line is kept",
    "t71": "a bookstore's 編按 above the excerpt, and its 本文摘自 and editing notes after it, are kept",
    "en141": "a print view's footer in one box with the farm bureau's address is kept",
    "en142": "a newsletter's feature headline is missed for its subject line, and the lead photo's caption is lost",
    "en145": "a mailing-list post's own greeting and signature around the pasted story are kept, and its subject "
             "is taken for the title",
    "en146": "a Google Sites page's <h2> headline is kept and its <h1> taken for the title",
    "en147": "a wiki's transcription notice, infobox and picture caption beside the text are kept",
    "en148": "the wire's closing supply note is kept",
    "ar04": "an agency's serial number after its sign-off ('0087') is kept",
    "el01": "the title in an old CMS's table cell (no heading) is missed",
    "fa01": "an aggregator's framing line and the reporter's 'name خبرنگار' line are kept",
    "he01": "the writer's closing bio is kept",
    "id03": "a 220-character WhatsApp channel promotion (longer than the follow lines' limit) is kept",
    "sv01": "the association's member box inside the text is kept",
    "tr04": "the municipality's info box inside the article is kept, and a table's header cell read apart",
    "uk01": "a university's framing line is kept and a caption shown only from an image's title is lost",
    "zh164": "a caption in a table cell beside the photo, in an old Big5 layout, is lost",
    "zh167": "a photo gallery whose captions are its text is lost with the gallery (named like a carousel)",
    "es10": "the lead paragraph in the header above the byline is lost, as pt01's and de04's standfirsts are",
    # held-out round 4 (session 26)
    "en153": "an AMP lead photo's caption is lost",
    "en154": "the trust's 'Media enquiries' line under the print view's text is kept",
    "en155": "a pull quote that repeats the text is kept",
    "en156": "the newsletter's subscribe pitch under the cross-post is kept",
    "en157": "an AMP page's standfirst above the PTI copy and its file photo's caption are kept",
    "en158": "the university's intro note above The Conversation's piece is kept",
    "en160": "the club's thanks to the paper under the report is kept",
    "en161": "the partner newsroom's note ('This story was produced by …') is kept",
    "en162": "a floated photo's caption in a 2006 layout is lost, and the title loses its '— for now'",
    "en165": "the carousel's captions are lost (five lines) and a photo credit is kept",
    "en166": "a file photo's caption, with its credit, is kept",
    "bn01": "the photo credit ('ছবি: বাসস') stays joined to its caption",
    "cs01": "'Ilustrační foto', ČTK's rights notice and a related-news heading are kept",
    "fi01": "the caption keeps its photo credit, and the byline and timestamps run together are kept",
    "hu01": "the lead photo's caption, with its credit inside it, is lost",
    "ja11": "a sponsor box and the related news' summaries are kept (table layout in Shift_JIS)",
    "ko09": "a photo's caption with its Yonhap file-photo credit is kept",
    "ms01": "an illustration's caption ('Gambar hiasan. - Foto fail') is kept",
    "pt09": "the lead photo's credit line is kept",
    "ro01": "an '- Advertisment -' label is kept",
    "vi04": "the date line above the text is kept",
    "et26": "a browser copy's photo captions and credits between the paragraphs are kept",
    "et27": "a w3m dump's '[thumb]' teaser lines are kept, and a one-line subheading is lost",
    "et28": "a lynx dump's Summary deck and 'FULL STORY' label are kept",
    "et29": "the report's credit line is kept and its score line is lost",
    "et30": "a caption and the newsletter pitch are kept, and the 'Stand: …' line is taken for the title",
    "zh170": "the notice's 文号 line and the site's empty 历史沿革 box are kept, and its 附件 line (named without a "
             "file's extension) is lost",
    "zh172": "the poster's own remark under the reposted story is kept",
    "t78": "a WeChat post's expert box lines (擅长, 门诊时间) are kept",
    "t79": "the thread's title is missed for its '楼主' label",
}


@functools.cache
def cleaned(page):
    expected = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
    return expected, clean(page.read_bytes(), url=expected.get("url"), site_rules=False)


@pytest.mark.parametrize("page", [pytest.param(p, marks=pytest.mark.xfail(reason=KNOWN[p.stem], strict=True))
                                  if p.stem in KNOWN else p for p in PAGES], ids=lambda p: p.name)
def test_the_article_and_nothing_else(page):
    expected, result = cleaned(page)
    got = [w for line in result.body.splitlines() if (w := words(line))]
    assert got == [w for line in expected["body"].splitlines() if (w := words(line))]
    assert result.attribution.title.split() == expected["title"].split()  # a full-width space is a space


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_the_markdown_renders_without_marks_showing(page):
    """Rendered as CommonMark, the body shows no asterisk, underscore or backslash its text does
    not hold: every emphasis mark opens and closes where it stands, every escape and line break
    is read as one, and html2text wrote nothing that only other Markdowns read ("*[AGB]:
    Allgemeine …"). Code and formulas ($TeX$) keep theirs."""
    markdown_it = pytest.importorskip("markdown_it")
    lxml_html = pytest.importorskip("lxml.html")
    _, result = cleaned(page)
    html = markdown_it.MarkdownIt("commonmark").enable("table").render(result.body)
    shown = lxml_html.fromstring(f"<div>{html}</div>")
    for code in list(shown.iter("code", "pre")):
        code.drop_tree()
    text = re.sub(r"\$[^$]+\$", "", shown.text_content())
    kept = "\n".join(block.text for block in result.blocks if block.kept)
    assert all(text.count(mark) <= kept.count(mark) for mark in "*_\\"), [
        (mark, text.count(mark), kept.count(mark)) for mark in "*_\\"]


# Each corpus's attribution, field by field, as benchmarks/attribution.py scores it (precision:
# right among the values given; recall: right among those the pages state): never below these.
# The body test above reads none of it: a page could lose its source and still pass.
CREDITED = {
    "zh": {"title": (1.00, 1.00), "source": (0.97, 0.95), "original_url": (0.92, 0.95), "author": (0.99, 0.90),
           "date": (1.00, 0.98), "site": (0.99, 0.97)},
    "en": {"title": (0.98, 0.98), "source": (0.95, 0.90), "original_url": (0.95, 0.94), "author": (1.00, 0.94),
           "date": (0.98, 0.94), "site": (0.99, 0.98)},
    "intl": {"title": (0.99, 0.99), "source": (0.99, 0.89), "original_url": (0.98, 0.86), "author": (0.93, 0.81),
             "date": (1.00, 0.94), "site": (1.00, 0.99)},
    "zh-text": {"title": (0.96, 0.95), "source": (0.99, 0.96), "original_url": (1.00, 1.00), "author": (1.00, 0.89),
                "date": (0.95, 0.95), "site": (0.90, 0.88)},
    "text": {"title": (0.92, 0.87), "source": (1.00, 0.87), "original_url": (1.00, 0.89), "author": (1.00, 0.84),
             "date": (0.90, 0.84), "site": (0.78, 0.73)},
}


@pytest.mark.parametrize("corpus", CREDITED)
def test_pages_are_credited_as_their_readers_credit_them(corpus):
    rows = []
    for page in (p for p in PAGES if p.parent.name == corpus):
        expected, result = cleaned(page)
        given = {field: getattr(result.attribution, field) for field in credits.FIELDS}
        rows.append((page.stem, {"title": expected["title"], **expected["attribution"]}, given))
    table, misses = credits.tally(credits.FIELDS, rows)
    for field, floor in CREDITED[corpus].items():
        assert all(round(got, 2) >= least for got, least in zip(table[field], floor, strict=True)), \
            (field, table[field], [miss for miss in misses if miss[1] == field])


# ScrapingHub's real pages (in ../shared, not in the repository), whose credits readers annotated
# for this project in benchmarks/corpora/scrapinghub-attribution.json.
REAL_PAGES_CREDITED = {"title": (0.99, 0.99), "source": (0.96, 0.75), "original_url": (0.50, 1.00),
                       "author": (0.96, 0.95), "date": (1.00, 0.99), "site": (0.99, 0.96)}


def test_real_pages_are_credited_as_their_readers_credit_them():
    pages = shared("bench/scrapinghub")
    expected = json.loads((CORPORA / "scrapinghub-attribution.json").read_text(encoding="utf-8"))
    rows = []
    for page_id, truth in expected.items():
        url = json.loads((pages / f"{page_id}.json").read_text(encoding="utf-8")).get("url")
        result = clean((pages / f"{page_id}.html").read_bytes(), url=url, site_rules=False)
        rows.append((page_id, truth, {field: getattr(result.attribution, field) for field in credits.FIELDS}))
    table, misses = credits.tally(credits.FIELDS, rows)
    for field, floor in REAL_PAGES_CREDITED.items():
        assert all(round(got, 2) >= least for got, least in zip(table[field], floor, strict=True)), \
            (field, table[field], [miss for miss in misses if miss[1] == field])


def test_scraped_texts_saved_as_flat_html_keep_their_articles():
    """The text corpora's pages as a page saved without its boxes would hold them, every line a
    <p> of <body>: judged by the shape of their lines, as scraped text is, they keep their articles
    (mean shingle F1 0.971, where scoring a body of lines as one container kept 0.772)."""
    from benchmarks.run import score_page

    scores = []
    for page in (p for p in PAGES if p.suffix == ".txt"):
        expected = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
        text = source.decode(page.read_bytes())[0]  # (one is saved in GBK, as its scraper left it)
        lines = [line for line in text.replace("\r\n", "\n").split("\n") if line.strip()]
        if all(len(line) < DUMP_WIDTH for line in lines) or any(line.strip() == "References" for line in lines):
            continue  # a text-mode browser's dump: lines wrapped at its screen's width, no page's blocks
        flat = "<html><body>" + "".join(f"<p>{html.escape(line)}</p>" for line in lines) + "</body></html>"
        scores.append(score_page(expected["body"], clean(flat, url=expected.get("url"), site_rules=False).body))
    assert len(scores) > 50
    assert sum(s["f1"] for s in scores) / len(scores) >= 0.96
    assert sum(s["recall"] for s in scores) / len(scores) >= 0.99
