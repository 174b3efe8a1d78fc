"""Stop acts while the suite tests the model: between prompts and after every generated token, within seconds."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from architect_ai.train.config import build_train_config
from architect_ai.train.launcher import finish_after_exit, prepare_run, start_worker
from architect_ai.train.run_folder import read_events, read_status, request_stop
from architect_ai.ui.training_charts import phase
from tests.train.conftest import SYSTEM

pytestmark = pytest.mark.slow
PROMPTS = 14
#: A stop must end the run this fast (the process still has to save its status and exit).
STOP_SECONDS = 15.0


def _long_suite(path: Path) -> Path:
    """14 prompts, each allowed thousands of tokens: answering all of them takes far longer than a stop may."""
    prompts = [
        {
            "id": f"p{i}",
            "prompt": f"Write the storage for orders number {i}",
            "assertions": [{"type": "contains", "value": "x"}],
        }
        for i in range(PROMPTS)
    ]
    path.write_text(json.dumps({"name": "long", "system": SYSTEM, "prompts": prompts}), encoding="utf-8")
    return path


def _wait(condition, seconds: float, process) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert process.poll() is None, "the worker ended early"
        assert time.monotonic() < deadline
        time.sleep(0.05)


def test_stop_during_the_base_suite_ends_the_run_within_seconds(dataset: Path, tiny_model: Path, tmp_path: Path):
    suite = _long_suite(tmp_path / "suite.json")
    config = build_train_config(
        dataset=str(dataset), base=str(tiny_model), threads=1, suite_file=str(suite), suite_max_tokens=8192
    )
    run_dir = prepare_run(config)
    process = start_worker(run_dir, threads=1)
    progress = lambda: [e for e in read_events(run_dir) if e["type"] == "suite_progress"]  # noqa: E731
    _wait(lambda: bool(progress()), 120, process)
    text, _ = phase(read_events(run_dir))
    assert text.startswith("testing the base model: ") and text.endswith(f"/{PROMPTS}"), text
    time.sleep(1.0)  # well inside the first answer (thousands of tokens)
    asked = time.monotonic()
    request_stop(run_dir)
    assert process.wait(timeout=60) == 0
    took = time.monotonic() - asked
    finish_after_exit(run_dir, process.returncode)
    status = read_status(run_dir)
    assert status.status == "stopped", status.reason
    assert "while testing the base model" in status.reason and "no adapter" in status.reason
    assert took < STOP_SECONDS, f"the stop took {took:.1f} s"
    events = read_events(run_dir)
    assert not [e for e in events if e["type"] == "step"]  # nothing trained
    assert max(e["done"] for e in events if e["type"] == "suite_progress") < PROMPTS
    assert phase(events)[0].startswith("finished at step 0")
