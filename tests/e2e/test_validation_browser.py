"""End to end in Chromium: the Validation page against the fake Ollama server (OLLAMA_HOST), tuned vs base."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.e2e.browser import choose, run_validation, start_app, stop_app
from tests.validate.fake_ollama import BASE, TUNED, demo_script, serve


@pytest.mark.e2e
def test_validate_tuned_against_base(browser_page, tmp_path: Path) -> None:
    fake = serve(demo_script())
    datasets = tmp_path / "datasets"
    datasets.mkdir()
    url, process = start_app(
        {"ARCHITECT_AI_DATASETS_DIR": str(datasets), "OLLAMA_HOST": fake.url}, tmp_path / "streamlit.log"
    )
    try:
        page = browser_page(url)
        run_validation(page, BASE)

        labels = page.get_by_test_id("stMetricLabel")
        expect(labels.filter(has_text=f"{TUNED} (tuned)")).to_be_visible()
        expect(labels.filter(has_text=f"{BASE} (base)")).to_be_visible()
        expect(labels.filter(has_text="Delta (tuned − base)")).to_be_visible()
        chats = fake.script.requests_to("/api/chat")
        assert {r["json"]["model"] for r in chats} == {TUNED, BASE}
        assert all(r["json"]["stream"] is True for r in chats)

        choose(page, "Answer to read", f"{TUNED} · ecommerce-erd")
        svg = page.frame_locator("iframe[title^='diagram']").first.locator("#diagram[data-state=rendered] svg")
        svg.wait_for(timeout=30_000)
        page.screenshot(path=str(tmp_path / "validation.png"))
    finally:
        stop_app(process)
        fake.stop()
