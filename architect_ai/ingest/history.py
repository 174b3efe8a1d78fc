"""Read the last N commits of the checked-out branch, in one streaming pass, through the same file rules as today.

`read_history(source, limit=N)` yields one `HistoryCommit` per commit kept by the commit filters
(`ingest.history_filters`), newest first, and counts everything else in a `HistoryStats`: commits read, kept, dropped
by reason (`merge`, `revert`, `bot_author`, `not_a_request`, `docs_config_only`, `too_many_files`, `too_many_lines`,
`whitespace_only`, `does_not_parse`, `shallow_boundary`, `no_readable_change`) and the changed files skipped by the
file rules (`binary`, `too_large`, `lock_file`, `generated`, `vendored`, `secret_file`, `skipped_outside_repo`, …).

Bounded: commits come from `git rev-list` as a stream (`Repo.iter_commits`), each commit's change list from one
`diff-tree`, blobs from git's persistent `cat-file` process with their size checked before they are read; only the
kept commits' changed files are held, at most `MAX_COMMIT_FILES` files of at most `max_file_bytes` each per commit.
Every path must be lexically inside the repository (`ingest.inside.lexically_inside`): git objects are read, never
the disk. Every text (file before/after and the message) passes through `quality.secrets.redact`, so a secret
committed and later removed reaches no output. Nothing from the repository is executed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

import git

from architect_ai.config import DEFAULT_HISTORY_COMMITS, DEFAULT_MAX_FILE_BYTES
from architect_ai.data import SourceFile
from architect_ai.ingest.files import reason_by_path, source_file_from_bytes
from architect_ai.ingest.history_filters import CODE_LANGUAGES, MAX_COMMIT_FILES, commit_reason, message_reason
from architect_ai.ingest.inside import OUTSIDE_REPO, lexically_inside
from architect_ai.ingest.languages import language_of
from architect_ai.ingest.repository import Source, git_env
from architect_ai.quality.pii import has_pii
from architect_ai.quality.pii import redact_pii as redact_pii_text
from architect_ai.quality.secrets import redact

#: A git blob's mode for a symlink and for a submodule (gitlink): never followed, never read.
_SYMLINK_MODE, _GITLINK_MODE = 0o120000, 0o160000
#: Redacted blobs remembered (a commit's before is the next older commit's after): bounded memory.
BLOB_CACHE_SIZE = 256


@dataclass(frozen=True, slots=True)
class FileChange:
    """One changed file of a commit: `A`dded, `M`odified, `D`eleted or `R`enamed; texts redacted (None: absent)."""

    path: str  # the path after the commit (before it, for a deletion)
    status: str
    before: SourceFile | None
    after: SourceFile | None
    old_path: str | None = None  # for a rename
    #: For an added file: one existing file of its folder and language in the parent commit (what it builds on).
    sibling: SourceFile | None = None


@dataclass(frozen=True, slots=True)
class HistoryCommit:
    sha: str
    author: str
    date: str  # ISO 8601, the author date
    message: str  # redacted
    changes: tuple[FileChange, ...]


@dataclass
class HistoryStats:
    """What the reader saw: the figures report.json and the manifest show."""

    limit: int
    read: int = 0
    kept: int = 0
    dropped: Counter = field(default_factory=Counter)  # commit drop reasons
    skipped_files: Counter = field(default_factory=Counter)  # file skip reasons
    first: str | None = None  # newest sha read
    last: str | None = None  # oldest sha read
    note: str = ""  # one plain line when no history could be read (not a git repository, shallow, one commit)

    def to_dict(self) -> dict:
        return {
            "limit": self.limit,
            "commits_read": self.read,
            "commits_kept": self.kept,
            "dropped": dict(sorted(self.dropped.items())),
            "skipped_files": dict(sorted(self.skipped_files.items())),
            "range": {"first": self.first, "last": self.last},
            "note": self.note,
        }


def history_unavailable(source: Source) -> str:
    """Why `source` has no history to read ('' when it has one)."""
    if source.commit is None:
        return "not a git repository: no history read"
    try:
        with git.Repo(source.root, search_parent_directories=True) as repo:
            top = Path(repo.working_tree_dir or source.root).resolve()
    except (git.InvalidGitRepositoryError, git.NoSuchPathError):
        return "not a git repository: no history read"
    if top != Path(source.root).resolve():
        return "a folder inside a larger repository: its history is the larger repository's, not read"
    return ""


def read_history(
    source: Source,
    *,
    limit: int = DEFAULT_HISTORY_COMMITS,
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES,
    stats: HistoryStats | None = None,
    redact_pii: bool = False,
) -> Iterator[HistoryCommit]:
    """Yield the kept commits among the last `limit` of HEAD (newest first); fill `stats` as they are read."""
    stats = HistoryStats(limit=limit) if stats is None else stats
    if limit <= 0:
        stats.note = "history off (--history 0)"
        return
    stats.note = history_unavailable(source)
    if stats.note:
        return
    repo = git.Repo(source.root)
    try:
        repo.git.update_environment(**git_env())
        shallow = _shallow_shas(Path(repo.git_dir))
        blobs = _BlobCache()
        for commit in repo.iter_commits("HEAD", max_count=limit):
            stats.read += 1
            stats.first = stats.first or commit.hexsha
            stats.last = commit.hexsha
            reason, kept = _read_commit(repo, commit, shallow, max_file_bytes, stats.skipped_files, redact_pii, blobs)
            if reason:
                stats.dropped[reason] += 1
                continue
            stats.kept += 1
            yield kept
    finally:
        repo.close()
    if stats.read <= 1 and not stats.kept:
        stats.note = (
            f"{stats.read} commit in the history (a shallow clone or a new repository): no history examples"
            if stats.read
            else "no commits in the history"
        )


def _shallow_shas(git_dir: Path) -> frozenset[str]:
    try:
        return frozenset((git_dir / "shallow").read_text().split())
    except OSError:
        return frozenset()


def _read_commit(repo, commit, shallow, max_file_bytes, skips, redact_pii, blobs) -> tuple[str, HistoryCommit | None]:
    author = f"{commit.author.name or ''} <{commit.author.email or ''}>"
    raw_message = commit.message if isinstance(commit.message, str) else commit.message.decode("utf-8", "replace")
    if len(commit.parents) > 1:
        return "merge", None
    reason = message_reason(raw_message, author)
    if reason:
        return reason, None
    if commit.hexsha in shallow:
        return "shallow_boundary", None  # its parent is not in this clone: the change cannot be seen
    diffs = commit.parents[0].diff(commit) if commit.parents else commit.diff(git.NULL_TREE, R=True)
    if len(diffs) > 4 * MAX_COMMIT_FILES:
        return "too_many_files", None  # not read at all: a bulk change
    wanted = [d for d in diffs if _allowed(d, skips, redact_pii)]
    code = [d for d in wanted if language_of(d.b_path or d.a_path) in CODE_LANGUAGES]
    if not code:  # decided by the names: no blob is read
        return ("docs_config_only" if wanted else "no_readable_change"), None
    if len(code) > MAX_COMMIT_FILES:
        return "too_many_files", None
    changes = []
    for diff in code:
        change = _change(diff, max_file_bytes, skips, redact_pii, blobs)
        if change is not None:
            changes.append(change)
    changes.sort(key=lambda c: c.path)
    if commit.parents and any(c.status == "A" for c in changes):
        changes = _with_sibling(commit.parents[0], changes, max_file_bytes, redact_pii, blobs)
    message, _ = redact(raw_message.replace("\r\n", "\n"))
    if redact_pii:
        message, _ = redact_pii_text(message)
    reason = commit_reason(changes)
    if reason:
        return reason, None
    return "", HistoryCommit(
        sha=commit.hexsha,
        author=author,
        date=commit.authored_datetime.isoformat(),
        message=message,
        changes=tuple(changes),
    )


def _allowed(diff, skips: Counter, redact_pii: bool) -> bool:
    """False (counted in `skips`) when a file rule refuses either side's path: outside the repo, secret, lock, …"""
    for side_path in {diff.a_path, diff.b_path} - {None}:
        if not lexically_inside(side_path):
            skips[OUTSIDE_REPO] += 1
            return False
        reason = reason_by_path(side_path) or ("pii_in_name" if redact_pii and has_pii(side_path) else None)
        if reason:
            skips[reason] += 1
            return False
    return True


