"""`cleaner rules …` (issue #6) through click's CliRunner: list, show, check, test, new, learn,
and FiveFilters site configs in a --rules directory."""

import pytest
from click.testing import CliRunner
from conftest import ROOT, shared

from cleaner import clean
from cleaner.ftr import load_ftr
from cli import main

FTR = ROOT / "tests/fixtures/ftr"
LEARNSITE = ROOT / "samples/learnsite.example"
LEARN_PAGES = [str(LEARNSITE / f"page{n}/input.html") for n in range(1, 6)]
HELD_BACK = LEARNSITE / "page6/input.html"
HELD_BACK_URL = "https://learnsite.example/stories/ferry-electric.html"
CHROME = ["Subscribe Sign in", "Environment", "Home ›", "Reprinted 2024", "Related:", "Share:",
          "Notice: The Commons Ledger", "Most read", "weekday briefing", "Quay Street",
          "+1 555 0142", "All rights reserved", "Enjoyed this story?"]


def run(*args):
    return CliRunner().invoke(main, list(args))


@pytest.mark.parametrize("command", ["list", "show", "check", "test", "new", "learn"])
def test_help_has_examples(command):
    r = run("rules", command, "--help")
    assert r.exit_code == 0 and "Examples:" in r.stdout


def test_list_shows_bundled_and_user_rules(tmp_path):
    (tmp_path / "zcfgw.org.toml").write_text('name = "Override"\n', encoding="utf-8")
    r = run("rules", "list", "--rules", str(tmp_path), "--rules", str(FTR))
    assert r.exit_code == 0, r.output
    lines = r.stdout.splitlines()
    assert lines[0].split() == ["SITE", "HOSTS", "FILE", "FROM", "TESTS"]
    override = next(line for line in lines if line.startswith("Override"))
    assert "user (overrides 1)" in override and override.rstrip().endswith("0")
    assert any("newswire-digest.com.toml" in line and "bundled" in line for line in lines)
    assert any("learnsite.example.txt" in line and line.rstrip().endswith("1") for line in lines)


def test_show_names_file_and_line_of_each_entry(tmp_path):
    r = run("rules", "show", "www.zcfgw.org")
    assert r.exit_code == 0, r.output
    rules = ROOT / "rules/zcfgw.org.toml"
    assert f"remove[disclaimer]: disclaimer: css .arc-mzsm    ({rules}:" in r.stdout
    assert "content: css .arc-body" in r.stdout and "test[1]: zcfgw.org/8104090-text" in r.stdout
    (tmp_path / "zcfgw.org.toml").write_text('name = "Override"\ncontent = ["main"]\n', encoding="utf-8")
    r = run("rules", "show", "zcfgw.org", "--rules", str(tmp_path))
    assert f"# overrides {rules}" in r.stdout and f"content: css main    ({tmp_path / 'zcfgw.org.toml'}:2)" in r.stdout
    r = run("rules", "show", "nosuchsite.example")
    assert r.exit_code == 1 and r.stderr.startswith("error: nosuchsite.example: no rule")


def test_show_points_at_keys_not_at_comments_that_quote_them(tmp_path):
    path = tmp_path / "gbk.example.toml"
    path.write_text('# the article is td.story, in GBK\ncontent = ["td.story"]\nencoding = "gbk"\n'
                    'utc_offset = "-03:30"\n', encoding="utf-8")
    r = run("rules", "show", "gbk.example", "--rules", str(tmp_path))
    assert f"content: css td.story    ({path}:2)" in r.stdout and f"encoding: gbk    ({path}:3)" in r.stdout
    assert f"utc_offset: -03:30    ({path}:4)" in r.stdout


def test_check_bundled_rules_pass():
    r = run("rules", "check")
    assert r.exit_code == 0, r.stdout
    assert r.stdout.startswith("ok:")


