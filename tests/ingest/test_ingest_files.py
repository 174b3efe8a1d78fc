"""iter_source_files: selection, skips by reason, safe reading — on real folders and git repositories."""

from __future__ import annotations

import os
import sys
from collections import Counter
from pathlib import Path

import pytest

from architect_ai.ingest.files import iter_source_files
from architect_ai.ingest.languages import language_of
from architect_ai.ingest.repository import open_source
from tests.repo_factory import make_repo, write_files

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64)


def _read(root: Path, **kwargs) -> tuple[dict[str, object], Counter]:
    skips: Counter = Counter()
    files = {f.path: f for f in iter_source_files(open_source(str(root)), skips=skips, **kwargs)}
    return files, skips


def _folder(tmp_path: Path, files: dict[str, str | bytes]) -> Path:
    root = tmp_path / "proj"
    root.mkdir()
    write_files(root, files)
    return root


def test_git_repo_reads_tracked_files_only_sorted(tmp_path):
    root = make_repo(
        tmp_path,
        {"b.cs": "class B {}\n", "a/z.ts": "export const z = 1;\n", ".gitignore": "*.log\n", "debug.log": "noise\n"},
    )
    (root / "untracked.cs").write_text("class U {}\n")
    files, _ = _read(root)
    assert list(files) == [".gitignore", "a/z.ts", "b.cs"]


def test_plain_folder_walk_is_sorted_and_complete(tmp_path):
    root = _folder(tmp_path, {"z.cs": "class Z {}\n", "a/b.ts": "export {}\n", "a.txt": "a\n", "a/c/d.py": "x = 1\n"})
    files, _ = _read(root)
    assert list(files) == ["a.txt", "a/b.ts", "a/c/d.py", "z.cs"]


@pytest.mark.parametrize("make", [make_repo, _folder])
def test_vendored_build_lock_and_minified_files_are_skipped(tmp_path, make):
    files = {
        "src/App.cs": "class App {}\n",
        "node_modules/left-pad/index.js": "module.exports = 1;\n",
        "src/bin/Debug/App.dll.config": "<x/>\n",
        "src/obj/project.assets.json": "{}\n",
        "src/wwwroot/lib/jquery/jquery.js": "var $;\n",
        "src/wwwroot/css/site.css": "body { margin: 0; }\n",
        "client/package-lock.json": "{}\n",
        "client/yarn.lock": "# yarn\n",
        "packages.lock.json": "{}\n",
        "client/dist/main.js": "x\n",
        "client/src/vendor.min.js": "var a=1;\n",
        "client/src/generated.js": "var a=1;" * 1000 + "\n",
    }
    found, skips = _read(make(tmp_path, files))
    assert set(found) == {"src/App.cs", "src/wwwroot/css/site.css"}
    assert skips["lock_file"] == 3
    assert skips["minified"] == 2
    assert skips["skipped_dir"] == 3  # bin, obj, dist
    assert skips["vendored"] == 2  # node_modules, wwwroot/lib


def test_only_binaries_yields_nothing(tmp_path):
    root = make_repo(tmp_path, {"logo.png": PNG, "font.woff2": b"wOF2" + bytes(40), "data.txt": b"abc\x00def" * 10})
    found, skips = _read(root)
    assert found == {}
    assert skips["binary"] == 2 and skips["font"] == 1


def test_languages_and_metadata(tmp_path):
    root = make_repo(
        tmp_path,
        {"Api/ProductsController.cs": "public class ProductsController {}\n", "web/app.component.ts": "export {}\n",
         "web/app.component.html": "<div></div>\n", "web/app.component.scss": ".a { b: c; }\n",
         "Dockerfile": "FROM scratch\n", "notes": "plain\n"},
    )  # fmt: skip
    found, _ = _read(root)
    assert {p: f.language for p, f in found.items()} == {
        "Api/ProductsController.cs": "csharp",
        "web/app.component.ts": "typescript",
        "web/app.component.html": "html",
        "web/app.component.scss": "scss",
        "Dockerfile": "dockerfile",
        "notes": "text",
    }
    assert found["notes"].size == len("plain\n")
    assert language_of("x/y.JSON") == "json"


def test_encoding_bom_crlf_and_undecodable(tmp_path):
    root = make_repo(
        tmp_path,
        {"bom.cs": "\ufeffclass A {}\r\n".encode(), "crlf.ts": b"a\r\nb\r\n", "latin1.txt": "caf\xe9\n".encode("latin-1"),
         "empty.txt": "", "blank.txt": "  \n\n"},
    )  # fmt: skip
    found, skips = _read(root)
    assert found["bom.cs"].text == "class A {}\n"
    assert found["crlf.ts"].text == "a\nb\n"
    assert "latin1.txt" not in found and skips["undecodable"] == 1
    assert skips["empty"] == 2


