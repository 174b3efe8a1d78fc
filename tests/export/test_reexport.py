"""Re-export of a real generated dataset without rejected ids: every file rebuilt, hashes and counts consistent."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from architect_ai.export.reexport import reexport


@pytest.mark.slow
def test_reexport_rebuilds_every_file_without_the_rejected(tmp_path: Path, sample_erd_500: Path) -> None:
    folder = Path(shutil.copytree(sample_erd_500, tmp_path / sample_erd_500.name))  # the shared run stays untouched
    lines = (folder / "dataset.jsonl").read_text().splitlines()
    rejected = [json.loads(line)["metadata"]["id"] for line in lines[:10]]
    before = json.loads((folder / "manifest.json").read_text())

    report = reexport(folder, rejected)

    kept = (folder / "dataset.jsonl").read_text().splitlines()
    assert kept == lines[10:]  # order and bytes of the others unchanged
    assert report["counts"]["total"] == 490 and report["reached"] is False
    assert report["drops"]["dropped_rejected"] == 10
    assert next(c for c in report["criteria"] if c["id"] == "total")["passed"] is False
    manifest = json.loads((folder / "manifest.json").read_text())
    assert set(manifest["files"]) >= set(before["files"]) - {p for p in before["files"] if p.startswith("subsets/")}
    for relpath, digest in manifest["files"].items():
        assert hashlib.sha256((folder / relpath).read_bytes()).hexdigest() == digest, relpath
    train_rows = json.loads((folder / "formats" / "alpaca.json").read_text())
    valid_rows = json.loads((folder / "formats" / "alpaca_valid.json").read_text())
    assert len(train_rows) == report["counts"]["by_split"]["train"]
    kept_pairs = {(row["instruction"], row["output"]) for row in train_rows + valid_rows}
    rejected_pairs = {(m[1]["content"], m[2]["content"]) for m in (json.loads(lines[i])["messages"] for i in range(10))}
    assert len(kept_pairs) == 490 and not kept_pairs & rejected_pairs
    assert sorted(p.name for p in tmp_path.iterdir()) == [folder.name]  # no temporary or backup folder left
