"""A shared link opened as the very first session of a fresh server gets the app's own navigation and wide layout
(issue #19, point 4): Streamlit must not fall back to its legacy `pages/` navigation for that first session."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.browser import start_app, stop_app, wait_idle
from tests.ui.dataset_factory import write_dataset

pytestmark = pytest.mark.e2e
WIDE_MIN_PX = 900  # Streamlit's centred layout caps the main column at 736 px (plus padding)


def _assert_app_navigation_and_wide_layout(page, name: str) -> None:
    nav = page.locator("[data-testid=stSidebarNav]")
    nav.get_by_text("Fine-Tuning System").wait_for()
    labels = nav.inner_text()
    assert "Training" in labels and "Validation" in labels
    assert "fine tuning" not in labels.lower().replace("fine-tuning", "")  # the legacy file-name navigation
    page.get_by_role("heading").filter(has_text=name).first.wait_for()
    width = page.locator("[data-testid=stMainBlockContainer]").bounding_box()["width"]
    assert width > WIDE_MIN_PX, width


def test_a_deep_link_as_the_first_session_of_a_fresh_server_keeps_the_apps_navigation(browser_page, tmp_path: Path):
    datasets = tmp_path / "datasets"
    datasets.mkdir()
    write_dataset(datasets, "from_link")
    url, process = start_app({"ARCHITECT_AI_DATASETS_DIR": str(datasets)}, tmp_path / "streamlit.log")
    try:
        page = browser_page(f"{url}/fine_tuning?dataset=from_link")  # nothing opened the server before
        _assert_app_navigation_and_wide_layout(page, "from_link")
        page.reload()
        wait_idle(page)
        _assert_app_navigation_and_wide_layout(page, "from_link")
    finally:
        stop_app(process)
