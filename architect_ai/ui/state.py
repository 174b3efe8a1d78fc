"""Session state shared by the pages: initialised once behind a guard, changed only through these helpers."""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

#: Path (str) of the dataset folder shown on the Fine-Tuning page; the Validation page defaults to it too.
CURRENT_DATASET = "current_dataset"
DEFAULTS: dict[str, object] = {CURRENT_DATASET: None}


def init_state() -> None:
    """Set the defaults once per session (widgets' own keys are initialised by the widgets)."""
    for key, value in DEFAULTS.items():
        if key not in st.session_state:
            st.session_state[key] = value


def open_dataset(widget_key: str) -> None:
    """`on_change` of a dataset picker: make its value the current dataset."""
    value = st.session_state.get(widget_key)
    if value:
        st.session_state[CURRENT_DATASET] = value


def dataset_picker(label: str, datasets: Sequence, *, key: str, placeholder: str) -> str | None:
    """A selectbox over dataset folders that opens the chosen one (and shows the current one when listed)."""
    paths = [str(d.path) for d in datasets]
    labels = {str(d.path): d.label for d in datasets}
    current = st.session_state.get(CURRENT_DATASET)
    return st.selectbox(
        label,
        paths,
        index=paths.index(current) if current in paths else None,
        format_func=labels.__getitem__,
        placeholder=placeholder,
        key=key,
        on_change=open_dataset,
        args=(key,),
    )
