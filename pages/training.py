"""Training: LoRA fine-tuning of a base model on a dataset, with live loss, per-epoch validation, export, create."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from architect_ai.errors import UserError
from architect_ai.ui.datasets import datasets_root, list_datasets
from architect_ai.ui.entry import require_app_navigation
from architect_ai.ui.state import dataset_picker, init_state
from architect_ai.ui.training_form import config_from_form, render_training_form
from architect_ai.ui.training_view import (
    ACTIVE_RUN,
    active_run,
    render_export,
    render_live,
    render_runs,
    start_training,
)

require_app_navigation()
init_state()
st.title("Training")
st.caption(
    "Train a LoRA adapter on a dataset in a separate process: loss live, the validation suite after every epoch "
    "(base model first), then export to GGUF and create the model in Ollama."
)

choice = dataset_picker(
    "Dataset", list_datasets(datasets_root()), key="train_dataset", placeholder="Generate a dataset first"
)

if not choice:
    st.info("No dataset chosen: generate one on the Fine-Tuning System page first.")
    st.stop()
dataset = Path(choice)

running = active_run(dataset)
with st.container(border=True):
    values = render_training_form(dataset)
    start_column, why_column = st.columns([1, 3], vertical_alignment="center")
    if start_column.button("Start training", type="primary", key="train_start", disabled=running is not None):
        try:
            run_dir = start_training(config_from_form(values))
        except UserError as exc:
            st.error(str(exc))
        else:
            st.toast(f"Training run {run_dir.name} started")
            st.rerun()  # Start is disabled from now on, the live view follows the run
    if running is not None:
        why_column.caption(
            f":material/block: Run {running.run_id} is {running.status}: stop it or wait for it to finish to start "
            "another."
        )
        if st.session_state.get(ACTIVE_RUN) != str(running.run_dir):
            st.session_state[ACTIVE_RUN] = str(running.run_dir)  # follow a run started earlier or elsewhere

if st.session_state.get(ACTIVE_RUN) and Path(st.session_state[ACTIVE_RUN]).parent.parent == dataset.resolve():
    render_live(dataset)
render_runs(dataset)
render_export(dataset)
