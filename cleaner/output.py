"""Writing outputs: whole or not at all, and never over an input."""

from __future__ import annotations

import os
from pathlib import Path

from .errors import InputError


def same_file(a, b):
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def write_atomic(path, data):
    """Write text (or bytes) to a temporary file beside `path`, then rename: a reader (or a
    crash) never sees a half-written output, and an existing file is replaced whole or not at all."""
    path = Path(path)
    if not path.parent.is_dir():
        raise InputError(f"output directory {path.parent} does not exist")
    import tempfile  # only when writing a file: `cleaner clean` to stdout should not pay for it

    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with (os.fdopen(fd, "wb") if isinstance(data, bytes)
              else os.fdopen(fd, "w", encoding="utf-8", newline="\n")) as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
