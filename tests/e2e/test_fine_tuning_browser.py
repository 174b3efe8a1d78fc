"""End to end in Chromium: sidebar → Fine-Tuning System → generate 500 → checklist, chart, ERD as SVG, download."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.browser import IDLE, choose, start_app, stop_app, wait_idle

GENERATION_TIMEOUT_MS = 240_000


@pytest.mark.e2e
def test_generate_inspect_and_download(browser_page, tmp_path: Path) -> None:
    datasets = tmp_path / "datasets"
    datasets.mkdir()
    url, process = start_app({"ARCHITECT_AI_DATASETS_DIR": str(datasets)}, tmp_path / "streamlit.log")
    try:
        page = browser_page(url)
        page.get_by_role("link", name="Fine-Tuning System").click()
        page.get_by_role("heading", name="Fine-Tuning System").wait_for()
        wait_idle(page)

        target = page.get_by_label("Target examples")
        target.fill("500")
        target.press("Enter")
        wait_idle(page)
        page.get_by_role("button", name="Generate dataset").click()
        page.get_by_text("Preview of the first 100 examples").wait_for(timeout=GENERATION_TIMEOUT_MS)
        page.wait_for_selector(IDLE, timeout=GENERATION_TIMEOUT_MS)

        assert page.get_by_text("Success criteria —").is_visible()
        chart = page.locator("[data-testid=stPlotlyChart] .js-plotly-plot").first
        chart.wait_for()
        assert chart.is_visible()

        choose(page, "Example to inspect", "artifact/erd")
        frame = page.frame_locator("iframe[title^='diagram']").first
        svg = frame.locator("#diagram[data-state=rendered] svg")
        svg.wait_for(timeout=30_000)
        assert svg.count() == 1
        assert frame.locator("#diagram svg g").count() > 0  # drawn entities, not an empty canvas

        with page.expect_download() as download_info:
            page.get_by_role("button", name="dataset.jsonl").first.click()
        saved = tmp_path / "downloaded.jsonl"
        download_info.value.save_as(saved)
        assert sum(1 for line in saved.read_text(encoding="utf-8").splitlines() if line.strip()) == 500

        page.screenshot(path=str(tmp_path / "fine_tuning.png"), full_page=True)
    finally:
        stop_app(process)
