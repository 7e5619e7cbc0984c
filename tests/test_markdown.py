"""Markdown output: structure kept, padding and unsafe links gone."""

import html
import re

import lxml.html
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from cleaner import markdown
from cleaner.markdown import tidy, to_markdown

PARA = "Paragraph text long enough to count as the article content of this test page. " * 3


def body(inner, url=None, is_text=False):
    container = lxml.html.fragment_fromstring(inner, create_parent="article")
    tidy(container, url, is_text)
    return to_markdown(container)


def test_structure_is_kept():
    md = body(f"<h2>Sub</h2><p>{PARA}<em>em</em> <a href='/x'>link</a></p><ul><li>one</li><li>two</li></ul>"
              f"<blockquote><p>{PARA}</p></blockquote><table><tr><th>a</th><th>b</th></tr><tr><td>1</td>"
              f"<td>2</td></tr></table><p><img src='pic.png' alt='A picture'></p>",
              url="https://example.org/news/1.html")
    assert "## Sub" in md and "_em_" in md and "* one" in md and "> Paragraph" in md
    assert "[link](https://example.org/x)" in md
    assert "![A picture](https://example.org/news/pic.png)" in md
    assert "| a" in md and "| 1" in md and "|---" in md


def test_no_hard_wrapping_and_unicode_kept():
    md = body(f"<p>{PARA} café — naïve</p>")
    assert "café — naïve" in md
    assert max(len(line) for line in md.splitlines()) > 200


def test_fullwidth_indent_nbsp_and_empty_paragraphs_removed():
    md = body("<p>\u3000</p><p>\u3000\u3000第一段文字内容比较长，足以构成正文的一部分。</p><p>&nbsp;</p>"
              "<p>\u3000\u3000<strong>一个小标题</strong></p><p>\u3000\u3000第二段文字内容。</p>")
    assert "\u3000" not in md and "\u00a0" not in md
    assert md == "第一段文字内容比较长，足以构成正文的一部分。\n\n## 一个小标题\n\n第二段文字内容。\n"


def test_zero_width_spaces_leave_no_blank_looking_lines():
    """Editors fill empty paragraphs with a zero-width space, which str.strip() keeps."""
    md = body("<p>\u200b</p><p>\u200bFirst paragraph.\u200b</p><p>\ufeff \u200b</p>"
              "<p>Second: a\u200bb stays joined.</p>")
    assert md == "First paragraph.\n\nSecond: a\u200bb stays joined.\n"


def test_javascript_and_data_links_dropped():
    md = body(f"<p>{PARA}<a href='javascript:alert(1)'>js</a> <a href='data:text/html,x'>data</a>"
              f"<img src='data:image/png;base64,AAAA' alt='inline'></p>")
    assert "javascript:" not in md and "data:" not in md
    assert "js" in md and "data" in md


def test_text_subheadings():
    md = body("<p>第一段文字内容比较长，足以构成正文的一部分。</p><p>短标题</p><p>第二段文字内容。</p>", is_text=True)
    assert "## 短标题" in md


@pytest.mark.parametrize("line,heading", [
    ("新房：主城区领涨", True),  # a Chinese subheading's colon
    ("掲載誌：Coastal Dynamics", False), ("Weight: approx. 910 kg", False), ("电话：0571-86523390", False),
])
def test_a_field_in_text_is_no_subheading(line, heading):
    md = body(f"<p>{PARA}</p><p>{line}</p><p>{PARA}</p>", is_text=True)
    assert (f"## {line}" in md) == heading and line in md


@pytest.mark.parametrize("line,heading", [
    ("<b>全方位法务服务，多方化解纠纷</b>", True),
    ("<b><font>图为山西品牌丝路行（南美站）启动仪式。（刘通摄）</font></b>", False),  # a picture's caption
    ("<strong>“好，明天可以恢复生产，但是手续要办齐。”</strong>", False),  # a quote in bold
])
def test_a_sentence_in_bold_is_no_subheading(line, heading):
    md = body(f"<p>{PARA}</p><div style='text-align: center;'>{line}</div><p>{PARA}</p>")
    assert md.count("## ") == heading


