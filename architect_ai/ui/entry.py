"""Every page runs inside the app's shell (`architect_ai.ui.shell`), also as the first session of a fresh server.

Streamlit decides per server whether an app "uses the pages directory" (its legacy multipage mode): until some
session has run `st.navigation`, a `pages/` folder next to `app.py` makes it run the page a URL names *on its own*,
without `app.py` — so a shared link such as `/fine_tuning?dataset=…` opened first got the legacy file-name
navigation and a centred layout, and kept them after a reload. `require_app_navigation()`, the first statement of
each page, then runs the shell in its place (the same run: a click or an input of this run is not lost) and stops.
"""

from __future__ import annotations

import streamlit as st
from streamlit.runtime.pages_manager import PagesManager


def require_app_navigation() -> None:
    """Run the app's shell instead of this page when Streamlit's legacy pages-directory mode ran it on its own."""
    if PagesManager.uses_pages_directory:  # `st.navigation` sets it False; only the legacy mode leaves it True
        from architect_ai.ui.shell import run_app

        run_app()  # its navigation runs this page again, now inside the shell
        st.stop()
