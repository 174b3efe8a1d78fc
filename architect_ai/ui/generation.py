"""Run the pipeline from the page: the source checked first, visible progress with an ETA, Cancel, errors as `st.error`.

Cancel is Streamlit's own interruption: clicking it asks for a rerun, the next progress update raises Streamlit's
rerun exception inside the pipeline, whose writer removes its hidden temporary folder — nothing is left behind.
"""

from __future__ import annotations

import time
from pathlib import Path

import streamlit as st

from architect_ai.errors import UserError
from architect_ai.ui.config_form import FormValues
from architect_ai.ui.safe_text import inline_code, safe_markdown
from architect_ai.ui.source_check import page_reason, preflight_source, remedy

#: Redraw the progress at most this often (seconds): the callback may fire thousands of times.
PROGRESS_INTERVAL = 0.15
CANCELLED = "ft_cancelled"
#: Share of the whole run each stage takes (measured on the sample), to turn stages into one percentage.
STAGE_SPANS = {
    "open repository": (0.0, 0.03),
    "read files": (0.03, 0.08),
    "analyze": (0.08, 0.22),
    "chunk": (0.22, 0.35),
    "plan": (0.35, 0.45),
    "generate": (0.45, 0.98),
    "write": (0.98, 1.0),
}


def show_error(reason: str, source: str) -> None:
    """The reason in the page's words and a remedy, as a visible `st.error` (never inside a collapsed box)."""
    reason = page_reason(reason)
    st.error(f"**{reason}**\n\n{remedy(reason, source)}", icon=":material/error:")


def overall_fraction(stage: str, done: int, total: int) -> float:
    start, end = STAGE_SPANS.get(stage, (0.0, 0.0))
    inside = min(1.0, done / total) if total else 0.0
    return start + (end - start) * inside


class ProgressView:
    """The pipeline's `progress(stage, done, total)` callback: stage, counts, percentage and ETA in a progress bar."""

    def __init__(self, bar) -> None:
        self.bar = bar
        self.stage = ""
        self.last = 0.0
        self.started = time.monotonic()
        self.fraction = 0.0

    def text(self, stage: str, done: int, total: int) -> str:
        counts = f"{done:,} of {total:,}" if total else f"{done:,}"
        parts = [f"{stage.capitalize()}: {counts}", f"{self.fraction:.0%}"]
        elapsed = time.monotonic() - self.started
        if self.fraction >= 0.05 and elapsed > 0.5:
            left = elapsed * (1 - self.fraction) / self.fraction
            parts.append(f"about {left:.0f} s left")
        return " · ".join(parts)

    def __call__(self, stage: str, done: int, total: int) -> None:
        now = time.monotonic()
        if stage == self.stage and now - self.last < PROGRESS_INTERVAL:
            return
        self.stage, self.last = stage, now
        self.fraction = max(self.fraction, overall_fraction(stage, done, total))
        self.bar.progress(self.fraction, text=self.text(stage, done, total))


def _mark_cancelled() -> None:
    st.session_state[CANCELLED] = True


def show_cancelled() -> None:
    """After a cancelled run: say so (once)."""
    if st.session_state.pop(CANCELLED, False):
        st.warning(
            "Generation cancelled: nothing was written, the datasets folder is unchanged.", icon=":material/block:"
        )


def run_generation(form: FormValues, *, out_root: Path) -> Path | None:
    """Check the source, then the name, then generate; the new folder, or None with a visible `st.error`."""
    config = form.config
    assert config is not None
    try:
        preflight_source(form.source, form.repo, form.ref)
    except UserError as exc:
        show_error(str(exc), form.source)
        return None
    final = out_root / config.dataset_name
    if final.exists() and not form.force:
        show_error(f"a dataset named {config.dataset_name} already exists", form.source)
        return None

    started = time.perf_counter()
    slot = st.empty()
    box = slot.container(border=True)
    head, cancel = box.columns([4, 1], vertical_alignment="center")
    head.markdown(f":material/hourglass_top: **Generating {inline_code(config.dataset_name)}**")
    cancel.button("Cancel", icon=":material/cancel:", key="ft_cancel", on_click=_mark_cancelled, width="stretch")
    bar = box.progress(0.0, text="Open repository: starting · 0%")
    try:
        from architect_ai.pipeline import generate_dataset

        result = generate_dataset(config, out_root=out_root, force=form.force, progress=ProgressView(bar))
    except UserError as exc:
        slot.empty()
        show_error(str(exc), form.source)
        return None
    except OSError as exc:  # e.g. a full disk surfacing outside the pipeline's own translation
        slot.empty()
        reason = f"could not write the dataset: {exc.strerror or exc}" + (f": {exc.filename}" if exc.filename else "")
        show_error(reason, form.source)
        return None
    slot.empty()
    seconds = time.perf_counter() - started
    st.success(
        f"Generated {result.total:,} examples into {inline_code(result.out_dir.name)} in {seconds:.1f} s",
        icon=":material/check_circle:",
    )
    history = result.report.get("history")
    if history:
        st.caption(f":material/history: {safe_markdown(history['summary'])}")
    held_out = result.report.get("held_out")
    if held_out:
        st.caption(f":material/science: {safe_markdown(held_out['summary'])}")
    for message in result.messages:
        st.info(message, icon=":material/info:")
    return result.out_dir
