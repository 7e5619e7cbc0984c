"""File-level work: reading inputs and writing outputs atomically."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .errors import InputError


def read_input(path):
    """The bytes of an input file, or InputError with a reason fit for one line."""
    path = Path(path)
    try:
        if path.is_dir():
            raise InputError("is a directory")
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file") from None
    except PermissionError:
        raise InputError("permission denied") from None
    except OSError as e:
        raise InputError(e.strerror or str(e)) from None


def same_file(a, b):
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def write_atomic(path, text):
    """Write to a temporary file beside `path`, then rename: a reader (or a crash) never sees a
    half-written output, and an existing file is replaced whole or not at all."""
    path = Path(path)
    if not path.parent.is_dir():
        raise InputError(f"output directory {path.parent} does not exist")
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
