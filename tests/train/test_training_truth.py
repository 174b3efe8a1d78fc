"""AppTest of what the Training page says about runs: the newest run preselected in Compare and Export, the phase
("testing the base model: 3/14"), an ETA from the run (never the 7B plan for the demo model), Start disabled while a
run is active, and Stop acting while the base model is being tested."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from architect_ai.train.config import build_train_config
from architect_ai.train.launcher import prepare_run, start_worker
from architect_ai.training_plan import training_plan, write_training_plan
from tests.train.test_training_page import _page, _wait
from tests.ui.dataset_factory import write_dataset

pytestmark = pytest.mark.slow


@pytest.fixture
def datasets_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "datasets"
    root.mkdir()
    monkeypatch.setenv("ARCHITECT_AI_DATASETS_DIR", str(root))
    monkeypatch.setenv("OLLAMA_HOST", "http://127.0.0.1:9")
    return root


def _finished_run(folder: Path) -> Path:
    run_dir = prepare_run(build_train_config(dataset=str(folder), base="demo", max_steps=1, suite=False, threads=1))
    assert start_worker(run_dir, threads=1).wait(timeout=180) == 0
    time.sleep(0.01)  # run ids are stamped to the millisecond
    return run_dir


def test_export_and_compare_follow_the_newest_run(datasets_dir: Path) -> None:
    folder = write_dataset(datasets_dir)
    first = _finished_run(folder)
    at = _page(folder)
    assert at.selectbox(key="train_export_run").value == first.name
    second = _finished_run(folder)
    at.run()
    assert at.selectbox(key="train_export_run").value == second.name  # not the first run, still selected before
    assert second.name in at.multiselect(key="train_compare").value
    at.selectbox(key="train_export_run").set_value(first.name).run()  # a choice by hand is kept…
    at.run()
    assert at.selectbox(key="train_export_run").value == first.name
    third = _finished_run(folder)
    at.run()  # …until a newer run finishes
    assert at.selectbox(key="train_export_run").value == third.name
    assert at.multiselect(key="train_compare").value[0] == third.name


def test_demo_run_shows_its_phase_its_own_eta_and_stops_during_the_base_suite(datasets_dir: Path) -> None:
    folder = write_dataset(datasets_dir)
    report = json.loads((folder / "report.json").read_text())
    write_training_plan(folder, training_plan(report, hardware="cpu", model_size="7b"))
    at = _page(folder)
    at.number_input(key="train_epochs").set_value(2)
    at.number_input(key="train_max_length").set_value(64)
    at.number_input(key="train_suite_tokens").set_value(4096)  # a long base suite: time to look at it and stop it
    at.button(key="train_start").click().run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    assert at.button(key="train_start").disabled  # one run at a time
    texts = lambda: [p.proto.text for p in at.get("progress")]  # noqa: E731
    _wait(at, lambda: any(t.startswith("testing the base model: ") for t in texts()))
    phase_text = next(t for t in texts() if t.startswith("testing the base model: "))
    done, total = phase_text.removeprefix("testing the base model: ").split("/")
    assert int(done) < int(total) and int(total) >= 4  # the strategy's four prompts and the convention ones
    captions = [c.value for c in at.caption]
    assert "ETA: measured after the first training steps" in captions
    assert not [c for c in captions if "h on CPU" in c or "7b" in c.lower()]  # never the 7B plan for the demo model
    assert at.button(key="train_start").disabled
    asked = time.monotonic()
    at.button(key="train_stop").click().run()
    _wait(at, lambda: any(": stopped" in s.value for s in at.success), seconds=30)
    assert time.monotonic() - asked < 20
    stopped = next(s.value for s in at.success if ": stopped" in s.value)
    assert "while testing the base model" in stopped
    at.run()
    assert not at.button(key="train_start").disabled  # the run is over: another may start
