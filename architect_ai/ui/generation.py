"""Run the pipeline from the page: the source checked first, then a background run with visible progress, an ETA and
Cancel; its outcome (the new dataset, a one-line error, or the cancellation) shown once when it ends.

The run is a `GenerationJob` (a thread, `architect_ai/generation_job.py`) kept in the session, so a click on another
widget, a tab switch or leaving the page never stops it; the page polls it (`polling.follow`). Cancel is the one way
to stop it, and leaves nothing behind: the writer removes its hidden temporary folder.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import streamlit as st

from architect_ai.errors import UserError
from architect_ai.generation_job import CANCELLED, DONE, GenerationJob, JobProgress
from architect_ai.ui.config_form import FormValues
from architect_ai.ui.polling import follow
from architect_ai.ui.safe_text import inline_code, safe_markdown
from architect_ai.ui.source_check import page_reason, preflight_source, remedy

#: Session key of this session's run (a `PageRun`), from the click on Generate until its outcome is shown.
JOB = "ft_job"
#: How often the page redraws the progress of a run (seconds).
POLL_SECONDS = 1.0
FIRST_TEXT = "Open repository: starting · 0%"
CANCELLED_TEXT = "Generation cancelled: nothing was written, the datasets folder is unchanged."


@dataclass
class PageRun:
    """A run started from the page, and the kind of source chosen (for the remedy of an error)."""

    job: GenerationJob
    source: str


def show_error(reason: str, source: str) -> None:
    """The reason in the page's words and a remedy, as a visible `st.error` (never inside a collapsed box)."""
    reason = page_reason(reason)
    st.error(f"**{reason}**\n\n{remedy(reason, source)}", icon=":material/error:")


def progress_text(progress: JobProgress) -> str:
    """`Stage: done of total · NN% · about N s left` (the ETA once 5 % is done)."""
    if not progress.stage:
        return FIRST_TEXT
    counts = f"{progress.done:,} of {progress.total:,}" if progress.total else f"{progress.done:,}"
    parts = [f"{progress.stage.capitalize()}: {counts}", f"{progress.fraction:.0%}"]
    if progress.fraction >= 0.05 and progress.elapsed > 0.5:
        left = progress.elapsed * (1 - progress.fraction) / progress.fraction
        parts.append(f"about {left:.0f} s left")
    return " · ".join(parts)


def current_run() -> PageRun | None:
    return st.session_state.get(JOB)


def generation_running() -> bool:
    """Whether this session has a run going (Generate stays off until it ends)."""
    run = current_run()
    return run is not None and not run.job.finished


def start_generation(form: FormValues, *, out_root: Path) -> bool:
    """Check the source, then the name, then start the run; False (with a visible `st.error`) when refused."""
    config = form.config
    assert config is not None
    try:
        preflight_source(form.source, form.repo, form.ref)
    except UserError as exc:
        show_error(str(exc), form.source)
        return False
    if (out_root / config.dataset_name).exists() and not form.force:
        show_error(f"a dataset named {config.dataset_name} already exists", form.source)
        return False
    job = GenerationJob(config, out_root=out_root, force=form.force).start()
    st.session_state[JOB] = PageRun(job, form.source)
    return True


def _draw_progress(job: GenerationJob) -> None:
    with st.container(border=True):
        head, cancel = st.columns([4, 1], vertical_alignment="center")
        head.markdown(f":material/hourglass_top: **Generating {inline_code(job.name)}**")
        cancel.button(
            "Cancel",
            icon=":material/cancel:",
            key="ft_cancel",
            on_click=job.cancel,
            disabled=job.cancelling,
            help="stop the run; nothing is written",
            width="stretch",
        )
        progress = job.progress()
        st.progress(progress.fraction, text=progress_text(progress))
        st.caption(
            ":material/block: Cancelling…"
            if job.cancelling
            else ":material/info: Runs on while you use the app, here or on other pages; Cancel is the one way "
            "to stop it."
        )


def _show_outcome(run: PageRun) -> Path | None:
    """The finished run's outcome, in the open: the new folder, or None after an error or a cancel."""
    job = run.job
    if job.state == CANCELLED:
        st.warning(CANCELLED_TEXT, icon=":material/block:")
        return None
    if job.state != DONE:
        show_error(job.reason, run.source)
        return None
    result = job.result
    st.success(
        f"Generated {result.total:,} examples into {inline_code(result.out_dir.name)} in {job.seconds:.1f} s",
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


def render_generation() -> Path | None:
    """This session's run: its progress while it goes on (polled), its outcome once when it has ended.

    Returns the new dataset folder in the page run that shows a successful outcome, else None.
    """
    run = current_run()
    if run is None:
        return None
    if run.job.finished:
        del st.session_state[JOB]  # shown once; the next run starts clean
        return _show_outcome(run)
    follow(lambda: not run.job.finished, lambda: _draw_progress(run.job), every=POLL_SECONDS)
    return None
