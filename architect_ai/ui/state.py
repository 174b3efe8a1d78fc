"""Session state shared by the pages: initialised once behind a guard, changed only through these helpers.

The open dataset lives in the session and in the URL (`?dataset=<name>`), so a reload or a shared link reopens it.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import streamlit as st

from architect_ai.ui.datasets import find_dataset

#: Path (str) of the dataset folder shown on the Fine-Tuning page; the Validation page defaults to it too.
CURRENT_DATASET = "current_dataset"
QUERY_DATASET = "dataset"
DEFAULTS: dict[str, object] = {CURRENT_DATASET: None}


def init_state() -> None:
    """Set the defaults once per session, and open the dataset named in the URL when there is one."""
    for key, value in DEFAULTS.items():
        if key not in st.session_state:
            st.session_state[key] = value
    if not st.session_state[CURRENT_DATASET]:
        folder = find_dataset(st.query_params.get(QUERY_DATASET, ""))
        if folder is not None:
            st.session_state[CURRENT_DATASET] = str(folder)
    sync_query()


def set_current(folder: Path | str | None) -> None:
    """Open a dataset (or none) everywhere: session, URL."""
    st.session_state[CURRENT_DATASET] = str(folder) if folder else None
    sync_query()


def sync_query() -> None:
    current = st.session_state.get(CURRENT_DATASET)
    name = Path(current).name if current else None
    if name and st.query_params.get(QUERY_DATASET) != name:
        st.query_params[QUERY_DATASET] = name
    elif not name and QUERY_DATASET in st.query_params:
        del st.query_params[QUERY_DATASET]


def open_dataset(widget_key: str) -> None:
    """`on_change` of a dataset picker: make its value the current dataset."""
    set_current(st.session_state.get(widget_key))


def dataset_picker(label: str, datasets: Sequence, *, key: str, placeholder: str) -> str | None:
    """A selectbox over dataset folders that always shows the open dataset, and opens the one chosen."""
    paths = [str(d.path) for d in datasets]
    labels = {str(d.path): d.label for d in datasets}
    current = st.session_state.get(CURRENT_DATASET)
    st.session_state[key] = current if current in paths else None  # the picker never disagrees with the page
    return st.selectbox(
        label,
        paths,
        format_func=labels.__getitem__,
        placeholder=placeholder,
        key=key,
        on_change=open_dataset,
        args=(key,),
    )
