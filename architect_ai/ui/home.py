"""The Home page: what the tool does, how to start, and the datasets already generated."""

from __future__ import annotations

from datetime import datetime

import pandas as pd
import streamlit as st

from architect_ai.ui.datasets import datasets_root, list_datasets
from architect_ai.ui.style import FAIL, PASS

INTRO = """
**Architect AI Fine-Tuning Studio** turns a *mother project* — any git repository or folder — into a fine-tuning
dataset for a local code model served by Ollama (e.g. `codellama:7b-instruct`), then checks the tuned model.

The dataset teaches two things at once:
1. **Artifact expertise** — expert Mermaid ERDs, architecture, sequence diagrams, flowcharts and code templates.
2. **Your conventions** — each code chunk of your repository becomes several instructions whose answer is your real
   code, so the model learns your settings interfaces, DTO naming, base classes and Angular services.

Open **Fine-Tuning System** in the sidebar to generate a dataset (the bundled sample works with zero input), preview
its first 100 examples, download it and get a training plan; then **Validation** to test the tuned model in Ollama.
"""


def home() -> None:
    st.title("Architect AI Fine-Tuning Studio")
    st.markdown(INTRO)
    root = datasets_root()
    datasets = list_datasets(root)
    st.subheader(f"Datasets in `{root}`")
    if not datasets:
        st.info("No datasets yet — generate one on the Fine-Tuning System page.")
        return
    rows = [
        {
            "criteria": PASS if d.passed else FAIL if d.passed is False else "·",
            "dataset": d.name,
            "examples": d.total,
            "artifact type": d.artifact_type,
            "generated": datetime.fromtimestamp(d.modified).strftime("%Y-%m-%d %H:%M"),
        }
        for d in datasets
    ]
    st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch", key="home_datasets")
