"""End to end in Chromium, one app process for the module: defaults → visible progress → results in tabs (a
screenshot per tab, a download), Cancel leaves nothing, a tall diagram fully visible in full screen, dark theme."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.e2e.browser import CHROMIUM, CHROMIUM_ARGS, IDLE, choose, start_app, stop_app, wait_idle
from tests.ui.dataset_factory import tall_flowchart, write_dataset

GENERATION_TIMEOUT_MS = 600_000  # the default 5,000 on a busy 2-core machine: minutes
PROGRESS = "[data-testid=stProgress]"
#: In the page, atomically: the text of a progress bar matching the pattern `arg`, else null (so the wait goes on).
BAR_SAYS = """pattern => {
  const bar = [...document.querySelectorAll('[data-testid=stProgress]')].find(e => new RegExp(pattern).test(e.innerText));
  return bar ? bar.innerText : null;
}"""
#: In the page, atomically: whether a progress bar stands at `arg` percent or more (its aria-valuenow).
BAR_AT_LEAST = """percent => [...document.querySelectorAll('[data-testid=stProgress] [role=progressbar]')]
  .some(e => Number(e.getAttribute('aria-valuenow')) >= percent)"""
MAX_SHOT_HEIGHT = 8000
TABS = ("Overview", "Checklist", "Conventions", "Charts", "Browse", "Downloads", "Training plan")

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def studio(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path, Path]]:
    """`(url, datasets folder, artefacts folder)` of one running app."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing: install Debian's chromium (`make chromium`) to run the browser tests")
    base = tmp_path_factory.mktemp("studio")
    datasets = base / "datasets"
    datasets.mkdir()
    write_dataset(datasets, "tall", first_answer=tall_flowchart())
    write_dataset(datasets, "erd")
    url, process = start_app({"ARCHITECT_AI_DATASETS_DIR": str(datasets)}, base / "streamlit.log")
    try:
        yield url, datasets, base
    finally:
        stop_app(process)


@pytest.fixture(scope="module")
def chromium():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def _open(chromium, url: str, *, dark: bool = False):
    context = chromium.new_context(
        viewport={"width": 1400, "height": 1000}, accept_downloads=True, color_scheme="dark" if dark else "light"
    )
    page = context.new_page()
    page.set_default_timeout(60_000)
    page.goto(url)
    page.wait_for_selector(IDLE)
    return page


def _fine_tuning(page) -> None:
    page.get_by_role("link", name="Fine-Tuning System").click()
    page.get_by_role("heading", name="Fine-Tuning System").wait_for()
    wait_idle(page)


def _tab(page, name: str) -> None:
    page.get_by_role("tab", name=name).click()
    page.wait_for_timeout(200)


def _screenshot(page, path: Path, *, charts: bool = False) -> None:
    """The whole page: the app scrolls inside its main block, so the viewport grows to its height for the shot."""
    height = page.locator("[data-testid=stMain]").evaluate("e => e.scrollHeight")
    page.set_viewport_size({"width": 1400, "height": min(MAX_SHOT_HEIGHT, max(1000, height))})
    page.wait_for_timeout(300)
    if charts:
        page.locator("[role=tabpanel]:visible .js-plotly-plot .main-svg").last.wait_for()
        page.wait_for_timeout(1000)
    page.screenshot(path=str(path))
    page.set_viewport_size({"width": 1400, "height": 1000})


def _open_example(page, url: str, dataset: str) -> object:
    page.goto(f"{url}/fine_tuning?dataset={dataset}")
    page.wait_for_selector(IDLE)
    _tab(page, "Browse")
    choose(page, "Open example", "#1")
    frame = page.frame_locator("iframe[title^='diagram']").first
    frame.locator("#diagram[data-state=rendered] svg").wait_for(timeout=30_000)
    return frame


@pytest.mark.timeout(900)  # the default 5,000 examples, on a busy 2-core machine
def test_defaults_show_progress_with_counts_then_results_in_tabs(studio, chromium) -> None:
    url, datasets, artefacts = studio
    page = _open(chromium, url)
    _fine_tuning(page)
    page.get_by_role("button", name="Generate dataset").click()
    # stage, counts and percentage shown: one state waited for in the page, never an element read after it may be gone
    seen = page.wait_for_function(BAR_SAYS, arg=r" of [\d,]+ · \d+%", timeout=GENERATION_TIMEOUT_MS).json_value()
    assert " of " in seen and "%" in seen, seen
    page.get_by_role("tab", name="Overview").wait_for(timeout=GENERATION_TIMEOUT_MS)
    page.wait_for_selector(IDLE, timeout=GENERATION_TIMEOUT_MS)
    assert (datasets / "mother_project_code_prototype_5000" / "dataset.jsonl").is_file()
    expect(page.locator(PROGRESS)).to_have_count(0)  # the bar goes away when done
    assert page.get_by_text("Generated 5,000 examples").is_visible()

    for name in TABS:
        _tab(page, name)
        _screenshot(page, artefacts / f"tab_{name.lower().replace(' ', '_')}.png", charts=name == "Charts")
    assert all((artefacts / f"tab_{n.lower().replace(' ', '_')}.png").stat().st_size > 5_000 for n in TABS)

    _tab(page, "Checklist")
    assert page.get_by_text("Success criteria:").is_visible()
    _tab(page, "Downloads")
    with page.expect_download() as download_info:
        page.get_by_role("button", name="dataset.jsonl").first.click()
    saved = artefacts / "downloaded.jsonl"
    download_info.value.save_as(saved)
    assert sum(1 for line in saved.read_text(encoding="utf-8").splitlines() if line.strip()) == 5000
    page.context.close()


