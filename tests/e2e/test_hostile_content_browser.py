"""Hostile content rendered in Chromium (#20 point 5): a model answer or a dataset example with markdown images, raw
HTML, autolinks and a Mermaid `%%{init}%%` directive whose styles hold `url(…)`, and a dataset name holding backticks
and markdown, make the browser fetch nothing outside the app's origin.

A trap server on another loopback port records every request; every request the page makes is recorded too."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar
from urllib.parse import quote

import pytest

from tests.e2e.browser import IDLE, choose, run_validation, start_app, stop_app, wait_idle
from tests.ui.dataset_factory import write_dataset
from tests.validate.fake_ollama import BASE, TUNED, Answer, Script, serve


class _Trap(BaseHTTPRequestHandler):
    hits: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        _Trap.hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args) -> None:
        pass


def _hostile_answer(trap: str) -> str:
    directive = (
        '%%{init: {"fontFamily": "x;background:url(' + trap + '/font)", '
        '"themeCSS": "svg{background:url(' + trap + '/css)}"}}%%'
    )
    return (
        f"Here it is ![logo]({trap}/markdown-image.png) and [a link]({trap}/link).\n\n"
        f'<img src="{trap}/raw-html.png"> <{trap}/autolink> {trap}/bare\n\n'
        f"Inline ``code with ` and ![x]({trap}/in-code.png)`` ends here.\n\n"
        f"```mermaid\n{directive}\nerDiagram\n    CUSTOMER ||--o{{ ORDER : places\n```\n"
    )


def _trap() -> tuple[ThreadingHTTPServer, str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Trap)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    _Trap.hits = []
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def _assert_stayed_home(url: str, requested: list[str]) -> None:
    assert _Trap.hits == [], f"the page fetched from the trap host: {_Trap.hits}"
    outside = [u for u in requested if not u.startswith((url, "data:", "blob:", "about:"))]
    assert outside == [], f"requests left the app's origin: {outside}"
    assert any(u.startswith(url) for u in requested)  # the recorder saw the page's own requests


@pytest.mark.e2e
def test_a_hostile_dataset_fetches_nothing_outside_the_app(browser_page, tmp_path: Path) -> None:
    trap_server, trap = _trap()
    datasets = tmp_path / "datasets"
    name = "evil`name`![x](y)<img src=z>"
    write_dataset(datasets, name, first_answer=_hostile_answer(trap))
    url, process = start_app({"ARCHITECT_AI_DATASETS_DIR": str(datasets)}, tmp_path / "streamlit.log")
    requested: list[str] = []
    try:
        page = browser_page(url)  # Home lists the dataset by its name
        page.on("request", lambda request: requested.append(request.url))
        page.reload()
        page.wait_for_selector(IDLE)
        page.goto(f"{url}/fine_tuning?dataset={quote(name)}")
        page.wait_for_selector(IDLE)
        page.get_by_role("tab", name="Browse").click()
        wait_idle(page)
        choose(page, "Open example", "#1")
        page.get_by_text("Here it is").first.wait_for(state="attached")
        frame = page.frame_locator("iframe[title^='diagram']").first
        frame.locator("#diagram[data-state]").wait_for(timeout=30_000)
        page.wait_for_timeout(1_000)
        page.screenshot(path=str(tmp_path / "hostile-dataset.png"))
    finally:
        stop_app(process)
        trap_server.shutdown()
    _assert_stayed_home(url, requested)


@pytest.mark.e2e
def test_a_hostile_answer_fetches_nothing_outside_the_app(browser_page, tmp_path: Path) -> None:
    trap_server, trap = _trap()
    fake = serve(Script(models=[TUNED, BASE], answers=[Answer(text=_hostile_answer(trap))]))
    datasets = tmp_path / "datasets"
    datasets.mkdir()
    url, process = start_app(
        {"ARCHITECT_AI_DATASETS_DIR": str(datasets), "OLLAMA_HOST": fake.url}, tmp_path / "streamlit.log"
    )
    requested: list[str] = []
    try:
        page = browser_page(url)
        page.on("request", lambda request: requested.append(request.url))
        run_validation(page, BASE)
        page.get_by_text("Here it is").first.wait_for(state="attached")  # the selected answer is on the page
        frame = page.frame_locator("iframe[title^='diagram']").first
        frame.locator("#diagram[data-state]").wait_for(timeout=30_000)  # the viewer has drawn (or refused) it
        page.wait_for_timeout(1_000)  # give any stray fetch the time to leave
        page.screenshot(path=str(tmp_path / "hostile.png"))
    finally:
        stop_app(process)
        fake.stop()
        trap_server.shutdown()
    _assert_stayed_home(url, requested)