def test_check_reports_every_file_with_line(tmp_path):
    (tmp_path / "a.example.toml").write_text('name = "A"\n\ncolour = "red"\n', encoding="utf-8")
    (tmp_path / "b.example.toml").write_text("cut_off = ['(unclosed']\n", encoding="utf-8")
    (tmp_path / "c.example.toml").write_text('hosts = ["b.example"]\n', encoding="utf-8")
    (tmp_path / "d.example.txt").write_text("title: //h1\nbody: //div[@class='x'\n", encoding="utf-8")
    r = run("rules", "check", str(tmp_path))
    assert r.exit_code == 1
    lines = r.stdout.splitlines()
    assert f"{tmp_path / 'a.example.toml'}:3: colour: unknown key" in lines
    assert any(line.startswith(f"{tmp_path / 'b.example.toml'}:1: cut_off: invalid regex") for line in lines)
    assert f"{tmp_path / 'c.example.toml'}:1: host b.example is also served by {tmp_path / 'b.example.toml'}" \
        not in lines  # b failed to load: its hosts are unknown
    assert any(line.startswith(f"{tmp_path / 'd.example.txt'}:2: body: invalid XPath") for line in lines)


def test_check_duplicate_host(tmp_path):
    (tmp_path / "b.example.toml").write_text('name = "B"\n', encoding="utf-8")
    (tmp_path / "c.example.toml").write_text('hosts = ["www.b.example"]\n', encoding="utf-8")
    r = run("rules", "check", "--rules", str(tmp_path), str(tmp_path))
    assert r.exit_code == 1
    b, c = tmp_path / "b.example.toml", tmp_path / "c.example.toml"
    assert r.stdout == f"{c}:1: host b.example is also served by {b}\n"


def test_bundled_rule_tests_run_and_pass_for_seed_rule():
    r = run("rules", "test", "zcfgw.org")
    assert r.exit_code == 0, r.stdout
    assert "ok    zcfgw.org.toml test[0] zcfgw.org/8104090" in r.stdout
    assert "unused" not in r.stdout  # the cut markers fire although their blocks are attribution


def test_failing_test_shows_difference_and_unused_entries(tmp_path):
    (tmp_path / "zcfgw.org.toml").write_text(
        'fingerprints = ["www.zcfgw.org"]\ncontent = [".arc-body", "#never"]\n'
        "cut_off = ['^原文链接[:：]']\n"
        '[[remove]]\nid = "ghost"\ncss = ".no-such-thing"\n'
        '[[test]]\nsample = "zcfgw.org/8104090"\ncontains = ["脱薄争先", "not in the page"]\n'
        'absent = ["当前所在"]\n', encoding="utf-8")
    r = run("rules", "test", "zcfgw.org", "--rules", str(tmp_path))
    assert r.exit_code == 1
    assert "FAIL  zcfgw.org.toml test[0] zcfgw.org/8104090" in r.stdout
    assert "missing 'not in the page'" in r.stdout
    assert "unused  zcfgw.org.toml: remove[ghost]: rule no longer fires" in r.stdout
    assert "content xpath" not in r.stdout and "unused  zcfgw.org.toml: content css #never" in r.stdout
    assert "cut_off" not in r.stdout.split("unused", 1)[1]


def test_expected_md_difference_is_shown(tmp_path):
    import shutil

    case = tmp_path / "zcfgw.org/8104090"
    shutil.copytree(ROOT / "samples/zcfgw.org/8104090", case)
    expected = case / "expected.md"
    expected.write_text(expected.read_text(encoding="utf-8").replace("脱薄争先", "脱薄争后"), encoding="utf-8")
    r = run("rules", "test", "zcfgw.org", "--samples", str(tmp_path))
    assert r.exit_code == 1
    assert f"--- {expected} (expected)" in r.stdout and "+++ output" in r.stdout
    assert any(line.strip().startswith("-") and "脱薄争后" in line for line in r.stdout.splitlines())
    assert "SKIP  zcfgw.org.toml test[1] zcfgw.org/8104090-text" in r.stdout


