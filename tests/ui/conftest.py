"""Fixtures for the UI tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))


@pytest.fixture
def datasets_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty datasets root the app uses instead of the repository's finetune_datasets/."""
    root = tmp_path / "datasets"
    root.mkdir()
    monkeypatch.setenv("ARCHITECT_AI_DATASETS_DIR", str(root))
    return root