def _change(diff, max_file_bytes: int, skips: Counter, redact_pii: bool, blobs: _BlobCache) -> FileChange | None:
    """One diff entry as a `FileChange`, or None (counted in `skips`) when a content rule refuses either side."""
    status = diff.change_type[0] if diff.change_type else "M"
    path = diff.b_path if status != "D" else diff.a_path
    before = blobs.file(diff.a_blob, diff.a_path, max_file_bytes, redact_pii) if status != "A" else None
    after = blobs.file(diff.b_blob, diff.b_path, max_file_bytes, redact_pii) if status != "D" else None
    for side in (before, after):
        if isinstance(side, str):
            skips[side] += 1
            return None
    old_path = diff.a_path if status == "R" else None
    return FileChange(path=path, status=status, before=before, after=after, old_path=old_path)


def _with_sibling(parent, changes: list[FileChange], max_file_bytes, redact_pii, blobs) -> list[FileChange]:
    """The first added file gets a sibling: the first readable file (by name) of its folder and language before."""
    changed = {c.path for c in changes} | {c.old_path for c in changes if c.old_path}
    for index, change in enumerate(changes):
        if change.status != "A":
            continue
        folder, _, _ = change.path.rpartition("/")
        try:
            tree = parent.tree / folder if folder else parent.tree
        except KeyError:
            return changes  # a new folder: nothing beside it yet
        language = change.after.language
        for blob in sorted(tree.blobs, key=_sibling_order):
            if blob.path in changed or language_of(blob.path) != language or reason_by_path(blob.path):
                continue
            if not lexically_inside(blob.path) or (redact_pii and has_pii(blob.path)):
                continue
            sibling = blobs.file(blob, blob.path, max_file_bytes, redact_pii)
            if isinstance(sibling, SourceFile):
                changes[index] = replace(change, sibling=sibling)
                return changes
        return changes
    return changes