def test_block_elements_html2text_does_not_know_are_paragraphs():
    """A browser shows <figure>, <figcaption>, <section>... as blocks; html2text alone runs their
    text into one line ("Caption oneCaption two")."""
    md = body("<figure><img src='https://example.org/a.jpg' alt='a'><figcaption>Caption one</figcaption>"
              "</figure><figure><figcaption>Caption two</figcaption></figure><section>Part one.</section>"
              "<section>Part two.</section><header>Head</header><footer>Foot</footer>")
    assert md.split("\n\n") == ["![a](https://example.org/a.jpg)", "Caption one", "Caption two",
                                "Part one.", "Part two.", "Head", "Foot\n"]


def test_lazy_loaded_images_show_their_real_address():
    """Lazy-loading scripts keep the address in data-src (or a srcset) and a placeholder in src."""
    md = body("<p><img src='data:image/svg+xml,%3Csvg%3E' data-src='/photos/real.jpg' alt='real'></p>"
              "<p><img src='/spinner.gif' data-lazy-src='/photos/lazy.jpg' alt='lazy'></p>"
              "<p><img data-srcset='/photos/set.jpg 640w, /photos/set-300.jpg 300w' alt='set'></p>"
              "<p><img srcset='/photos/only.jpg 1x, /photos/only@2x.jpg 2x' alt='only'></p>"
              "<p><img src='static/image/common/none.gif' zoomfile='/photos/forum.jpg' alt='forum'></p>"
              "<p><img src='/photos/plain.jpg' alt='plain'></p>"
              "<p><img data-src='javascript:alert(1)' alt='unsafe'></p>", url="https://example.org/a/")
    for name in ("real", "lazy", "set", "only", "forum", "plain"):
        assert f"![{name}](https://example.org/photos/{name}.jpg)" in md
    assert "unsafe" not in md and "spinner" not in md and "data:" not in md and "none.gif" not in md


def test_tracking_pixels_and_spacers_are_no_pictures():
    md = body(f"<p>{PARA}<img src='/count.gif?id=1' width='1' height='1' alt='Counter'>"
              "<img src='/spacer.gif' width='1px' height='40'><img src='/photo.jpg' width='640' alt='photo'></p>")
    assert "count.gif" not in md and "spacer.gif" not in md and "Counter" not in md and "photo.jpg" in md


def test_no_stray_emphasis_marks_or_empty_headings():
    md = body("<p>One <strong> </strong>two.</p><em><p>Signed off.</p><p>A. Writer</p></em>"
              "<h4><a href='/x'></a></h4><h3><strong>Meal 1</strong></h3><p>Oats.</p>")
    assert md.split("\n\n") == ["One two.", "Signed off.", "A. Writer", "### Meal 1", "Oats.\n"]
    # bold inside bold would close the outer one early: `**x **bold** y**`
    assert body("<p>a <strong>x <b>bold</b> y</strong> <em>and <i>it</i></em></p>") == "a **x bold y** _and it_\n"


