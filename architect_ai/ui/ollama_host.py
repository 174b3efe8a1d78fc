"""One Ollama host for the whole session: the sidebar's status, the Validation page and Training's "Create in
Ollama" all talk to the host the user last entered (default `$OLLAMA_HOST`, else http://127.0.0.1:11434)."""

from __future__ import annotations

import streamlit as st

#: Session key of the host every page uses.
OLLAMA_HOST = "ollama_host"
HELP = "Where Ollama listens (default: OLLAMA_HOST, else http://127.0.0.1:11434); shared by every page."


def ollama_host() -> str:
    from architect_ai.validate.ollama import resolve_host

    return st.session_state.get(OLLAMA_HOST) or resolve_host(None)


def ollama_host_input(key: str, container=st) -> str:
    """A host field bound to the session's host: an edit here is what the sidebar and the other pages use too
    (set in the widget's callback, so the sidebar drawn before the page already shows it)."""

    def share() -> None:
        st.session_state[OLLAMA_HOST] = (st.session_state.get(key) or "").strip()

    host = container.text_input("Ollama host", value=ollama_host(), key=key, help=HELP, on_change=share).strip()
    st.session_state[OLLAMA_HOST] = host
    return host
