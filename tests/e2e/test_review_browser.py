"""End to end in Chromium over a real generated dataset: review on the Browse tab. Re-export with nothing marked keeps
every byte; reject 1 + edit 1 + re-export keeps every criterion that passed before (the count reads "after review"),
the training runs and the validation history, and the example opened afterwards shows without a traceback."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from architect_ai.config import RunConfig
from architect_ai.pipeline import generate_dataset
from tests.e2e.browser import CHROMIUM, CHROMIUM_ARGS, IDLE, choose, start_app, stop_app, wait_idle

pytestmark = pytest.mark.e2e

EDIT = "Write this service again for the BookNest branches, in the house style"
REEXPORT_TIMEOUT_MS = 180_000


@pytest.fixture(scope="module")
def studio(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """`(url, dataset folder)`: the sample at the default 5,000 (every criterion met), with a training run and a
    validation run in it, served by one app process."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing: install Debian's chromium (`make chromium`) to run the browser tests")
    base = tmp_path_factory.mktemp("review")
    datasets = base / "datasets"
    folder = generate_dataset(RunConfig(), out_root=datasets).out_dir
    (folder / "runs" / "20261203-101500").mkdir(parents=True)
    (folder / "runs" / "20261203-101500" / "metrics.jsonl").write_text('{"step": 1, "loss": 2.5}\n')
    (folder / "validation").mkdir(exist_ok=True)  # the dataset keeps its transfer suite there
    (folder / "validation" / "20261203-110000.json").write_text('{"model": "tuned", "passed": 12}\n')
    url, process = start_app({"ARCHITECT_AI_DATASETS_DIR": str(datasets)}, base / "streamlit.log")
    try:
        yield url, folder
    finally:
        stop_app(process)


@pytest.fixture
def page(studio):
    from playwright.sync_api import sync_playwright

    url, folder = studio
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        tab = context.new_page()
        tab.set_default_timeout(60_000)
        tab.goto(f"{url}/fine_tuning?dataset={folder.name}")
        tab.wait_for_selector(IDLE)
        tab.get_by_role("tab", name="Browse").click()
        tab.get_by_role("button", name="Re-export without rejected").wait_for()
        wait_idle(tab)
        try:
            yield tab
        finally:
            context.close()
            browser.close()


def _digests(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _passed(folder: Path) -> set[str]:
    return {c["id"] for c in json.loads((folder / "report.json").read_text())["criteria"] if c["passed"]}


def _reexport(page, expect: str) -> None:
    page.get_by_role("button", name="Re-export without rejected").click()
    page.locator("[data-testid=stAlertContentSuccess]").filter(has_text=expect).wait_for(timeout=REEXPORT_TIMEOUT_MS)
    page.wait_for_selector(IDLE, timeout=REEXPORT_TIMEOUT_MS)


def _no_traceback(page) -> None:
    assert page.locator("[data-testid=stException]").count() == 0


def test_1_reexport_with_nothing_marked_keeps_every_byte(studio, page) -> None:
    _, folder = studio
    before = _digests(folder)
    _reexport(page, "Re-exported: 5,000 examples")
    assert _digests(folder) == before
    _no_traceback(page)


def test_2_reject_one_edit_one_keeps_the_criteria_runs_and_validation(studio, page) -> None:
    _, folder = studio
    passed = _passed(folder)
    lines = (folder / "dataset.jsonl").read_text().splitlines()
    first, second = (json.loads(line)["metadata"]["id"] for line in lines[:2])
    runs = (folder / "runs" / "20261203-101500" / "metrics.jsonl").read_bytes()

    choose(page, "Open example", "#1")
    page.get_by_text(first).first.wait_for()
    page.get_by_role("button", name="Reject", exact=True).click()
    page.get_by_role("button", name="Restore", exact=True).wait_for()  # the page says it is rejected
    wait_idle(page)
    choose(page, "Open example", "#2")
    page.get_by_text(second).first.wait_for()
    box = page.get_by_label("Instruction (edit, then save)")
    box.fill(EDIT)
    box.press("Control+Enter")
    wait_idle(page)
    page.get_by_role("button", name="Save edit", exact=True).click()
    page.get_by_text("1 instruction edited").wait_for()
    wait_idle(page)

    _reexport(page, "4,999 examples after review (1 rejected)")

    assert _passed(folder) == passed  # every criterion that passed before, the count included ("after review")
    report = json.loads((folder / "report.json").read_text())
    total = next(c for c in report["criteria"] if c["id"] == "total")
    assert total["value"] == "4,999 after review (1 rejected)" and report["passed"]
    rows = [json.loads(line) for line in (folder / "dataset.jsonl").read_text().splitlines()]
    assert len(rows) == 4_999 and rows[0]["messages"][1]["content"] == EDIT
    assert first not in {r["metadata"]["id"] for r in rows}
    assert (folder / "runs" / "20261203-101500" / "metrics.jsonl").read_bytes() == runs
    assert (folder / "validation" / "20261203-110000.json").is_file()
    _no_traceback(page)

    choose(page, "Open example", "#1")  # the edited example, read from the new file
    page.get_by_text(rows[0]["metadata"]["id"]).first.wait_for()
    page.get_by_label("Instruction (edit, then save)").wait_for()
    _no_traceback(page)
