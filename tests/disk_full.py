"""Run a command with a small, empty tmpfs mounted on one folder, as the disk-full tests need (a private mount
namespace: `unshare -rm`, so nothing outside the test sees the mount and it vanishes with the process)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest


def _can_mount() -> bool:
    if shutil.which("unshare") is None:
        return False
    probe = subprocess.run(
        ["unshare", "-rm", "sh", "-c", 'd=$(mktemp -d) && mount -t tmpfs -o size=16k tmpfs "$d"'],
        capture_output=True,
    )
    return probe.returncode == 0


needs_mount = pytest.mark.skipif(not _can_mount(), reason="this machine does not allow a private tmpfs mount")


def on_full_disk(
    folder: Path,
    size: str,
    command: list[str],
    *,
    seed: Path | None = None,
    fill_when: str = "",
    timeout: float = 300,
) -> tuple[subprocess.CompletedProcess, list[str]]:
    """Run `command` with a `size` tmpfs on `folder` (first filled with a copy of `seed`'s files); returns the
    result and the files left in `folder` afterwards (relative paths, the filler left out), read inside the same
    mount. With `fill_when` (a path under `folder`), the rest of the disk is filled as soon as that path exists:
    the disk runs full in the middle of the command, after any free-space check it makes at its start."""
    folder.mkdir(parents=True, exist_ok=True)
    script = (
        'folder="$1"; seed="$2"; shift 2; mount -t tmpfs -o size=' + size + ' tmpfs "$folder" || exit 97; '
        'if [ -n "$seed" ]; then cp -r "$seed"/. "$folder"/ || exit 98; fi; '
        'if [ -n "$FILL_WHEN" ]; then (while [ ! -e "$folder/$FILL_WHEN" ]; do sleep 0.02; done; '
        'dd if=/dev/zero of="$folder/.filler" bs=1M 2>/dev/null) & fi; '
        '"$@"; rc=$?; echo "--files--" >&2; (cd "$folder" && find . -type f ! -name .filler) >&2; exit $rc'
    )
    result = subprocess.run(
        ["unshare", "-rm", "sh", "-c", script, "sh", str(folder), str(seed or ""), *command],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "FILL_WHEN": fill_when},
    )
    stderr, _, listing = result.stderr.rpartition("--files--\n")
    files = sorted(line.removeprefix("./") for line in listing.splitlines() if line.strip())
    return subprocess.CompletedProcess(result.args, result.returncode, result.stdout, stderr), files
