"""The page index answers simple CSS exactly as lxml's XPath translation does."""

import pytest

from cleaner.ftr import id_or_class_selector
from cleaner.rules import Selector, load_ruleset
from cleaner.selectors import simple_form
from cleaner.source import load
from samples import all_cases

PAGE = """<html><body>
<div id="page" class="wrap  main-wrap">
  <nav class="nav top-nav" role="navigation"><a href="/" rel="home">Home</a></nav>
  <div class="breadcrumbs-trail"><a href="/a">A</a> › B</div>
  <article class="post entry" itemprop="articleBody">
    <p class="byline">By Ann Lee</p>
    <p id="div-gpt-ad-123" class="ad">advert</p>
    <p lang="en-GB" data-x="a b">Body text of the article, long enough to be a paragraph.</p>
    <div class="share share-bar"><span class="share">Share</span></div>
    <p class="Share">case differs</p><span id="">an empty id</span>
  </article>
  <aside class="related-posts sidebar"><p>Related</p></aside>
  <footer id="footer" class="site-footer"><p>© 2024</p></footer>
</div></body></html>"""

SELECTORS = [
    "nav", "footer", "p", "*", ".share", ".Share", "#footer", "#page", "div.share", "p.byline",
    '[role="navigation"]', "[rel]", '[class*="crumb"]', '[class^="related"]', '[class$="footer"]',
    '[id^="div-gpt-ad"]', '[id*="gpt"]', '[lang|="en"]', '[data-x~="b"]', '[class~="entry"]',
    '[class=""]', '[class*=""]', '[itemprop="articleBody"]', ".post.entry", "p#div-gpt-ad-123.ad",
    "nav, footer, .byline", ".nope, #nope", "[class*='wrap ']", "  nav ,footer  ", "[ rel = home ]",
    "*.share", "p[lang]", "[data-x~=b]", "[class|='site']", "[title='a,b'], p",
    "article p", "div > p", "#page .share", "nav a", "div div p", "article > p.byline", "article > *",
    "div p.ad, nav", "div > div > p", "body div article p", "div   >   span", ".wrap .post > p",
    "article div span", "nav > p", ".post p", "[itemprop] span", "#page > nav a", ".nope a",
    '[id=""]', '[class~=""]', '[class~="share share-bar"]', '[id="footer"]', ".share, #footer, .nope",
    # white space in a substring: the attribute's words, looked up by the longest piece
    '[class*="share s"]', '[class*="-posts sid"]', '[class*="wrap  main"]', '[class*=" main"]', '[class*=" "]',
    '[class*="p  m"]', '[class*="-nav "]', '[class*="nope "]', '[id*="gpt "]',
]


@pytest.mark.parametrize("css", SELECTORS)
def test_index_matches_lxml(css):
    doc = load(PAGE.encode())
    selector = Selector(css=css)
    assert doc.select(selector) == selector.select(doc.root)
    article = doc.root.find(".//article")
    assert doc.select(selector, article) == selector.select(article)


# Elements the reading of a page takes out after indexing its attributes: hidden ones, and
# what an invisible element (<noscript>, <svg>) holds.
HIDING_PAGE = """<html><body><div class="share" style="display:none"><p class="share" id="x">hidden</p></div>
<noscript><p class="share">no script</p></noscript><p hidden class="share" role="note">hidden too</p>
<svg class="share"><g class="share" style="fill:red"></g></svg><wbr class="share">after a wbr</wbr>
<p class="share" style="color:red" role="note">shown</p><div class="wrap"><p class="share">shown too</p></div>
</body></html>"""


@pytest.mark.parametrize("css", [".share", "#x", "[style]", "[hidden]", "[role]", ".wrap .share", "p.share",
                                 "[class*='sha']", "wbr, .share"])
def test_the_index_passes_over_what_reading_the_page_took_out(css):
    doc = load(HIDING_PAGE.encode())
    selector = Selector(css=css)
    assert doc.select(selector) == selector.select(doc.root)
    assert all("hidden" not in doc.text_of(el) for el in doc.select(selector))


@pytest.mark.parametrize("css", ["p::before", "ns|p", "[ns|x]", "p[", "", "p,", ".1x", r".a\:b",
                                 "[x=1]", "p >", "#", "a + b", "a ~ b", "> p"])
def test_what_is_not_simple_css_is_not_indexed(css):
    assert simple_form(css) is None


@pytest.mark.parametrize("css", ["div + p", "p ~ p", "a:first-child", "p:not(.x)", "[x!='y']",
                                 "[data-x~='a b']"])
def test_other_selectors_go_to_lxml(css):
    assert simple_form(css) is None
    doc = load(PAGE.encode())
    selector = Selector(css=css)
    assert doc.select(selector) == selector.select(doc.root)


def test_every_bundled_selector_on_every_sample():
    ruleset = load_ruleset()
    selectors = set()
    for rule in [ruleset.global_rule, *ruleset.rules]:
        selectors.update(rule.content)
        selectors.update(entry.selector for entry in rule.remove if entry.selector is not None)
        selectors.update(spec.selector for specs in rule.attribution.values() for spec in specs
                         if spec.selector is not None)
    assert any(s.simple for s in selectors)
    for sample in all_cases():
        doc = load(sample.input.read_bytes())
        for selector in selectors:
            assert doc.select(selector) == selector.select(doc.root), (sample.id, selector)


@pytest.mark.parametrize("name", ["share", "Share", "crumb", "ad", "gpt-ad", "wrap  main", "p main",
                                  "site-", "e", "nope", 'a"b', "x\\y", "it's", ""])
def test_ftr_strip_id_or_class_as_css_selects_what_its_xpath_does(name):
    """FiveFilters' most common directive is answered by the index, with the meaning of the
    XPath the format defines: the class or id attribute contains the name."""
    quoted = f"'{name}'" if "'" not in name else f'"{name}"'
    xpath = Selector(xpath=f"//*[contains(@class, {quoted}) or contains(@id, {quoted})]")
    doc = load(PAGE.encode())
    assert doc.select(id_or_class_selector(name)) == xpath.select(doc.root)
