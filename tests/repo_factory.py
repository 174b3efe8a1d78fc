"""Build real git repositories in tmp_path for tests (GitPython, no network). Any test folder may import this."""

from __future__ import annotations

from pathlib import Path

import git

AUTHOR = git.Actor("Test Author", "author@example.com")


def write_files(root: Path, files: dict[str, str | bytes]) -> None:
    """Write `files` (POSIX relative path → text or bytes) under `root`, creating folders."""
    for rel, content in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8", newline="")


def make_repo(tmp_path: Path, files: dict[str, str | bytes], commit: bool = True, *, name: str = "repo") -> Path:
    """A git repository at `tmp_path/name` holding `files`, committed on branch `main` unless `commit=False`."""
    root = tmp_path / name
    root.mkdir(parents=True, exist_ok=True)
    repo = git.Repo.init(root, initial_branch="main")
    with repo:
        write_files(root, files)
        if commit and files:
            commit_all(repo, "initial commit")
    return root


def commit_all(repo: git.Repo | Path, message: str) -> str:
    """Stage everything (honouring .gitignore) and commit; returns the new commit sha."""
    repo = git.Repo(repo) if isinstance(repo, Path) else repo
    repo.git.add(A=True)
    return repo.index.commit(message, author=AUTHOR, committer=AUTHOR).hexsha