@pytest.mark.parametrize("html, written", [
    ("needs citations <b>for <a href='/v'>verification</a></b>.", "needs citations **for [verification](/v)**."),
    ("See <strong>the <img src='/p.png' alt='map'></strong>.", "See **the ![map](/p.png)**."),
    ("word<b> bold</b> word", "word **bold** word"),
    ("word <b>bold </b><a href='/x'>link</a>", "word **bold** [link](/x)"),
    ("a<i> b</i>c, <b>x </b>y", "a _bc_, **x** y"),  # `_` inside a word would not close: it takes it in
    ("See <b>the <i>one</i></b>.", "See **the _one_**."),
    # html2text spaces text off a closing mark; `**` after a letter closes without that space
    ("他们把<strong>习惯</strong>带了回来", "他们把**习惯**带了回来"),
    ("<b>NEW DELHI</b>: they said, <b>Marín</b>, and more", "**NEW DELHI**: they said, **Marín**, and more"),
    ("<b>Note:</b>Text", "**Note**:Text"),  # a mark after punctuation closes before no letter: it leaves
    ("<i>Le Monde</i>, juin, <i>ranking</i>: x <i>2019</i>", "_Le Monde_, juin, _ranking_: x _2019_"),
    # no mark stands between two texts inside one emphasis: no space either
    ("<b><span>問：</span><span>從科技業</span></b>好", "**問：從科技業**好"),
    ("<b><span>Christ</span><span>oph</span></b> said", "**Christoph** said"),
    # bold right after bold is one run, as the editor that split it showed it
    ("x <b>a</b><b>nd</b><strong> more</strong> y", "x **and more** y"),
])
def test_space_at_the_edge_of_emphasis_stays_a_space(html, written):
    assert body(f"<p>{html}</p>") == f"{written}\n"


@pytest.mark.parametrize("html, written", [
    ("他们把<b>“续命”习惯</b>带了回来", "他们把“**续命”习惯**带了回来"),
    ("<span>养成的</span><span><strong>“续命”</strong></span><span>带了回来</span>", "养成的“**续命**”带了回来"),
    ("只在意<b>“这本书讲了什么”</b>，很少", "只在意“**这本书讲了什么”**，很少"),
    ("<strong>Was kostet das?<br></strong>Wir prüfen", "**Was kostet das?**\\\nWir prüfen"),
    ("their work<strong><em> Starry Night</em></strong> in", "their work **_Starry Night_** in"),
    ("è “<strong><em>Knights</em></strong>” e", "è “**_Knights_**” e"),
    ("at <a href='mailto:a@b.c'>a@b.c</a><em>. Follow her</em> on", "at [a@b.c](mailto:a@b.c). _Follow her_ on"),
    ("Tour tre<i>k</i>, April 15, <em>201</em>9", "Tour _trek_, April 15, _2019_"),  # not "tre _k_", "_201_ 9"
    ("这是一个很<em>重要</em>的问题", "这是一个很重要的问题"),  # the word is the clause: plain, not "很 _重要_ 的"
    ("x <b>word</b><span><b>word</b></span> y", "x **wordword** y"),  # one run, not "**word****word**"
    ("Take a<b><strong> <a href='/x'>look here</a> </strong></b>at it", "Take a **[look here](/x)** at it"),
    ("a<br><i>word<br><br>word</i>", "a\\\n_word\\\nword_"),  # a blank line would end the italic
    ("Wow!<a href='/x'>link</a> now", "Wow\\![link](/x) now"),  # not a picture
])
def test_marks_stand_where_markdown_opens_and_closes_them(html, written):
    """A mark opens only before a letter or after a space or punctuation, and closes only after a
    letter or before a space or punctuation; anywhere else its asterisks show. Punctuation, line
    breaks and spaces at the emphasis's ends go outside it instead."""
    assert body(f"<p>{PARA}</p><p>{html}</p>").endswith(f"\n\n{written}\n")


@pytest.mark.parametrize("html, written", [
    ("<p>1. Not a list</p><p>- nor this</p>", "1\\. Not a list\n\n\\- nor this"),  # they would start one
    ("<ul><li>1. item</li></ul><blockquote><p>+ quoted</p></blockquote>", "* 1\\. item\n\n> \\+ quoted"),
    ("<p>a<br>- b</p>", "a\\\n\\- b"),
    # inside a line nothing starts a list: no backslashes in the text
    ("<p>am <a href='/d'>25. September</a>, <code>x</code> - y</p>", "am [25. September](/d), `x` - y"),
    ("<h2>1. Ditch the diet</h2>", "## 1. Ditch the diet"),
    ("<p># not a heading</p><p>1) nor a list</p>", "\\# not a heading\n\n1\\) nor a list"),
    ("<h2>Issue #</h2>", "## Issue \\#"),  # the "#" is no closing sequence
    ("<blockquote><h2>Issue #</h2></blockquote>", "> ## Issue \\#"),  # nor in a quote
])
def test_list_marks_are_escaped_only_where_a_line_begins(html, written):
    assert body(html).strip("\n") == written