def test_template_change_fails_with_fallback_off(tmp_path):
    (tmp_path / "zcfgw.org.toml").write_text(
        'fingerprints = ["www.zcfgw.org"]\ncontent = [".renamed-body"]\n'
        '[[test]]\nsample = "zcfgw.org/8104090"\n', encoding="utf-8")
    r = run("rules", "test", "zcfgw.org", "--rules", str(tmp_path))
    assert r.exit_code == 1 and "no content selector matched" in r.stdout


def test_unknown_site_is_an_error():
    r = run("rules", "test", "nosuchsite.example")
    assert r.exit_code == 1 and r.stderr.startswith("error: nosuchsite.example: no rule")


def test_new_drafts_a_rule_from_one_page(tmp_path):
    out = tmp_path / "learnsite.example.toml"
    r = run("rules", "new", "learnsite.example", "--from", str(HELD_BACK), "-o", str(out))
    assert r.exit_code == 0, r.output
    text = out.read_text(encoding="utf-8")
    assert "content = ['div.story-text']" in text
    assert "css = 'nav.main-nav'" in text and "css = '#site-footer'" in text
    assert "[attribution]\ntitle = { css = 'h1.story-title' }" in text  # the <h1> holds the title
    assert "sample = 'learnsite.example/page6'" in text
    assert "keeps" in r.stdout
    r = run("rules", "test", "learnsite.example", "--rules", str(tmp_path))
    assert r.exit_code == 0, r.stdout


def test_new_names_the_encoding_pages_do_not_declare(tmp_path):
    out = tmp_path / "sfj.jingxi.gov.cn.toml"
    page = ROOT / "samples" / "sfj.jingxi.gov.cn" / "ArticleID-3188" / "input.html"
    r = run("rules", "new", "sfj.jingxi.gov.cn", "--from", str(page), "-o", str(out))
    assert r.exit_code == 0, r.output
    assert "encoding = 'gb18030'" in out.read_text(encoding="utf-8")
    r = run("rules", "new", "learnsite.example", "--from", str(HELD_BACK))  # declares utf-8
    assert "encoding" not in r.stdout


def test_new_refuses_to_overwrite_its_input(tmp_path):
    page = tmp_path / "page.html"
    page.write_bytes(HELD_BACK.read_bytes())
    r = run("rules", "new", "learnsite.example", "--from", str(page), "-o", str(page))
    assert r.exit_code == 1 and "refusing to overwrite" in r.stderr
    assert page.read_bytes() == HELD_BACK.read_bytes()


def test_learn_from_five_pages_cleans_the_sixth(tmp_path):
    out = tmp_path / "learnsite.example.toml"
    r = run("rules", "learn", *LEARN_PAGES, "-o", str(out))
    assert r.exit_code == 0, r.output
    text = out.read_text(encoding="utf-8")
    assert "content = ['div.story-text']" in text
    for selector in ("#topbar", "nav.main-nav", "div.crumbs", "div.ledger-notice", "aside.sidebar",
                     "#site-footer"):
        assert f"css = '{selector}'" in text
    assert "text = '^Related:'" in text and "Enjoyed" in text
    assert "title = { css = 'h1.story-title' }" in text
    assert "nth-" not in text and "[1]" not in text  # no positional selectors
    assert r.stdout.count("== ") == 5 and "remove[div-ledger-notice]" in r.stdout
    # The held-back page: the whole article, none of the chrome, attribution intact.
    result = clean(HELD_BACK.read_bytes(), url=HELD_BACK_URL, rules_dirs=[tmp_path], fallback=False)
    assert result.rule == str(out)
    paragraphs = result.body.strip().split("\n\n")
    assert len(paragraphs) == 6
    assert paragraphs[0].startswith("The Marrow Island ferry completed its first month")
    assert paragraphs[-1].endswith("“I never heard them over the engine.”")
    for chrome in CHROME:
        assert chrome not in result.body
    assert result.attribution.source == "Bay Crossing News"
    assert result.attribution.title.startswith("The island's electric ferry finished its first month")
    assert result.attribution.original_url.startswith("https://baycrossing.example.com/")
    # Its own tests pass on the pages it learned from.
    r = run("rules", "test", "learnsite.example", "--rules", str(tmp_path))
    assert r.exit_code == 0, r.stdout
    assert "5/5 rule tests passed" in r.stdout


