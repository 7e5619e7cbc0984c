"""The `cleaner clean` command, through click's CliRunner and as a real process."""

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner
from conftest import ROOT

from cli import main

SEED_HTML = str(ROOT / "samples/zcfgw.org/8104090/input.html")
SEED_TEXT = str(ROOT / "samples/zcfgw.org/8104090-text/input.txt")
HEADINGS = ["## 全方位法务服务,多方化解纠纷", "## 上下精准发力,激发“脱薄”志气",
            "## 强化队伍素能,提振“脱薄”士气", "## 抓住关键少数,带头奋力脱薄"]
CHROME = ["欢迎访问", "首页", "当前所在", "浏览量", "原文链接", "免责声明", "版权所有", "联系电话",
          "办公区", "客服QQ", "主办"]


def run(*args, input=None):
    return CliRunner().invoke(main, list(args), input=input)


def body_of(markdown):
    return markdown.split("\n---\n", 1)[1].rsplit("\n---\n", 1)[0]


@pytest.mark.parametrize("path", [SEED_HTML, SEED_TEXT])
def test_seed_gives_eleven_blocks_and_attribution(path):
    r = run("clean", path)
    assert r.exit_code == 0, r.output
    body = body_of(r.stdout)
    blocks = [b for b in body.strip().split("\n\n")]
    assert len(blocks) == 11
    assert [b for b in blocks if b.startswith("## ")] == HEADINGS
    assert blocks[0].startswith("自2024年3月被确定为相对薄弱基层法院以来")
    assert blocks[-1].endswith("以崭新的姿态迎接新的挑战和机遇。")
    for chrome in CHROME:
        assert chrome not in body
    front = r.stdout.split("---\n")[1]
    for line in ['title: "以实际举措奏响 “脱薄” 奋进曲"', 'source: "新疆维吾尔自治区高级人民法院"',
                 'original_url: "http://xjfy.xjcourt.gov.cn/article/detail/2024/09/id/8104090.shtml"',
                 'date: "2019-11-13"', 'site: "政策法规网"']:
        assert line in front
    assert "author" not in front
    assert "warning:" in r.stderr and "2024" in r.stderr


def test_generic_fallback_on_seed_html():
    r = run("clean", SEED_HTML, "--no-site-rules", "--format", "json")
    assert r.exit_code == 0
    data = json.loads(r.stdout)
    assert data["rule"] == "generic"
    for chrome in ["免责声明", "联系电话", "版权所有", "客服QQ", "办公区"]:
        assert chrome not in data["body"]
    assert data["attribution"]["source"] == "新疆维吾尔自治区高级人民法院"
    assert data["attribution"]["original_url"].endswith("/2024/09/id/8104090.shtml")
    assert any(r["kind"] == "disclaimer" or "免责声明" in r["text"] for r in data["removed"])


def test_stdin_url_and_output_file(tmp_path):
    out = tmp_path / "page.md"
    html = open(SEED_HTML, "rb").read()
    r = run("clean", "-", "--url", "https://www.zcfgw.org/zxsd/8104090.html", "-o", str(out), input=html)
    assert r.exit_code == 0 and r.stdout == ""
    text = out.read_text(encoding="utf-8")
    assert 'url: "https://www.zcfgw.org/zxsd/8104090.html"' in text
    assert list(tmp_path.iterdir()) == [out]  # no temporary files left behind


def test_json_lists_removals_with_their_rules():
    data = json.loads(run("clean", SEED_HTML, "--format", "json").stdout)
    rules = {r["rule"] for r in data["removed"]}
    assert "zcfgw.org.toml › remove[disclaimer]" in rules
    assert any(r["fields"] == ["original_url"] for r in data["removed"])
    assert data["attribution"]["title"] == "以实际举措奏响 “脱薄” 奋进曲"


def test_no_front_matter_no_attribution_and_text_format():
    r = run("clean", SEED_HTML, "--no-front-matter", "--no-attribution")
    assert r.stdout.startswith("# 以实际举措奏响") and "来源：" not in r.stdout
    r = run("clean", SEED_TEXT, "--format", "text")
    assert "##" not in r.stdout and r.stdout.startswith("以实际举措奏响")


@pytest.mark.parametrize("content,problem", [
    (b"", "input is empty"), (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"), (b"%PDF-1.4\n", "PDF"),
])
def test_bad_input_is_one_line_error(tmp_path, content, problem):
    path = tmp_path / "page.html"
    path.write_bytes(content)
    r = run("clean", str(path))
    assert r.exit_code == 1
    assert r.stderr.startswith(f"error: {path}: ") and problem in r.stderr
    assert r.stderr.count("\n") == 1 and "Traceback" not in r.stderr
    assert path.read_bytes() == content


def test_missing_path_directory_and_output_over_input(tmp_path):
    for target, problem in [(tmp_path / "missing.html", "no such file"), (tmp_path, "is a directory")]:
        r = run("clean", str(target))
        assert r.exit_code == 1 and r.stderr.startswith(f"error: {target}: {problem}")
    r = run("clean", SEED_HTML, "-o", SEED_HTML)
    assert r.exit_code == 1 and "refusing to overwrite the input" in r.stderr


def test_a_web_address_is_not_fetched_and_the_error_says_so():
    r = run("clean", "https://www.example.org/a/1.html")
    assert r.exit_code == 1 and r.stderr.count("\n") == 1
    assert r.stderr.startswith("error: https://www.example.org/a/1.html: no such file; this is a web address")


def test_broken_rule_file_names_file_and_key(tmp_path):
    (tmp_path / "example.org.toml").write_text("content = ['div[[[']\n", encoding="utf-8")
    r = run("clean", SEED_HTML, "--rules", str(tmp_path))
    assert r.exit_code == 1
    assert r.stderr.startswith(f"error: {tmp_path / 'example.org.toml'}:1: content: invalid CSS")
    assert "Traceback" not in r.stderr


def test_installed_style_process_pipe():
    """`cat page.html | cleaner clean --url …` as a real process (python -m cli stands in)."""
    html = open(SEED_HTML, "rb").read()
    p = subprocess.run([sys.executable, str(ROOT / "cli.py"), "clean", "--url", "https://www.zcfgw.org/a"],
                       input=html, capture_output=True, timeout=60)
    assert p.returncode == 0
    assert "脱薄争先的道路上不断迈进" in p.stdout.decode("utf-8")


def test_help_has_examples():
    assert "Examples:" in run("clean", "--help").stdout