@pytest.mark.parametrize("html, written", [
    # A <br> is a hard line break: a poem's, an address's lines stay lines when rendered
    ("<p>Roses are red,<br>violets are blue.</p>", "Roses are red,\\\nviolets are blue."),
    ("<p>新疆维吾尔自治区高级人民法院<br>乌鲁木齐市</p>", "新疆维吾尔自治区高级人民法院\\\n乌鲁木齐市"),
    ("<ul><li>first line<br>second line</li></ul>", "* first line\\\nsecond line"),
    ("<blockquote><p>one<br>two</p></blockquote>", "> one\\\n> two"),
    ("<p><b>Was kostet das?<br>Wenig.</b></p>", "**Was kostet das?\\\nWenig.**"),
    # where no line goes on, it breaks none: a "\\" would show
    ("<p>last line<br></p><p>next</p>", "last line\n\nnext"),
    ("<p>one<br><br>two</p>", "one\n\ntwo"),  # a blank line: two paragraphs
    ("<ul><li><br>word</li><li>item<br></li><li>next</li></ul>", "* word\n* item\n* next"),  # no lone bullet
    ("<ol><li>one<br><br>two</li><li>three</li></ol>", "1. one\\\ntwo\n2. three"),  # a blank line ends a list
    ("<dl><dt>Term<br></dt><dd>Definition</dd></dl>", "Term\n    Definition"),  # no blank line: no code block
])
def test_a_line_break_breaks_the_line_where_one_goes_on(html, written):
    assert body(html).strip("\n") == written


@pytest.mark.parametrize("text, written", [
    ("Mitarbeiter*innen und Partner*innen", "Mitarbeiter\\*innen und Partner\\*innen"),  # not emphasis
    ("Company (*um) and 5 * 3", "Company (\\*um) and 5 * 3"),  # spaced off both sides: no emphasis
    ("__init__.py beside snake_case", "\\_\\_init\\_\\_.py beside snake_case"),  # inside a word: none
    ("``quoted''", "\\`\\`quoted''"),
])
def test_asterisks_underscores_and_backticks_in_text_stay_text(text, written):
    assert body(f"<p>{PARA}</p><p>{text}</p>").endswith(f"\n\n{written}\n")


def test_a_link_s_title_with_quotes_leaves_the_link_a_link():
    md = body(f"<p>{PARA}</p><p>See <a href='/x' title='Trennung von \"eigenen\" Inhalten'>ZUM-RD</a> now.</p>",
              url="https://example.org/")
    assert md.endswith("\n\nSee [ZUM-RD](https://example.org/x \"Trennung von 'eigenen' Inhalten\") now.\n")


@pytest.mark.parametrize("link,written", [
    ("<a href='/wiki/Machine_learning' title='Machine learning'>machine learning</a>",
     "[machine learning](/wiki/Machine_learning)"),
    ("<a href='/wiki/ml' title='机器学习'>机器学习</a>", "[机器学习](/wiki/ml)"),
    ("<a href='http://twitter.com/jg' title='http://twitter.com/jg'>Jefferson Graham</a>",
     "[Jefferson Graham](http://twitter.com/jg)"),
    ("<a href='/u/1' title='BGH, 10.10.1991 - I ZR 147/89'>WRP 1992, 160</a>",
     '[WRP 1992, 160](/u/1 "BGH, 10.10.1991 - I ZR 147/89")'),
])
def test_a_link_s_title_stays_only_where_it_says_more_than_the_link(link, written):
    """A wiki titles every link with the page it names, which its text says already, and some
    sites title a link with its address: only a title that tells more (a ruling cited) stays."""
    assert body(f"<p>{PARA}</p><p>See {link}.</p>").endswith(f"\n\nSee {written}.\n")


