"""Session state shared by the pages: initialised once behind a guard, changed only through these helpers."""

from __future__ import annotations

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