def _sibling_order(blob) -> tuple[bool, str]:
    """Real code first: a package marker (`__init__.py`) or a barrel (`index.ts`) shows no house pattern."""
    name = blob.path.rsplit("/", 1)[-1]
    return (name.startswith("__") or name.startswith("index."), blob.path)


class _BlobCache:
    """Read-and-redact results by (blob sha, path): a commit's before is usually the next older commit's after."""

    def __init__(self, size: int = BLOB_CACHE_SIZE) -> None:
        self._size = size
        self._cache: dict[tuple[str, str], SourceFile | str | None] = {}

    def file(self, blob, path, max_file_bytes: int, redact_pii: bool) -> SourceFile | str | None:
        key = (blob.hexsha if blob is not None else "", path or "")
        if key not in self._cache:
            if len(self._cache) >= self._size:
                self._cache.pop(next(iter(self._cache)))
            self._cache[key] = _blob_file(blob, path, max_file_bytes, redact_pii)
        return self._cache[key]


def _blob_file(blob, path: str | None, max_file_bytes: int, redact_pii: bool) -> SourceFile | str | None:
    if blob is None or path is None:
        return None
    if blob.mode in (_SYMLINK_MODE, _GITLINK_MODE):
        return "unsupported"
    try:
        size = blob.size
        if size == 0:
            return "empty"
        if size > max_file_bytes:
            return "too_large"
        data = blob.data_stream.read()
    except (ValueError, OSError, git.GitError):
        return "unreadable"
    return source_file_from_bytes(path, data, size=size, redact_pii=redact_pii)
