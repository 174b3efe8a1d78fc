"""The Home page: what the tool does, how to start, and the history of datasets (open, delete, compare)."""

from __future__ import annotations

from datetime import datetime

import pandas as pd
import streamlit as st

from architect_ai.ui.compare import render_compare
from architect_ai.ui.datasets import datasets_root, delete_dataset, find_dataset, list_datasets
from architect_ai.ui.safe_text import inline_code
from architect_ai.ui.state import CURRENT_DATASET, set_current
from architect_ai.ui.style import FAIL, PASS, plural

INTRO = """
**Architect AI Fine-Tuning Studio** turns a *mother project* — any git repository or folder — into a fine-tuning
dataset for a local code model served by Ollama (e.g. `codellama:7b-instruct`), then checks the tuned model.

The dataset teaches two things at once:
1. **Artifact expertise** — expert Mermaid ERDs, architecture, sequence diagrams, flowcharts and code templates.
2. **Your conventions** — each code chunk of your repository becomes several instructions whose answer is your real
   code, so the model learns your settings interfaces, DTO naming, base classes and Angular services.

Open **Fine-Tuning System** in the sidebar to generate a dataset (the bundled sample works with zero input), browse
and review its examples, download it and get a training plan; then **Validation** to test the tuned model in Ollama.
"""
FINE_TUNING_PAGE = "pages/fine_tuning.py"
#: Bumped after a delete: the table gets a new key, so no row stays selected (the browser keeps a widget's selection).
TABLE_VERSION = "home_table_version"
#: The one-line outcome of the last delete, shown once on the next run.
DELETED = "home_deleted"


def table_key() -> str:
    """The key of the datasets table in this session (a fresh one after every delete)."""
    return f"home_datasets_{st.session_state.get(TABLE_VERSION, 0)}"


def history_rows(datasets) -> list[dict]:
    return [
        {
            "dataset": d.name,
            "criteria": PASS if d.passed else FAIL if d.passed is False else "",
            "examples": d.total,
            "artifact type": d.artifact_type,
            "source repository": d.source,
            "commit": d.commit[:12],
            "generated": datetime.fromtimestamp(d.modified).strftime("%Y-%m-%d %H:%M"),
        }
        for d in datasets
    ]


def _selected(datasets) -> list:
    state = st.session_state.get(table_key()) or {}
    rows = (state.get("selection") or {}).get("rows") or []
    return [datasets[i] for i in rows if i < len(datasets)]


def delete_named(name: str, root) -> None:
    """`on_click` of the confirmation: delete the dataset called `name` (the one the confirmation showed) only.

    Whatever happens, the selection and the confirmation are cleared, so a second click cannot reach another row.
    """

    st.session_state[TABLE_VERSION] = st.session_state.get(TABLE_VERSION, 0) + 1
    folder = find_dataset(name, root)
    if folder is None:
        st.session_state[DELETED] = ("warning", f"{inline_code(name)} was already gone: nothing deleted.")
        return
    try:
        delete_dataset(folder, root)
    except (OSError, ValueError) as exc:
        st.session_state[DELETED] = ("error", f"Could not delete {inline_code(name)}: {exc}")
        return
    if st.session_state.get(CURRENT_DATASET) == str(folder):
        set_current(None)
    st.session_state[DELETED] = ("success", f"Deleted {inline_code(name)}.")


def _show_deleted() -> None:
    kind, text = st.session_state.pop(DELETED, (None, ""))
    if kind:
        getattr(st, kind)(text, icon=":material/delete:")


def home() -> None:
    st.title("Architect AI Fine-Tuning Studio")
    st.markdown(INTRO)
    root = datasets_root()
    datasets = list_datasets(root)
    st.subheader(f"Datasets in {inline_code(root)}: {len(datasets)}")
    _show_deleted()
    if not datasets:
        st.info("No datasets yet — generate one on the Fine-Tuning System page.", icon=":material/info:")
        return
    st.dataframe(
        pd.DataFrame(history_rows(datasets)),
        hide_index=True,
        width="stretch",
        key=table_key(),
        on_select="rerun",
        selection_mode="multi-row",
    )
    chosen = _selected(datasets)
    if not chosen:
        st.caption(":material/touch_app: Select a row to open or delete a dataset; select two to compare them.")
        return
    first = chosen[0]
    open_col, delete_col, _ = st.columns([1, 1, 2])
    if open_col.button(f"Open {first.name}", icon=":material/open_in_new:", key="home_open", width="stretch"):
        set_current(first.path)
        st.switch_page(FINE_TUNING_PAGE, query_params={"dataset": first.name})
    with delete_col.popover(f"Delete {inline_code(first.name)}…", icon=":material/delete:", width="stretch"):
        st.markdown(f"Delete {inline_code(first.name)} and all its files? This cannot be undone.")
        st.button(
            f"Yes, delete {inline_code(first.name)}",
            type="primary",
            key="home_delete_confirm",
            on_click=delete_named,
            args=(first.name, root),
        )
    if len(chosen) >= 2:
        render_compare(chosen[0].path, chosen[1].path)
    else:
        st.caption(f"{plural(1, 'dataset')} selected; select a second one to compare.")
