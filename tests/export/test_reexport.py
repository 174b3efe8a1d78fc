"""Re-export of a real generated dataset: every file rebuilt without the rejected, with the edits, through the same
content split, conventions and success criteria as generation; the user's runs, validation history and review marks
survive it (and `generate --force`); with nothing to apply every file keeps its bytes."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from architect_ai.cli import main
from architect_ai.config import RunConfig
from architect_ai.export.reexport import reexport, save_edits, save_rejected
from architect_ai.pipeline import generate_dataset

TARGET = 4_500


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample at 4,500 with 10 held-out files (test.jsonl; they take their examples out of the count and a few
    conventions' only examples, so not every criterion is met)."""
    root = tmp_path_factory.mktemp("generated")
    return generate_dataset(RunConfig(target=TARGET, test_size=10), out_root=root).out_dir


@pytest.fixture
def folder(generated: Path, tmp_path: Path) -> Path:
    """A copy of the generated dataset under its own name, with a training run and a validation run in it."""
    copy = tmp_path / generated.name
    shutil.copytree(generated, copy)
    (copy / "runs" / "20261203-101500").mkdir(parents=True)
    (copy / "runs" / "20261203-101500" / "metrics.jsonl").write_text('{"step": 1, "loss": 2.5}\n')
    (copy / "validation").mkdir(exist_ok=True)  # the dataset already keeps its transfer suite there
    (copy / "validation" / "20261203-110000.json").write_text('{"model": "tuned", "passed": 12}\n')
    return copy


def _digests(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _ids(path: Path) -> list[str]:
    return [json.loads(line)["metadata"]["id"] for line in path.read_text().splitlines()]


def _criteria(folder: Path) -> dict[str, dict]:
    return {c["id"]: c for c in json.loads((folder / "report.json").read_text())["criteria"]}


@pytest.mark.slow
def test_reexport_with_nothing_to_apply_leaves_every_file_byte_identical(folder: Path) -> None:
    before = _digests(folder)
    assert "test.jsonl" in before and "runs/20261203-101500/metrics.jsonl" in before

    reexport(folder, [])

    assert _digests(folder) == before
    save_rejected(folder, ["0000000000000000"])  # an id that is not (or no longer) in the dataset applies nothing
    marked = _digests(folder)
    reexport(folder, ["0000000000000000"])
    assert _digests(folder) == marked
    assert sorted(p.name for p in folder.parent.iterdir()) == [folder.name]  # no temporary or backup folder left


@pytest.mark.slow
def test_reject_one_and_edit_one_keeps_every_criterion_the_split_and_the_users_files(folder: Path) -> None:
    before = _criteria(folder)
    assert sum(c["passed"] for c in before.values()) > 30
    valid_before, test_before = set(_ids(folder / "valid.jsonl")), set(_ids(folder / "test.jsonl"))
    lines = (folder / "dataset.jsonl").read_text().splitlines()
    rows = [json.loads(line) for line in lines]
    rejected, edited = rows[0]["metadata"]["id"], rows[1]["metadata"]["id"]
    save_rejected(folder, [rejected])
    save_edits(folder, {edited: "Write this again for the BookNest branch service, in the house style"})
    users = {
        p: (folder / p).read_bytes() for p in ("runs/20261203-101500/metrics.jsonl", "validation/20261203-110000.json")
    }

    report = reexport(folder, [rejected])

    after = _criteria(folder)
    assert set(after) == set(before), set(before) ^ set(after)  # the same criteria (teachable conventions only)
    assert {i for i, c in after.items() if c["passed"]} == {i for i, c in before.items() if c["passed"]}
    total = len(lines) - 1
    assert after["total"]["value"] == f"{total:,} after review (1 rejected)"
    assert report["counts"]["total"] == total and report["drops"]["dropped_rejected"] == 1
    assert report["support"]["summary"].startswith(f"{report['support']['repository_examples']:,} of the {total:,} ")
    kept = (folder / "dataset.jsonl").read_text().splitlines()
    assert kept[1:] == lines[2:]  # order and bytes of the others unchanged
    assert json.loads(kept[0])["messages"][1]["content"].startswith("Write this again for the BookNest")
    new_id = json.loads(kept[0])["metadata"]["id"]
    valid_after = set(_ids(folder / "valid.jsonl"))
    assert valid_after - {new_id} == valid_before - {rejected, edited}  # every example kept its side of the split
    assert (edited in valid_before) == (new_id in valid_after)
    assert set(_ids(folder / "test.jsonl")) == test_before  # the held-out side stays held out
    assert report["held_out"]["examples"] == len(test_before) and report["quality"]["leaked_groups"] == 0
    assert {p: (folder / p).read_bytes() for p in users} == users
    assert json.loads((folder / "rejected.json").read_text())["rejected"] == [rejected]
    assert json.loads((folder / "edits.json").read_text())["edits"] == {}
    manifest = json.loads((folder / "manifest.json").read_text())
    assert manifest["review"] == {"rejected": 1, "edited": 1}
    for relpath, digest in manifest["files"].items():
        assert hashlib.sha256((folder / relpath).read_bytes()).hexdigest() == digest, relpath
    train = json.loads((folder / "formats" / "alpaca.json").read_text())
    valid = json.loads((folder / "formats" / "alpaca_valid.json").read_text())
    assert len(train) + len(valid) == total and len(valid) == len(valid_after)

    again = _digests(folder)
    reexport(folder, [rejected])  # applied already: nothing changes any more
    assert _digests(folder) == again


@pytest.mark.slow
def test_generate_force_keeps_runs_validation_and_review_marks_and_says_so(
    generated: Path, folder: Path, capsys: pytest.CaptureFixture
) -> None:
    save_rejected(folder, ["0123456789abcdef"])
    users = {
        p: (folder / p).read_bytes()
        for p in ("runs/20261203-101500/metrics.jsonl", "validation/20261203-110000.json", "rejected.json")
    }
    (folder / "dataset.jsonl").write_text("")  # the generated files are rebuilt

    code = main(
        [
            "-q",
            "generate",
            "--target",
            str(TARGET),
            "--test-size",
            "10",
            "--out",
            str(folder.parent),
            "--name",
            folder.name,
            "--force",
        ]
    )

    assert code == 0
    err = capsys.readouterr().err
    line = next(line for line in err.splitlines() if line.startswith("--force:"))
    assert "kept runs/ (1 entry), validation/ (1 entry), rejected.json" in line
    assert {p: (folder / p).read_bytes() for p in users} == users
    assert (folder / "dataset.jsonl").read_bytes() == (generated / "dataset.jsonl").read_bytes()  # rebuilt, same seed
    assert sorted(p.name for p in folder.parent.iterdir()) == [folder.name]
