"""What the page checks before it generates: the folders it may read, the source, the name — and the words it uses.

No Streamlit here. The page validates the repository first (allowed roots, existence, a safe URL), then whether the
dataset name is free, so a wrong source is never answered with "already exists". Reasons raised by the engine are
reworded for the page (no CLI flags) and each gets a remedy that fits the kind of source the user chose.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import unquote, urlsplit

from architect_ai.config import SAMPLE_REPO
from architect_ai.errors import UserError
from architect_ai.ingest.repository import check_git_url, check_ref, open_source

#: `os.pathsep`-separated folders the page may read repositories from (default: the home folder and the sample).
ALLOWED_ROOTS_ENV = "ARCHITECT_AI_ALLOWED_ROOTS"

SOURCE_SAMPLE = "Bundled sample"
SOURCE_LOCAL = "Local folder"
SOURCE_GIT = "Git URL"
SOURCES = (SOURCE_SAMPLE, SOURCE_LOCAL, SOURCE_GIT)

#: CLI wording in engine reasons → the page's own controls.
_PAGE_WORDS = (
    (" (use --force to replace it)", ""),
    (" (raise --max to allow it)", " (raise Max examples under Advanced settings)"),
    ("--force", "“Replace if it exists”"),
    ("--max", "Max examples"),
    ("--name", "Dataset name"),
    ("--ref", "a branch, tag or commit"),
    ("--out", "the datasets folder"),
    ("--target", "Target examples"),
    ("--weight", "Domain weights"),
)


def allowed_roots() -> tuple[Path, ...]:
    """The folders local repositories must lie in: `$ARCHITECT_AI_ALLOWED_ROOTS`, else home + the bundled sample."""
    value = os.environ.get(ALLOWED_ROOTS_ENV, "").strip()
    roots = [Path(p).expanduser() for p in value.split(os.pathsep) if p.strip()] if value else []
    roots = roots or [Path.home(), SAMPLE_REPO]
    return tuple(dict.fromkeys(root.resolve() for root in roots))


def check_allowed(path_text: str) -> Path:
    """The resolved folder (symlinks followed) when it lies inside an allowed root; a `UserError` otherwise."""
    if "\0" in path_text:
        raise UserError("the folder path contains a NUL character")
    path = Path(path_text.strip()).expanduser().resolve()
    if any(path == root or path.is_relative_to(root) for root in allowed_roots()):
        return path
    shown = ", ".join(str(root) for root in allowed_roots())
    raise UserError(f"{path} is outside the folders this app may read ({shown})")


def check_local_quick(path_text: str) -> None:
    """The cheap checks run on every rerun: inside an allowed root, exists, is a folder."""
    path = check_allowed(path_text)
    if not path.exists():
        raise UserError(f"folder {path_text.strip()} does not exist")
    if not path.is_dir():
        raise UserError(f"{path_text.strip()} is a file, not a folder")


def preflight_source(source: str, repo: str, ref: str | None) -> None:
    """Validate the repository before anything else (raises `UserError`); local folders are opened (cheap)."""
    if source == SOURCE_GIT:
        check_git_url(repo.strip())
        if urlsplit(repo.strip()).scheme.lower() == "file":  # a local repository by URL: the same roots apply
            check_allowed(unquote(urlsplit(repo.strip()).path))
        if ref:
            check_ref(ref)
        return
    if source == SOURCE_LOCAL:
        check_local_quick(repo)
    open_source(repo)


def page_reason(reason: str) -> str:
    """An engine reason in the page's words (no CLI flags)."""
    for cli, page in _PAGE_WORDS:
        reason = reason.replace(cli, page)
    return reason


def remedy(reason: str, source: str = SOURCE_SAMPLE) -> str:
    """What the user can do about a refused run, in one sentence that fits the kind of source chosen."""
    text = reason.lower()
    if "cannot open" in text:
        return "Generate it again, or pick another dataset."
    if "already exists" in text:
        return "Tick “Replace if it exists” under Advanced settings, or give the dataset another name."
    if "refusing to replace" in text:
        return "Choose another Dataset name: a folder this app did not write is never replaced."
    if "outside the folders" in text:
        return f"Pick a folder inside one of them, or start the app with {ALLOWED_ROOTS_ENV} listing the folder."
    if "no space" in text or "disk full" in text:
        return "Free some disk space in the datasets folder and generate again."
    if "node" in text or "npm" in text:
        return "Install the JavaScript parts with `npm ci` (or `make setup`) and restart the app."
    if "invalid settings" in text or "weight" in text or "target" in text or "max " in text:
        return "Correct the highlighted setting; Generate is enabled again once every field is valid."
    if source == SOURCE_GIT:
        if "refusing" in text:
            return "Use an https://, ssh:// or git@host:path URL and a plain branch, tag or commit name."
        return "Check the URL and the branch, tag or commit, and that the repository is reachable from this machine."
    if source == SOURCE_LOCAL:
        if "enter" in text:
            return "Type the full path of a folder on the machine running the app."
        if "no files" in text or "no tracked" in text or "no commits" in text:
            return "Choose the folder that holds your code (with its files committed when it is a git repository)."
        return "Check the folder path: it must exist on the machine running the app and be readable."
    return "Fix the setting above and click Generate again."
