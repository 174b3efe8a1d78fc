"""The Validation page's parts: run the suite with answers streaming in, then scores, the table and the history.

All Ollama traffic goes through `architect_ai.validate` (the one module talking to Ollama); this module only draws.
"""

from __future__ import annotations

import time
from pathlib import Path

import pandas as pd
import streamlit as st

from architect_ai.config import DEFAULT_SYSTEM_PROMPT
from architect_ai.errors import UserError
from architect_ai.ui import charts
from architect_ai.ui.preview import render_message
from architect_ai.ui.safe_text import inline_code, safe_markdown
from architect_ai.ui.style import CAPTION, FAIL, PASS, plural
from architect_ai.validate.ollama import Ollama, deterministic_options
from architect_ai.validate.pairs import pair_rows, prompt_pairs
from architect_ai.validate.report import history_rows, load_history, save_run
from architect_ai.validate.runner import RunEvent, ValidationRun, run_validation
from architect_ai.validate.suite import Suite, load_suite, load_system_prompt
from architect_ai.validate.transfer_suite import dataset_suite

#: Redraw a streaming answer at most this often (seconds).
STREAM_REDRAW_INTERVAL = 0.1
MAX_REASON_CHARS = 160
LAST_RUN = "val_last_run"


#: Session key of the model the Training page created last (the first choice for "Tuned model").
LAST_CREATED_MODEL = "last_created_model"


def tuned_default(models: list, created: str | None) -> int:
    """Index of the model to test first: the one just created, else the newest installed (`modified_at`), never
    simply the first by name (a base model such as `base:latest` sorts first)."""
    names = [m.name for m in models]
    if created:
        for wanted in (created, f"{created}:latest"):
            if wanted in names:
                return names.index(wanted)
    newest = max(range(len(models)), key=lambda i: (models[i].modified_at, -i), default=0)
    return newest


def system_prompt_for(dataset: Path | None) -> str:
    """The system prompt the dataset's examples carry (what the tuned model was trained with), else the default."""
    return (load_system_prompt(dataset) if dataset else None) or DEFAULT_SYSTEM_PROMPT


def suite_for(dataset: Path | None, uploaded_path: Path | None = None) -> Suite:
    """A user's suite file when given, else the dataset's: the builtin suite built from its conventions, then its
    held-out units (`validation/transfer_suite.json`)."""
    if uploaded_path is not None:
        return load_suite(uploaded_path)
    return dataset_suite(dataset)


class _StreamView:
    """`on_event` for `run_validation`: one box per prompt × model, its answer growing as pieces arrive."""

    def __init__(self, status, bar) -> None:
        self.status = status
        self.bar = bar
        self.box = None
        self.text = ""
        self.last = 0.0

    def __call__(self, event: RunEvent) -> None:
        if event.kind == "start":
            self.status.update(label=f"[{event.index}/{event.total}] {event.model} · {event.prompt_id}")
            self.status.markdown(f"**{event.model} · {event.prompt_id}**")
            self.box = self.status.empty()
            self.text, self.last = "", 0.0
        elif event.kind == "piece" and self.box is not None:
            self.text += event.text
            now = time.monotonic()
            if now - self.last >= STREAM_REDRAW_INTERVAL:
                self.box.code(self.text, language="markdown", wrap_lines=True)
                self.last = now
        elif event.kind == "result" and event.result is not None:
            result = event.result
            if self.box is not None:
                self.box.code(result.answer or "(no answer)", language="markdown", wrap_lines=True)
            verdict = result.error or f"{result.passed_count}/{len(result.assertions)} checks passed"
            self.status.caption(("passed: " if result.passed else "failed: ") + verdict)
            self.bar.progress(event.index / event.total, text=f"{event.index}/{event.total} answers")


def run_and_show(host: str | None, suite: Suite, models: list[str], dataset: Path | None, label: str | None):
    """Run the suite with live answers; the finished run (saved into the dataset when one is chosen) or None."""
    failure = None
    with st.status("Validating…", expanded=True) as status:
        bar = st.progress(0.0, text="starting")
        try:
            with Ollama(host) as client:
                run = run_validation(
                    client,
                    suite,
                    models,
                    deterministic_options(),
                    _StreamView(status, bar),
                    dataset=str(dataset) if dataset else None,
                    label=label or None,
                )
            saved = save_run(run, dataset) if dataset else None
        except UserError as exc:
            status.update(label="Validation failed", state="error", expanded=False)
            failure = str(exc)
        else:
            tuned = run.score(run.tuned)
            summary = f"{run.tuned}: {tuned.pass_rate:.0%}" if tuned else run.tuned
            status.update(label=f"Validation done: {summary}", state="complete", expanded=False)
    if failure is not None:  # outside the (collapsed) status box, where it is seen
        st.error(
            f"**{failure}**\n\nCheck that Ollama is running and the models are installed, then run again.",
            icon=":material/error:",
        )
        return None
    if saved is not None:
        st.caption(f"Saved to {inline_code(saved)}")
    return run


