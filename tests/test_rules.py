"""Rule files: every bundled rule's own tests (fallback off), and validation errors."""

import dataclasses
import json
import re
import signal
import tomllib

import pytest
from conftest import ROOT

from cleaner import RuleError, clean
from cleaner.rules import (
    PARSED_NAME,
    Pattern,
    _bundled_parsed,
    _toml,
    bundled_rules_dir,
    load_rule,
    load_ruleset,
    rule_files,
    text_checksum,
)
from cleaner.source import normalize_text
from samples import case

RULE_TESTS = [(path, i, t) for path in rule_files(bundled_rules_dir())
              for i, t in enumerate(load_rule(path).tests)]


@pytest.mark.parametrize("path,index,test", RULE_TESTS,
                         ids=[f"{p.name}[{i}]" for p, i, _ in RULE_TESTS])
def test_rule_file_tests(path, index, test):
    sample = case(test["sample"])
    result = clean(sample.input.read_bytes(), url=test.get("url") or sample.url, fallback=False)
    assert result.rule and result.rule.endswith(path.name), (
        f"{path.name}: sample {test['sample']} was not matched to this rule; "
        f"check hosts/fingerprints or the sample's url")
    for text in test.get("contains", []):
        assert text in result.markdown, f"{path.name} test {index}: missing {text!r}"
    for text in test.get("absent", []):
        assert text not in result.body, f"{path.name} test {index}: body still has {text!r}"


def test_every_rule_file_is_valid():
    for path in rule_files(bundled_rules_dir()):
        load_rule(path)


@pytest.mark.parametrize("body,key", [
    ('colour = "red"\n', "colour"),
    ('content = ["div[[["]\n', "content"),
    ("cut_off = ['(unclosed']\n", "cut_off"),
    ('[[remove]]\nid = "x"\nkind = "nonsense"\ncss = "p"\n', "remove[x].kind"),
    ('[[remove]]\nid = "x"\ncss = "p"\ntxet = "a"\n', "remove.txet"),
    ('[attribution]\nsource = { css = "p", patern = "x" }\n', "attribution.source.patern"),
    ('content = "main"\n', "content"),
    ('[attribution]\ntitle = 5\n', "attribution.title"),  # a key with two allowed types
    ('[[remove]]\nid = "x"\ntext = 5\n', "remove.text"),
    ('[[remove]]\nid = "x"\ntext = ["a", 5]\n', "remove[x]"),
    ("[attribution]\ndate = { text = 'x', above = true }\n", "attribution.date"),
    ("[attribution]\nauthor = { text = 'x', last = true }\n", "attribution.author"),  # global.toml only
    ("[attribution]\ndate = { css = 'em', script = 'x' }\n", "attribution.date"),  # one place to read
    ('[metadata]\nauthr = ["byl"]\n', "metadata.authr"),
    ('[metadata]\ndate = ["pdate", 5]\n', "metadata.date"),  # read before the article is known
])
def test_invalid_rule_names_file_and_key(tmp_path, body, key):
    path = tmp_path / "example.org.toml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(RuleError) as err:
        load_rule(path)
    assert err.value.key == key
    assert str(path) in str(err.value)


def test_user_rule_overrides_bundled_rule(tmp_path, seed_html):
    (tmp_path / "zcfgw.org.toml").write_text(
        'name = "Override"\nfingerprints = ["www.zcfgw.org"]\ncontent = [".arc-body"]\n', encoding="utf-8")
    result = clean(seed_html, rules_dirs=[tmp_path])
    assert result.attribution.site == "Override"
    assert result.rule == str(tmp_path / "zcfgw.org.toml")


def test_subdomain_wildcard_and_www(tmp_path):
    from cleaner.rules import load_ruleset

    (tmp_path / ".example.org.toml").write_text('name = "Example"\n', encoding="utf-8")
    rules = load_ruleset([tmp_path])
    assert rules.for_host("news.example.org").name == "Example"
    assert rules.for_host("example.org").name == "Example"
    assert rules.for_host("zcfgw.org").name == "政策法规网"
    assert rules.for_page("https://www.zcfgw.org/a.html", str).name == "政策法规网"
    assert rules.for_host("notexample.org") is None


