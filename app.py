"""Architect AI Fine-Tuning Studio — `streamlit run app.py`: navigation over pages/ and the shared sidebar
(`architect_ai/ui/shell.py`; add a page there)."""

from __future__ import annotations

from architect_ai.ui.shell import run_app

run_app()
