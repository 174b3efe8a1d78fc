"""open_source on real folders and git repositories built in tmp_path (file:// clones; no network)."""

from __future__ import annotations

from pathlib import Path

import git
import pytest

from architect_ai.errors import UserError
from architect_ai.ingest.repository import CACHE_ENV, check_git_url, is_git_url, open_source, strip_credentials
from tests.repo_factory import commit_all, make_repo

FILES = {"src/app.py": "print('hi')\n", "README.md": "# demo\n"}


def _cache_entries(cache: Path) -> list[Path]:
    return list(cache.iterdir()) if cache.exists() else []


# --- bad local input -------------------------------------------------------------------------------------------


def test_missing_path(tmp_path):
    with pytest.raises(UserError, match="does not exist"):
        open_source(str(tmp_path / "nope"))


def test_file_instead_of_folder(tmp_path):
    file = tmp_path / "notes.txt"
    file.write_text("x")
    with pytest.raises(UserError, match="is a file, not a folder"):
        open_source(str(file))


def test_empty_folder(tmp_path):
    (tmp_path / "empty").mkdir()
    with pytest.raises(UserError, match="has no files"):
        open_source(str(tmp_path / "empty"))


def test_git_repo_without_commits(tmp_path):
    root = make_repo(tmp_path, {"a.txt": "a\n"}, commit=False)
    with pytest.raises(UserError, match="git repository with no commits"):
        open_source(str(root))


# --- local folders and repositories ---------------------------------------------------------------------------


def test_plain_folder_has_no_commit_and_no_tracked_list(tmp_path):
    (tmp_path / "proj").mkdir()
    (tmp_path / "proj" / "a.cs").write_text("class A {}\n")
    source = open_source(str(tmp_path / "proj"))
    assert source.tracked is None
    assert source.commit is None
    assert source.root == (tmp_path / "proj").resolve()


def test_local_repo_records_head_and_honours_gitignore(tmp_path):
    root = make_repo(tmp_path, {**FILES, ".gitignore": "secret-notes.txt\n", "secret-notes.txt": "ignored\n"})
    (root / "untracked.py").write_text("x = 1\n")
    source = open_source(str(root))
    assert source.commit == git.Repo(root).head.commit.hexsha
    assert source.tracked == (".gitignore", "README.md", "src/app.py")
    assert source.url is None


def test_local_repo_config_commands_are_never_run(tmp_path):
    """A repository's own config can name programs (core.fsmonitor); opening it must not run them."""
    root = make_repo(tmp_path, FILES)
    marker = tmp_path / "pwned"
    with git.Repo(root).config_writer() as config:
        config.set_value("core", "fsmonitor", f"touch {marker}; echo")
    source = open_source(str(root))
    assert source.tracked == ("README.md", "src/app.py")
    assert not marker.exists()


def test_folder_inside_a_repository_uses_the_tracked_files_below_it(tmp_path):
    root = make_repo(tmp_path, {"sample/a.cs": "class A {}\n", "sample/b/c.ts": "export {}\n", "other.txt": "o\n"})
    source = open_source(str(root / "sample"))
    assert source.tracked == ("a.cs", "b/c.ts")
    assert source.commit == git.Repo(root).head.commit.hexsha


def test_unicode_and_spaces_in_names(tmp_path):
    root = make_repo(tmp_path, {"my folder/Ünïcødé file.cs": "class U {}\n", "日本/データ.ts": "export {}\n"})
    assert open_source(str(root)).tracked == ("my folder/Ünïcødé file.cs", "日本/データ.ts")


# --- URLs ----------------------------------------------------------------------------------------------------


def test_clone_file_url_records_commit_and_reuses_the_cache(tmp_path):
    origin = make_repo(tmp_path, FILES, name="origin")
    cache = tmp_path / "cache"
    url = origin.as_uri()
    first = open_source(url, cache_dir=cache)
    assert first.commit == git.Repo(origin).head.commit.hexsha
    assert first.tracked == ("README.md", "src/app.py")
    assert first.url == url and first.display == url
    assert (first.root / "src" / "app.py").read_text() == "print('hi')\n"
    assert first.root.parent == cache.resolve()

    (origin / "new.cs").write_text("class N {}\n")
    second_commit = commit_all(origin, "second")
    second = open_source(url, cache_dir=cache)
    assert second.root == first.root  # same cache folder, fetched
    assert second.commit == second_commit
    assert "new.cs" in second.tracked
    assert len(_cache_entries(cache)) == 1


def test_cache_dir_from_environment(tmp_path, monkeypatch):
    origin = make_repo(tmp_path, FILES, name="origin")
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "envcache"))
    source = open_source(origin.as_uri())
    assert source.root.parent == (tmp_path / "envcache").resolve()


