"""The app's shell — page config, navigation over `pages/`, the shared sidebar — run by `app.py`, and by a page that
Streamlit ran on its own (see `architect_ai.ui.entry`).

To add a page, append an `st.Page` to `pages()` (the navigation and the sidebar follow).
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from architect_ai.ui.home import home
from architect_ai.ui.sidebar import render_sidebar
from architect_ai.ui.style import APP_CSS

#: A local icon file: a `:material/…:` page icon makes the browser fetch its SVG from fonts.gstatic.com.
ICON = Path(__file__).resolve().parent / "icon.png"


def pages() -> list:
    return [
        st.Page(home, title="Home", icon=":material/home:", default=True),
        st.Page("pages/fine_tuning.py", title="Fine-Tuning System", icon=":material/dataset:"),
        st.Page("pages/training.py", title="Training", icon=":material/model_training:"),
        st.Page("pages/validation.py", title="Validation", icon=":material/fact_check:"),
    ]


def run_app() -> None:
    st.set_page_config(page_title="Architect AI Fine-Tuning Studio", page_icon=str(ICON), layout="wide")
    st.html(APP_CSS)
    navigation = st.navigation(pages())
    render_sidebar()
    navigation.run()
