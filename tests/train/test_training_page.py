"""AppTest of the Training page: a demo run starts, its loss chart grows while it runs, Stop works, the run is listed
with its curve; a killed run is shown as failed."""

from __future__ import annotations

import json
import os
import signal
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from architect_ai.ui.training_view import ACTIVE_RUN, PROCESSES
from tests.ui.dataset_factory import APP, write_dataset

pytestmark = pytest.mark.slow
PAGE = "pages/training.py"


@pytest.fixture
def datasets_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "datasets"
    root.mkdir()
    monkeypatch.setenv("ARCHITECT_AI_DATASETS_DIR", str(root))
    return root


def _page(folder: Path) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    at.switch_page(PAGE).run()
    assert not at.exception
    at.selectbox(key="train_dataset").set_value(str(folder)).run()
    return at


def _chart_points(at: AppTest, key_part: str) -> list[int]:
    """Points per trace of the first plotly chart whose element id contains `key_part`."""
    for element in at.get("plotly_chart"):
        if key_part in element.proto.id:
            figure = json.loads(element.proto.spec)
            return [len(trace.get("x") or []) for trace in figure["data"]]
    return []


def _wait(at: AppTest, condition: Callable[[], bool], seconds: float = 90) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, [e.value for e in at.error]
        time.sleep(0.4)
        at.run()


def _start_demo(at: AppTest, epochs: int) -> Path:
    at.number_input(key="train_epochs").set_value(epochs)
    at.number_input(key="train_batch").set_value(8)
    at.number_input(key="train_max_length").set_value(64)
    at.checkbox(key="train_suite").uncheck()
    at.button(key="train_start").click().run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    return Path(at.session_state[ACTIVE_RUN])


def test_demo_run_grows_its_chart_stops_and_is_listed(datasets_dir: Path) -> None:
    folder = write_dataset(datasets_dir)
    at = _page(folder)
    assert any("learns nothing useful" in c.value for c in at.caption)
    run_dir = _start_demo(at, epochs=40)
    _wait(at, lambda: sum(_chart_points(at, "train_live_loss")) >= 2)
    first = _chart_points(at, "train_live_loss")[0]
    _wait(at, lambda: _chart_points(at, "train_live_loss")[0] > first + 2)
    assert not any("Run " in e.value for e in at.error)

    at.button(key="train_stop").click().run()
    _wait(at, lambda: json.loads((run_dir / "run.json").read_text()).get("status") == "stopped")
    at.run()
    assert any(f"Run {run_dir.name}: stopped" in s.value for s in at.success)
    assert (run_dir / "adapter" / "adapter_model.safetensors").is_file()
    table = at.dataframe[0].value
    assert list(table["run"]) == [run_dir.name] and "stopped" in table["status"].iloc[0]
    assert _chart_points(at, "train_compare_loss")[0] == table["steps"].iloc[0]

    at.selectbox(key="train_export_run").set_value(run_dir.name).run()
    at.button(key="train_export_gguf").click().run()
    assert not at.error, [e.value for e in at.error]
    assert (run_dir / "adapter.gguf").stat().st_size > 1000
    assert any(f"Wrote {run_dir / 'adapter.gguf'}" in s.label for s in at.status)


def test_create_in_ollama_from_the_page(datasets_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from architect_ai.train.config import build_train_config
    from architect_ai.train.launcher import prepare_run, start_worker
    from tests.validate.fake_ollama import BASE, demo_script, serve

    folder = write_dataset(datasets_dir)
    run_dir = prepare_run(build_train_config(dataset=str(folder), base="demo", max_steps=2, suite=False, threads=1))
    assert start_worker(run_dir, threads=1).wait(timeout=120) == 0
    fake = serve(demo_script())
    monkeypatch.setenv("OLLAMA_HOST", "http://127.0.0.1:9")  # nothing listens: only the page's field may be used
    try:
        at = _page(folder)
        at.selectbox(key="train_export_run").set_value(run_dir.name).run()
        at.text_input(key="train_create_name").input("zebra-tuned").run()
        at.text_input(key="train_create_from").input(BASE).run()
        at.button(key="train_create").click().run()
        assert any("Create in Ollama failed" in e.value for e in at.error), [e.value for e in at.error]
        assert not at.exception  # a failed create is said in the open, with no traceback
        at.text_input(key="train_create_host").input(fake.url).run()
        at.button(key="train_create").click().run()
    finally:
        fake.stop()
    assert not at.exception and not at.error, [e.value for e in at.error]
    assert any("Created zebra-tuned (safetensors route)" in s.label for s in at.status)
    assert any(fake.url in s.value for s in at.sidebar.success)  # one host: the sidebar checks the same one
    body = fake.script.created[-1]
    assert body["model"] == "zebra-tuned" and body["from"] == BASE
    assert set(body["adapters"]) == {"adapter_model.safetensors", "adapter_config.json"}


def test_killed_run_is_shown_failed(datasets_dir: Path) -> None:
    folder = write_dataset(datasets_dir)
    at = _page(folder)
    run_dir = _start_demo(at, epochs=40)
    _wait(at, lambda: sum(_chart_points(at, "train_live_loss")) >= 1)
    process = at.session_state[PROCESSES][str(run_dir)]
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    at.run()
    assert any(f"Run {run_dir.name}: failed" in e.value for e in at.error), [e.value for e in at.error]
    assert json.loads((run_dir / "run.json").read_text())["status"] == "failed"
    assert "failed" in at.dataframe[0].value["status"].iloc[0]


def test_bad_setting_is_one_error_line(datasets_dir: Path) -> None:
    folder = write_dataset(datasets_dir)
    at = _page(folder)
    at.radio(key="train_base_kind").set_value("A local Hugging Face model folder").run()
    at.text_input(key="train_base_path").input(str(datasets_dir / "no-model")).run()
    at.button(key="train_start").click().run()
    assert not at.exception
    assert [e.value for e in at.error] == [
        f"base model {datasets_dir / 'no-model'} does not exist (give a local model folder, a hub id or 'demo')"
    ]
    assert not (folder / "runs").exists()