def test_learn_needs_three_pages_and_readable_ones(tmp_path):
    r = run("rules", "learn", *LEARN_PAGES[:2])
    assert r.exit_code == 2 and "at least three pages" in r.stderr
    missing = tmp_path / "missing.html"
    r = run("rules", "learn", *LEARN_PAGES[:2], str(missing))
    assert r.exit_code == 1 and r.stderr == f"error: {missing}: no such file\n"


def test_learn_from_pages_whose_address_is_no_address_asks_for_the_host(tmp_path):
    pages = []
    for n in range(3):
        path = tmp_path / f"p{n}.html"
        path.write_text(f"<html><head><link rel='canonical' href='https://[x/{n}'></head><body><div class='story'>"
                        f"<p>Story {n}: the committee met on Tuesday for the {n}th time this year and heard from "
                        "residents about the plan.</p></div></body></html>", encoding="utf-8")
        pages.append(str(path))
    r = run("rules", "learn", *pages)
    assert r.exit_code == 1 and isinstance(r.exception, SystemExit) and "pass --host" in r.stderr, r.output


def test_ftr_mapping():
    rule = load_ftr(FTR / "learnsite.example.txt")
    assert rule.hosts == ("learnsite.example",)
    assert rule.content[0].xpath == "//div[@class='story-text']"
    spec = rule.attribution["date"][0]
    assert spec.selector.xpath == "//link[@rel='canonical']" and spec.attr == "href"
    assert rule.attribution["author"][0].selector.xpath == "//p[@class='story-info']"
    assert [r.id for r in rule.remove] == ["strip-6", "strip-7", "strip_id_or_class-8",
                                          "strip_id_or_class-9", "strip_image_src-10"]
    assert rule.tests == ({"url": HELD_BACK_URL, "contains": ["I never heard them over the engine."]},)
    assert len(rule.warnings) == 2
    assert any("'replace_string'" in w for w in rule.warnings)
    assert any("'next_page_link'" in w for w in rule.warnings)
    sub = load_ftr(FTR / ".subs.example.txt")
    assert sub.hosts == (".subs.example",) and sub.remove[0].selector.css == '[class*="promo"], [id*="promo"]'


def test_ftr_directory_as_rules_dir():
    result = clean(HELD_BACK.read_bytes(), url=HELD_BACK_URL, rules_dirs=[FTR], fallback=False)
    assert result.rule == str(FTR / "learnsite.example.txt")
    assert result.attribution.title.startswith("The island's electric ferry")
    for chrome in ("Notice: The Commons Ledger", "Related:", "Share:", "Most read"):
        assert chrome not in result.body
    assert "Enjoyed this story?" in result.body  # replace_string is not supported...
    assert sum("unsupported directive 'replace_string'" in w for w in result.warnings) == 1  # ...and says so
    r = run("clean", str(HELD_BACK), "--url", HELD_BACK_URL, "--rules", str(FTR))
    assert r.exit_code == 0 and "warning:" in r.stderr and "next_page_link" in r.stderr


def test_ftr_test_url_finds_the_saved_sample():
    r = run("rules", "test", "learnsite.example", "--rules", str(FTR))
    assert r.exit_code == 0, r.stdout
    assert "ok    learnsite.example.txt test[0] " + HELD_BACK_URL in r.stdout