@pytest.fixture
def history(tmp_path):
    """An origin with v1 (tag) → main, plus a `feature` branch; returns (origin, {name: sha})."""
    origin = make_repo(tmp_path, {"a.txt": "one\n"}, name="origin")
    repo = git.Repo(origin)
    first = repo.head.commit.hexsha
    repo.create_tag("v1")
    repo.git.checkout("-b", "feature")
    (origin / "feature.txt").write_text("f\n")
    feature = commit_all(repo, "feature")
    repo.git.checkout("main")
    (origin / "b.txt").write_text("two\n")
    main = commit_all(repo, "main")
    return origin, {"v1": first, "feature": feature, "main": main}


@pytest.mark.parametrize("ref", ["v1", "feature", "main", None])
def test_ref_selects_branch_or_tag(tmp_path, history, ref):
    origin, shas = history
    source = open_source(origin.as_uri(), ref=ref, cache_dir=tmp_path / "cache")
    assert source.commit == shas[ref or "main"]
    assert source.ref == ref


def test_ref_selects_a_commit_sha_full_or_abbreviated(tmp_path, history):
    origin, shas = history
    full = open_source(origin.as_uri(), ref=shas["v1"], cache_dir=tmp_path / "c1")
    assert full.commit == shas["v1"] and full.tracked == ("a.txt",)
    short = open_source(origin.as_uri(), ref=shas["feature"][:10], cache_dir=tmp_path / "c2")
    assert short.commit == shas["feature"] and "feature.txt" in short.tracked
    # the same cache moved between refs
    again = open_source(origin.as_uri(), ref="main", cache_dir=tmp_path / "c1")
    assert again.commit == shas["main"]


def test_unknown_ref_is_a_one_line_error_and_leaves_no_cache(tmp_path, history):
    origin, _ = history
    cache = tmp_path / "cache"
    with pytest.raises(UserError, match="could not clone") as err:
        open_source(origin.as_uri(), ref="no-such-branch", cache_dir=cache)
    assert "\n" not in str(err.value)
    assert _cache_entries(cache) == []


@pytest.mark.parametrize("url", ["file:///nonexistent/repo.git", "http://127.0.0.1:9/x.git"])
def test_unreachable_url(tmp_path, url):
    cache = tmp_path / "cache"
    with pytest.raises(UserError) as err:
        open_source(url, cache_dir=cache)
    assert str(err.value).startswith(f"could not clone {url}: ")
    assert "\n" not in str(err.value) and len(str(err.value)) > len(f"could not clone {url}: ")
    assert _cache_entries(cache) == []


def test_credentials_are_stripped_from_display_and_errors(tmp_path):
    url = "http://alice:s3cr3t-t0ken@127.0.0.1:9/x.git"
    assert strip_credentials(url) == "http://127.0.0.1:9/x.git"
    with pytest.raises(UserError) as err:
        open_source(url, cache_dir=tmp_path / "cache")
    assert "s3cr3t-t0ken" not in str(err.value)


# --- unsafe input: refused before git runs, nothing happens ----------------------------------------------------


def _unsafe_urls(marker: Path) -> list[str]:
    return [
        f"ext::sh -c touch% {marker}",
        f"ext::sh -c 'touch {marker}'",
        "fd::17",
        f"transport::{marker}",
        f"--upload-pack=touch {marker}",
        f"-c core.sshCommand=touch {marker}",
        f"-u touch {marker}",
        "git://example.com/repo.git",
        "ftp://example.com/repo.git",
        "ext://example.com/repo.git",
        "https://example.com/re po.git",
        "https://example.com/repo.git\n--upload-pack=x",
        "https://example.com/\x00repo.git",
        "git@-oProxyCommand=touch:x",
    ]


@pytest.mark.parametrize("index", range(14))
def test_unsafe_urls_are_refused_without_side_effects(tmp_path, index):
    marker = tmp_path / "pwned"
    url = _unsafe_urls(marker)[index]
    cache = tmp_path / "cache"
    assert is_git_url(url)
    with pytest.raises(UserError, match="refusing repository URL") as err:
        open_source(url, cache_dir=cache)
    assert "\n" not in str(err.value)
    assert not marker.exists()
    assert _cache_entries(cache) == []


@pytest.mark.parametrize("ref", ["--upload-pack=touch /tmp/x", "-c", "main..dev", "a b", "x:y", "refs\x00"])
def test_unsafe_refs_are_refused(tmp_path, ref):
    origin = make_repo(tmp_path, FILES, name="origin")
    cache = tmp_path / "cache"
    with pytest.raises(UserError, match="refusing ref"):
        open_source(origin.as_uri(), ref=ref, cache_dir=cache)
    assert _cache_entries(cache) == []


@pytest.mark.parametrize(
    "url",
    ["https://github.com/acme/shop.git", "http://host:8080/x.git", "ssh://git@host/x.git", "git@github.com:acme/shop.git",
     "file:///srv/git/shop.git"],
)  # fmt: skip
def test_safe_urls_pass_the_check(url):
    assert is_git_url(url)
    check_git_url(url)


def test_local_paths_are_not_urls(tmp_path):
    assert not is_git_url(str(tmp_path))
    assert not is_git_url("examples/mother-project")
