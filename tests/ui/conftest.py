"""Fixtures for the UI tests."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from architect_ai.config import SAMPLE_REPO


@pytest.fixture
def datasets_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty datasets root the app uses instead of the repository's finetune_datasets/.

    The page may read repositories under `tmp_path` and the bundled sample (its allowed roots).
    """
    root = tmp_path / "datasets"
    root.mkdir()
    monkeypatch.setenv("ARCHITECT_AI_DATASETS_DIR", str(root))
    monkeypatch.setenv("ARCHITECT_AI_ALLOWED_ROOTS", os.pathsep.join([str(tmp_path), str(SAMPLE_REPO)]))
    monkeypatch.setenv("OLLAMA_HOST", "http://127.0.0.1:9")  # the sidebar's status check never leaves the machine
    return root
