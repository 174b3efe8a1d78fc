"""Fine-Tuning System: configure a run, generate the dataset, then review it in tabs."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from architect_ai.ui.browse import dataset_index, render_browser
from architect_ai.ui.config_form import render_config_form
from architect_ai.ui.datasets import datasets_root, list_datasets, load_dataset
from architect_ai.ui.entry import require_app_navigation
from architect_ai.ui.generation import generation_running, render_generation, show_error, start_generation
from architect_ai.ui.results import (
    render_charts,
    render_checklist,
    render_conventions,
    render_downloads,
    render_overview,
    render_plan_section,
)
from architect_ai.ui.safe_text import inline_code
from architect_ai.ui.source_check import remedy
from architect_ai.ui.state import CURRENT_DATASET, dataset_picker, init_state, set_current

TABS = (
    ":material/dashboard: Overview",
    ":material/checklist: Checklist",
    ":material/rule: Conventions",
    ":material/bar_chart: Charts",
    ":material/table_rows: Browse",
    ":material/download: Downloads",
    ":material/model_training: Training plan",
)


require_app_navigation()
init_state()
root = datasets_root()

st.title("Fine-Tuning System")
st.caption("Turn a repository into a fine-tuning dataset: artifact expertise plus your own code conventions.")
with st.container(border=True):
    form = render_config_form()
    for warning in form.warnings:
        st.warning(warning, icon=":material/warning:")
    name = form.config.dataset_name if form.config else None
    taken = bool(name) and (root / name).exists() and not form.force
    running = generation_running()
    button, reason = st.columns([1, 3], vertical_alignment="center")
    clicked = button.button(
        "Generate dataset",
        type="primary",
        icon=":material/play_arrow:",
        key="ft_generate",
        disabled=form.config is None or taken or running,
        width="stretch",
    )
    with reason:
        if running:
            st.caption(
                ":material/hourglass_top: A dataset is being generated: wait for it, or Cancel it, to start another."
            )
        elif form.config is None and form.missing:
            st.info(form.error, icon=":material/info:")
        elif form.config is None:
            st.error(f"**{form.error}**\n\n{remedy(form.error or '', form.source)}", icon=":material/error:")
        elif taken:
            st.warning(
                f"A dataset named {inline_code(name)} already exists. {remedy('already exists')}",
                icon=":material/warning:",
            )
        elif (root / name).exists():
            st.caption(f":material/sync: Replaces the existing dataset {inline_code(name)}.")
        else:
            st.caption(f":material/save: Saves to {inline_code(root / name)}.")
    if clicked and form.config is not None and start_generation(form, out_root=root):
        st.rerun()  # Generate is off from now on, and the run is followed below
    created = render_generation()
    if created is not None:
        set_current(created)

past = list_datasets(root)
if past:
    dataset_picker("Open a dataset", past, key="ft_open", placeholder="Pick a dataset generated earlier")

current = st.session_state.get(CURRENT_DATASET)
if not current:
    st.info("Generate a dataset above, or open one generated earlier, to see its results.", icon=":material/info:")
    st.stop()
folder = Path(current)
try:
    manifest, report = load_dataset(folder)
    index = dataset_index(folder)
except (OSError, ValueError) as exc:
    show_error(f"cannot open {folder.name}: {exc}", "")
    st.stop()

st.header(f"Dataset {inline_code(folder.name)}")
overview, checklist, conventions, charts, browse, downloads, plan = st.tabs(TABS)
with overview:
    render_overview(manifest, report)
with checklist:
    render_checklist(report)
with conventions:
    render_conventions(manifest)
with charts:
    render_charts(folder, manifest, report, index)
with browse:
    render_browser(folder)
with downloads:
    render_downloads(folder)
with plan:
    render_plan_section(report)
