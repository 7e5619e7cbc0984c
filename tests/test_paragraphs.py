"""Loose text beside blocks becomes blocks of its own (cleaner.paragraphs)."""

import lxml.html
import pytest
from lxml import etree

from cleaner.paragraphs import wrap_loose_text


def wrapped(body):
    root = lxml.html.document_fromstring(f"<html><body>{body}</body></html>")
    wrap_loose_text(root)
    return etree.tostring(root.find("body"), encoding="unicode", method="html")[len("<body>"):-len("</body>")]


@pytest.mark.parametrize("body, expected", [
    # text and inline elements around a block: one <p> before it, one after; the block stays
    ("<div>Lead <b>bold</b> text<p>Block</p>tail <i>it</i></div>",
     "<div><p>Lead <b>bold</b> text</p><p>Block</p><p>tail <i>it</i></p></div>"),
    # a blank line (<br><br>) ends a paragraph; both <br>s go, a single one stays
    ("<div>One<br>still one<br><br>Two<br><br>Three<br></div>",
     "<div><p>One<br>still one</p><p>Two</p><p>Three</p></div>"),
    # so does a single <br> before an indented line, as forum posts and old layouts start each
    # paragraph; a line not indented stays in its paragraph
    ("<td>来源：日报<br>\n\u3000\u3000第一段。<br>\n\u3000\u3000第二段。<br>\n不缩进</td>",
     "<td><p>来源：日报</p><p>\n\u3000\u3000第一段。</p><p>\n\u3000\u3000第二段。<br>\n不缩进</p></td>"),
    ("<div>One.<br>\xa0\xa0\xa0\xa0Two.</div>", "<div><p>One.</p><p>\xa0\xa0\xa0\xa0Two.</p></div>"),
    # white space between blocks makes no paragraph; comments stay in their run
    ("<div> <p>A</p>\n <p>B</p> x<!-- c --></div>",
     "<div><p>A</p><p>B</p><p> x<!-- c --></p></div>"),
    # inline content without a blank line is already one block; beside a block it is wrapped
    ("<div><span>a<br>b</span></div><div><span>a</span><section>c<div>d</div></section></div>",
     "<div><span>a<br>b</span></div><div><p><span>a</span></p><section><p>c</p><div>d</div></section></div>"),
    # an inline element holding a block is a block beside the text: an app's summary with its
    # icon's <div> inside a <span>, a related card's link around its heading, before its date
    ('<div>根据运营商内部人士透露，三大运营商<span id="i"><div class="icon"></div></span></div>',
     '<div><p>根据运营商内部人士透露，三大运营商</p><span id="i"><div class="icon"></div></span></div>'),
    ('<article><a href="/x"><h3>Tuition centres report record enrolments</h3></a><span>20 Apr 2025</span></article>',
     '<article><a href="/x"><h3>Tuition centres report record enrolments</h3></a><p><span>20 Apr 2025</span></p>'
     "</article>"),
    # not an inline element holding only inline ones, nor a <br>
    ("<div>Lead <span><b>x</b><br>y</span></div>", "<div>Lead <span><b>x</b><br>y</span></div>"),
])
def test_loose_text_is_wrapped_in_place(body, expected):
    assert wrapped(body) == expected
