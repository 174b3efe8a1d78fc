"""Runs of the bundled sample shared by several tests (built once per session in tests/conftest.py)."""

from __future__ import annotations

from pathlib import Path

from architect_ai.config import SAMPLE_REPO, RunConfig
from architect_ai.pipeline import generate_dataset

#: The bundled sample at target 500 with every other setting at its default (Code Prototype, seed 42).
SAMPLE_500 = RunConfig(repo=str(SAMPLE_REPO), target=500)


def generate_sample_500(out_root: Path) -> Path:
    """The dataset folder of `SAMPLE_500` written under `out_root`."""
    return generate_dataset(SAMPLE_500, out_root=out_root).out_dir


#: The bundled sample at target 500, ERD only.
SAMPLE_ERD_500 = RunConfig(repo=str(SAMPLE_REPO), target=500, artifact_type="erd")


def generate_sample_erd_500(out_root: Path) -> Path:
    """The dataset folder of `SAMPLE_ERD_500` written under `out_root`."""
    return generate_dataset(SAMPLE_ERD_500, out_root=out_root).out_dir