def test_cancel_mid_run_leaves_no_dataset_folder(studio, chromium) -> None:
    url, datasets, _ = studio
    page = _open(chromium, url)
    _fine_tuning(page)
    page.get_by_test_id("stExpander").get_by_text("Advanced settings").click()
    for label in ("Max examples", "Target examples"):  # a run long enough to cancel
        field = page.get_by_role("spinbutton", name=label)
        field.fill("20000")
        field.press("Enter")
        wait_idle(page)
    page.get_by_role("button", name="Generate dataset").click()
    page.locator(PROGRESS).wait_for(state="visible")
    page.get_by_role("button", name="Cancel").click()
    page.get_by_text("Generation cancelled").wait_for(timeout=60_000)
    page.wait_for_selector(IDLE)
    page.wait_for_timeout(500)
    names = sorted(p.name for p in datasets.iterdir())
    assert "mother_project_code_prototype_20000" not in names
    assert not [n for n in names if n.startswith(".")], names  # no hidden temporary folder either
    page.context.close()


def test_a_click_on_another_widget_at_30_percent_does_not_stop_the_run(studio, chromium) -> None:
    """Issue #19, 3: a stray click once discarded the run (a rerun interrupted it); now the run goes on and the
    dataset appears — with the settings it started with."""
    url, datasets, artefacts = studio
    page = _open(chromium, url)
    _fine_tuning(page)
    target = page.get_by_role("spinbutton", name="Target examples")
    target.fill("500")
    target.press("Enter")
    wait_idle(page)
    page.get_by_role("button", name="Generate dataset").click()
    page.wait_for_function(BAR_AT_LEAST, arg=30, timeout=GENERATION_TIMEOUT_MS)
    clicked_at = time.time()
    seed = page.get_by_test_id("stNumberInput").filter(has_text="Seed")
    seed.get_by_test_id("stNumberInputStepUp").click()  # a widget of the form: the whole page reruns
    expect(seed.locator("input")).to_have_value("43")
    page.screenshot(path=str(artefacts / "click_during_run.png"))
    page.get_by_text("Generated 500 examples").wait_for(timeout=GENERATION_TIMEOUT_MS)
    page.get_by_role("heading", name="Dataset mother_project_code_prototype_500").wait_for()

    folder = datasets / "mother_project_code_prototype_500"
    manifest = folder / "manifest.json"
    assert manifest.stat().st_mtime > clicked_at  # the run was still going when the click reached the page
    config = json.loads(manifest.read_text(encoding="utf-8"))["config"]
    assert (config["target"], config["seed"]) == (500, 42)  # what ran is what was clicked to start
    assert sum(1 for _ in (folder / "dataset.jsonl").open(encoding="utf-8")) == 500
    assert not [p.name for p in datasets.iterdir() if p.name.startswith(".")]
    page.context.close()


def test_a_tall_diagram_is_fully_visible_in_full_screen_and_opens_in_a_new_tab(studio, chromium) -> None:
    url, _, artefacts = studio
    page = _open(chromium, url)
    frame = _open_example(page, url, "tall")
    height = page.locator("iframe[title^='diagram']").first.bounding_box()["height"]
    assert height > 600  # sized to the diagram (up to the cap), not a fixed 460-px frame
    frame.get_by_role("button", name="Full screen").click()
    page.wait_for_timeout(500)
    box = frame.locator("#diagram svg").evaluate(
        "svg => { const r = svg.getBoundingClientRect();"
        " return [r.top, r.left, r.bottom, r.right, window.innerHeight, window.innerWidth]; }"
    )
    top, left, bottom, right, inner_height, inner_width = box
    assert top >= 0 and left >= 0 and bottom <= inner_height + 1 and right <= inner_width + 1, box
    assert bottom - top > 200  # still a diagram, not a dot
    page.screenshot(path=str(artefacts / "tall_full_screen.png"))
    frame.get_by_role("button", name="Full screen").click()  # leave full screen
    with page.context.expect_page() as opened:
        frame.get_by_role("button", name="New tab").click()
    tab = opened.value
    tab.wait_for_load_state()
    assert tab.url.startswith("blob:") and tab.locator("svg").count() == 1  # the diagram alone, in its own tab
    page.context.close()


def test_dark_theme_draws_visible_strokes(studio, chromium) -> None:
    url, _, artefacts = studio
    page = _open(chromium, url, dark=True)
    page.get_by_role("link", name="Fine-Tuning System").click()
    wait_idle(page)
    frame = _open_example(page, url, "erd")
    stroke = frame.locator("#diagram svg .relationshipLine").first.evaluate("e => getComputedStyle(e).stroke")
    background = frame.locator("body").evaluate("e => getComputedStyle(e).backgroundColor")
    assert _luminance(stroke) > 0.5, stroke  # light lines …
    assert _luminance(background) < 0.2, background  # … on the dark page
    page.screenshot(path=str(artefacts / "dark_erd.png"))
    page.context.close()


def _luminance(css: str) -> float:
    """0 (black) … 1 (white) from `rgb(r, g, b)`."""
    red, green, blue = (int(float(v)) for v in css[css.index("(") + 1 : css.index(")")].split(",")[:3])
    return (0.2126 * red + 0.7152 * green + 0.0722 * blue) / 255
