"""AppTest of a generation run in the background (issue #19, 3): progress while it goes on, across clicks on other
widgets and a visit to another page; Cancel is the one way to stop it and leaves nothing; a worker error is one line.

The runs are real (the bundled sample or a folder in tmp_path), so the waits are generous: the machine is busy.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from architect_ai.generation_job import CANCELLED, GenerationJob
from architect_ai.ui.generation import CANCELLED_TEXT, JOB
from tests.ui.apptest_tools import FINE_TUNING, app, visible_errors
from tests.ui.dataset_factory import write_dataset

TRAINING = "pages/training.py"
RUN_SECONDS = 300  # a 500-example run takes ~10 s on a quiet machine, several times that on a busy one


def _wait(at: AppTest, condition: Callable[[], bool], seconds: float = RUN_SECONDS) -> None:
    """Rerun the page (as the browser's polling does) until `condition()` holds."""
    deadline = time.monotonic() + seconds
    while not condition():
        assert not at.exception, at.exception
        assert time.monotonic() < deadline, ([e.value for e in at.error], _bar_texts(at))
        time.sleep(0.3)
        at.run()


def _bars(at: AppTest) -> list:
    return list(at.get("progress"))


def _bar_texts(at: AppTest) -> list[str]:
    return [bar.proto.text for bar in _bars(at)]


def _fraction(at: AppTest) -> float:
    return max((bar.proto.value for bar in _bars(at)), default=0) / 100


def _job(at: AppTest) -> GenerationJob | None:
    if JOB not in at.session_state:  # AppTest's session state has no .get
        return None
    return at.session_state[JOB].job


def _generated(at: AppTest, count: int) -> bool:
    return any(f"Generated {count:,} examples" in s.value for s in at.success)


def _start(at: AppTest, target: int, *, refused: bool = False) -> GenerationJob | None:
    """Set the target and click Generate; this session's job (None once its outcome has been shown)."""
    if target > 6000:
        at.number_input(key="ft_max_examples").set_value(target).run()
    at.number_input(key="ft_target").set_value(target).run()
    at.button(key="ft_generate").click().run()
    assert not at.exception
    assert refused or not visible_errors(at), visible_errors(at)
    return _job(at)


@pytest.mark.slow
def test_a_run_goes_on_through_clicks_and_other_pages_then_opens_its_dataset(datasets_dir: Path) -> None:
    at = app(FINE_TUNING)
    job = _start(at, 500)
    assert job is not None and not job.finished
    assert at.button(key="ft_generate").disabled  # one run at a time
    assert any("being generated" in c.value for c in at.caption)
    _wait(at, lambda: _fraction(at) > 0)
    # a stage with a total ("Analyze: 40 of 376 · 12%"); reading files counts without one, so wait past it
    _wait(at, lambda: any(" of " in text and "%" in text for text in _bar_texts(at)))
    at.checkbox(key="ft_force").check().run()  # a click on another widget: a full rerun of the page
    at.switch_page(TRAINING).run()  # leave the page …
    assert not at.exception and not _bars(at)
    at.switch_page(FINE_TUNING).run()  # … and come back
    assert _job(at) is job and not job.finished, "the run was lost on the way"
    assert _bars(at) and at.button(key="ft_cancel")  # still going, and still cancellable
    _wait(at, lambda: _generated(at, 500))

    assert job.state == "done"
    folder = datasets_dir / "mother_project_code_prototype_500"
    assert sum(1 for _ in (folder / "dataset.jsonl").open()) == 500
    assert json.loads((folder / "manifest.json").read_text())["config"]["target"] == 500
    assert at.session_state["current_dataset"] == str(folder)  # the new dataset is open
    assert any(folder.name in h.value for h in at.header)
    assert not _bars(at) and not at.button(key="ft_generate").disabled
    at.run()
    assert not _generated(at, 500)  # the outcome is said once
    assert not [p.name for p in datasets_dir.iterdir() if p.name.startswith(".")]


def test_cancel_stops_the_run_and_leaves_the_existing_dataset_as_it_was(datasets_dir: Path) -> None:
    old = write_dataset(datasets_dir, "mother_project_code_prototype_20000")
    before = {p.name: p.read_bytes() for p in old.iterdir() if p.is_file()}
    at = app(FINE_TUNING)
    at.checkbox(key="ft_force").check().run()
    job = _start(at, 20_000)
    assert job is not None
    _wait(at, lambda: _fraction(at) > 0)  # the pipeline has started reporting
    at.button(key="ft_cancel").click().run()
    _wait(at, lambda: any(CANCELLED_TEXT in w.value for w in at.warning), seconds=120)

    assert job.state == CANCELLED and job.result is None
    assert not _bars(at) and not at.error
    assert sorted(p.name for p in datasets_dir.iterdir()) == [old.name]  # no hidden temporary folder either
    assert {p.name: p.read_bytes() for p in old.iterdir() if p.is_file()} == before
    assert not at.button(key="ft_generate").disabled


def test_an_error_in_the_run_is_one_visible_line_and_writes_nothing(datasets_dir: Path) -> None:
    stranger = datasets_dir / "mother_project_code_prototype_500"  # a folder the app did not write
    stranger.mkdir()
    (stranger / "notes.txt").write_text("mine\n")
    at = app(FINE_TUNING)
    at.checkbox(key="ft_force").check().run()
    _start(at, 500, refused=True)  # the name check passes (Replace is ticked); the run itself refuses
    _wait(at, lambda: bool(visible_errors(at)), seconds=120)

    assert not at.exception and _job(at) is None
    errors = visible_errors(at)
    assert len(errors) == 1 and "refusing to replace" in errors[0] and "not a dataset written by" in errors[0]
    assert "Choose another Dataset name" in errors[0]
    assert "Traceback" not in errors[0] and "--" not in errors[0]
    assert errors[0].splitlines()[0].count("**") == 2  # the reason is one line (then the remedy)
    assert sorted(p.name for p in datasets_dir.iterdir()) == [stranger.name]
    assert [p.name for p in stranger.iterdir()] == ["notes.txt"]
    assert not _bars(at) and not at.button(key="ft_generate").disabled
