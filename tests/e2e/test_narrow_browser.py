"""The pages at 800 px in Chromium: no visible label cut off, and Home's Compare shows A beside B, both in sight."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.e2e.browser import IDLE, cut_labels, start_app, stop_app, wait_idle
from tests.e2e.test_home_browser import _click_row
from tests.ui.dataset_factory import write_dataset

pytestmark = pytest.mark.e2e
WIDTH = 800


def test_every_page_is_usable_at_800_px(browser_page, tmp_path: Path) -> None:
    datasets = tmp_path / "datasets"
    datasets.mkdir()
    write_dataset(datasets, "alpha")
    write_dataset(datasets, "beta", total=120)
    url, process = start_app(
        {"ARCHITECT_AI_DATASETS_DIR": str(datasets), "OLLAMA_HOST": "http://127.0.0.1:9"}, tmp_path / "streamlit.log"
    )
    try:
        page = browser_page(url)
        page.set_viewport_size({"width": WIDTH, "height": 1000})
        wait_idle(page)
        _click_row(page, 0)
        _click_row(page, 1)
        tables = page.get_by_test_id("stTable")
        expect(tables).to_have_count(3)  # criteria, figures, conventions
        for index in range(3):
            table = tables.nth(index)
            a = table.locator("th").filter(has_text=re.compile(r"^A$"))
            b = table.locator("th").filter(has_text=re.compile(r"^B$"))
            a.scroll_into_view_if_needed()
            expect(a).to_be_in_viewport()
            expect(b).to_be_in_viewport()
            box_a, box_b = a.bounding_box(), b.bounding_box()
            assert box_a and box_b and box_a["x"] < box_b["x"] and box_b["x"] + box_b["width"] <= WIDTH
        assert cut_labels(page) == [], "Home"
        page.screenshot(path=str(tmp_path / "home-800.png"))

        for path, ready in (
            ("/fine_tuning?dataset=alpha", "Dataset"),
            ("/training?dataset=alpha", "Runs"),
            ("/validation", "The suite that will run"),
        ):
            page.goto(url + path)
            page.wait_for_selector(IDLE)
            page.get_by_role("heading", name=ready).first.wait_for()
            wait_idle(page)
            assert cut_labels(page) == [], path
            page.screenshot(path=str(tmp_path / f"{path.strip('/').split('?')[0]}-800.png"))
        for tab in ("Checklist", "Charts", "Training plan"):  # every tab of a dataset
            page.goto(url + "/fine_tuning?dataset=alpha")
            page.wait_for_selector(IDLE)
            page.get_by_role("tab", name=tab).click()
            wait_idle(page)
            assert cut_labels(page) == [], tab
    finally:
        stop_app(process)
