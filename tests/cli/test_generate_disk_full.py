"""Disk full while `generate` writes (#20): one line, exit 2, and no dataset file left half-written."""

from __future__ import annotations

import sys
from pathlib import Path

from tests.disk_full import needs_mount, on_full_disk


@needs_mount
def test_disk_full_while_writing_a_dataset_is_one_line_exit_2_and_leaves_no_file(tmp_path: Path) -> None:
    out = tmp_path / "out"
    command = [sys.executable, "-m", "architect_ai", "-q", "generate", "--target", "500", "--out", str(out)]
    result, left = on_full_disk(out, "256k", command)
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: disk full"), result.stderr
    assert "Traceback" not in result.stderr
    assert left == [], f"half-written files left behind: {left}"
