"""Which files of a mother project are read, and how: safely, as redacted UTF-8 text.

`iter_source_files(source)` streams `SourceFile`s sorted by path. Every file that is not read is counted in `skips`
under a reason (`skipped_dir`, `vendored`, `generated`, `font`, `lock_file`, `minified`, `binary`, `too_large`,
`skipped_outside_repo`, `symlink_outside`, `symlink_loop`, `symlink_to_git`, `symlink_to_secret`, `undecodable`, `unreadable`, `secret_file`,
`secret_in_name`, `pii_in_name`, `mostly_secret`, `dataset_output`, `unsupported`, `empty`, `missing`, and from
`ingest.selection`: `gitignored` (a plain folder's `.gitignore` files are honoured as git would), `excluded` /
`not_included` (the `--exclude` / `--include` globs)). Whole-repository caps: more than `max_files` candidate files,
or more than `max_total_bytes` read, is a one-line `UserError` (exit 2) before anything is written. Sizes are checked before a
file is opened; nothing outside the root is ever read (every path, listed by git or found by the walk, goes through
`ingest.inside.resolve_in_repo`: an index entry `../../x` or `/x`, or a tracked folder replaced by a symlink to
elsewhere, is `skipped_outside_repo`), nor `.git/` or a secret file through a symlink; a folder that
holds a dataset of ours (`dataset.jsonl` beside `manifest.json` or `train.jsonl`) is never read back; every text
passes through `quality.secrets.redact`, and a path that holds a secret is skipped (paths reach the outputs). With
`redact_pii`, e-mail and private IP addresses are replaced too (`quality.pii`) and a path holding one is skipped.
"""

from __future__ import annotations

import errno
import os
import stat
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePosixPath

from architect_ai.config import DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_REPO_BYTES, DEFAULT_MAX_REPO_FILES
from architect_ai.data import SourceFile
from architect_ai.errors import UserError
from architect_ai.ingest.inside import OUTSIDE_REPO, resolve_in_repo
from architect_ai.ingest.languages import (
    SKIP_DIRS,
    has_binary_suffix,
    in_skipped_dir,
    is_lock_file,
    is_minified_name,
    language_of,
)
from architect_ai.ingest.provenance import reason_by_content, reason_by_name
from architect_ai.ingest.repository import Source
from architect_ai.ingest.selection import GitIgnores, UserGlobs
from architect_ai.quality.pii import has_pii
from architect_ai.quality.pii import redact_pii as redact_pii_text
from architect_ai.quality.secrets import is_secret_file, path_has_secret, redact

__all__ = [
    "DEFAULT_MAX_FILE_BYTES",
    "SKIP_DIRS",
    "iter_source_files",
    "read_source_file",
    "reason_by_path",
    "source_file_from_bytes",
]

#: A NUL byte in this many leading bytes marks a binary file.
BINARY_SNIFF_BYTES = 8192
#: A line longer than this marks a minified/generated file.
MINIFIED_LINE_CHARS = 3000
#: … and so does an average line this long in a file of at least MINIFIED_MIN_CHARS.
MINIFIED_MEAN_LINE_CHARS = 300
MINIFIED_MIN_CHARS = 2000
#: A file whose non-blank lines are more than this fraction redacted is mostly secret: skipped.
MOSTLY_SECRET_FRACTION = 0.5
UTF8_BOM = b"\xef\xbb\xbf"
#: A plain folder's `.gitignore` larger than this is not honoured (it would not be a hand-written ignore list).
GITIGNORE_MAX_BYTES = 1_000_000