def test_an_abbreviation_is_its_text():
    """html2text lists abbreviations' titles under the text ("*[AGB]: Allgemeine …"), which
    CommonMark shows as they are."""
    md = body(f"<p>{PARA}</p><p>Die <abbr title='Allgemeine Geschäftsbedingungen'>AGB</abbr> gelten.</p>")
    assert md.endswith("\n\nDie AGB gelten.\n")


def test_emphasis_around_the_whole_article_keeps_the_article():
    container = lxml.html.fragment_fromstring("<em><p>First paragraph.</p><p>Second one.</p></em>",
                                              create_parent="body")[0]
    tidy(container, None, False)
    assert to_markdown(container) == "First paragraph.\n\nSecond one.\n"


def test_nested_and_empty_tables():
    """Markdown has no nested tables, and html2text's table padding crashed on them (and on a
    table without rows): a table around a table is layout, and becomes <div>s."""
    md = body("<table><tr><td>Layout cell</td><td><table><tr><td>a</td><td>b</td></tr>"
              "<tr><td>1</td><td>2</td></tr></table></td></tr></table><table><tr><td> </td></tr></table>")
    assert md == "Layout cell\n\n| a   | b  |\n|-----|----|\n| 1   | 2  |\n"  # html2text's padding



@pytest.mark.parametrize("rows,lines", [
    # an infobox: a picture across both columns above the label-value rows
    ("<tr><td colspan='2'><img src='/a.jpg' alt='Shelves'> Tool shelves</td></tr><tr><th>Type</th><td>Lending</td></tr>"
     "<tr><th>Opened</th><td>1943</td></tr>",
     ["| ![Shelves](/a.jpg) Tool shelves |         |", "| Type                            | Lending |"]),
    # a total spanning two columns: its amount stays under the amounts
    ("<tr><th>Place</th><th>Work</th><th>Cost</th></tr><tr><td>Quay</td><td>Pumps</td><td>$2.4m</td></tr>"
     "<tr><td colspan='2'>Total</td><td>$14.2m</td></tr>", ["| Total |       | $14.2m |"]),
    # a row whose cells were all removed (the title, taken to the front matter) is no empty first row
    ("<tr></tr><tr><th>Type</th><td>Lending</td></tr><tr><th>Opened</th><td>1943</td></tr>",
     ["| Type   | Lending |", "|--------|---------|"]),
    # a short row, padded
    ("<tr><th>a</th><th>b</th><th>c</th></tr><tr><td>1</td></tr>", ["| 1   |    |    |"]),  # html2text's padding
])
def test_every_row_of_a_table_is_as_wide_as_its_widest(rows, lines):
    """A Markdown table's first row sets its width: cells past it in later rows are not shown."""
    md = body(f"<p>{PARA}</p><table>{rows}</table>")
    assert all(line in md.splitlines() for line in lines), md



