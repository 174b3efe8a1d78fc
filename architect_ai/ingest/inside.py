"""The one check every repository path goes through before it is read: does it really lie inside the root?

A path can come from `git ls-files` (an index may list `../../x` or `/etc/x`), the folder walk, a symlink, or the
history (a tree entry). `resolve_in_repo` refuses a path that escapes lexically (absolute, `..`, NUL, empty) without
touching the disk, then resolves every folder on the way (a tracked folder replaced by a symlink to elsewhere is
followed here, and refused when it leaves the root). Callers count a refusal under `OUTSIDE_REPO`.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath

__all__ = ["OUTSIDE_REPO", "is_inside_repo", "lexically_inside", "resolve_in_repo"]

#: The skip reason for a path that is (or resolves) outside the repository root.
OUTSIDE_REPO = "skipped_outside_repo"


def lexically_inside(rel: str) -> bool:
    """True when the repository-relative POSIX path `rel` cannot name anything outside the root by its letters alone.

    Refused: empty, NUL, absolute (`/x`, `//x`, a Windows drive or UNC path), and any `..` part. Needs no disk, so
    the history reader can use it for paths read from git objects.
    """
    if not rel or "\0" in rel or rel.startswith(("/", "\\")):
        return False
    if len(rel) > 1 and rel[1] == ":" and rel[0].isalpha():  # C:\x or C:x
        return False
    return ".." not in PurePosixPath(rel.replace("\\", "/")).parts


def resolve_in_repo(root: Path, rel: str) -> Path | None:
    """`root / rel` with every folder on the way resolved, when that lies inside the resolved `root`; else None.

    The last part is not resolved (a symlinked file keeps its own, finer checks: outside, loop, `.git`, secret); the
    folders above it are, so `src/a.py` with `src -> /elsewhere` is refused.

    Args:
        root: the repository's working tree (resolved here again, so any spelling works).
        rel: a repository-relative POSIX path as git or the walk gives it.
    """
    if not lexically_inside(rel):
        return None
    base = root.resolve()
    candidate = base / rel
    try:
        folder = candidate.parent.resolve()
    except (OSError, RuntimeError):  # a symlink loop among the folders
        return None
    if folder != base and not folder.is_relative_to(base):
        return None
    return folder / candidate.name


def is_inside_repo(root: Path, rel: str) -> bool:
    """True when `rel` passes `resolve_in_repo` (a bool for callers that read through git, not the disk)."""
    return resolve_in_repo(root, rel) is not None
