"""Follow a background run from the page: drawn now, then every few seconds while it goes on, in a fragment.

Training (a process) and generation (a thread) both run outside Streamlit's script, so clicks and reruns never stop
them; the page only reads their state. While the run goes on, only the fragment reruns; once a run seen going has
ended, the whole page reruns (so lists, results and downloads see what it wrote) and the polling stops.
"""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st


def follow(going: Callable[[], bool], draw: Callable[[], None], *, every: float) -> None:
    """Call `draw()` now and every `every` seconds while `going()`; rerun the whole page when the run has ended."""
    active = going()

    def fragment() -> None:
        if active and not going():
            st.rerun()  # the whole page: it shows the outcome, and this fragment is drawn without a timer
        draw()

    st.fragment(fragment, run_every=every if active else None)()