def _patterns(value):
    """Every Pattern inside a loaded rule, however it is nested."""
    if isinstance(value, Pattern):
        yield value
    elif dataclasses.is_dataclass(value):
        for f in dataclasses.fields(value):
            yield from _patterns(getattr(value, f.name))
    elif isinstance(value, dict):
        for v in value.values():
            yield from _patterns(v)
    elif isinstance(value, (tuple, list)):
        for v in value:
            yield from _patterns(v)


BUNDLED_PATTERNS = sorted({p.source: p for rule in [load_ruleset().global_rule, *load_ruleset().rules]
                           for p in _patterns(rule)}.values(), key=lambda p: p.where)


def _bait(source):
    """Texts that make a backtracking pattern explode: long runs of the characters and words
    the pattern itself is made of, with and without spaces between them, with and without an
    end that fails the match, as block text (which never holds a run of spaces or an empty line)."""
    words = set(re.findall(r"\w+", source.replace("\\s", " ").replace("\\d", "1"))) | {"a", "1"}
    runs = [w * (6000 // len(w)) for w in words] + [(w + " ") * (6000 // (len(w) + 1)) for w in words]
    runs += [c * 6000 for c in ":：.-/|,·•>"] + [(c + " ") * 3000 for c in ":：.-/|,·•>"]
    return [normalize_text(run) + end for run in runs for end in ("", "!")]  # "!": a failing end


@pytest.mark.parametrize("pattern", BUNDLED_PATTERNS, ids=[p.where for p in BUNDLED_PATTERNS])
def test_bundled_patterns_do_not_backtrack_catastrophically(pattern):
    """The bundled patterns run on `re`, which has no time limit: each must stay linear-ish on
    hostile text. A catastrophic one takes hours on these; a sound one, milliseconds."""
    def too_slow(signum, frame):
        raise TimeoutError(f"{pattern.where}: {pattern.source!r} backtracks catastrophically")

    previous = signal.signal(signal.SIGALRM, too_slow)
    signal.setitimer(signal.ITIMER_REAL, 5.0)
    try:
        for text in _bait(pattern.source):
            pattern.search(text)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def test_bundled_patterns_run_on_re_and_user_patterns_keep_a_time_limit(tmp_path):
    assert all(isinstance(p.compiled, re.Pattern) for p in BUNDLED_PATTERNS)
    (tmp_path / "x.example.toml").write_text("cut_off = ['^Share']\n")
    user = load_rule(tmp_path / "x.example.toml")
    assert not isinstance(user.cut_off[0].compiled, re.Pattern)


# Common GB2312 characters in code order, undeclared: detection reads them as Korean (cp949).
GB2312_RUN = bytes(b for lead in range(0xB0, 0xB8) for trail in range(0xA1, 0xFF) for b in (lead, trail))


def undeclared_gb2312_page(head=""):
    text = GB2312_RUN.decode("gbk")
    paragraphs = "".join(f"<p>{text[i:i + 60]}。</p>" for i in range(0, len(text), 60))
    return (f"<html><head><title>t</title>{head}</head><body><div class='story'>{paragraphs}</div>"
            "</body></html>").encode("gbk")


@pytest.mark.parametrize("how", ["url", "canonical"])
def test_a_rules_encoding_replaces_a_guess(tmp_path, how):
    (tmp_path / "news.example.org.toml").write_text('encoding = "gb2312"\ncontent = [".story"]\n')
    url = "https://news.example.org/a/1.html"
    page = undeclared_gb2312_page(f'<link rel="canonical" href="{url}">' if how == "canonical" else "")
    guessed = clean(page, url=url if how == "url" else None)
    assert "啊阿埃挨哎唉" not in guessed.body  # detection read it as something else
    result = clean(page, url=url if how == "url" else None, rules_dirs=[tmp_path])
    assert result.rule.endswith("news.example.org.toml")
    assert "啊阿埃挨哎唉哀皑癌蔼矮艾碍爱" in result.body


def test_a_rules_encoding_does_not_override_a_declared_charset(tmp_path):
    (tmp_path / "news.example.org.toml").write_text('encoding = "big5"\n')
    page = undeclared_gb2312_page('<meta charset="gb2312">')
    result = clean(page, url="https://news.example.org/a/1.html", rules_dirs=[tmp_path])
    assert "啊阿埃挨哎唉哀皑癌蔼矮艾碍爱" in result.body


def test_followed_by_reads_below_a_text_spec_only(tmp_path):
    path = tmp_path / "example.org.toml"
    path.write_text("[attribution]\nsite = { css = '.footer', followed_by = 'ICP' }\n", encoding="utf-8")
    with pytest.raises(RuleError, match="followed_by reads the lines below a block's text: it needs text"):
        load_rule(path)


@pytest.mark.parametrize("key, value", [
    ("encoding", "klingon-8"), ("encoding", "utf-16"),  # an encoding that reads HTML
    *(("utc_offset", value) for value in ["+8:00", "08:00", "+25:00", "UTC+8", "+08:60"]),  # "+08:00"
])
def test_a_rules_encoding_and_clock_must_be_ones_it_can_use(tmp_path, key, value):
    path = tmp_path / "example.org.toml"
    path.write_text(f'{key} = "{value}"\n')
    with pytest.raises(RuleError) as err:
        load_rule(path)
    assert err.value.key == key


def test_closing_line_labels_need_all_four(tmp_path):
    path = tmp_path / "example.org.toml"
    path.write_text('[attribution_line]\nnl = { source = "Bron: ", site = "Gepubliceerd door " }\n', encoding="utf-8")
    with pytest.raises(RuleError) as err:
        load_rule(path)
    assert err.value.key == "attribution_line.nl"


def test_month_names_are_twelve_strings(tmp_path):
    path = tmp_path / "example.org.toml"
    path.write_text('months = ["janvier", "février"]\n', encoding="utf-8")
    with pytest.raises(RuleError) as err:
        load_rule(path)
    assert err.value.key == "months"


# Lines of the 181 expected article texts that bundled patterns match today. The ground truth
# keeps some chrome (© lines, among them a Korean "저작권자 ⓒ … 무단전재 및 재배포금지", a
# disclaimer, "Don't Miss", an Italian "Leggi anche" ("read also"), a venue's phone number, image
# credits, a "Contributing:" credit line): a new pattern that matches prose would push the count past this.
EXPECTED_TEXT_HITS = 14


def test_bundled_removals_and_cut_offs_spare_the_expected_article_texts():
    import json

    from conftest import shared

    rule = load_ruleset().global_rule
    patterns = [(e.id, e.text, e.max_chars) for e in rule.remove if e.text is not None]
    patterns += [("cut_off", p, None) for p in rule.cut_off + rule.cut_before]
    hits = []
    for path in sorted(shared("bench/scrapinghub").glob("*.json")):
        expected = json.loads(path.read_text(encoding="utf-8"))
        text = expected.get("body") or expected.get("articleBody") or ""
        for line in filter(None, map(normalize_text, text.split("\n"))):
            hits += [f"{name}: {line[:80]}" for name, pattern, max_chars in patterns
                     if (not max_chars or len(line) <= max_chars) and pattern.search(line)]
    assert len(hits) <= EXPECTED_TEXT_HITS, "\n".join(hits)


def test_a_labelled_spec_reads_the_cell_beside_its_label(tmp_path):
    (tmp_path / "board.example.toml").write_text(
        'hosts = ["board.example"]\n[attribution]\n'
        "editor = { css = 'th', label = '^编辑$' }\n", encoding="utf-8")
    rows = "<tr><th>标题</th><td>某市出台新规</td></tr><tr><th>编辑</th><td>王小明</td></tr>"
    para = "<p>这是一篇关于基层法院改革的文章，介绍了相关工作的做法和成效。</p>"
    html = f"<html><body><table>{rows}</table><div class='article'>{para * 4}</div></body></html>"
    result = clean(html, url="https://board.example/a/1", rules_dirs=[tmp_path])
    assert result.attribution.editor == "王小明" and result.attribution.title == "某市出台新规"



@pytest.mark.parametrize("script, date", [
    ('<script>var msg_title = "x"; var publish_time = "2024-03-15" || "";</script>', "2024-03-15"),
    ('<script>var publish_time = "" || "";</script>', None),  # set by nobody: nothing read, nothing made up
])
def test_a_script_spec_reads_what_the_page_s_script_would_show(tmp_path, script, date):
    """A value the page's own script fills in (WeChat's publish time) is in no block of text: a
    rule reads it from the script, which is not part of the text."""
    (tmp_path / "mp.example.toml").write_text(
        "[attribution]\ndate = [{ css = '#publish_time' }, { script = 'var publish_time = \"([^\"]+)\"' }]\n",
        encoding="utf-8")
    para = "<p>会议强调，要加强与综治中心、人民调解组织的对接，完善多元解纷机制，切实减少诉讼增量。</p>"
    html = (f"<html><body><h1>标题</h1><em id='publish_time'></em><div class='article'>{para * 4}</div>"
            f"{script}</body></html>")
    result = clean(html, url="https://mp.example/s/1", rules_dirs=[tmp_path])
    assert result.attribution.date == date and "publish_time" not in result.body


@pytest.mark.parametrize("script, date", [
    ('var publish_time = "2024-03-15" || "";', "2024-03-15"),
    ("var createTime = '2024-03-16 08:00';", "2024-03-16"),  # newer templates
    ("window.info = { create_time: '2024-03-17 09:00' };", "2024-03-17"),
    ('var ct = "1710433800";', "2024-03-15"),  # only the Unix time: 00:30 in China, still the 14th in UTC
])
def test_the_wechat_rule_reads_the_time_each_template_s_script_sets(script, date):
    case = ROOT / "samples" / "mp.weixin.qq.com" / "jxgy-20240315"
    html = (case / "input.html").read_text(encoding="utf-8").replace('var publish_time = "2024-03-15" || "";', script)
    assert clean(html, url="https://mp.weixin.qq.com/s/AbCdEfGhIjKlMnOpQrStUv").attribution.date == date


def test_the_wechat_rule_names_the_account_from_the_script_of_templates_without_its_name_shown():
    case = ROOT / "samples" / "mp.weixin.qq.com" / "jxgy-20240315"
    html = (case / "input.html").read_text(encoding="utf-8").replace('id="js_name"', "")
    assert clean(html, url="https://mp.weixin.qq.com/s/AbCdEfGhIjKlMnOpQrStUv").attribution.site == "江西高院"


@pytest.mark.parametrize("offset, date", [(None, "2024-03-14"), ('"+08:00"', "2024-03-15"), ('"-05:00"', "2024-03-14")])
@pytest.mark.parametrize("where", ["<meta name='pubdate' content='{}'>", "<script>var ct = '{}000';</script>"])
def test_a_unix_time_falls_on_its_day_on_the_site_s_clock(tmp_path, offset, date, where):
    """A date stated only as a Unix time (seconds, or milliseconds) falls on the day it is in UTC,
    unless the site's rule says its clock is elsewhere: 00:30 in China is the day before in UTC."""
    clock = f"utc_offset = {offset}\n" if offset else ""
    rule = clock + "[attribution]\ndate = { script = \"var ct = '([0-9]+)'\" }\n"
    (tmp_path / "mp.example.toml").write_text(rule, encoding="utf-8")
    para = "<p>会议强调，要加强与综治中心、人民调解组织的对接，完善多元解纷机制，切实减少诉讼增量。</p>"
    html = f"<html><head>{where.format(1710433800)}</head><body><div class='article'>{para * 4}</div></body></html>"
    assert clean(html, url="https://mp.example/s/1", rules_dirs=[tmp_path]).attribution.date == date


def test_an_author_a_rule_states_is_taken_as_stated(tmp_path):
    """"Wikipedia contributors" begins with the site's name, as a desk's byline does ("Telegraph
    Sport"): read from a page it would name nobody, but the rule's writer said it."""
    (tmp_path / "wiki.example.toml").write_text(
        'name = "Wikipedia"\n[attribution]\nauthor = "Wikipedia contributors"\n', encoding="utf-8")
    para = "<p>A tool library lends drills, ladders and saws to its members, much as a library lends books.</p>"
    html = f"<html><body><div class='article'>{para * 4}</div></body></html>"
    result = clean(html, url="https://wiki.example/wiki/Tool_library", rules_dirs=[tmp_path])
    assert (result.attribution.author, result.attribution.site) == ("Wikipedia contributors", "Wikipedia")



def test_every_bundled_rule_file_is_installed_with_the_package():
    """setup.cfg's package_data patterns are read as glob() reads them, which passes over dotfiles:
    `.wikipedia.org.toml` (a rule for a domain and its subdomains) needs a pattern of its own, or a
    `pip install .` leaves it out while a checkout, which lists its directory, has it."""
    import configparser
    import glob
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    config = configparser.ConfigParser()
    config.read(root / "setup.cfg", encoding="utf-8")
    patterns = [p.strip() for p in config["options.package_data"]["cleaner.bundled_rules"].split(",")]
    packaged = {name for pattern in patterns for name in glob.glob(pattern, root_dir=root / "rules")}
    rule_files = {path.name for path in (root / "rules").iterdir() if path.suffix in (".toml", ".json")}
    assert rule_files <= packaged, sorted(rule_files - packaged)


def test_the_bundled_parsed_rules_file_is_current(update_golden):
    """rules/parsed.json spares every run the parsing of the bundled rule files' TOML; it must hold
    each file as tomllib reads it, with its text's checksum (`pytest --update-golden` rewrites it).
    A file whose text has changed since is parsed again: stale is slow, never wrong."""
    current = {}
    for path in sorted(bundled_rules_dir().glob("*.toml")):
        text = path.read_text(encoding="utf-8")
        current[path.name] = {"crc32": text_checksum(text), "data": tomllib.loads(text)}
    target = bundled_rules_dir() / PARSED_NAME
    text = json.dumps(current, ensure_ascii=False, indent=0) + "\n"  # keys in the files' order: it matters
    if update_golden:
        target.write_text(text, encoding="utf-8")
        _bundled_parsed.cache_clear()
    assert target.read_text(encoding="utf-8") == text, "stale: run pytest --update-golden"
    path = bundled_rules_dir() / "global.toml"
    text = path.read_text(encoding="utf-8")
    assert _toml(path, text) is _bundled_parsed()["global.toml"]["data"]  # the file is used
    assert _toml(path, text + "\n# edited\n") == current["global.toml"]["data"]  # and an edit is parsed again


def test_a_checkout_reads_its_own_rules(tmp_path):
    """Another checkout run with this environment (a version compared with this one) must read
    its own rules/, not the ones an editable install maps `cleaner.bundled_rules` to."""
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    shutil.copytree(root / "cleaner", tmp_path / "cleaner", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(root / "rules", tmp_path / "rules", ignore=shutil.ignore_patterns("__pycache__"))
    script = "from cleaner.rules import bundled_rules_dir; print(bundled_rules_dir())"
    found = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True,
                           check=True).stdout.strip()
    assert Path(found) == tmp_path / "rules"
