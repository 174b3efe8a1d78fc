"""End to end in Chromium: the Validation page's "Try it" streams the tuned and the base model's answers side by side
from the loopback fake Ollama (OLLAMA_HOST); once at 1400 px and once at 800 px, where no label may be cut off."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.e2e.browser import choose, cut_labels, start_app, stop_app, wait_idle
from tests.ui.dataset_factory import ERD_ANSWER
from tests.validate.fake_ollama import BASE, TUNED, Answer, Script, serve

PROMPT = "Draw the ERD of an online bookstore"
BASE_TEXT = "A bookstore has books and customers; every order lists its books and their prices."


def _script() -> Script:
    script = Script()
    script.answers = [  # a few pieces a second: the answers really stream
        Answer(text=ERD_ANSWER, model=TUNED, match="bookstore", chunk_size=12, delay=0.05),
        Answer(text=BASE_TEXT, model=BASE, match="bookstore", chunk_size=12, delay=0.05),
    ]
    return script


def _try_it(page) -> None:
    page.get_by_role("link", name="Validation").click()
    page.get_by_text("Ollama 0.6.3-fake").first.wait_for()
    wait_idle(page)
    choose(page, "Base model to compare with", BASE)
    page.get_by_label("Prompt", exact=True).fill(PROMPT)
    page.get_by_role("button", name="Ask").click()
    panel = page.locator(".st-key-val_try_panel")
    # the final states only: the streaming boxes are replaced by the rendered answers
    panel.get_by_text(BASE_TEXT).wait_for(timeout=60_000)
    svg = panel.frame_locator("iframe[title^='diagram try-']").first.locator("#diagram[data-state=rendered] svg")
    svg.wait_for(timeout=60_000)
    wait_idle(page)
    expect(panel.get_by_text("answered in")).to_have_count(2)


@pytest.mark.e2e
@pytest.mark.parametrize("width", [1400, 800])
def test_try_it_streams_both_answers_side_by_side(browser_page, tmp_path: Path, width: int) -> None:
    fake = serve(_script())
    datasets = tmp_path / "datasets"
    datasets.mkdir()
    url, process = start_app(
        {"ARCHITECT_AI_DATASETS_DIR": str(datasets), "OLLAMA_HOST": fake.url}, tmp_path / "streamlit.log"
    )
    try:
        page = browser_page(url)
        page.set_viewport_size({"width": width, "height": 1000})
        _try_it(page)

        chats = fake.script.requests_to("/api/chat")
        assert sorted(r["json"]["model"] for r in chats) == sorted([TUNED, BASE])
        assert all(r["json"]["stream"] is True for r in chats)

        panel = page.locator(".st-key-val_try_panel")
        tuned_box = panel.locator("strong").filter(has_text=TUNED).bounding_box()
        base_box = panel.locator("strong").filter(has_text=BASE).bounding_box()
        assert tuned_box and base_box
        assert abs(tuned_box["y"] - base_box["y"]) < 5 and tuned_box["x"] < base_box["x"], "side by side"
        assert cut_labels(page) == [], "labels cut off"
        page.screenshot(path=str(tmp_path / f"try-it-{width}.png"), full_page=True)
    finally:
        stop_app(process)
        fake.stop()
