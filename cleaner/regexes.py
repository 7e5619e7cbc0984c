"""Compiled regexes kept between runs, as Python keeps its bytecode.

A one-page `cleaner clean` compiles over a hundred patterns, the rules' long alternations and the
engine's own, and `re` parses and compiles each in Python: 13 to 18 ms of a 90 ms process, every
run. The compiled programs are kept in the user's cache directory and given straight to `_sre`,
as `re` gives them. Only the Python build that wrote a file reads it back, and only when its
checksum holds; anything unexpected (another Python, a damaged file, no writable cache directory)
falls back to `re.compile`, so the cache can cost no more than a file read.

The directory is $CLEANER_CACHE_DIR, else $XDG_CACHE_HOME/cleaner, else ~/.cache/cleaner;
CLEANER_CACHE_DIR set empty turns the cache off.
"""

from __future__ import annotations

import atexit
import marshal
import os
import re
import sys
import zlib
from array import array
from pathlib import Path

from .errors import InputError
from .output import write_atomic

try:  # CPython's own: `re` builds every pattern through these
    import _sre
    from re import _compiler, _parser
except ImportError:  # another Python: compile as usual
    _sre = None

DIRECTORY_VARIABLE = "CLEANER_CACHE_DIR"
FORMAT = 2  # of the file: bump it when what a program holds changes
MAX_PROGRAMS = 4096  # the engine and the bundled rules have about 700; a user's rules use `regex`
WORD = "I"  # an array type as wide as _sre's code words
USABLE = _sre is not None and array(WORD).itemsize == _sre.CODESIZE


def compile(source, flags=0):  # noqa: A001 - re.compile's name, for a drop-in
    """re.compile(source, flags), from the cache when an earlier run compiled it."""
    return _CACHE.compile(source, flags)


def cache_file():
    """This Python's cache file, or None when the cache is off."""
    directory = os.environ.get(DIRECTORY_VARIABLE)
    if directory is None:
        try:
            directory = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "cleaner"
        except RuntimeError:  # no home directory to be found
            return None
    elif not directory:
        return None
    return Path(directory) / f"regexes-{sys.implementation.cache_tag}.marshal"


def _header():
    """What a file must say of the Python that wrote it for its programs to be read."""
    return (FORMAT, sys.version, _sre.MAGIC)


class _ProgramCache:
    def __init__(self):
        self.programs = None  # {(source, flags): program}, read at the first compile
        self.patterns = {}  # compiled in this process
        self.saving = False

    def compile(self, source, flags):
        flags = int(flags)  # as re.compile does: a RegexFlag, asked of at every token, parses at half the speed
        key = (source, flags)
        pattern = self.patterns.get(key)
        if pattern is not None:
            return pattern
        if not USABLE:
            return re.compile(source, flags)
        if self.programs is None:
            self.programs = _read(cache_file())
        program = self.programs.get(key)
        if program is not None:
            try:
                pattern = _build(source, program)
            except (RuntimeError, TypeError, ValueError):  # a program _sre refuses
                program = None
        if program is None:
            program = _program(source, flags)  # raises re.error as re.compile does
            pattern = _build(source, program)
            if len(self.programs) < MAX_PROGRAMS:
                self.programs[key] = program
                self._save_at_exit()
        self.patterns[key] = pattern
        return pattern

    def _save_at_exit(self):
        if not self.saving:
            self.saving = True
            atexit.register(self.save)

    def save(self):
        """Merged with what other processes wrote since this one read the file."""
        path = cache_file()
        if path is not None:
            _write(path, {**_read(path), **self.programs})


def _read(path):
    """The programs of a cache file written by this Python, else none. The checksum: `_sre`
    refuses some damaged programs, not all (a program that fails at once is valid)."""
    if path is None:
        return {}
    try:
        header, checksum, data = marshal.loads(path.read_bytes())
        if header != _header() or checksum != zlib.crc32(data):
            return {}
        programs = marshal.loads(data)
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return programs if isinstance(programs, dict) else {}


def _write(path, programs):
    """Whole or not at all: a reader never sees half a file."""
    data = marshal.dumps(programs)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, marshal.dumps((_header(), zlib.crc32(data), data)))
    except (OSError, InputError):
        pass  # a cache that cannot be written only makes the next run as slow as this one


def _program(source, flags):
    """What re._compiler.compile hands _sre.compile, with the code words packed."""
    parsed = _parser.parse(source, flags)
    code = _compiler._code(parsed, flags)
    indexgroup = [None] * parsed.state.groups
    for name, index in parsed.state.groupdict.items():
        indexgroup[index] = name
    return (int(flags | parsed.state.flags), array(WORD, code).tobytes(), parsed.state.groups - 1,
            dict(parsed.state.groupdict), tuple(indexgroup))


def _build(source, program):
    flags, words, groups, groupindex, indexgroup = program
    code = array(WORD)
    code.frombytes(words)
    return _sre.compile(source, flags, code.tolist(), groups, groupindex, indexgroup)


_CACHE = _ProgramCache()
