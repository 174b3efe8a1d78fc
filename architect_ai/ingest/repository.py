"""Open a mother project: a local folder (git or not) or a git URL, cloned into a cache with GitPython.

Safety: nothing from the user's repository is ever executed. URLs are checked before git sees them (no transport
helpers such as `ext::`, no option-looking URLs or refs, only https/http/ssh/scp-like/file), GitPython's own guard is on,
hooks and fsmonitor are disabled through the environment, and git never prompts (a missing credential is an error,
not a hang).
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit, urlunsplit

import git

from architect_ai.errors import UserError

CACHE_ENV = "ARCHITECT_AI_CACHE"
DEFAULT_CACHE_DIR = Path("~/.cache/architect-ai/repos")
#: Seconds before a clone/fetch is killed; git's own low-speed limit aborts a stalled HTTP transfer sooner.
GIT_TIMEOUT_S = 600
LOW_SPEED_LIMIT_BYTES = 1000
LOW_SPEED_TIME_S = 60

ALLOWED_SCHEMES = frozenset({"https", "http", "ssh", "file"})
_SCP_LIKE = re.compile(r"^[A-Za-z0-9._~-]+@[A-Za-z0-9][A-Za-z0-9.-]*:(?!/?-)[^\s]+$")
_SCP_LOOSE = re.compile(r"^[^\s/:@]+@[^/]*:")  # anything shaped like user@host:… is meant as a URL
_TRANSPORT_HELPER = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*::")
_UNSAFE_CHARS = re.compile(r"[\s\x00-\x1f\x7f]")
_CONTROL_CHARS = re.compile(r"[\x00-\x1f\x7f]")
_BAD_REF_CHARS = re.compile(r"[\s\x00-\x1f\x7f~^:?*\[\\]")
_COMMIT_SHA = re.compile(r"^[0-9a-f]{7,40}$")

#: Configuration given to every git command through the environment (`-c` is refused by GitPython's guard).
SAFE_GIT_CONFIG = {
    "core.hooksPath": "/dev/null",
    "core.fsmonitor": "false",
    "protocol.allow": "never",
    "protocol.https.allow": "always",
    "protocol.http.allow": "always",
    "protocol.ssh.allow": "always",
    "protocol.file.allow": "always",
    "http.lowSpeedLimit": str(LOW_SPEED_LIMIT_BYTES),
    "http.lowSpeedTime": str(LOW_SPEED_TIME_S),
    "credential.interactive": "false",
}


@dataclass(frozen=True)
class Source:
    """An opened mother project."""

    root: Path  # the working tree to read
    display: str  # what the user gave (path or URL, credentials stripped from URLs)
    url: str | None  # for clones
    commit: str | None  # HEAD commit sha when it is a git repo
    ref: str | None
    tracked: tuple[str, ...] | None  # git-tracked paths (POSIX, repo-relative) or None for a plain folder


def git_env() -> dict[str, str]:
    """Environment for every git command: no prompts, no hooks, no fsmonitor, only safe protocols."""
    env = {
        "GIT_TERMINAL_PROMPT": "0",
        "GIT_ASKPASS": "true",
        "SSH_ASKPASS": "true",
        "GCM_INTERACTIVE": "never",
        "GIT_SSH_COMMAND": os.environ.get("GIT_SSH_COMMAND", "ssh -o BatchMode=yes -o ConnectTimeout=30"),
        "GIT_CONFIG_COUNT": str(len(SAFE_GIT_CONFIG)),
    }
    for index, (key, value) in enumerate(SAFE_GIT_CONFIG.items()):
        env[f"GIT_CONFIG_KEY_{index}"] = key
        env[f"GIT_CONFIG_VALUE_{index}"] = value
    return env


def is_git_url(text: str) -> bool:
    """True when `text` names (or tries to name) a remote repository rather than a local folder."""
    text = text.strip()
    return (
        bool("://" in text or _TRANSPORT_HELPER.match(text) or _SCP_LOOSE.match(text) or text.startswith("-"))
        and not Path(text).exists()
    )


def check_git_url(url: str) -> None:
    """Refuse, with a one-line `UserError`, any URL git could be tricked by (helpers, options, odd schemes)."""
    shown = strip_credentials(url)
    if not url:
        raise UserError("the repository URL is empty")
    if url.startswith("-"):
        raise UserError(f"refusing repository URL {shown!r}: it looks like a git option")
    if _UNSAFE_CHARS.search(url) or _CONTROL_CHARS.search(unquote(url)):  # `%00`, `%0a` too (`%20` is a space)
        raise UserError(f"refusing repository URL {shown!r}: it contains whitespace or control characters")
    if _TRANSPORT_HELPER.match(url):
        raise UserError(f"refusing repository URL {shown!r}: git transport helpers ('<name>::') are not allowed")
    if _SCP_LIKE.match(url):
        return
    try:
        scheme = urlsplit(url).scheme.lower() if "://" in url else ""
    except ValueError as exc:  # `ssh://[…`, `http://[::1`: an unclosed or invalid IPv6 host
        raise UserError(f"refusing repository URL {shown!r}: {exc}") from None
    if scheme not in ALLOWED_SCHEMES:
        raise UserError(f"refusing repository URL {shown!r}: use https://, http://, ssh://, git@host:path or file://")
    try:
        git.Git.check_unsafe_protocols(url)
    except git.UnsafeProtocolError as exc:
        raise UserError(f"refusing repository URL {shown!r}: {exc}") from None


def check_ref(ref: str) -> None:
    """Refuse refs that could be read as options or refspecs."""
    if not ref or ref.startswith("-") or _BAD_REF_CHARS.search(ref) or ".." in ref:
        raise UserError(f"refusing ref {ref!r}: not a plain branch, tag or commit name")


def strip_credentials(url: str) -> str:
    """`https://user:token@host/x.git?token=…#frag` → `https://host/x.git` (for display, manifests and messages).

    The query string and fragment go too: `?access_token=…` is a credential as much as `user:token@`.
    """
    if "://" not in url:
        return url
    try:
        parts = urlsplit(url)
    except ValueError:  # `http://[::1`: an unclosed IPv6 bracket; show only the scheme
        return url.split("://", 1)[0] + "://…"
    netloc = parts.netloc.rsplit("@", 1)[1] if "@" in parts.netloc else parts.netloc
    return urlunsplit(parts._replace(netloc=netloc, query="", fragment=""))


def open_source(repo: str, *, ref: str | None = None, cache_dir: Path | None = None, depth: int = 1) -> Source:
    """Open a local folder or clone/fetch a git URL; raise `UserError` with a one-line reason when that fails.

    A URL is fetched with `depth` commits of history (1: the files only; the history reader wants N + 1 to see the
    change of its N-th commit)."""
    repo = repo.strip()
    if ref is not None:
        check_ref(ref)
    if is_git_url(repo):
        check_git_url(repo)
        return _open_remote(repo, ref, _cache_root(cache_dir), max(1, depth))
    return _open_local(Path(repo).expanduser(), repo, ref)


def _open_local(path: Path, display: str, ref: str | None) -> Source:
    if not path.exists():
        raise UserError(f"{display} does not exist")
    if not path.is_dir():
        raise UserError(f"{display} is a file, not a folder")
    root = path.resolve()
    if not any(root.iterdir()):
        raise UserError(f"{display} has no files")
    try:
        repo = git.Repo(root, search_parent_directories=True)
    except (git.InvalidGitRepositoryError, git.NoSuchPathError):
        return Source(root=root, display=display, url=None, commit=None, ref=None, tracked=None)
    try:
        return _open_local_repo(repo, root, display, ref)
    except (git.GitError, ValueError, OSError) as exc:  # a corrupt index, HEAD or object store
        detail = _first_line(exc, display, display) if isinstance(exc, git.GitCommandError) else str(exc)
        raise UserError(
            f"cannot read the git repository {display}: {detail.splitlines()[0] if detail else exc}"
        ) from None


def _open_local_repo(repo: git.Repo, root: Path, display: str, ref: str | None) -> Source:
    with repo:
        repo.git.update_environment(**git_env())
        top = Path(repo.working_tree_dir or root).resolve()
        has_commit = repo.head.is_valid()
        if top == root and not has_commit:
            raise UserError(f"{display} is a git repository with no commits")
        if ref is not None:
            raise UserError(f"--ref applies to git URLs; check out {ref!r} in {display} yourself")
        tracked = _ls_files(repo, root) if has_commit else ()
        if top != root and not tracked:
            # A folder inside a repository that does not track it (yet): read it as a plain folder.
            return Source(root=root, display=display, url=None, commit=None, ref=None, tracked=None)
        if not tracked:
            raise UserError(f"{display} is a git repository with no tracked files")
        return Source(root=root, display=display, url=None, commit=repo.head.commit.hexsha, ref=None, tracked=tracked)


def _ls_files(repo: git.Repo, root: Path) -> tuple[str, ...]:
    """The tracked paths under `root`, relative to it (NUL-separated listing, so any file name survives)."""
    output = repo.git.execute(
        ["git", "-C", str(root), "ls-files", "-z", "--", "."],
        strip_newline_in_stdout=False,
    )
    return tuple(sorted(path for path in output.split("\0") if path))


def _cache_root(cache_dir: Path | None) -> Path:
    if cache_dir is not None:
        return Path(cache_dir)
    env = os.environ.get(CACHE_ENV)
    return Path(env).expanduser() if env else DEFAULT_CACHE_DIR.expanduser()


def _open_remote(url: str, ref: str | None, cache_root: Path, depth: int = 1) -> Source:
    display = strip_credentials(url)
    target = cache_root / hashlib.sha256(url.encode()).hexdigest()
    try:
        repo = _refresh(target, ref, depth) if (target / ".git").is_dir() else _clone(url, target, ref, depth)
    except git.GitCommandError as exc:
        raise UserError(f"could not clone {display}: {_first_line(exc, url, display)}") from None
    with repo:
        tracked = _ls_files(repo, target)
        if not tracked:
            raise UserError(f"{display} has no files")
        commit = repo.head.commit.hexsha
    return Source(root=target.resolve(), display=display, url=display, commit=commit, ref=ref, tracked=tracked)


def _clone(url: str, target: Path, ref: str | None, depth: int = 1) -> git.Repo:
    """Clone into a temporary sibling folder, then move it into place: a failure leaves no partial cache.

    A clone is `init` + `fetch` + `checkout` rather than `Repo.clone_from`, because GitPython applies
    `kill_after_timeout` to a fetch but not to a clone.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name[:12]}-", dir=target.parent))
    try:
        with git.Repo.init(staging) as repo:
            repo.git.update_environment(**git_env())
            repo.create_remote("origin", url, allow_unsafe_protocols=False)
            _checkout(repo, ref, depth)
        staging.rename(target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return _repo(target)


def _refresh(target: Path, ref: str | None, depth: int = 1) -> git.Repo:
    """Bring a cached clone up to date with `ref` (the default branch when None)."""
    repo = _repo(target)
    try:
        _checkout(repo, ref, depth)
    except BaseException:
        repo.close()
        raise
    return repo


def _checkout(repo: git.Repo, ref: str | None, depth: int = 1) -> None:
    """Fetch `ref` with `depth` commits (a commit sha: shallow when the server allows, else the full history) and check it out.

    `repo.git.fetch` rather than `Remote.fetch`: same guard (the URL was checked and `create_remote` refused unsafe
    protocols; our options are fixed and refs were checked), a real timeout, and no log noise about FETCH_HEAD.
    """
    if ref and _COMMIT_SHA.match(ref):
        if not _has_commit(repo, ref):
            try:
                _fetch(repo, f"--depth={depth}", ref)
            except git.GitCommandError:
                unshallow = ["--unshallow"] if (Path(repo.git_dir) / "shallow").exists() else []
                _fetch(repo, *unshallow, "--tags", "+refs/heads/*:refs/remotes/origin/*")
        if not _has_commit(repo, ref):
            raise git.GitCommandError(["git", "fetch"], 128, f"commit {ref} not found")
        repo.git.checkout("--force", "--detach", ref, "--")
    else:
        _fetch(repo, f"--depth={depth}", ref or "HEAD")
        repo.git.checkout("--force", "--detach", "FETCH_HEAD", "--")


def _fetch(repo: git.Repo, *args: str) -> None:
    options = [arg for arg in args if arg.startswith("-")]
    git.Git.check_unsafe_options(options=options, unsafe_options=git.Remote.unsafe_git_fetch_options)
    refspecs = [arg for arg in args if not arg.startswith("-")]
    repo.git.fetch(*options, "--", "origin", *refspecs, kill_after_timeout=GIT_TIMEOUT_S)


def _repo(path: Path) -> git.Repo:
    repo = git.Repo(path)
    repo.git.update_environment(**git_env())
    return repo


def _has_commit(repo: git.Repo, sha: str) -> bool:
    try:
        repo.git.rev_parse("--verify", "--quiet", f"{sha}^{{commit}}")
    except git.GitCommandError:
        return False
    return True


def _first_line(exc: git.GitCommandError, url: str, display: str) -> str:
    """The first meaningful line of git's complaint, credentials removed."""
    text = str(exc.stderr or exc).replace(url, display)
    secret_parts = urlsplit(url) if "://" in url else None
    if secret_parts is not None:
        for part in (secret_parts.query, secret_parts.fragment, secret_parts.netloc.rpartition("@")[0]):
            if part:
                text = text.replace(part, "…")
    for line in text.splitlines():
        line = line.strip().strip("'").strip()
        if line.lower().startswith("stderr:"):
            line = line[7:].strip().strip("'").strip()
        if line and not line.lower().startswith(("cloning into", "cmdline:")):
            return line.removeprefix("fatal: ").removeprefix("error: ")
    return "git failed"