def iter_source_files(
    source: Source,
    *,
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES,
    skips: Counter | None = None,
    redact_pii: bool = False,
    include: tuple[str, ...] = (),
    exclude: tuple[str, ...] = (),
    max_files: int = DEFAULT_MAX_REPO_FILES,
    max_total_bytes: int = DEFAULT_MAX_REPO_BYTES,
) -> Iterator[SourceFile]:
    """Yield the readable text files of `source`, sorted by path, secrets redacted.

    Args:
        source: what `open_source` returned; its `tracked` list is used when it is a git repository.
        max_file_bytes: larger files are skipped (`too_large`) without being read.
        skips: a Counter that receives one count per skipped file (or pruned folder, in a plain-folder walk) by
            reason.
        redact_pii: also replace e-mail and private IP addresses (`quality.pii`); skip paths that hold one.
        include: gitignore-style globs; when given, only matching paths are read (others: `not_included`).
        exclude: gitignore-style globs of paths never read (`excluded`).
        max_files: more candidate files than this (after the folder rules and globs) is a `UserError`.
        max_total_bytes: more bytes read in all than this is a `UserError`.

    Raises:
        UserError: the repository is over a cap (one line, naming the cap and how to narrow the selection).
    """
    skips = Counter() if skips is None else skips
    root = source.root.resolve()
    globs = UserGlobs(tuple(include), tuple(exclude))
    paths: Iterable[str] = sorted(source.tracked) if source.tracked is not None else _walk(root, skips, globs)
    paths = _without_datasets(_wanted(paths, globs, skips), skips)
    if len(paths) > max_files:
        raise UserError(
            f"{source.display} has {len(paths)} files to read, over the cap of {max_files}; "
            "narrow it with --include/--exclude or raise --max-files"
        )
    total = 0
    for rel in paths:
        result = read_source_file(root, rel, max_file_bytes=max_file_bytes, redact_pii=redact_pii)
        if isinstance(result, str):
            skips[result] += 1
            continue
        total += result.size
        if total > max_total_bytes:
            raise UserError(
                f"{source.display} holds more than {max_total_bytes} bytes of text to read; "
                "narrow it with --include/--exclude or raise --max-total-bytes"
            )
        yield result


def _wanted(paths: Iterable[str], globs: UserGlobs, skips: Counter) -> list[str]:
    """`paths` the user's `--include` / `--exclude` globs keep; the others counted by reason."""
    kept = []
    for rel in paths:
        reason = globs.reason(rel)
        if reason:
            skips[reason] += 1
        else:
            kept.append(rel)
    return kept


def read_source_file(
    root: Path, rel: str, *, max_file_bytes: int = DEFAULT_MAX_FILE_BYTES, redact_pii: bool = False
) -> SourceFile | str:
    """Read one repository-relative POSIX path under the resolved `root`: a `SourceFile`, or the skip reason."""
    inside = resolve_in_repo(root, rel)
    if inside is None:
        return OUTSIDE_REPO
    reason = reason_by_path(rel)
    if reason:
        return reason
    if redact_pii and has_pii(rel):
        return "pii_in_name"
    full = inside
    try:
        info = os.lstat(full)
        if stat.S_ISLNK(info.st_mode):
            full = _resolve_inside(root, full)
            if isinstance(full, str):
                return full
            info = os.stat(full)
    except FileNotFoundError:
        return "missing"
    except OSError:
        return "unreadable"
    if not stat.S_ISREG(info.st_mode):
        return "unsupported"  # folders (submodules), FIFOs, devices: never opened
    if info.st_size == 0:
        return "empty"
    if info.st_size > max_file_bytes:
        return "too_large"
    try:
        with open(full, "rb") as handle:
            data = handle.read(max_file_bytes + 1)
    except OSError:
        return "unreadable"
    return source_file_from_bytes(rel, data, size=info.st_size, redact_pii=redact_pii)


def source_file_from_bytes(rel: str, data: bytes, *, size: int, redact_pii: bool = False) -> SourceFile | str:
    """The content rules of `read_source_file` (binary, undecodable, empty, minified, generated, secrets) applied to
    bytes already read — from the disk or from a git object (the history reader): a `SourceFile` or the skip reason."""
    if b"\0" in data[:BINARY_SNIFF_BYTES]:
        return "binary"
    try:
        text = data.removeprefix(UTF8_BOM).decode("utf-8")
    except UnicodeDecodeError:
        return "undecodable"
    text = text.replace("\r\n", "\n")
    if not text.strip():
        return "empty"
    if _looks_minified(text):
        return "minified"
    reason = reason_by_content(rel, text)
    if reason:
        return reason
    text, redactions = redact(text, rel)
    if redactions and _mostly_secret(text, {r.line for r in redactions}):
        return "mostly_secret"
    pii: tuple[tuple[str, int], ...] = ()
    if redact_pii:
        text, found = redact_pii_text(text)
        pii = tuple(sorted(found.items()))
    return SourceFile(
        path=rel,
        text=text,
        language=language_of(rel),
        size=size,
        redactions=len(redactions),
        pii_redactions=pii,
    )


def reason_by_path(rel: str) -> str | None:
    """The skip reason a path earns by its name alone (vendored, skipped folder, secret file, lock, generated, …)."""
    provenance = reason_by_name(rel)
    if provenance == "vendored":
        return provenance
    if in_skipped_dir(rel):
        return "skipped_dir"
    if is_secret_file(rel):
        return "secret_file"
    if path_has_secret(rel):
        return "secret_in_name"
    if is_lock_file(rel):
        return "lock_file"
    if provenance:
        return provenance
    if has_binary_suffix(rel):
        return "binary"
    if is_minified_name(rel):
        return "minified"
    return None


