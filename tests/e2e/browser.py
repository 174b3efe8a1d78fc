"""Driving the real app: `streamlit run app.py` on a free loopback port, and Playwright helpers for its widgets."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
IDLE = "[data-testid=stApp][data-test-script-state=notRunning]"
START_TIMEOUT = 60.0
#: How long a validation run against the fake Ollama may take on a busy machine.
RUN_TIMEOUT_MS = 120_000


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_app(env: dict[str, str], log: Path) -> tuple[str, subprocess.Popen]:
    """Start the app and wait until its HTTP port answers; returns (url, process)."""
    port = free_port()
    handle = log.open("wb")
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            "app.py",
            "--server.address",
            "127.0.0.1",
            "--server.port",
            str(port),
            "--server.headless",
            "true",
            "--browser.gatherUsageStats",
            "false",
        ],
        cwd=ROOT,
        env={**os.environ, **env},
        stdout=handle,
        stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"streamlit exited early:\n{log.read_text(errors='replace')[-2000:]}")
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return f"http://127.0.0.1:{port}", process
        time.sleep(0.2)
    process.terminate()
    raise RuntimeError(f"streamlit did not listen on port {port} within {START_TIMEOUT:g}s")


def stop_app(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=5)


def wait_idle(page) -> None:
    """Wait for a rerun to start (if it will) and finish."""
    page.wait_for_timeout(300)
    page.wait_for_selector(IDLE)


def choose(page, label: str, text: str, attempts: int = 3) -> None:
    """Pick the option of the select box labelled `label` whose text contains `text` (typed to filter), and wait
    until the box shows it: on a loaded machine the list can still be unfiltered when Enter lands, and Enter then
    picks the first option of the whole list (a later step would wait for what that answer never shows)."""
    box = page.locator("[data-testid=stSelectbox]").filter(has_text=label)
    for _ in range(attempts):
        box.locator("input").click()
        page.keyboard.press("ControlOrMeta+A")  # a retry types over the wrong choice, not after it
        page.keyboard.type(text)
        page.locator("[role=option]").filter(has_text=text).first.wait_for()
        page.keyboard.press("Enter")  # the first match is focused; clicking can miss a list opened off-screen
        wait_idle(page)
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            if box.first.evaluate(_SHOWS, text):
                return
            time.sleep(0.1)
    raise AssertionError(f"the select box {label!r} never showed {text!r}")


#: Whether a select box shows `t` as its chosen value: its list closed, its combobox input holds the chosen option's
#: text (while the list is open the input holds the typed filter, which proves nothing).
_SHOWS = """(el, t) => [...el.querySelectorAll('input[role=combobox]')].some(
    i => i.getAttribute('aria-expanded') === 'false' && (i.value || '').includes(t))"""


def run_validation(page, base: str) -> None:
    """On an open app: go to Validation, pick `base` to compare with, run the suite and wait for its results."""
    page.get_by_role("link", name="Validation").click()
    page.get_by_text("Ollama 0.6.3-fake").first.wait_for()
    wait_idle(page)
    choose(page, "Base model to compare with", base)
    page.get_by_role("button", name="Run validation").click()
    page.get_by_text("Results — suite builtin").wait_for(timeout=RUN_TIMEOUT_MS)
    page.wait_for_selector(IDLE, timeout=RUN_TIMEOUT_MS)


#: Where the app writes labels: widget labels, metric labels, tab names, column headers of st.columns' captions.
LABELS = (
    "[data-testid=stWidgetLabel], [data-testid=stMetricLabel], [data-baseweb=tab], [data-testid^=stBaseButton],"
    " [data-testid=stSidebarNavLink], [data-testid=stPopoverButton],"
    " [data-testid=stSelectbox] [data-baseweb=select] [value], [data-testid=stSelectbox] [data-baseweb=select] div[title]"
)
_CUT_LABELS_JS = """(selector) => {
  const cut = [];
  for (const label of document.querySelectorAll(selector)) {
    if (!label.offsetParent || !label.innerText.trim()) continue;  // not shown (collapsed, another tab), or empty
    for (const node of [label, ...label.querySelectorAll("*")]) {
      const style = getComputedStyle(node);
      const clips = style.overflow !== "visible" || style.textOverflow === "ellipsis";
      if (clips && node.scrollWidth > node.clientWidth + 1) {
        cut.push(label.innerText.trim() || label.getAttribute("title") || label.outerHTML.slice(0, 120));
        break;
      }
    }
  }
  return cut;
}"""


def cut_labels(page) -> list[str]:
    """The texts of the visible labels whose text is wider than their box (cut off, or ended with an ellipsis)."""
    return page.evaluate(_CUT_LABELS_JS, LABELS)
