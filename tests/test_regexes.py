"""The regex cache gives back exactly the patterns `re` compiles, and anything wrong with its
file costs only the compiling it would have saved."""

import importlib
import marshal
import os
import pkgutil
import re
import subprocess
import sys

import pytest
from conftest import ROOT
from test_rules import BUNDLED_PATTERNS

import cleaner
from cleaner import regexes

ENGINE_PATTERNS = sorted({(v.pattern, v.flags) for info in pkgutil.iter_modules(cleaner.__path__)
                          for v in vars(importlib.import_module(f"cleaner.{info.name}")).values()
                          if isinstance(v, re.Pattern) and isinstance(v.pattern, str)})
RULE_PATTERNS = sorted({(p.source, re.MULTILINE) for p in BUNDLED_PATTERNS if isinstance(p.compiled, re.Pattern)})
NAMED = (r"(?P<year>\d{4})-(?P<month>\d\d)|(x)", re.IGNORECASE)

pytestmark = pytest.mark.skipif(not regexes.USABLE, reason="not CPython's re: the cache is off")


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv(regexes.DIRECTORY_VARIABLE, str(tmp_path))
    return tmp_path


def fill(patterns):
    """A process that compiled `patterns` and then ended."""
    cache = regexes._ProgramCache()
    for source, flags in patterns:
        cache.compile(source, int(flags))
    cache.save()


def assert_same(pattern, source, flags):
    expected = re.compile(source, flags)
    assert pattern == expected  # flags, pattern and the compiled code
    assert (pattern.groups, pattern.groupindex) == (expected.groups, expected.groupindex)


def test_a_cached_pattern_is_the_one_re_compiles(cache_dir, monkeypatch):
    patterns = ENGINE_PATTERNS + RULE_PATTERNS + [NAMED]
    assert len(ENGINE_PATTERNS) > 40 and len(RULE_PATTERNS) > 300
    fill(patterns)
    monkeypatch.setattr(regexes, "_program", None)  # a later run compiles nothing
    cache = regexes._ProgramCache()
    for source, flags in patterns:
        assert_same(cache.compile(source, int(flags)), source, flags)
    assert cache.compile(*NAMED).match("2024-05").group("month") == "05"


def test_a_cache_file_is_read_only_by_the_python_that_wrote_it(cache_dir, monkeypatch):
    fill([NAMED])
    monkeypatch.setattr(sys, "version", sys.version + " (another build)")
    assert regexes._read(regexes.cache_file()) == {}


def change_a_literal(path):
    """NAMED's literal x made a y in its code: `_sre` takes the program, the checksum does not."""
    data = path.read_bytes()
    at = data.rindex(b"x\x00\x00\x00")  # a code word
    path.write_bytes(data[:at] + b"y" + data[at + 1:])


def refused_program(path):
    """A file whose checksum holds, with a program `_sre` refuses."""
    regexes._write(path, {key: (flags, b"", *rest) for key, (flags, _, *rest) in regexes._read(path).items()})


@pytest.mark.parametrize("damage", [
    lambda path: path.write_bytes(b"not a cache"),
    lambda path: path.write_bytes(path.read_bytes()[:-50]),  # cut short
    lambda path: path.write_bytes(marshal.dumps(["a list"])),
    change_a_literal,
    refused_program,
])
def test_a_damaged_cache_file_is_compiled_past_and_written_again(cache_dir, damage):
    fill([NAMED])
    damage(regexes.cache_file())
    cache = regexes._ProgramCache()
    assert_same(cache.compile(*NAMED), *NAMED)
    cache.save()
    assert regexes._read(regexes.cache_file()).keys() == {NAMED}


def test_an_unwritable_cache_directory_only_goes_without(tmp_path, monkeypatch):
    (tmp_path / "a-file").write_text("")
    monkeypatch.setenv(regexes.DIRECTORY_VARIABLE, str(tmp_path / "a-file" / "cache"))
    fill([NAMED])  # no error
    assert list(tmp_path.iterdir()) == [tmp_path / "a-file"]


def test_an_empty_cache_directory_variable_turns_the_cache_off(tmp_path, monkeypatch):
    monkeypatch.setenv(regexes.DIRECTORY_VARIABLE, "")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setenv("HOME", str(tmp_path))
    assert regexes.cache_file() is None
    fill([NAMED])
    assert list(tmp_path.iterdir()) == []


def test_the_default_directory_follows_xdg(tmp_path, monkeypatch):
    monkeypatch.delenv(regexes.DIRECTORY_VARIABLE, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert regexes.cache_file().parent == tmp_path / "cleaner"


def test_without_a_home_directory_there_is_no_cache(monkeypatch):
    def no_home():
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.delenv(regexes.DIRECTORY_VARIABLE, raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setattr(regexes.Path, "home", no_home)
    assert regexes.cache_file() is None
    assert_same(regexes._ProgramCache().compile(*NAMED), *NAMED)


def test_an_invalid_pattern_fails_as_re_compile_does(cache_dir):
    with pytest.raises(re.error):
        regexes._ProgramCache().compile("(unclosed", 0)


def test_processes_add_to_the_file_rather_than_replace_it(cache_dir):
    fill([NAMED])
    fill([(r"\d+", 0)])
    assert regexes._read(regexes.cache_file()).keys() == {NAMED, (r"\d+", 0)}


def test_a_run_writes_the_cache_and_the_next_reads_it(cache_dir, seed_html):
    env = {**os.environ, regexes.DIRECTORY_VARIABLE: str(cache_dir)}
    runs = [subprocess.run([sys.executable, str(ROOT / "cli.py"), "clean", "-"], input=seed_html,
                           capture_output=True, env=env, check=True) for _ in range(2)]
    assert runs[0].stdout == runs[1].stdout
    assert len(regexes._read(regexes.cache_file())) > 50
