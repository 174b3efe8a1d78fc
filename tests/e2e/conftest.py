"""Real-browser fixtures: a Playwright page in Debian's Chromium (helpers in tests/e2e/browser.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.e2e.browser import CHROMIUM, CHROMIUM_ARGS, IDLE


@pytest.fixture
def browser_page(tmp_path: Path) -> Iterator[Callable]:
    """`open(url)` → a Playwright page in Chromium (downloads allowed); skipped when Chromium is missing."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing: install Debian's chromium (`make chromium`) to run the browser tests")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)

        def open_page(url: str):
            page = context.new_page()
            page.set_default_timeout(60_000)
            page.goto(url)
            page.wait_for_selector(IDLE)
            return page

        try:
            yield open_page
        finally:
            context.close()
            browser.close()
