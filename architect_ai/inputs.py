"""Reading a small input file the user names (manifest, report, suite, adapter config) safely and boundedly.

A FIFO would block forever, `/dev/zero` never ends, a folder or a 2 GB file is not what was meant: each is a one-line
`UserError`. The file is opened non-blocking, must be a regular file, and at most `max_bytes` are read.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

from architect_ai.errors import UserError

DEFAULT_MAX_BYTES = 50_000_000


def read_input_bytes(path: str | Path, *, what: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of a regular file of at most `max_bytes`; anything else is a `UserError` naming `what`."""
    path = Path(path)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise UserError(f"{what} {path} does not exist") from None
    except OSError as exc:
        raise UserError(f"cannot read {what} {path}: {exc.strerror or exc}") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise UserError(f"{what} {path} is not a regular file")
        if info.st_size > max_bytes:
            raise UserError(f"{what} {path} is larger than {max_bytes:,} bytes")
        chunks, total = [], 0
        while chunk := os.read(fd, min(1 << 20, max_bytes + 1 - total)):
            chunks.append(chunk)
            total += len(chunk)
            if total > max_bytes:
                raise UserError(f"{what} {path} is larger than {max_bytes:,} bytes")
        return b"".join(chunks)
    except OSError as exc:
        raise UserError(f"cannot read {what} {path}: {exc.strerror or exc}") from None
    finally:
        os.close(fd)


def read_input_text(path: str | Path, *, what: str, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    try:
        return read_input_bytes(path, what=what, max_bytes=max_bytes).decode("utf-8")
    except UnicodeDecodeError:
        raise UserError(f"{what} {path} is not UTF-8 text") from None


def read_input_json_object(path: str | Path, *, what: str, max_bytes: int = DEFAULT_MAX_BYTES) -> dict:
    """A JSON object (not a list, string or number) read from `path`."""
    try:
        data = json.loads(read_input_text(path, what=what, max_bytes=max_bytes))
    except RecursionError:
        raise UserError(f"{what} {path} is nested too deeply to be read") from None
    except ValueError as exc:
        raise UserError(f"{what} {path} is not valid JSON: {str(exc).splitlines()[0]}") from None
    if not isinstance(data, dict):
        raise UserError(f"{what} {path} must hold a JSON object, not {type(data).__name__}")
    return data
