"""Architect AI Fine-Tuning Studio — `streamlit run app.py`: navigation over pages/ and the shared sidebar."""

from __future__ import annotations

import streamlit as st

from architect_ai.ui.home import home
from architect_ai.ui.sidebar import render_sidebar

st.set_page_config(page_title="Architect AI Fine-Tuning Studio", page_icon="🏗️", layout="wide")

navigation = st.navigation(
    [
        st.Page(home, title="Home", icon="🏠", default=True),
        st.Page("pages/fine_tuning.py", title="Fine-Tuning System", icon="🧪"),
        st.Page("pages/training.py", title="Training", icon="🏋️"),
        st.Page("pages/validation.py", title="Validation", icon="✅"),
    ]
)
render_sidebar()
navigation.run()