@pytest.mark.parametrize("img,written", [
    # MediaWiki's picture of a formula: its class says so; the TeX inside its {\displaystyle …}
    ("<img class='mwe-math-fallback-image-inline' alt='{\\displaystyle p_{ij}=0}' src='/m/1.svg'>", "$p_{ij}=0$"),
    ("<img class='mwe-math-fallback-image-inline' alt='N' src='/m/2.svg'>", "$N$"),
    ("<img class='mwe-math-fallback-image-display' alt='{\\displaystyle \\sum _{i}x_{i}}' src='/m/3.svg'>",
     "$$\\sum _{i}x_{i}$$"),
    ("<img class='latex' alt='x^2+y^2' src='/latex.php?x'>", "$x^2+y^2$"),  # a blog's LaTeX plugin
    ("<img alt='\\frac{a}{b}' src='/f.png'>", "$\\frac{a}{b}$"),  # no class: the alt text reads as TeX
    ("<img class='photo' alt='Summit of Mt. Tex' src='/p.jpg'>", "![Summit of Mt. Tex](/p.jpg)"),  # a picture
    ("<img alt='C:\\Users\\ada\\notes.txt' src='/s.png'>", "![C:\\\\Users\\\\ada\\\\notes.txt](/s.png)"),
    # MathML, by its TeX annotation or its alttext (LaTeXML's pages), not as its letters run together
    ("<math display='inline'><semantics><mrow><msup><mi>x</mi><mn>2</mn></msup></mrow>"
     "<annotation encoding='application/x-tex'>x^{2}</annotation></semantics></math>", "$x^{2}$"),
    ("<math alttext='\\alpha+1' display='block'><mi>α</mi><mo>+</mo><mn>1</mn></math>", "$$\\alpha+1$$"),
])
def test_a_picture_of_a_formula_is_written_as_its_tex(img, written):
    md = body(f"<p>{PARA}</p><p>Given {img} as follows.</p>")
    assert f"Given {written} as follows." in md, md


def test_a_one_row_table_is_a_box_or_columns_not_a_table():
    """Newsletter templates and old CMSs draw a picture or a quote in a one-cell table, and site
    builders set a picture beside the text in a one-row one; a data table has a row per record."""
    md = body(f"<p>{PARA}</p><table><tr><td><img src='https://example.org/a.jpg'></td></tr></table>"
              "<table class='box'><tr><td><h3>Flipping the stranded</h3><p>Counting is only part of the work.</p>"
              "</td></tr></table><table class='wsite-multicol-table'><tr><td><img src='https://example.org/b.jpg'>"
              "<div>The six shortlisted novels.</div></td><td><p>The panel was chaired by a novelist.</p>"
              "<p>Every one of these books knows what a field is for.</p></td></tr></table>"
              "<table><tr><td>a</td><td>b</td></tr><tr><td>1</td><td>2</td></tr></table>")
    assert "![](https://example.org/a.jpg)" in md and "| ![" not in md
    assert "### Flipping the stranded\n\nCounting is only part of the work." in md
    assert "novels.\n\nThe panel was chaired by a novelist.\n\nEvery one" in md
    assert "| a   | b  |" in md or "| a | b |" in md  # two rows: still a table


def test_a_one_column_table_is_rows_of_boxes_not_a_table():
    """Old CMSs set the article's cell over its footer's in a table of one column: no data."""
    md = body(f"<table><tr><td><b>Republished from the Valley Echo</b><br><br>{PARA}<br><br>{PARA}</td></tr>"
              "<tr><td>Posted by webmaster on 16 May 2024</td></tr></table>"
              "<table><tr><th>Year</th></tr><tr><td>2024</td></tr><tr><td>2025</td></tr></table>")
    assert "|" not in md
    assert f"Republished from the Valley Echo**\n\n{PARA.strip()}\n\n{PARA.strip()}" in md


def test_a_tables_caption_is_a_line_above_it():
    """html2text knows no <caption>: it ran the caption into the first row."""
    md = body(f"<p>{PARA}</p><table><caption>5月新建商品住宅成交情况</caption><tr><th>区域</th><th>套数</th></tr>"
              "<tr><td>东湖区</td><td>842</td></tr></table>")
    assert "\n5月新建商品住宅成交情况\n\n| 区域" in md


def test_paragraphs_and_breaks_in_table_cells_keep_each_row_on_one_line():
    md = body(f"<p>{PARA}</p><table><tr><th><p><strong>年份</strong></p></th><th><p>规模</p></th></tr>"
              "<tr><td><p>2023</p><p>（预计）</p></td><td>1472<br>亿元</td></tr></table>")
    rows = [line for line in md.splitlines() if line.startswith("|")]
    assert len(rows) == 3 and "#" not in md
    assert "年份" in rows[0] and "2023 （预计）" in rows[2] and "1472 亿元" in rows[2]


