"""Which paths of a mother project are candidates at all: one place for every folder/glob rule.

- `SKIP_FOLDERS`, one pattern list (gitignore syntax, matched lower-cased) with the reason a match is counted under:
  third-party code copied in (`vendored`) and build output / tool state (`skipped_dir`). It replaces the two
  overlapping lists `SKIP_DIRS` and `VENDORED_DIRS` (both still exported, derived from it).
- The repository's own `.gitignore` files, also for a plain folder (a git repository's listing already honours them):
  an ignored file or folder is `gitignored`.
- The user's `--include` / `--exclude` globs (gitignore syntax: `src/**`, `*.cs`, `legacy/`): a path matching no
  include is `not_included`, one matching an exclude is `excluded`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import PurePosixPath

import pathspec

VENDORED = "vendored"
SKIPPED_DIR = "skipped_dir"

#: Folders never read, with the reason they are counted under (gitignore patterns, matched on the lower-cased path).
SKIP_FOLDERS: tuple[tuple[str, str], ...] = tuple(
    (f"{name}/", VENDORED)
    for name in (
        "node_modules", "vendor", "vendors", "third_party", "third-party", "thirdparty", "bower_components",
        "jspm_packages", "packages", "wwwroot/lib",
    )
) + tuple(
    (f"{name}/", SKIPPED_DIR)
    for name in (
        "bin", "obj", "dist", ".vs", ".idea", ".git", ".hg", ".svn", ".vscode", "coverage", "build", "out",
        "target", ".angular", ".next", ".nuxt", "__pycache__", ".venv", "venv", ".gradle", ".mypy_cache",
        ".pytest_cache", ".ruff_cache", ".tox", ".terraform", ".cache", ".parcel-cache", ".turbo", ".svelte-kit",
        "testresults", ".nyc_output", ".sass-cache",
    )
)  # fmt: skip


def _folder_names(reason: str | None = None) -> frozenset[str]:
    return frozenset(
        p.rstrip("/") for p, r in SKIP_FOLDERS if "/" not in p.rstrip("/") and (reason is None or r == reason)
    )


#: Every single-segment skipped folder name (the former `SKIP_DIRS`, kept for callers that test a name).
SKIP_DIR_NAMES = _folder_names()
VENDORED_DIR_NAMES = _folder_names(VENDORED)
_PAIRS = tuple((tuple(p.rstrip("/").split("/")), r) for p, r in SKIP_FOLDERS if "/" in p.rstrip("/"))
_REASON_BY_NAME = {p.rstrip("/"): r for p, r in SKIP_FOLDERS if "/" not in p.rstrip("/")}


@lru_cache(maxsize=65_536)
def folder_reason(folder: str) -> str | None:
    """`vendored` / `skipped_dir` when the repository-relative POSIX folder path lies in a skipped folder."""
    parts = tuple(part.lower() for part in PurePosixPath(folder).parts)
    found = None
    for index, part in enumerate(parts):
        reason = _REASON_BY_NAME.get(part)
        for pair, pair_reason in _PAIRS:
            if parts[index : index + len(pair)] == pair:
                reason = reason or pair_reason
        if reason == VENDORED:
            return VENDORED
        found = found or reason
    return found


def path_folder_reason(path: str) -> str | None:
    """`folder_reason` of the folder holding the file `path`."""
    folder = path.rpartition("/")[0]
    return folder_reason(folder) if folder else None


def _spec(patterns: Iterable[str]) -> pathspec.PathSpec | None:
    lines = [p.strip() for p in patterns if p and p.strip()]
    return pathspec.GitIgnoreSpec.from_lines(lines) if lines else None


@dataclass
class UserGlobs:
    """`--include` / `--exclude`: which repository-relative paths the user wants read."""

    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    _include: pathspec.PathSpec | None = field(init=False, repr=False)
    _exclude: pathspec.PathSpec | None = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._include = _spec(self.include)
        self._exclude = _spec(self.exclude)

    def reason(self, path: str) -> str | None:
        """`excluded`, `not_included`, or None when `path` is wanted."""
        if self._exclude is not None and self._exclude.match_file(path):
            return "excluded"
        if self._include is not None and not self._include.match_file(path):
            return "not_included"
        return None

    def prunes(self, folder: str) -> bool:
        """True when every file under `folder` is excluded (a plain-folder walk need not descend)."""
        return self._exclude is not None and self._exclude.match_file(f"{folder}/")


class GitIgnores:
    """The `.gitignore` files of a plain folder, each applying below its own folder (read as the walk goes)."""

    def __init__(self) -> None:
        self._specs: list[tuple[str, pathspec.PathSpec]] = []  # (folder prefix with "/", or "")

    def add(self, prefix: str, text: str) -> None:
        spec = _spec(line for line in text.splitlines() if not line.lstrip().startswith("#"))
        if spec is not None:
            self._specs.append((prefix, spec))

    def ignored(self, rel: str, *, folder: bool = False) -> bool:
        """True when `rel` (a file, or a folder when `folder`) is ignored by the `.gitignore` files above it."""
        target = f"{rel}/" if folder else rel
        result = False
        for prefix, spec in self._specs:
            if prefix and not target.startswith(prefix):
                continue
            check = spec.check_file(target[len(prefix) :])
            if check.include is not None:
                result = check.include
        return result
