"""File selection from one place: a plain folder's .gitignore, --include/--exclude, one skip list, caps."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from architect_ai.errors import UserError
from architect_ai.ingest.files import iter_source_files
from architect_ai.ingest.languages import SKIP_DIRS, in_skipped_dir
from architect_ai.ingest.provenance import VENDORED_DIRS, reason_by_name
from architect_ai.ingest.repository import open_source
from architect_ai.ingest.selection import SKIP_FOLDERS, folder_reason
from tests.cli.test_cli import assert_clean_failure, cli
from tests.repo_factory import make_repo, write_files

CODE = "public class A\n{\n    public int Id { get; set; }\n}\n"


def _read(root: Path, **kwargs) -> tuple[list[str], Counter]:
    skips: Counter = Counter()
    paths = [f.path for f in iter_source_files(open_source(str(root)), skips=skips, **kwargs)]
    return paths, skips


def _plain(tmp_path: Path, files: dict[str, str]) -> Path:
    root = tmp_path / "plain"
    root.mkdir()
    write_files(root, files)
    return root


def test_plain_folder_gitignore_excludes_a_code_folder(tmp_path):
    root = _plain(
        tmp_path,
        {
            ".gitignore": "# build output\ngenerated-client/\n*.log\n!keep.log\n",
            "src/Order.cs": CODE,
            "generated-client/Api.cs": CODE,
            "generated-client/deep/Model.cs": CODE,
            "debug.log": "noise\n",
            "keep.log": "kept\n",
            "src/sub/.gitignore": "local.cs\n",
            "src/sub/local.cs": CODE,
            "src/sub/shared.cs": CODE,
        },
    )
    paths, skips = _read(root)
    assert not [p for p in paths if p.startswith("generated-client/")]
    assert paths == [".gitignore", "keep.log", "src/Order.cs", "src/sub/.gitignore", "src/sub/shared.cs"]
    assert skips["gitignored"] == 3  # the folder (pruned once), debug.log, src/sub/local.cs


def test_include_and_exclude_do_what_they_say(tmp_path):
    root = make_repo(
        tmp_path,
        {
            "src/App/Order.cs": CODE,
            "src/App/order.ts": "export const a = 1;\n",
            "legacy/Old.cs": CODE,
            "README.md": "x\n",
        },
    )
    included, skips = _read(root, include=("src/**",))
    assert included == ["src/App/Order.cs", "src/App/order.ts"]
    assert skips["not_included"] == 2
    excluded, skips = _read(root, exclude=("legacy/", "*.ts"))
    assert excluded == ["README.md", "src/App/Order.cs"]
    assert skips["excluded"] == 2
    both, _ = _read(root, include=("*.cs",), exclude=("legacy/**",))
    assert both == ["src/App/Order.cs"]


def test_exclude_prunes_a_plain_folder_walk(tmp_path):
    root = _plain(tmp_path, {"keep/A.cs": CODE, "skip/B.cs": CODE, "skip/C.cs": CODE})
    paths, skips = _read(root, exclude=("skip/",))
    assert paths == ["keep/A.cs"] and skips["excluded"] == 1


def test_over_the_file_cap_is_a_user_error(tmp_path):
    root = make_repo(tmp_path, {f"src/F{i}.cs": CODE for i in range(5)})
    with pytest.raises(UserError, match="5 files to read, over the cap of 4"):
        _read(root, max_files=4)
    assert len(_read(root, max_files=5)[0]) == 5
    with pytest.raises(UserError, match="more than 100 bytes"):
        _read(root, max_total_bytes=100)


def test_caps_and_globs_through_the_cli(tmp_path):
    big = CODE.replace("Id", "Identifier" * 40)
    root = make_repo(tmp_path, {f"src/F{i}.cs": big for i in range(5)} | {"legacy/Old.cs": CODE})
    assert_clean_failure(cli("inspect", "--repo", str(root), "--max-files", "3"), "over the cap of 3", "--include")
    assert_clean_failure(cli("inspect", "--repo", str(root), "--max-total-bytes", "1000"), "more than 1000 bytes")
    result = cli("inspect", "--repo", str(root), "--exclude", "legacy/", "--include", "*.cs")
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["files"] == 5 and summary["skipped"]["excluded"] == 1


def test_one_skip_list_behind_both_old_names():
    names = {p.rstrip("/") for p, _ in SKIP_FOLDERS}
    assert names >= SKIP_DIRS and names >= VENDORED_DIRS
    assert VENDORED_DIRS <= SKIP_DIRS  # once overlapping lists, now one: a vendored folder is a skipped folder
    assert folder_reason("web/node_modules/x") == "vendored" == reason_by_name("web/node_modules/x/a.js")
    assert folder_reason("src/App/bin/Debug") == "skipped_dir" and in_skipped_dir("src/App/bin/Debug/a.cs")
    assert reason_by_name("src/wwwroot/lib/jq/a.js") == "vendored"
    assert not in_skipped_dir("src/binder/a.cs")


@pytest.mark.parametrize(
    "path",
    ["shop/migrations/0001_initial.py", "shop/migrations/0002_order_total.py", "alembic/versions/3f2a_add.py",
     "db/migrations/versions/abc.py", "Infrastructure/Migrations/20240101_Init.cs"],
)  # fmt: skip
def test_django_alembic_and_ef_migrations_are_generated(path):
    assert reason_by_name(path) == "generated"


def test_ordinary_python_is_not_a_migration():
    assert reason_by_name("shop/services.py") is None
    assert reason_by_name("shop/versions/api.py") is None