def test_a_pre_around_blocks_is_no_code_block():
    """Preformatted text holds no blocks: a <pre> around paragraphs or table cells is layout,
    and its text is escaped like any other (laid out as a table row it would be raw HTML)."""
    from cleaner import clean

    soup = "<pre><p>--><p><p><p><td><table><"  # found by the fuzz test
    words = "Enough words to be an article. " * 4
    md = clean(f"<html><body><article>{soup}<p>{words}</p></article></body></html>").body
    assert "\\<Enough" in md and "<Enough" not in md.replace("\\<Enough", "")
    assert "    if a < b:\n        x = 1" in body(f"<p>{PARA}</p><pre>if a &lt; b:\n    x = 1</pre>")  # code stays code


def test_a_definition_with_no_term_above_is_no_code_block():
    """html2text indents a <dd> under its <dt>; a list that starts with one (its term removed
    as chrome, or never written) would open a code block."""
    md = body(f"<p>{PARA}</p><dl><dd>(1/3 pages)</dd><dd>Desk: Metro</dd><dt>Serves</dt><dd>4</dd></dl>")
    assert "\n\n(1/3 pages)" in md and "    (1/3" not in md and "    Desk" not in md
    assert "Serves\n    4" in md  # a definition under its term keeps html2text's indent


def test_table_soup_does_not_crash():
    from cleaner import clean

    soup = "0" * 25 + "<p >" * 17 + "</p><table ><table >"  # found by the fuzz test
    result = clean(f"<html><body><article>{soup}<p>{'Enough words to be an article. ' * 4}</p></article>"
                   "</body></html>")
    assert "Enough words to be an article." in result.body


def test_a_rule_at_either_end_of_the_body_goes_and_one_between_stays():
    md = body(f"<hr><p>{PARA}</p><hr><p>Second paragraph.</p><hr>")
    assert md == f"{PARA.strip()}\n\n* * *\n\nSecond paragraph.\n"


def test_a_code_block_that_opens_the_body_keeps_its_indentation():
    """Trimming the body's ends took a first code block's four spaces, and "<?php" read as raw HTML
    (found by tests/test_fuzz.py)."""
    md = body(f"<pre>&lt;?php echo 1;</pre><p>{PARA}</p>")
    assert md.startswith("    <?php echo 1;\n")


@pytest.mark.parametrize("text,declared,language", [
    ("Der Stadtrat hat am Donnerstag einen Plan beschlossen, der ältere Menschen schützen soll, und die "
     "Verwaltung soll ihn bis zum Sommer umsetzen. Das ist nicht neu, aber es ist ein Anfang.", None, "de"),
    ("Le conseil municipal a adopté jeudi un plan pour les personnes âgées, et la mairie doit le mettre en "
     "œuvre avant l'été. Ce n'est pas nouveau, mais c'est un début pour la ville et pour les habitants.", None, "fr"),
    ("Le conseil municipal a adopté jeudi un plan pour les personnes âgées.", "de-DE", "de"),  # declared wins
    ("Short text.", None, "en"),
    # a server's status page: its one-letter codes are no Polish words ("w", "i"), nor Portuguese ("a")
    ("Scoreboard Key: W Sending Reply, i Idle cleanup of worker, w w w i i K R a a a _ _ W W for "
     "the server status of 127.0.0.1 with PID 1234", None, "en"),
])
def test_an_undeclared_language_is_told_by_its_commonest_words(text, declared, language):
    from cleaner.rules import load_ruleset

    words = load_ruleset(site_rules=False).global_rule.language_words
    assert markdown.detect_language(text, declared, words) == language