def result_rows(run: ValidationRun) -> list[dict]:
    """Prompt × model rows, one per assertion (an unanswered prompt shows its reason once)."""
    rows = []
    for result in run.results:
        if result.error is not None:
            rows.append(
                {
                    "prompt": result.prompt_id,
                    "model": result.model,
                    "check": "answer",
                    "result": FAIL,
                    "reason": result.error,
                }
            )
            continue
        for check in result.assertions:
            rows.append(
                {
                    "prompt": result.prompt_id,
                    "model": result.model,
                    "check": check.label,
                    "result": PASS if check.passed else FAIL,
                    "reason": check.reason[:MAX_REASON_CHARS],
                }
            )
    return rows


def render_scores(run: ValidationRun) -> None:
    columns = st.columns(len(run.scores) + (1 if run.delta is not None else 0))
    for column, score in zip(columns, run.scores, strict=False):
        role = "tuned" if score.model == run.tuned else "base"
        column.metric(
            f"{score.model} ({role})",
            f"{score.pass_rate:.0%}",
            f"{score.assertions_passed}/{score.assertions_total} checks · {score.prompts_passed}/"
            f"{score.prompts_total} prompts",
            **CAPTION,
        )
    if run.delta is not None:
        columns[-1].metric("Delta (tuned − base)", f"{run.delta * 100:+.0f} pts", f"{run.delta * 100:+.0f} pts")


def render_run(run: ValidationRun) -> None:
    """Scores, the prompt × model table, and the selected answer rendered (diagrams drawn)."""
    st.subheader(f"Results — suite {inline_code(run.suite)}" + (f" · {safe_markdown(run.label)}" if run.label else ""))
    render_scores(run)
    st.dataframe(pd.DataFrame(result_rows(run)), hide_index=True, width="stretch", key="val_results_table")
    render_pairs(run)
    labels = [f"{r.model} · {r.prompt_id} · {'passed' if r.passed else 'failed'}" for r in run.results]
    if not labels:
        return
    choice = st.selectbox("Answer to read", range(len(labels)), format_func=labels.__getitem__, key="val_answer")
    result = run.results[choice]
    st.caption(safe_markdown(result.prompt))
    if result.error:
        st.error(safe_markdown(result.error))
    render_message(result.answer or "_(no answer)_", key=f"val-{choice}")


def render_pairs(run: ValidationRun) -> None:
    """Per prompt, the base model's answer beside the tuned model's (only prompts both answered)."""
    pairs = prompt_pairs(run)
    if not pairs:
        return
    st.subheader(f"Per prompt: {safe_markdown(run.tuned)} vs {safe_markdown(run.base or '')}")
    st.dataframe(pd.DataFrame(pair_rows(pairs)), hide_index=True, width="stretch", key="val_pairs_table")
    ids = [p.prompt_id for p in pairs]
    chosen = st.selectbox("Prompt to compare", range(len(ids)), format_func=ids.__getitem__, key="val_pair")
    pair = pairs[chosen]
    st.caption(safe_markdown(pair.prompt))
    for column, role, result in zip(st.columns(2), ("tuned", "base"), (pair.tuned, pair.base), strict=True):
        with column:
            verdict = result.error or f"{result.passed_count}/{len(result.assertions)} checks passed"
            st.markdown(f"**{safe_markdown(result.model)}** ({role}) · {safe_markdown(verdict)}")
            if result.error:
                st.error(safe_markdown(result.error))
            render_message(result.answer or "_(no answer)_", key=f"pair-{role}-{chosen}")


def suite_rows(suite: Suite) -> list[dict]:
    """One row per prompt: what it asks and the checks its answer must pass."""
    return [
        {
            "prompt": p.id,
            "category": p.category,
            "asks": " ".join(p.prompt.split())[:MAX_REASON_CHARS],
            "checks": "; ".join(a.describe() for a in p.assertions),
        }
        for p in suite.prompts
    ]


def render_suite(suite: Suite) -> None:
    """The suite that would run: prompts and their checks."""
    st.subheader(f"The suite that will run: {suite.name}, {plural(len(suite.prompts), 'prompt')}")
    st.dataframe(pd.DataFrame(suite_rows(suite)), hide_index=True, width="stretch", key="val_suite_table")


def render_history(dataset: Path) -> None:
    runs = load_history(dataset)
    st.subheader(f"History: {plural(len(runs), 'run')} for {inline_code(dataset.name)}")
    if not runs:
        st.info("No validation runs saved for this dataset yet.")
        return
    st.plotly_chart(charts.pass_rate_history(history_rows(runs)), width="stretch", key="val_history_chart")