def _without_datasets(paths: list[str], skips: Counter) -> list[str]:
    """`paths` minus everything inside a dataset folder of ours (an `--out` inside the repository, a stale temp)."""
    present = set(paths)
    datasets = set()
    for rel in paths:
        folder, _, name = rel.rpartition("/")
        if folder and name == "dataset.jsonl" and ({f"{folder}/manifest.json", f"{folder}/train.jsonl"} & present):
            datasets.add(f"{folder}/")
    if not datasets:
        return paths
    kept = [rel for rel in paths if not any(rel.startswith(folder) for folder in datasets)]
    skips["dataset_output"] += len(paths) - len(kept)
    return kept


def _resolve_inside(root: Path, link: Path) -> Path | str:
    """The target of a symlink when it stays inside `root`; otherwise the skip reason."""
    try:
        target = link.resolve(strict=True)
    except RuntimeError:  # Python < 3.13 reports loops this way
        return "symlink_loop"
    except OSError as exc:
        return "symlink_loop" if exc.errno == errno.ELOOP else "missing"
    if not target.is_relative_to(root):
        return "symlink_outside"
    inside = target.relative_to(root).as_posix()
    if ".git" in (part.lower() for part in PurePosixPath(inside).parts):
        return "symlink_to_git"
    if is_secret_file(inside) or in_skipped_dir(inside):
        return "symlink_to_secret" if is_secret_file(inside) else "symlink_to_skipped"
    return target


def _walk(root: Path, skips: Counter, globs: UserGlobs | None = None) -> list[str]:
    """Every file under `root` (POSIX, root-relative), sorted; vendored, git-ignored and excluded folders and folder
    symlinks pruned, git-ignored files left out (each counted), as `git ls-files` would list a fresh clone."""
    found: list[str] = []
    ignores = GitIgnores()
    for directory, dirnames, filenames in os.walk(root):
        base = Path(directory).relative_to(root).as_posix()
        prefix = "" if base == "." else f"{base}/"
        if ".gitignore" in filenames:
            _add_gitignore(ignores, prefix, Path(directory, ".gitignore"))
        kept = []
        for name in dirnames:
            rel = f"{prefix}{name}"
            if ignores.ignored(rel, folder=True) and name != ".git":
                skips["gitignored"] += 1
            elif globs is not None and globs.prunes(rel):
                skips["excluded"] += 1
            elif os.path.islink(os.path.join(directory, name)):
                skips[_symlink_dir_reason(root, Path(directory, name))] += 1
            elif reason_by_name(f"{rel}/x") == "vendored":
                skips["vendored"] += 1
            elif in_skipped_dir(f"{rel}/x"):
                skips["skipped_dir"] += 1
            else:
                kept.append(name)
        dirnames[:] = sorted(kept)
        for name in filenames:
            rel = f"{prefix}{name}"
            if ignores.ignored(rel):
                skips["gitignored"] += 1
            else:
                found.append(rel)
    return sorted(found)


def _add_gitignore(ignores: GitIgnores, prefix: str, path: Path) -> None:
    """Honour one `.gitignore` of a plain folder (a regular file, read bounded; a symlink or odd file is ignored)."""
    try:
        if path.is_symlink() or not path.is_file() or path.stat().st_size > GITIGNORE_MAX_BYTES:
            return
        ignores.add(prefix, path.read_text(encoding="utf-8", errors="replace"))
    except OSError:
        return


def _symlink_dir_reason(root: Path, link: Path) -> str:
    target = _resolve_inside(root, link)
    return target if isinstance(target, str) else "symlink_dir"  # inside the root: read once, where it really is


def _looks_minified(text: str) -> bool:
    lines = text.count("\n") + 1
    longest = max(map(len, text.split("\n")))
    return longest > MINIFIED_LINE_CHARS or (
        len(text) >= MINIFIED_MIN_CHARS and len(text) / lines > MINIFIED_MEAN_LINE_CHARS
    )


def _mostly_secret(text: str, redacted_lines: set[int]) -> bool:
    non_blank = sum(1 for line in text.split("\n") if line.strip())
    return non_blank > 0 and len(redacted_lines) / non_blank > MOSTLY_SECRET_FRACTION
