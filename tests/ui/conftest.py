"""Fixtures for the UI tests."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def datasets_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty datasets root the app uses instead of the repository's finetune_datasets/."""
    root = tmp_path / "datasets"
    root.mkdir()
    monkeypatch.setenv("ARCHITECT_AI_DATASETS_DIR", str(root))
    return root
