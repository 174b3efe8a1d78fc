"""Home in Chromium: with two datasets, select one, confirm its deletion — exactly that one goes, nothing stays selected."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.browser import start_app, stop_app, wait_idle
from tests.ui.dataset_factory import write_dataset

pytestmark = pytest.mark.e2e
ROW_HEIGHT = 35  # glide-data-grid's default row (and header) height in Streamlit


def _click_row(page, row: int) -> None:
    """Tick the row marker of `row` (0-based) in the datasets table (a canvas: clicked by position)."""
    grid = page.locator("[data-testid=stDataFrame]").first
    grid.wait_for()
    box = grid.bounding_box()
    page.mouse.move(box["x"] + 15, box["y"] + ROW_HEIGHT * (row + 1) + ROW_HEIGHT / 2)
    page.wait_for_timeout(200)
    page.mouse.click(box["x"] + 15, box["y"] + ROW_HEIGHT * (row + 1) + ROW_HEIGHT / 2)
    wait_idle(page)


def test_delete_with_two_datasets_deletes_exactly_one(browser_page, tmp_path: Path) -> None:
    datasets = tmp_path / "datasets"
    datasets.mkdir()
    write_dataset(datasets, "alpha")
    write_dataset(datasets, "beta")
    url, process = start_app({"ARCHITECT_AI_DATASETS_DIR": str(datasets)}, tmp_path / "streamlit.log")
    try:
        page = browser_page(url)
        page.get_by_text("Datasets in").first.wait_for()
        _click_row(page, 0)
        delete = page.get_by_role("button", name="Delete")
        delete.wait_for()
        named = "alpha" if "alpha" in delete.inner_text() else "beta"
        other = "beta" if named == "alpha" else "alpha"
        assert other not in delete.inner_text()
        delete.click()
        confirm = page.get_by_role("button", name="Yes, delete")
        confirm.wait_for()
        assert named in confirm.inner_text() and other not in confirm.inner_text()
        confirm.click()
        page.get_by_text(f"Deleted {named}").wait_for()
        wait_idle(page)
        assert not (datasets / named).exists() and (datasets / other).is_dir()
        # nothing is selected any more: no delete button, no confirmation, for the row that moved up
        assert page.get_by_role("button", name="Delete").count() == 0
        assert page.get_by_role("button", name="Yes, delete").count() == 0
        page.screenshot(path=str(tmp_path / "after-delete.png"))
        assert (datasets / other).is_dir()
    finally:
        stop_app(process)
