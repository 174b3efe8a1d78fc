"""Streamlit helpers used only by the pages (`app.py`, `pages/`): the one place of the package importing streamlit."""
