"""Session-wide fixtures: expensive runs made once and read by many tests (never modify what they return)."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def sample_500(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The dataset folder of `tests.sample_runs.SAMPLE_500`, generated once for the session. Read-only: a test that
    changes files copies the folder first."""
    from tests.sample_runs import generate_sample_500  # imported when first used: collecting loads no pipeline

    return generate_sample_500(tmp_path_factory.mktemp("sample-500"))


@pytest.fixture(scope="session")
def sample_erd_500(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The dataset folder of `tests.sample_runs.SAMPLE_ERD_500`, generated once for the session. Read-only."""
    from tests.sample_runs import generate_sample_erd_500

    return generate_sample_erd_500(tmp_path_factory.mktemp("sample-erd-500"))
