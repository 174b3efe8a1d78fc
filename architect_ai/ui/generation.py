"""Run the pipeline from the page: `st.status` + `st.progress` fed by its progress callback, errors as `st.error`."""

from __future__ import annotations

import time
from pathlib import Path

import streamlit as st

from architect_ai.config import RunConfig
from architect_ai.errors import UserError

#: Redraw the progress bar at most this often (seconds): the callback may fire thousands of times.
PROGRESS_INTERVAL = 0.15


def remedy(reason: str) -> str:
    """What the user can do about a refused run, in one sentence."""
    text = reason.lower()
    if "already exists" in text:
        return "Tick “Replace if it exists” under Advanced settings, or give the dataset another name."
    if "clone" in text or "url" in text or "git" in text:
        return "Check the URL and the ref, and that the repository is reachable from this machine."
    if "no space" in text or "disk" in text:
        return "Free some disk space in the datasets folder and generate again."
    if "node" in text or "npm" in text or "mermaid" in text:
        return "Install the JavaScript parts with `npm ci` (or `make setup`) and restart the app."
    if "does not exist" in text or "not a directory" in text or "folder" in text or "path" in text:
        return "Check the folder path (it must exist on the machine running the app)."
    return "Fix the setting above and click Generate again."


class _ProgressFeed:
    """The pipeline's `progress(stage, done, total)` callback, drawing into a status box and a progress bar."""

    def __init__(self, status, bar) -> None:
        self.status = status
        self.bar = bar
        self.stage = ""
        self.last = 0.0

    def __call__(self, stage: str, done: int, total: int) -> None:
        now = time.monotonic()
        finished = total and done >= total
        if stage == self.stage and not finished and now - self.last < PROGRESS_INTERVAL:
            return
        self.last = now
        if stage != self.stage:
            self.stage = stage
            self.status.update(label=f"Generating… {stage}")
            self.status.write(f"▸ {stage}")
        fraction = min(1.0, done / total) if total else 0.0
        counts = f"{done:,}/{total:,}" if total else f"{done:,}"
        self.bar.progress(fraction, text=f"{stage}: {counts}")


def run_generation(config: RunConfig, *, out_root: Path, force: bool) -> Path | None:
    """Generate the dataset; the new folder on success, None (with an `st.error` shown) when refused."""
    started = time.perf_counter()
    with st.status(f"Generating {config.dataset_name}…", expanded=True) as status:
        bar = st.progress(0.0, text="starting")
        try:
            from architect_ai.pipeline import generate_dataset

            result = generate_dataset(config, out_root=out_root, force=force, progress=_ProgressFeed(status, bar))
        except UserError as exc:
            status.update(label="Generation refused", state="error", expanded=False)
            st.error(f"{exc}\n\n{remedy(str(exc))} The previous dataset is unchanged.", icon="🚫")
            return None
        except OSError as exc:  # e.g. a full disk surfacing outside the pipeline's own translation
            reason = f"{exc.strerror or exc}" + (f": {exc.filename}" if exc.filename else "")
            status.update(label="Generation failed", state="error", expanded=False)
            st.error(f"could not write the dataset: {reason}\n\n{remedy(reason)}", icon="🚫")
            return None
        bar.progress(1.0, text="done")
        seconds = time.perf_counter() - started
        status.update(
            label=f"Generated {result.total:,} examples into {result.out_dir.name} in {seconds:.1f} s",
            state="complete",
            expanded=False,
        )
    for message in result.messages:
        st.info(message)
    return result.out_dir
