"""Stopping through the stop file saves the adapter; a killed training process never looks completed."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest

from architect_ai.train.config import build_train_config
from architect_ai.train.launcher import finish_after_exit, prepare_run, start_worker
from architect_ai.train.run_folder import read_events, read_run, read_status, request_stop

pytestmark = pytest.mark.slow


def _config(dataset: Path, base: Path, **extra):
    return build_train_config(dataset=str(dataset), base=str(base), threads=1, suite=False, **extra)


def test_stop_at_step_three_saves_the_adapter(dataset: Path, tiny_model: Path):
    run_dir = prepare_run(_config(dataset, tiny_model, epochs=5, learning_rate=0.01))
    request_stop(run_dir, at_step=3)
    process = start_worker(run_dir, threads=1)
    assert process.wait(timeout=120) == 0
    finish_after_exit(run_dir, process.returncode)
    status = read_status(run_dir)
    assert status.status == "stopped", status.reason
    assert "step 3" in status.reason
    assert max(e["step"] for e in read_events(run_dir) if e["type"] == "step") == 3
    assert (run_dir / "adapter" / "adapter_model.safetensors").is_file()
    assert (run_dir / "adapter" / "adapter_config.json").is_file()


def test_sigkill_mid_run_is_reported_failed(dataset: Path, tiny_model: Path):
    run_dir = prepare_run(_config(dataset, tiny_model, epochs=50, learning_rate=0.01))
    process = start_worker(run_dir, threads=1)
    deadline = time.monotonic() + 120
    while not any(e["type"] == "step" for e in read_events(run_dir)):
        assert process.poll() is None, (run_dir / "worker.log").read_text()[-2000:]
        assert time.monotonic() < deadline
        time.sleep(0.05)
    os.kill(process.pid, signal.SIGKILL)
    assert process.wait(timeout=30) == -signal.SIGKILL
    assert read_run(run_dir)["status"] == "running"  # what the dead process left behind
    before = read_status(run_dir)  # the page's view, before anyone cleaned up
    assert before.status == "failed" and "killed or crashed" in before.reason
    after = finish_after_exit(run_dir, process.returncode)
    assert after["status"] == "failed" and "SIGKILL" in after["reason"]
    assert not (run_dir / "adapter").exists()
