"""The sidebar every page shares: version and whether Ollama answers (cached briefly, never raising)."""

from __future__ import annotations

import streamlit as st

from architect_ai import __version__
from architect_ai.ui.datasets import datasets_root
from architect_ai.ui.ollama_host import ollama_host
from architect_ai.ui.safe_text import inline_code

#: Seconds an Ollama status is reused, so reruns do not each wait on the network.
OLLAMA_STATUS_TTL = 10
#: The status check must never slow the page down noticeably.
OLLAMA_STATUS_TIMEOUT = 1.5


@st.cache_data(ttl=OLLAMA_STATUS_TTL, show_spinner=False)
def ollama_status(host: str | None = None) -> tuple[bool, str, str, str]:
    """`(ok, host, version, error)` for the Ollama server; any failure is an answer, not an exception."""
    try:
        from architect_ai.validate.ollama import Ollama

        with Ollama(host, connect_timeout=OLLAMA_STATUS_TIMEOUT, read_timeout=OLLAMA_STATUS_TIMEOUT) as client:
            health = client.health()
        return health.ok, health.host, health.version, health.error
    except Exception as exc:  # a status badge must never take the page down
        return False, host or "", "", str(exc).splitlines()[0] if str(exc) else type(exc).__name__


def render_sidebar() -> None:
    """Version, Ollama status and the datasets folder, under the navigation."""
    with st.sidebar:
        st.caption(f"Architect AI Fine-Tuning Studio · v{__version__}")
        ok, host, version, error = ollama_status(ollama_host())
        if ok:
            st.success(f"Ollama {version} at {host}", icon=":material/check_circle:")
        else:
            st.warning(f"Ollama not reachable: {error}", icon=":material/warning:")
        st.caption(f"Datasets: {inline_code(datasets_root())}")
