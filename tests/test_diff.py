"""`cleaner diff` (the labelled preview) and `cleaner clean --check/--diff`."""

import io
import re

import pytest
from click.testing import CliRunner
from conftest import ROOT
from rich.cells import cell_len
from rich.console import Console

from cleaner import clean
from cleaner.model import Attribution, Block, CleanResult, Kind, Removal
from cleaner.preview import (
    ATTRIBUTION,
    KEPT,
    REMOVED,
    cleaned_lines,
    preview_blocks,
    side_by_side_rows,
    stat_rows,
)
from cli import diff_body, diff_header, main, side_by_side_table

SEED_HTML = str(ROOT / "samples/zcfgw.org/8104090/input.html")
SEED_TEXT = str(ROOT / "samples/zcfgw.org/8104090-text/input.txt")
MARKUP = "[bold]x[/bold] [here] [/note]"
MARKUP_PAGE = (f"标题\n时间:2019-11-13 来源:某网\n{MARKUP} 正文正文正文正文正文正文正文正文正文正文正文正文\n"
               ":smile: 第二段正文正文正文正文正文正文正文正文正文正文正文正文正文正文\n")


def run(*args, input=None):
    return CliRunner().invoke(main, list(args), input=input)


def render(renderable, width=100):
    console = Console(file=io.StringIO(), force_terminal=True, width=width, highlight=False,
                      markup=False, emoji=False, record=True)
    console.print(renderable)
    return console.export_text()


@pytest.fixture(scope="module")
def seed():
    return clean((ROOT / "samples/zcfgw.org/8104090/input.html").read_bytes())


# The plain unified diff ------------------------------------------------------------------------

@pytest.mark.parametrize("path", [SEED_HTML, SEED_TEXT])
def test_plain_diff_is_a_unified_diff_of_removed_blocks(path):
    r = run("diff", path, "--no-color")
    assert r.exit_code == 0, r.output
    lines = r.stdout.splitlines()
    assert lines[0] == f"--- {path}\tpage text"
    assert lines[1] == f"+++ {path}\tcleaned text"
    assert re.match(r"@@ -1,\d+ \+1,\d+ @@$", lines[2])
    removed = [line[1:] for line in lines[2:] if line.startswith("-")]
    assert removed[0].startswith("欢迎访问")
    assert any(line.startswith("原文链接") for line in removed)
    assert any(line.startswith("[免责声明]") for line in removed)
    assert not any(line.startswith("+") for line in lines[2:])  # cleaning only removes here
    assert " 自2024年3月被确定为相对薄弱基层法院以来" in r.stdout  # kept: a context line
    assert "›" not in r.stdout  # no labels: the diff stays pure


def test_plain_diff_applies_as_a_patch(seed):
    """Applying the hunks to the page text gives the cleaned text: a valid unified diff."""
    r = run("diff", SEED_HTML, "--no-color")
    page = [b.text for b in seed.blocks]
    out, at = [], 0
    for line in r.stdout.splitlines()[2:]:
        if line.startswith("@@"):
            start = int(re.match(r"@@ -(\d+)", line).group(1)) - 1
            out += page[at:start]
            at = start
        elif line.startswith(" "):
            assert page[at] == line[1:]
            out.append(line[1:])
            at += 1
        elif line.startswith("-"):
            assert page[at] == line[1:]
            at += 1
    out += page[at:]
    assert out == cleaned_lines(preview_blocks(seed))
    assert out == [b.text for b in seed.blocks if b.kept]


def test_labels_name_what_removed_each_block():
    r = run("diff", SEED_HTML, "--labels")
    assert r.exit_code == 0
    lines = r.stdout.splitlines()
    assert lines[0] == "- 欢迎访问政策法规网!加入收藏 | 联系我们  [zcfgw.org.toml › remove[welcome]]"
    assert lines[5].startswith("= 时间:2019-11-13")
    assert lines[5].endswith("[zcfgw.org.toml › attribution → source, date, author]")
    assert lines[6].startswith("  自2024年3月")
    assert lines[17].endswith("[zcfgw.org.toml › attribution → original_url]")
    assert lines[18].endswith("[zcfgw.org.toml › remove[disclaimer]]")
    assert all(line.endswith("[zcfgw.org.toml › remove[footer]]") for line in lines[19:])


def test_generic_labels_without_site_rules():
    r = run("diff", SEED_HTML, "--labels", "--no-site-rules")
    assert "[global › welcome]" in r.stdout
    assert "[generic › outside article]" in r.stdout
    assert "[global › cut-off after [免责声明]]" in r.stdout


# The preview data ------------------------------------------------------------------------------

