"""Validation: ask the tuned (and optionally a base) model the suite's prompts in Ollama and score the answers."""

from __future__ import annotations

import tempfile
from pathlib import Path

import streamlit as st

from architect_ai.errors import UserError
from architect_ai.ui.datasets import datasets_root, list_datasets
from architect_ai.ui.entry import require_app_navigation
from architect_ai.ui.ollama_host import ollama_host_input
from architect_ai.ui.state import dataset_picker, init_state
from architect_ai.ui.style import plural
from architect_ai.ui.transfer_view import render_transfer, transfer_suite_of
from architect_ai.ui.try_it import render_try_it
from architect_ai.ui.validation_view import (
    LAST_CREATED_MODEL,
    LAST_RUN,
    render_history,
    render_run,
    render_suite,
    run_and_show,
    suite_for,
    system_prompt_for,
    tuned_default,
)
from architect_ai.validate.ollama import Ollama, OllamaError
from architect_ai.validate.runner import ValidationRun

require_app_navigation()
init_state()
st.title("Validation")
st.caption("The strategy's four prompts plus checks mined from your conventions, scored — tuned vs base.")

choice = dataset_picker(
    "Dataset (its conventions build the checks; runs are saved in its validation/ folder)",
    list_datasets(datasets_root()),
    key="val_dataset",
    placeholder="No dataset: the strategy's four prompts only",
)
dataset = Path(choice) if choice else None

host_column, retry_column = st.columns([3, 1], vertical_alignment="bottom")
host = ollama_host_input("val_host", host_column)
retry_column.button("Retry connection", icon=":material/refresh:", key="val_retry", width="stretch")
try:
    with Ollama(host, connect_timeout=2.0, read_timeout=5.0) as client:
        version = client.version()
        installed = client.list_models()
        models = [m.name for m in installed]
except (OllamaError, UserError) as exc:
    st.error(
        f"**{exc}**\n\nStart Ollama (`ollama serve`) or correct the host, then press Retry connection.",
        icon=":material/error:",
    )
    render_suite(suite_for(dataset))
    if dataset is not None:
        render_history(dataset)
    st.stop()

st.success(f"Ollama {version} at {host} · {plural(len(models), 'model')} installed", icon=":material/check_circle:")
if not models:
    st.info(
        "No models installed: create the tuned model (`architect-ai validate --create-from-adapter …`) or pull one.",
        icon=":material/info:",
    )
    render_suite(suite_for(dataset))
    st.stop()

left, right = st.columns(2)
tuned = left.selectbox(
    "Tuned model (under test)",
    models,
    index=tuned_default(installed, st.session_state.get(LAST_CREATED_MODEL)),
    key="val_tuned",
)
base = right.selectbox(
    "Base model to compare with (optional)",
    [m for m in models if m != tuned],
    index=None,
    placeholder="none",
    key="val_base",
)

with st.container(border=True, key="val_try_panel"):
    render_try_it(host, tuned, base, system_prompt_for(dataset))

st.subheader("Run the validation suite")
with st.expander("Suite and label"):
    uploaded = st.file_uploader("Custom suite (YAML or JSON)", type=["yaml", "yml", "json"], key="val_suite_file")
    label = st.text_input("Label for this run (e.g. epoch 2)", key="val_label")

if st.button("Run validation", type="primary", key="val_run"):
    try:
        suite_path = None
        if uploaded is not None:
            folder = Path(tempfile.mkdtemp(prefix="architect-suite-"))
            suite_path = folder / uploaded.name
            suite_path.write_bytes(uploaded.getvalue())
        suite = suite_for(dataset, suite_path)
    except UserError as exc:
        st.error(f"**{exc}**\n\nFix the suite file and run again.", icon=":material/error:")
    else:
        run = run_and_show(host, suite, [m for m in (tuned, base) if m], dataset, label)
        if run is not None:
            st.session_state[LAST_RUN] = run.model_dump(mode="json")

if st.session_state.get(LAST_RUN):
    last_run = ValidationRun.model_validate(st.session_state[LAST_RUN])
    render_run(last_run)
    render_transfer(last_run, transfer_suite_of(dataset))
if dataset is not None:
    render_history(dataset)
