"""The page's overhead: Generate click → rendered results in Chromium, next to the CLI for the same config.

Both runs use the bundled sample, the same target and seed, and a fresh output folder; the CLI is timed as a
subprocess (`architect-ai generate …`, interpreter start-up included), the page from the click on "Generate
dataset" until the results tabs (with the dataset index built for the browser) are on screen and the script is
idle. Prints both times and the ratio (target ≤ 1.5×).

    python bench/ui.py [--target 500] [--repeat 2]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.e2e.browser import CHROMIUM, CHROMIUM_ARGS, IDLE, start_app, stop_app, wait_idle  # noqa: E402

TARGET_RATIO = 1.5
RUN_TIMEOUT_MS = 600_000


def time_cli(target: int, seed: int, out: Path) -> float:
    """Seconds for `architect-ai generate` in a subprocess."""
    command = [
        sys.executable,
        "-m",
        "architect_ai",
        "-q",
        "generate",
        "--target",
        str(target),
        "--seed",
        str(seed),
        "--out",
        str(out),
        "--force",
    ]
    start = time.perf_counter()
    subprocess.run(command, cwd=ROOT, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    return time.perf_counter() - start


def time_page(page, target: int, seed: int) -> float:
    """Seconds from the Generate click to the rendered preview (the page is already on Fine-Tuning System)."""
    for label, value in (("Target examples", target), ("Seed", seed)):
        field = page.get_by_role("spinbutton", name=label)
        field.fill(str(value))
        field.press("Enter")
        wait_idle(page)
    page.get_by_test_id("stExpander").get_by_text("Advanced settings").click()
    replace = page.get_by_text("Replace if it exists", exact=True)
    if not page.get_by_role("checkbox", name="Replace if it exists").is_checked():
        replace.click()
        wait_idle(page)
    start = time.perf_counter()
    page.get_by_role("button", name="Generate dataset").click()
    page.wait_for_timeout(50)
    page.get_by_role("tab", name="Overview").wait_for(timeout=RUN_TIMEOUT_MS)
    page.get_by_test_id("stMetric").first.wait_for(timeout=RUN_TIMEOUT_MS)
    page.wait_for_selector(IDLE, timeout=RUN_TIMEOUT_MS)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--target", type=int, default=500)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    if not CHROMIUM.exists():
        print(f"skipped: {CHROMIUM} is missing (install Debian's chromium)", file=sys.stderr)
        return 0
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="bench-ui-") as scratch:
        scratch_dir = Path(scratch)
        cli_out, page_out = scratch_dir / "cli", scratch_dir / "page"
        cli_out.mkdir()
        page_out.mkdir()
        cli_times = [time_cli(args.target, args.seed, cli_out) for _ in range(args.repeat)]
        url, process = start_app({"ARCHITECT_AI_DATASETS_DIR": str(page_out)}, scratch_dir / "streamlit.log")
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
                page = browser.new_page(viewport={"width": 1400, "height": 1000})
                page.set_default_timeout(60_000)
                page.goto(url)
                page.wait_for_selector(IDLE)
                page.get_by_role("link", name="Fine-Tuning System").click()
                page.get_by_role("heading", name="Fine-Tuning System").wait_for()
                wait_idle(page)
                page_times = []
                for _ in range(args.repeat):
                    page_times.append(time_page(page, args.target, args.seed))
                    page.reload()
                    page.wait_for_selector(IDLE)
                browser.close()
        finally:
            stop_app(process)
    cli, ui = statistics.median(cli_times), statistics.median(page_times)
    ratio = ui / cli
    print(f"config: sample repo, target {args.target}, seed {args.seed}, median of {args.repeat}")
    print(f"CLI  (architect-ai generate, subprocess): {cli:6.2f} s   runs: {', '.join(f'{t:.2f}' for t in cli_times)}")
    print(f"page (Generate click → results shown):   {ui:6.2f} s   runs: {', '.join(f'{t:.2f}' for t in page_times)}")
    verdict = "OK" if ratio <= TARGET_RATIO else "above target"
    print(f"ratio page / CLI: {ratio:.2f}×  (target ≤ {TARGET_RATIO:g}×: {verdict})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
