"""What may be written where: one run per dataset name, `--force` only over a dataset of ours, no stale temp folders.

- `NameLock`: an exclusive `flock` on `.<name>.lock` beside the output folder, held from the writer's start to its
  commit or abort; a second run with the same name gets a one-line `UserError` instead of silently replacing the
  first one's folder.
- `ensure_replaceable`: an existing folder is replaced only with `--force`, only when it holds our `manifest.json`,
  never when it is (or contains) the repository being read, the working directory or the home folder.
- `clean_stale`: hidden `.tmp-<name>-*` / `.old-<name>-*` folders left by a run that was killed (SIGKILL, power
  loss) record their process id; the next run removes those whose process is gone.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
from pathlib import Path

from architect_ai.errors import UserError
from architect_ai.processes import pid_alive

PID_FILE = ".architect-ai.pid"
MANIFEST = "manifest.json"
STALE_PREFIXES = (".tmp-", ".old-")


class NameLock:
    """An exclusive, non-blocking lock on one dataset name in one output folder."""

    def __init__(self, final_dir: Path) -> None:
        self.path = final_dir.parent / f".{final_dir.name}.lock"
        self._fd: int | None = None
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            if os.fstat(fd).st_ino != os.stat(self.path).st_ino:  # the previous holder unlinked it meanwhile
                raise BlockingIOError
        except (BlockingIOError, FileNotFoundError):
            os.close(fd)
            raise UserError(
                f"another run is writing dataset {final_dir.name!r} in {final_dir.parent}",
                hint="wait for it or choose another --name",
            ) from None
        self._fd = fd
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())

    def release(self) -> None:
        if self._fd is None:
            return
        with contextlib.suppress(OSError):
            os.unlink(self.path)
        os.close(self._fd)
        self._fd = None


def ensure_replaceable(final_dir: Path, *, force: bool, protect: tuple[Path, ...] = ()) -> None:
    """Refuse to overwrite an existing folder unless asked to, and unless it is a dataset of ours.

    Args:
        final_dir: the dataset folder about to be written.
        force: `--force` was given.
        protect: folders that must never be replaced, nor any folder containing them (the repository being read).
    """
    if not (final_dir.exists() or final_dir.is_symlink()):
        return
    if not force:
        raise UserError(f"output folder {final_dir} already exists", hint="use --force to replace it")
    if final_dir.is_symlink() or not final_dir.is_dir():
        raise UserError(f"refusing to replace {final_dir}: it is not a dataset folder")
    resolved = final_dir.resolve()
    for kept in (*protect, Path.cwd(), Path.home()):
        kept = Path(kept).resolve()
        if kept == resolved or kept.is_relative_to(resolved):
            raise UserError(f"refusing to replace {final_dir}: it contains {kept}")
    if not (final_dir / MANIFEST).is_file():
        raise UserError(
            f"refusing to replace {final_dir}: it is not a dataset written by architect-ai (no {MANIFEST})",
            hint="choose another --name or --out",
        )


def mark_owner(tmp_dir: Path) -> None:
    """Record this process in a temporary folder, so a later run can tell a dead run's leftovers."""
    (tmp_dir / PID_FILE).write_text(f"{os.getpid()}\n", encoding="utf-8")


def unmark(tmp_dir: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        (tmp_dir / PID_FILE).unlink()


def clean_stale(parent: Path, name: str) -> int:
    """Remove `.tmp-<name>-*` and `.old-<name>-*` folders under `parent` whose recorded process is gone."""
    removed = 0
    try:
        entries = list(parent.iterdir())
    except OSError:
        return 0
    for entry in entries:
        if not entry.name.startswith(tuple(f"{p}{name}-" for p in STALE_PREFIXES)) or entry.is_symlink():
            continue
        pid = _owner(entry)
        if pid is not None and not pid_alive(pid):
            shutil.rmtree(entry, ignore_errors=True)
            removed += 1
    return removed


def _owner(folder: Path) -> int | None:
    """The process id a temporary folder records (`.old-<name>-<pid>` carries it in its name)."""
    try:
        return int((folder / PID_FILE).read_text(encoding="utf-8").strip())
    except (OSError, ValueError):
        pass
    if folder.name.startswith(".old-"):
        tail = folder.name.rsplit("-", 1)[-1]
        return int(tail) if tail.isdigit() else None
    return None
