"""End to end in Chromium: a demo training run started from the Training page, its loss chart growing, Stop, and the
run listed with its curve."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.e2e.browser import choose, start_app, stop_app, wait_idle
from tests.e2e.conftest import browser_page  # noqa: F401 - the fixture
from tests.ui.dataset_factory import write_dataset

RUN_TIMEOUT_MS = 120_000
PLOT_POINTS = "() => Array.from(document.querySelectorAll('.js-plotly-plot')).map(p => (p.data || []).map(t => ({name: t.name || '', points: (t.x || []).length})))"


def _plots(page) -> list[list[dict]]:
    return page.evaluate(PLOT_POINTS)


def _live_points(page) -> int:
    plots = _plots(page)
    return plots[0][0]["points"] if plots and plots[0] else 0


def _set_number(page, label: str, value: int) -> None:
    box = page.get_by_label(label, exact=True)
    box.fill(str(value))
    box.press("Enter")
    wait_idle(page)


@pytest.mark.e2e
@pytest.mark.slow
def test_demo_run_from_the_training_page(browser_page, tmp_path: Path) -> None:  # noqa: F811
    datasets = tmp_path / "datasets"
    datasets.mkdir()
    folder = write_dataset(datasets)
    url, process = start_app({"ARCHITECT_AI_DATASETS_DIR": str(datasets), "OMP_NUM_THREADS": "1"}, tmp_path / "st.log")
    try:
        page = browser_page(url)
        page.get_by_role("link", name="Training").click()
        page.get_by_text("No dataset chosen").first.wait_for()
        wait_idle(page)
        choose(page, "Dataset", folder.name)
        page.get_by_text("learns nothing useful").first.wait_for()
        _set_number(page, "Epochs", 40)
        _set_number(page, "Batch", 8)
        _set_number(page, "Max length", 64)
        page.get_by_text("Test after each epoch").click()
        wait_idle(page)
        page.get_by_role("button", name="Start training").click()

        page.wait_for_function(
            f"() => ({PLOT_POINTS})().length > 0 && ({PLOT_POINTS})()[0][0].points >= 2", timeout=RUN_TIMEOUT_MS
        )
        first = _live_points(page)
        page.wait_for_function(f"() => ({PLOT_POINTS})()[0][0].points > {first + 2}", timeout=RUN_TIMEOUT_MS)
        page.get_by_role("button", name="Stop").click()
        page.get_by_text(": stopped").first.wait_for(timeout=RUN_TIMEOUT_MS)
        wait_idle(page)

        run_dir = next((folder / "runs").iterdir())
        assert json.loads((run_dir / "run.json").read_text())["status"] == "stopped"
        compared = f"() => ({PLOT_POINTS})().flat().some(t => t.name === '{run_dir.name}' && t.points > {first})"
        page.wait_for_function(compared, timeout=30_000)  # the run's curve in the comparison chart
        page.screenshot(path=str(tmp_path / "training.png"))
    finally:
        stop_app(process)
