"""Issue 20 (1): no path outside the repository is read — a hand-written index, a symlinked tracked folder, the page."""

from __future__ import annotations

import hashlib
import os
import struct
from collections import Counter
from pathlib import Path

import git
import pytest

from architect_ai.errors import UserError
from architect_ai.ingest.files import iter_source_files
from architect_ai.ingest.inside import OUTSIDE_REPO, is_inside_repo, lexically_inside, resolve_in_repo
from architect_ai.ingest.repository import open_source
from tests.repo_factory import commit_all, make_repo

OUTSIDE_TEXT = "OUTSIDE_NOTES_TOKEN = 'never in a dataset'\n"


def write_index(repo_root: Path, entries: list[tuple[str, str]]) -> None:
    """A version-2 `.git/index` listing `entries` (path, blob sha) as given — git and GitPython refuse `..` paths."""
    body = b""
    for path, sha in sorted(entries):
        name = path.encode()
        entry = struct.pack(">10I", 0, 0, 0, 0, 0, 0, 0o100644, 0, 0, 0) + bytes.fromhex(sha)
        entry += struct.pack(">H", min(len(name), 0xFFF)) + name
        body += entry + b"\0" * (8 - len(entry) % 8)
    data = b"DIRC" + struct.pack(">II", 2, len(entries)) + body
    (repo_root / ".git" / "index").write_bytes(data + hashlib.sha1(data).digest())


def _outside(tmp_path: Path) -> Path:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "notes.py").write_text(OUTSIDE_TEXT)
    return outside


def _read(root: Path) -> tuple[dict[str, str], Counter]:
    skips: Counter = Counter()
    files = {f.path: f.text for f in iter_source_files(open_source(str(root)), skips=skips)}
    return files, skips


def test_an_index_listing_dotdot_and_absolute_paths_reads_nothing_outside(tmp_path: Path) -> None:
    outside = _outside(tmp_path)
    root = make_repo(tmp_path / "deep", {"app.py": "x = 1\n"})
    repo = git.Repo(root)
    blob = repo.git.hash_object("-w", str(outside / "notes.py"))
    own = repo.git.rev_parse("HEAD:app.py")
    rel_up = os.path.relpath(outside / "notes.py", root)  # ../../outside/notes.py
    write_index(root, [("app.py", own), (rel_up, blob), (str(outside / "notes.py"), blob)])
    assert rel_up in open_source(str(root)).tracked  # git really lists them
    files, skips = _read(root)
    assert set(files) == {"app.py"}
    assert skips[OUTSIDE_REPO] == 2
    assert "OUTSIDE_NOTES_TOKEN" not in "".join(files.values())


def test_a_tracked_folder_replaced_by_a_symlink_to_outside_is_not_followed(tmp_path: Path) -> None:
    outside = _outside(tmp_path)
    root = make_repo(tmp_path, {"src/notes.py": "y = 2\n", "main.py": "z = 3\n"})
    (root / "src" / "notes.py").unlink()
    (root / "src").rmdir()
    os.symlink(outside, root / "src")  # still tracked as src/notes.py in the index
    files, skips = _read(root)
    assert set(files) == {"main.py"}
    assert skips[OUTSIDE_REPO] == 1
    assert "OUTSIDE_NOTES_TOKEN" not in "".join(files.values())


def test_a_symlinked_folder_inside_the_repo_is_still_read(tmp_path: Path) -> None:
    root = make_repo(tmp_path, {"lib/util.py": "u = 1\n"})
    os.symlink("lib", root / "alias")
    commit_all(root, "alias")
    assert resolve_in_repo(root, "alias/util.py") == (root / "lib" / "util.py").resolve()
    files, _ = _read(root)
    assert "lib/util.py" in files


@pytest.mark.parametrize("rel", ["", "/etc/passwd", "../x.py", "a/../../x.py", "a/..", "C:\\x.py", "a\0b", "\\\\h\\s"])
def test_paths_that_escape_by_their_letters_are_refused(tmp_path: Path, rel: str) -> None:
    assert not lexically_inside(rel)
    assert not is_inside_repo(tmp_path, rel)


@pytest.mark.parametrize("rel", ["a.py", "src/a.py", "..hidden/x.py", "a..b.py", ".github/workflows/ci.yml"])
def test_ordinary_paths_are_inside(tmp_path: Path, rel: str) -> None:
    assert lexically_inside(rel) and is_inside_repo(tmp_path, rel)


def test_the_page_allowed_roots_check_resolves_symlinks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from architect_ai.ui.source_check import check_allowed

    allowed = tmp_path / "allowed"
    allowed.mkdir()
    _outside(tmp_path)
    os.symlink(tmp_path / "outside", allowed / "looks_inside")
    monkeypatch.setenv("ARCHITECT_AI_ALLOWED_ROOTS", str(allowed))
    with pytest.raises(UserError, match="outside the folders"):
        check_allowed(str(allowed / "looks_inside"))
    with pytest.raises(UserError, match="outside the folders"):
        check_allowed(str(allowed / ".." / "outside"))
    assert check_allowed(str(allowed)) == allowed.resolve()