def test_names_with_spaces_and_unicode(tmp_path):
    root = make_repo(tmp_path, {"my docs/Ünïcødé notes.md": "# hé\n", "日本/データ.ts": "export const ü = 1;\n"})
    found, _ = _read(root)
    assert found["my docs/Ünïcødé notes.md"].text == "# hé\n"
    assert found["日本/データ.ts"].language == "typescript"


def test_too_large_file_is_skipped_without_being_opened(tmp_path):
    root = _folder(tmp_path, {"small.cs": "class S {}\n"})
    big = root / "huge.json"
    with open(big, "wb") as handle:  # sparse: 50 MB on paper, instant to create
        handle.truncate(50 * 1024 * 1024)
    opened: list[str] = []
    watching = True

    def audit(event: str, args: tuple) -> None:
        if watching and event == "open" and args and isinstance(args[0], str | bytes | os.PathLike):
            opened.append(os.fsdecode(args[0]))

    sys.addaudithook(audit)
    try:
        found, skips = _read(root)
    finally:
        watching = False
    assert set(found) == {"small.cs"}
    assert skips["too_large"] == 1
    assert any(path.endswith("small.cs") for path in opened)  # the hook does see our reads
    assert not any(path.endswith("huge.json") for path in opened)


def test_max_file_bytes_is_respected(tmp_path):
    root = _folder(tmp_path, {"a.txt": "x" * 50 + "\n", "b.txt": "y" * 5000 + "\n" * 100})
    found, skips = _read(root, max_file_bytes=1000)
    assert set(found) == {"a.txt"} and skips["too_large"] == 1


def test_symlinks_outside_the_root_and_loops_are_skipped(tmp_path):
    outside = tmp_path / "outside.txt"
    outside.write_text("private data outside the repo\n")
    (tmp_path / "outside_dir").mkdir()
    (tmp_path / "outside_dir" / "x.cs").write_text("class X {}\n")
    root = make_repo(tmp_path, {"real.cs": "class R {}\n"}, commit=False)
    os.symlink(outside, root / "leak.txt")
    os.symlink("loop_b", root / "loop_a")
    os.symlink("loop_a", root / "loop_b")
    os.symlink("real.cs", root / "alias.cs")
    os.symlink(tmp_path / "outside_dir", root / "linked_dir")
    from tests.repo_factory import commit_all

    commit_all(root, "links")
    for source_root in (root, _copy_as_folder(root, tmp_path / "plain")):
        found, skips = _read(source_root)
        assert "private data" not in "".join(f.text for f in found.values())
        assert set(found) == {"real.cs", "alias.cs"}
        assert skips["symlink_outside"] == 2  # the file and the folder
        assert skips["symlink_loop"] == 2


def _copy_as_folder(root: Path, target: Path) -> Path:
    """The same tree without .git (symlinks kept as symlinks)."""
    import shutil

    shutil.copytree(root, target, symlinks=True, ignore=shutil.ignore_patterns(".git"))
    return target


def test_secret_files_and_mostly_secret_files_are_skipped(tmp_path):
    root = make_repo(
        tmp_path,
        {".env": "API_TOKEN=abc123def456\n", ".env.production": "X=1\n", "certs/site.pem": "-----BEGIN CERTIFICATE-----\n",
         "keys/id_ed25519": "k\n", "App/secrets.json": "{}\n", "store.jks": "k\n", "only-secret.yml": "password: Hunter2Hunter2\n",
         "ok.yml": "name: shop\nreplicas: 2\npassword: Hunter2Hunter2\nimage: shop:1\n"},
    )  # fmt: skip
    found, skips = _read(root)
    assert set(found) == {"ok.yml"}
    assert skips["secret_file"] == 6
    assert skips["mostly_secret"] == 1
    assert found["ok.yml"].redactions == 1
    assert "Hunter2Hunter2" not in found["ok.yml"].text
    assert "password: <REDACTED:password>" in found["ok.yml"].text


def test_streams_lazily(tmp_path):
    root = _folder(tmp_path, {f"f{i:03}.cs": f"class C{i} {{}}\n" for i in range(50)})
    stream = iter_source_files(open_source(str(root)))
    assert next(stream).path == "f000.cs"
    assert next(stream).path == "f001.cs"
