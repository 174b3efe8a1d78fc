"""Disk full in the middle of a training run (#20): one line naming it, exit 2 — not "internal error" (exit 3)."""

from __future__ import annotations

import sys
from pathlib import Path

from tests.disk_full import needs_mount, on_full_disk
from tests.train.conftest import make_dataset


@needs_mount
def test_disk_full_during_training_is_one_line_exit_2(tiny_model: Path, tmp_path: Path) -> None:
    seed = make_dataset(tmp_path / "seed")
    folder = tmp_path / "ds"
    command = [sys.executable, "-m", "architect_ai", "-q", "train", "--dataset", str(folder)]
    command += ["--base", str(tiny_model), "--epochs", "1", "--threads", "1", "--no-suite"]
    result, left = on_full_disk(folder, "220m", command, seed=seed, fill_when="runs")
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert lines and lines[-1].startswith("error: disk full"), result.stderr
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    assert "train.jsonl" in left, left  # the dataset itself is untouched