def test_toml_rule_wins_over_ftr_file_for_same_host(tmp_path):
    (tmp_path / "learnsite.example.txt").write_text("body: //article\n", encoding="utf-8")
    (tmp_path / "learnsite.example.toml").write_text('content = ["div.story-text"]\n', encoding="utf-8")
    result = clean(HELD_BACK.read_bytes(), url=HELD_BACK_URL, rules_dirs=[tmp_path], fallback=False)
    assert result.rule.endswith("learnsite.example.toml")


def test_a_broken_ftr_config_fails_only_its_own_site(tmp_path):
    """A collection of thousands of community configs holds a few broken ones: each is read when
    a page of its site is cleaned, and only such a page fails, naming the config and its line."""
    (tmp_path / "learnsite.example.txt").write_text((FTR / "learnsite.example.txt").read_text(encoding="utf-8"),
                                                    encoding="utf-8")
    (tmp_path / "broken.example.txt").write_text("title: //h1\ndate: //time/\n", encoding="utf-8")
    result = clean(HELD_BACK.read_bytes(), url=HELD_BACK_URL, rules_dirs=[tmp_path], fallback=False)
    assert result.rule == str(tmp_path / "learnsite.example.txt")
    r = run("clean", str(HELD_BACK), "--url", "https://broken.example/a", "--rules", str(tmp_path))
    assert r.exit_code == 1
    assert r.stderr.strip() == f"error: {tmp_path / 'broken.example.txt'}:2: date: invalid XPath '//time/' " \
                               "(Invalid expression)"
    r = run("rules", "show", "learnsite.example.txt", "--rules", str(tmp_path))  # by file name, reading no other
    assert r.exit_code == 0 and "strip" in r.stdout
    for command in ("list", "test"):  # what can be done is done; the broken config is an error
        r = run("rules", command, "--rules", str(tmp_path))
        assert r.exit_code == 1 and "learnsite.example" in r.stdout, r.output
        assert r.stderr.startswith(f"error: {tmp_path / 'broken.example.txt'}:2:")


def test_a_rule_in_a_relative_rules_dir_does_not_override_itself(monkeypatch):
    monkeypatch.chdir(ROOT)
    for args in (["list"], ["show", "learnsite.example"]):
        r = run("rules", *args, "--rules", "tests/fixtures/ftr")
        assert r.exit_code == 0 and "overrides" not in r.stdout, r.stdout


def test_real_ftr_configs_load():
    """The public ftr-site-config collection (when present): nearly every file loads."""
    directory = shared("ftr-site-config")
    from cleaner import RuleError

    files = sorted(directory.glob("*.txt"))
    bad = 0
    for path in files:
        try:
            load_ftr(path)
        except RuleError:
            bad += 1
    assert len(files) > 100 and bad < len(files) // 100


def test_check_lists_every_problem_of_a_file(tmp_path):
    """A rule author sees all of a file's problems at once, each with its line, not only the first."""
    (tmp_path / "a.example.toml").write_text(
        'name = "A"\ncolour = "red"\ncontent = "main"\ncut_off = [\'(unclosed\', \'ok\', \'[bad\']\n'
        '[[remove]]\nid = "x"\nkind = "nonsense"\ncss = "p"\n'
        '[[remove]]\nid = "y"\ntext = \'(also unclosed\'\n'
        '[attribution]\nsource = { css = "p", patern = "x" }\n', encoding="utf-8")
    r = run("rules", "check", str(tmp_path))
    assert r.exit_code == 1
    path = tmp_path / "a.example.toml"
    lines = r.stdout.splitlines()
    for expected in (f"{path}:2: colour: unknown key", f"{path}:3: content: must be list, not str",
                     f"{path}:4: cut_off: invalid regex '(unclosed'", f"{path}:4: cut_off: invalid regex '[bad'",
                     f"{path}:7: remove[x].kind: unknown kind", f"{path}:11: remove[y]: invalid regex",
                     f"{path}:13: attribution.source.patern: unknown key"):
        assert any(line.startswith(expected) for line in lines), (expected, lines)
    assert len(lines) == 7 and lines == sorted(lines, key=lambda line: int(line.split(":")[1]))