def test_preview_blocks_keep_reading_order_and_fates(seed):
    blocks = preview_blocks(seed)
    assert [b.order for b in blocks] == list(range(26))
    assert [b.status for b in blocks[:7]] == [REMOVED] * 4 + [ATTRIBUTION] * 2 + [KEPT]
    assert blocks[17].fields == ("original_url",)
    assert blocks[18].label == "zcfgw.org.toml › remove[disclaimer]"


def test_inline_removal_is_cut_from_its_kept_block():
    inline = Removal("global › share", Kind.SHARE, "Share this", 0)
    result = CleanResult(markdown="", body="Hello world.", attribution=Attribution(), removals=(inline,),
                         blocks=(Block(0, "Hello Share this world.", True),), rule=None)
    [block] = preview_blocks(result)
    assert block.status == KEPT and block.cleaned == "Hello  world."
    assert block.cuts[0].label == "global › share"
    text = render(diff_body([block]))
    assert text.startswith("~ Hello Share this world.  global › share")


# The rich view ---------------------------------------------------------------------------------

def test_rich_view_labels_and_header(seed):
    blocks = preview_blocks(seed)
    text = render(diff_header(seed, "seed.html", blocks)) + render(diff_body(blocks), width=200)
    assert "seed.html" in text and "新疆维吾尔自治区高级人民法院" in text
    assert "rules/zcfgw.org.toml" in text
    assert "11 kept, 12 removed, 3 read into attribution" in text
    assert "earlier than the original URL's date" in text
    lines = [line.rstrip() for line in text.splitlines()]
    assert "- 欢迎访问政策法规网!加入收藏 | 联系我们  zcfgw.org.toml › remove[welcome]" in lines
    assert any(line.startswith("= 原文链接:") and line.endswith(
        "→ original_url  zcfgw.org.toml › attribution") for line in lines)
    body = lines[lines.index("- 欢迎访问政策法规网!加入收藏 | 联系我们  zcfgw.org.toml › remove[welcome]"):]
    assert body[6].startswith("  自2024年3月")


def test_rich_view_through_the_cli_with_colour():
    r = run("diff", SEED_HTML, "--color")
    assert r.exit_code == 0
    assert "\x1b[" in r.stdout  # styled
    assert "\x1b[9;31m" in r.stdout or "\x1b[31;9m" in r.stdout  # struck red
    assert "no rule: generic" in run("diff", SEED_HTML, "--color", "--no-site-rules").stdout


def test_no_rule_says_generic():
    r = run("diff", "-", "--color", "--no-site-rules", input=MARKUP_PAGE.encode())
    assert "no rule: generic" in r.stdout


@pytest.mark.parametrize("args", [["--color"], ["--no-color"], ["--labels"], ["--side-by-side", "--color"],
                                  ["--side-by-side", "--no-color"]])
def test_rich_markup_in_page_text_prints_literally(args):
    r = run("diff", "-", *args, input=MARKUP_PAGE.encode())
    assert r.exit_code == 0, r.output
    plain = re.sub(r"\x1b\[[0-9;]*m", "", r.stdout)
    assert MARKUP in plain
    assert ":smile:" in plain


# Side by side ----------------------------------------------------------------------------------

def test_side_by_side_pairs_blocks_with_markdown(seed):
    rows = side_by_side_rows(seed)
    assert len(rows) == 26
    assert rows[0].right == "" and rows[0].left[0].label.endswith("remove[welcome]")
    assert rows[5].right_is_fields and "source: 新疆维吾尔自治区高级人民法院" in rows[5].right
    assert rows[7].right == "## 全方位法务服务,多方化解纠纷"
    assert rows[7].left[0].text == "全方位法务服务,多方化解纠纷"
    assert rows[17].right.startswith("original_url: http://xjfy.xjcourt.gov.cn/")


def test_side_by_side_columns_align_with_cjk(seed):
    text = render(side_by_side_table(seed, preview_blocks(seed)), width=70)
    lines = [line for line in text.splitlines() if "│" in line]
    assert len(lines) > 30
    columns = {cell_len(line[:line.index("│")]) for line in lines}
    assert len(columns) == 1  # the separator sits in the same terminal column on every line
    assert {cell_len(line) for line in text.splitlines() if line} == {70}
    assert "自2024年3月被确定为" in text.replace(" ", "")


def test_side_by_side_plain_when_piped():
    r = run("diff", SEED_TEXT, "--side-by-side", "--no-color")
    assert r.exit_code == 0
    assert "\x1b[" not in r.stdout
    assert "cleaned Markdown" in r.stdout and "## 全方位法务服务" in r.stdout


# --stat ----------------------------------------------------------------------------------------