# Inline markup as editors leave it: runs of bold and italics, in and out of <span>s and links,
# line breaks, and text that Markdown would read as markup.
PIECES = st.sampled_from(["word", "Wort", "习惯", "带了回来", "“续命”", "201", "9", ",", ".", "：", "。", "*", "_",
                          "**", "[1]", "(a)", "#", "# ", "> ", "- ", "1. ", "2) ", "+ ", "=", "---", "`", "<", "&",
                          "\\", "!", " ", "  ", "\n"])
INLINE = st.recursive(st.lists(PIECES, max_size=5).map("".join), lambda inner: st.one_of(
    st.tuples(st.sampled_from(["b", "strong", "i", "em", "span", "a"]), st.lists(inner, max_size=4)),
    st.just(("br", []))), max_leaves=12)


def inline_html(node):
    if isinstance(node, str):
        return html.escape(node, quote=False)
    tag, children = node
    inner = "".join(inline_html(child) for child in children)
    return "<br>" if tag == "br" else f"<{tag}{' href=/x' if tag == 'a' else ''}>{inner}</{tag}>"


# The blocks it stands in: each {} is the same inline markup.
BLOCKS = st.sampled_from(["<p>{}</p>", "<ul><li>{}</li><li>{}<ul><li>{}</li></ul></li></ul>",
                          "<blockquote><p>{}</p><blockquote>{}</blockquote></blockquote>",
                          "<dl><dt>{}</dt><dd>{}</dd></dl>", "<div>{}</div><h3>{}</h3>"])


@settings(max_examples=300, derandomize=True, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(INLINE, min_size=1, max_size=5), BLOCKS)
def test_rendered_as_commonmark_the_markdown_shows_the_text_and_no_markup(nodes, block):
    """Whatever the inline markup, in whatever block, the Markdown renders (as CommonMark) to
    the page's text: no word lost or split, no mark, escape or line break's backslash showing,
    and no more line breaks than the page has."""
    markdown_it = pytest.importorskip("markdown_it")
    inner = "".join(inline_html(node) for node in nodes)
    assume(inner.count("<a ") <= 1)  # a link inside a link is no HTML
    page = block.replace("{}", inner)
    text = lxml.html.fragment_fromstring(f"<div>{page}</div>").text_content()
    rendered = markdown_it.MarkdownIt("commonmark").render(body(f"<p>{PARA}</p>{page}"))
    shown = lxml.html.fromstring(f"<div>{rendered}</div>")
    assert re.sub(r"\s+", "", shown.text_content()).endswith(re.sub(r"\s+", "", text)), page
    assert len(shown.findall(".//br")) <= page.count("<br>"), page


@pytest.mark.parametrize("lines,language", [
    (["8月1日，青海省格尔木公安局通报称，在可可西里自然保护区发现失联人员。"], "zh"),
    (["東京都は本日、新しい図書館の開館を発表しました。", "市民の皆さんは無料で本を借りることができます。"], "ja"),
    (["서울시는 오늘 새로운 도서관 개관을 발표했습니다.", "시민들은 무료로 책을 빌릴 수 있습니다."], "ko"),
])
def test_a_gallery_s_language_is_its_words_not_its_pictures_addresses(lines, language):
    """A forum's or a gallery's Markdown is mostly pictures' addresses, in Latin letters."""
    pictures = "".join(f"* ![](http://tiebapic.example.com/forum/pic/item/{n:040x}.jpg)\n" for n in range(40))
    text = pictures + "\n".join(f"* [{line}](<http://example.com/p/{n}> \"title\")" for n, line in enumerate(lines))
    assert markdown.detect_language(text, None, {"pt": ["item", "pic"]}) == language


def test_a_quotation_emptied_of_words_leaves_no_marks():
    """html2text writes a <q>'s quotation marks whatever is left inside it."""
    md = body(f"<p>{PARA}</p><q><img src='https://example.org/a.jpg' alt='a'></q><p>{PARA} <q>kept</q></p>")
    assert '"' not in md.replace('"kept"', "") and "a.jpg" in md
