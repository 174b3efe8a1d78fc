"""Validation (placeholder until phase two)."""

import streamlit as st

st.title("Validation")
st.info("Coming soon.")
