"""Fine-Tuning System: configure a run, generate the dataset, inspect it, download it, plan the training."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from architect_ai.ui.config_form import render_config_form
from architect_ai.ui.datasets import datasets_root, list_datasets, load_dataset, read_examples
from architect_ai.ui.generation import remedy, run_generation
from architect_ai.ui.preview import render_preview
from architect_ai.ui.results import (
    render_charts,
    render_checklist,
    render_conventions,
    render_downloads,
    render_metrics,
    render_plan_section,
)
from architect_ai.ui.state import CURRENT_DATASET, dataset_picker, init_state

init_state()
root = datasets_root()

st.title("Fine-Tuning System")
st.caption("Turn a repository into a fine-tuning dataset: artifact expertise plus your own code conventions.")

with st.container(border=True):
    form = render_config_form()
    clicked = st.button("Generate dataset", type="primary", key="ft_generate")
    if clicked:
        if form.config is None:
            st.error(f"{form.error}\n\n{remedy(form.error or '')}", icon="🚫")
        else:
            created = run_generation(form.config, out_root=root, force=form.force)
            if created is not None:
                st.session_state[CURRENT_DATASET] = str(created)

past = list_datasets(root)
if past:
    dataset_picker("Open a dataset", past, key="ft_open", placeholder="Pick a dataset generated earlier")

current = st.session_state.get(CURRENT_DATASET)
if not current:
    st.info("Generate a dataset above, or open one generated earlier, to see its results.")
    st.stop()
folder = Path(current)
try:
    manifest, report = load_dataset(folder)
except (OSError, ValueError) as exc:
    st.error(f"cannot open {folder.name}: {exc}\n\nGenerate it again or pick another dataset.", icon="🚫")
    st.stop()

st.header(f"Dataset `{folder.name}`")
render_metrics(report)
render_checklist(report)
render_conventions(manifest)
st.subheader("Charts")
render_charts(folder, report)
st.subheader("Preview of the first 100 examples")
render_preview(read_examples(folder))
st.subheader("Download")
render_downloads(folder)
render_plan_section(report)
