"""Rule files: every bundled rule's own tests (fallback off), and validation errors."""

import pytest

from cleaner import RuleError, clean
from cleaner.rules import bundled_rules_dir, load_rule, rule_files
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