def test_stat_counts(seed):
    r = run("diff", SEED_HTML, "--stat", "--no-color")
    assert r.exit_code == 0
    lines = r.stdout.splitlines()
    assert lines[0].split() == ["blocks", "chars", "reason"]
    rows = {line[15:]: line[:14].split() for line in lines[1:]}
    assert rows["zcfgw.org.toml › remove[footer]"] == ["7", "337"]
    assert rows["zcfgw.org.toml › attribution"] == ["3", "129"]
    assert rows["zcfgw.org.toml › remove[disclaimer]"] == ["1", str(len(seed.blocks[18].text))]
    assert rows["removed"] == ["15", str(sum(len(b.text) for b in seed.blocks if not b.kept))]
    assert rows["kept"] == ["11", str(sum(len(b.text) for b in seed.blocks if b.kept))]


def test_stat_several_inputs_one_table():
    r = run("diff", SEED_HTML, SEED_TEXT, "--stat", "--no-color")
    assert r.exit_code == 0
    lines = r.stdout.splitlines()
    assert lines[0].split() == ["inputs", "blocks", "chars", "reason"]
    assert lines[-1].split()[:2] == ["2", "22"] and lines[-2].split()[:2] == ["2", "30"]
    assert lines[-1].endswith("kept") and lines[-2].endswith("removed")
    assert sum(1 for line in lines if line.endswith("kept")) == 1


def test_stat_rows_aggregate(seed):
    rows, removed, kept = stat_rows({"a": seed, "b": seed})
    assert removed.blocks == 30 and kept.blocks == 22 and removed.inputs == {"a", "b"}
    assert rows[0].reason == "zcfgw.org.toml › remove[footer]" and rows[0].blocks == 14


def test_stat_rich_table():
    r = run("diff", SEED_HTML, "--stat", "--color")
    assert r.exit_code == 0 and "remove[footer]" in r.stdout and "\x1b[" in r.stdout


# Failures --------------------------------------------------------------------------------------

def test_failed_input_is_one_line_and_exit_1():
    r = run("diff", "/nonexistent/page.html", SEED_HTML, "--stat", "--no-color")
    assert r.exit_code == 1
    assert r.stderr == "error: /nonexistent/page.html: no such file\n"
    assert "remove[footer]" in r.stdout  # the other input still reported


def test_help_has_examples():
    for command in ("diff", "clean"):
        assert "Examples:" in run(command, "--help").stdout


# clean --check / --diff ------------------------------------------------------------------------

def test_check_needs_output():
    for flag in ("--check", "--diff"):
        r = run("clean", SEED_HTML, flag)
        assert r.exit_code == 2
        assert "-o OUTPUT" in r.stderr


def test_check_and_diff(tmp_path):
    out = tmp_path / "page.md"
    r = run("clean", SEED_HTML, "-o", str(out), "--check")
    assert r.exit_code == 1 and not out.exists()  # missing counts as different; nothing written
    assert f"would create: {out}" in r.stderr
    assert run("clean", SEED_HTML, "-o", str(out)).exit_code == 0
    current = out.read_text(encoding="utf-8")

    r = run("clean", SEED_HTML, "-o", str(out), "--check")
    assert r.exit_code == 0 and r.stdout == ""
    r = run("clean", SEED_HTML, "-o", str(out), "--diff")
    assert r.exit_code == 0 and r.stdout == ""

    out.write_text(current.replace("博乐市", "博乐县", 1), encoding="utf-8")
    stale = out.read_bytes()
    r = run("clean", SEED_HTML, "-o", str(out), "--check")
    assert r.exit_code == 1 and r.stdout == "" and f"would change: {out}" in r.stderr
    r = run("clean", SEED_HTML, "-o", str(out), "--diff")
    assert r.exit_code == 0
    lines = r.stdout.splitlines()
    assert lines[0] == f"--- {out}\texisting" and lines[1] == f"+++ {out}\twould be written"
    assert [line[:4] for line in lines if line[:1] in "+-" and line[:3] not in ("---", "+++")] == ["-自20", "+自20"]
    assert "-自2024年3月被确定为相对薄弱基层法院以来,博乐县" in r.stdout
    r = run("clean", SEED_HTML, "-o", str(out), "--check", "--diff")
    assert r.exit_code == 1 and r.stdout.startswith("---")
    assert out.read_bytes() == stale  # never written


def test_diff_against_missing_output(tmp_path):
    out = tmp_path / "new.md"
    r = run("clean", SEED_TEXT, "-o", str(out), "--diff")
    assert r.exit_code == 0 and not out.exists()
    assert r.stdout.startswith("--- /dev/null\texisting\n+++ ")
