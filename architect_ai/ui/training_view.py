"""The Training page's live view and run list: start, follow (polling `events.jsonl`), stop, compare, export.

Training runs in its own process (`architect_ai.train.launcher`); this module only reads the run folder, so the
page never freezes and torch never enters the Streamlit process.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pandas as pd
import streamlit as st

from architect_ai.errors import UserError
from architect_ai.train.config import DEMO_BASE, TrainConfig
from architect_ai.train.launcher import finish_after_exit, prepare_run, start_worker
from architect_ai.train.run_folder import ADAPTER_DIR, RunStatus, list_runs, read_events, read_status, request_stop
from architect_ai.training_plan import PLAN_FILE
from architect_ai.ui.ollama_host import ollama_host_input
from architect_ai.ui.polling import follow
from architect_ai.ui.training_charts import (
    compare_figure,
    eta_seconds,
    format_duration,
    loss_figure,
    of_type,
    pass_rate_figure,
    phase,
)
from architect_ai.ui.validation_view import LAST_CREATED_MODEL

ACTIVE_RUN = "train_active_run"
PROCESSES = "train_processes"
POLL_SECONDS = 1.0
STATUS_ICONS = {
    "running": ":material/progress_activity:",
    "starting": ":material/hourglass_top:",
    "completed": ":material/check_circle:",
    "stopped": ":material/stop_circle:",
    "failed": ":material/error:",
}


def start_training(config: TrainConfig) -> Path:
    """Create the run folder and launch the training process; the page follows it from now on."""
    run_dir = prepare_run(config)
    process = start_worker(run_dir, config.threads)
    st.session_state.setdefault(PROCESSES, {})[str(run_dir)] = process
    st.session_state[ACTIVE_RUN] = str(run_dir)
    return run_dir


def _reap(run_dir: Path) -> None:
    """Collect our own finished process (so a kill is seen) and settle its run.json."""
    process: subprocess.Popen | None = st.session_state.get(PROCESSES, {}).get(str(run_dir))
    if process is not None and process.poll() is not None:
        finish_after_exit(run_dir, process.returncode)
        st.session_state[PROCESSES].pop(str(run_dir), None)


def plan_estimate(dataset: Path) -> str | None:
    """The training plan's time estimate, named for the model it was made for (a 7B or 13B CodeLlama)."""
    try:
        plan = json.loads((dataset / PLAN_FILE).read_text(encoding="utf-8"))
        estimate = plan["estimate"]
        cpu, gpu = estimate["cpu"], estimate["gpu"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return (
        f"the plan's estimate for {plan.get('base_model') or 'its base model'}: "
        f"{cpu['hours_low']:g}–{cpu['hours_high']:g} h on CPU, {gpu['hours_low']:g}–{gpu['hours_high']:g} h on GPU"
    )


def eta_caption(status: RunStatus, events: list[dict], dataset: Path) -> str:
    """The ETA measured in this run; before two steps, say so (the plan's estimate only for a real base model)."""
    eta = eta_seconds(events)
    if eta is not None:
        return f"ETA {format_duration(eta)} (measured in this run)"
    waiting = "ETA: measured after the first training steps"
    if status.data.get("base") == DEMO_BASE:
        return waiting
    estimate = plan_estimate(dataset)
    return f"{waiting} ({estimate})" if estimate else waiting


def is_active(run_dir: str | Path | None) -> bool:
    """Whether `run_dir` is a run still starting or running (its process alive)."""
    return bool(run_dir) and Path(run_dir).is_dir() and not read_status(run_dir).finished


def active_run(dataset: Path) -> RunStatus | None:
    """A run of `dataset` that is still going (this session's or any other's), else None."""
    return next((r for r in list_runs(dataset) if not r.finished), None)


def render_status(status: RunStatus, events: list[dict], dataset: Path) -> None:
    icon = STATUS_ICONS.get(status.status, "·")
    headline = f"{icon} Run {status.run_id}: {status.status}"
    if status.status == "failed":
        st.error(f"{headline} — {status.reason}")
    elif status.finished:
        st.success(f"{headline} — {status.reason}")
    else:
        st.info(headline)
    text, fraction = phase(events)
    if not status.finished:
        st.progress(fraction or 0.0, text=text)
        st.caption(eta_caption(status, events, dataset))
    steps, evals, suites = of_type(events, "step"), of_type(events, "eval"), of_type(events, "suite")
    c1, c2, c3 = st.columns(3)
    c1.metric("Training loss", f"{steps[-1]['loss']:.4f}" if steps else "–")
    c2.metric("Evaluation loss", f"{evals[-1]['eval_loss']:.4f}" if evals else "–")
    delta = suites[-1].get("delta") if suites else None
    c3.metric(
        "Suite pass rate",
        f"{suites[-1]['pass_rate']:.0%}" if suites else "–",
        None if delta is None else f"{delta * 100:+.0f} pts vs base",
    )


def render_run_charts(events: list[dict], key: str) -> None:
    left, right = st.columns(2)
    left.plotly_chart(loss_figure(events), key=f"{key}_loss")
    if of_type(events, "suite"):
        right.plotly_chart(pass_rate_figure(events), key=f"{key}_pass")


def render_live(dataset: Path) -> None:
    """The active run: status, ETA, charts and Stop; refreshed every second while it runs."""
    active = st.session_state.get(ACTIVE_RUN)
    if not active or not Path(active).is_dir():
        return
    run_dir = Path(active)

    def going() -> bool:
        _reap(run_dir)
        return not read_status(run_dir).finished

    def live() -> None:
        status = read_status(run_dir)
        events = read_events(run_dir)
        render_status(status, events, dataset)
        if not status.finished and st.button(
            "Stop", key="train_stop", help="stop now: at the next step, or at the next token while the model is tested"
        ):
            request_stop(run_dir)
            st.toast("Stopping…")
        render_run_charts(events, "train_live")

    follow(going, live, every=POLL_SECONDS)  # the run list and exports see the finished run, polling ends


def runs_table(runs: list[RunStatus]) -> pd.DataFrame:
    rows = []
    for run in runs:
        events = read_events(run.run_dir)
        steps, evals, suites = of_type(events, "step"), of_type(events, "eval"), of_type(events, "suite")
        rows.append(
            {
                "run": run.run_id,
                "status": run.status,
                "examples": run.data.get("train_examples") or run.data.get("train_rows"),
                "steps": steps[-1]["step"] if steps else 0,
                "training loss": round(steps[-1]["loss"], 4) if steps else None,
                "evaluation loss": round(evals[-1]["eval_loss"], 4) if evals else None,
                "pass rate": f"{suites[-1]['pass_rate']:.0%}" if suites else "",
                "reason": run.reason,
            }
        )
    return pd.DataFrame(rows)


def render_runs(dataset: Path) -> None:
    """Past runs with their curves side by side (e.g. 1000 vs 3000 vs 5000 examples)."""
    runs = list_runs(dataset)
    st.subheader("Runs")
    if not runs:
        st.info("No training run yet for this dataset.")
        return
    st.dataframe(runs_table(runs), hide_index=True, key="train_runs_table")
    ids = [r.run_id for r in runs]
    prefer_newest("train_compare", ids, multi=True)
    chosen = st.multiselect("Compare runs", ids, key="train_compare")
    curves = [(r.run_id, read_events(r.run_dir)) for r in runs if r.run_id in chosen]
    if curves:
        left, right = st.columns(2)
        left.plotly_chart(compare_figure(curves, "loss"), key="train_compare_loss")
        right.plotly_chart(compare_figure(curves, "eval_loss"), key="train_compare_eval")


def prefer_newest(key: str, ids: list[str], *, multi: bool) -> None:
    """Select the newest run (`ids[0]`) in the widget `key` whenever a newer run than last time appears.

    A run picked by hand stays picked until another run finishes; a run that is gone is never kept selected.
    """
    seen = f"{key}_newest"
    newest = ids[0] if ids else None
    current = st.session_state.get(key)
    if multi:
        kept = [i for i in (current or []) if i in ids]
        if st.session_state.get(seen) != newest:
            kept = ([newest] if newest else []) + [i for i in kept if i != newest] if current else ids[:3]
        st.session_state[key] = kept[:8]
    elif st.session_state.get(seen) != newest or current not in ids:
        st.session_state[key] = newest
    st.session_state[seen] = newest


def render_export(dataset: Path) -> None:
    """Export the chosen finished run to GGUF, or create it in Ollama, with progress and one-line errors."""
    from architect_ai.config import DEFAULT_SYSTEM_PROMPT
    from architect_ai.train.export_command import run_base_dir
    from architect_ai.train.gguf_export import export_adapter_gguf
    from architect_ai.validate.modelfile import find_adapter, write_modelfile
    from architect_ai.validate.suite import load_system_prompt

    finished = [
        r for r in list_runs(dataset) if r.status in ("completed", "stopped") and (r.run_dir / ADAPTER_DIR).is_dir()
    ]
    if not finished:
        return
    st.subheader("Export and create in Ollama")
    ids = [r.run_id for r in finished]
    prefer_newest("train_export_run", ids, multi=False)
    run_id = st.selectbox("Run", ids, key="train_export_run")
    run_dir = dataset / "runs" / str(run_id)
    left, right = st.columns(2)
    from_ = left.text_input(
        "Ollama base model", key="train_create_from", placeholder="codellama:7b-instruct", help="FROM of the Modelfile"
    )
    name = right.text_input("New Ollama model name", key="train_create_name", placeholder="architect-tuned")
    host = ollama_host_input("train_create_host", right)
    if left.button("Export GGUF adapter", key="train_export_gguf"):
        with st.status("Converting the adapter with llama.cpp's convert_lora_to_gguf.py…") as box:
            try:
                path = export_adapter_gguf(run_dir, run_base_dir(run_dir)[0])
                if from_:
                    system = load_system_prompt(dataset) or DEFAULT_SYSTEM_PROMPT
                    write_modelfile(run_dir, from_, find_adapter(path), system=system)
            except UserError as exc:
                box.update(label="Export failed", state="error")
                st.error(str(exc))
            else:
                box.update(label=f"Wrote {path}" + (" and the Modelfile" if from_ else ""), state="complete")
    if right.button("Create in Ollama", key="train_create", disabled=not (name and from_)):
        _create(run_dir, name, from_, host)


def _create(run_dir: Path, name: str, from_: str, host: str) -> None:
    """Create the model in Ollama at `host`; a failure is shown in the open, never only inside the status box."""
    from architect_ai.config import DEFAULT_SYSTEM_PROMPT
    from architect_ai.train.export_command import run_base_dir
    from architect_ai.train.ollama_create import create_in_ollama
    from architect_ai.validate.ollama import Ollama
    from architect_ai.validate.suite import load_system_prompt

    failure = None
    with st.status(f"Creating {name} in Ollama at {host}…", expanded=True) as box:
        try:
            base_dir, dataset = run_base_dir(run_dir)
            system = load_system_prompt(dataset) or DEFAULT_SYSTEM_PROMPT
            with Ollama(host, read_timeout=600) as client:
                route = create_in_ollama(client, run_dir, name, from_, base_dir, system=system, on_status=st.write)
        except UserError as exc:
            failure = str(exc)
            box.update(label="Create failed", state="error")
        else:
            st.session_state[LAST_CREATED_MODEL] = name  # the Validation page tests it first
            box.update(label=f"Created {name} ({route} route): compare it on the Validation page", state="complete")
    if failure:
        st.error(f"Create in Ollama failed: {failure}", icon=":material/error:")
