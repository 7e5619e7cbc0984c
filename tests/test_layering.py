"""The architecture, enforced: the engine never talks to the terminal and knows no site."""

import ast
import tomllib

import pytest
from conftest import ROOT

ENGINE = sorted((ROOT / "cleaner").glob("*.py"))


def test_engine_does_not_import_click_or_rich():
    for path in ENGINE:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            for name in names:
                assert name.split(".")[0] not in ("click", "rich"), f"{path.name} imports {name}"


def test_no_site_names_in_engine():
    sites = set()
    for rule in (ROOT / "rules").glob("*.toml"):
        if rule.name != "global.toml":
            sites.add(rule.stem.lstrip("."))
            name = tomllib.loads(rule.read_text(encoding="utf-8")).get("name")
            if name:
                sites.add(name)
    for path in ENGINE:
        text = path.read_text(encoding="utf-8")
        for site in sites:
            assert site not in text, f"{path.name} mentions the site {site!r}: put it in a rule file"


def test_packaged_data_does_not_shadow_an_engine_module():
    """setup.cfg installs rules/ as a package under cleaner/; named like a module there, it
    would hide that module in an installed copy (the tests, run from the checkout, would not)."""
    import configparser

    config = configparser.ConfigParser()
    config.read(ROOT / "setup.cfg")
    packages = [p.strip() for p in config["options"]["packages"].split(",")]
    for package in packages:
        if package.startswith("cleaner."):
            name = package.split(".", 1)[1]
            assert not (ROOT / "cleaner" / f"{name}.py").exists(), f"{package} would shadow cleaner/{name}.py"


@pytest.mark.parametrize("page,text,unneeded", [
    ("zcfgw.org/8104090", "脱薄", ()),
    ("newswire-digest.com/rural-libraries-lend-tools", "library", ("encodings.gb18030",)),  # UTF-8
])
def test_cleaning_one_page_loads_only_what_it_needs(page, text, unneeded):
    """`cleaner clean` runs once per page in pipes: start-up is most of its time, so batch
    machinery, the terminal UI, the user-pattern regex engine, and codecs the page is not in
    (a bundled rule's encoding) stay unloaded."""
    import subprocess
    import sys

    code = ("import sys, cli\n"
            "try:\n    cli.main(['clean', sys.argv[1]])\n"
            "except SystemExit as e:\n    assert not e.code\n"
            "print('modules:', *sorted(sys.modules), file=sys.stderr)")
    path = ROOT / "samples" / page / "input.html"
    run = subprocess.run([sys.executable, "-c", code, str(path)], cwd=ROOT, capture_output=True, text=True,
                         check=True)
    loaded = set(run.stderr.rpartition("modules:")[2].split())
    assert "cleaner.pipeline" in loaded and text in run.stdout
    for heavy in ("concurrent.futures", "multiprocessing", "rich", "regex", "cleaner.batch", "readability",
                  "tempfile", "charset_normalizer", "cssselect", "lxml.html", "dataclasses", *unneeded):
        assert heavy not in loaded, f"`cleaner clean` imports {heavy}"
