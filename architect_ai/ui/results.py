"""A dataset's results on the page: headline metrics, checklist, conventions, charts, downloads, training plan."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import streamlit as st

from architect_ai.training_plan import training_plan
from architect_ai.ui import charts
from architect_ai.ui.datasets import DATASET_FILE, SPLIT_FILES, bundle_zip, metadata_rows
from architect_ai.ui.plan_view import render_training_plan
from architect_ai.ui.style import CAPTION, FAIL, PASS

MAX_EVIDENCE_SHOWN = 3


@st.cache_data(show_spinner=False, max_entries=8)
def _metadata_rows(folder: str, stamp: float) -> list[dict]:
    return metadata_rows(Path(folder))


def render_metrics(report: dict) -> None:
    counts = report.get("counts") or {}
    by_category = counts.get("by_category") or {}
    drops = sum((report.get("drops") or {}).values())
    columns = st.columns(2 + len(by_category))
    reached = "reached" if report.get("reached") else f"of {report.get('target', 0):,} wanted"
    columns[0].metric("Examples", f"{counts.get('total', 0):,}", reached, **CAPTION)
    for column, (category, count) in zip(columns[1:], sorted(by_category.items()), strict=False):
        column.metric(category.replace("_", " ").title(), f"{count:,}")
    columns[-1].metric("Dropped / skipped", f"{drops:,}")
    for message in report.get("messages") or []:
        st.warning(message)


def render_checklist(report: dict) -> None:
    """The success criteria with ✅/❌, grouped by section, with their numbers."""
    criteria = report.get("criteria") or []
    passed = sum(bool(c.get("passed")) for c in criteria)
    verdict = "✅ all criteria met" if report.get("passed") else f"❌ {len(criteria) - passed} criteria not met"
    st.subheader(f"Success criteria — {passed}/{len(criteria)} · {verdict}")
    rows = [
        {
            "result": PASS if c.get("passed") else FAIL,
            "section": c.get("section", ""),
            "criterion": c.get("label", c.get("id", "")),
            "value": str(c.get("value", "")),
        }
        for c in criteria
    ]
    st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch", key="ft_checklist")


def render_conventions(manifest: dict) -> None:
    """The house conventions mined from the repository, with evidence as file:line."""
    conventions = manifest.get("conventions") or []
    st.subheader(f"House conventions found — {len(conventions)}")
    if not conventions:
        st.info("No house conventions were detected in this repository.")
        return
    rows = []
    for c in conventions:
        evidence = c.get("evidence") or []
        rows.append(
            {
                "convention": c.get("id", ""),
                "description": c.get("description", ""),
                "count": c.get("count", 0),
                "names": ", ".join(c.get("names") or []),
                "evidence": "; ".join(f"{e['path']}:{e['line']}" for e in evidence[:MAX_EVIDENCE_SHOWN]),
                "example line": evidence[0]["text"] if evidence else "",
            }
        )
    st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch", key="ft_conventions")


def render_charts(folder: Path, report: dict) -> None:
    stamp = (folder / DATASET_FILE).stat().st_mtime
    st.plotly_chart(charts.domain_mix(_metadata_rows(str(folder), stamp)), width="stretch", key="ft_chart_mix")
    left, right = st.columns(2)
    left.plotly_chart(charts.examples_by_category(report), width="stretch", key="ft_chart_category")
    right.plotly_chart(charts.token_histogram(report), width="stretch", key="ft_chart_tokens")
    st.plotly_chart(charts.drops_by_reason(report), width="stretch", key="ft_chart_drops")


def _file_reader(path: Path):
    def read() -> bytes:
        return path.read_bytes()

    return read


def render_downloads(folder: Path) -> None:
    """Download buttons; files are read (and the zip built) only when clicked."""
    files = [DATASET_FILE, *SPLIT_FILES]
    columns = st.columns(len(files) + 1)
    for column, name in zip(columns, files, strict=False):
        path = folder / name
        column.download_button(
            f"⬇ {name}",
            data=_file_reader(path),
            file_name=f"{folder.name}_{name}" if name != DATASET_FILE else f"{folder.name}.jsonl",
            mime="application/jsonl",
            key=f"ft_download_{name}",
            disabled=not path.is_file(),
            on_click="ignore",
            width="stretch",
        )
    columns[-1].download_button(
        "⬇ formats + subsets + manifest (.zip)",
        data=lambda: bundle_zip(folder),
        file_name=f"{folder.name}_bundle.zip",
        mime="application/zip",
        key="ft_download_bundle",
        on_click="ignore",
        width="stretch",
    )


def render_plan_section(report: dict) -> None:
    st.subheader("Training plan")
    left, right = st.columns(2)
    hardware = left.radio(
        "Training hardware", ("gpu", "cpu"), format_func=str.upper, horizontal=True, key="ft_plan_hardware"
    )
    size = right.radio("Model size", ("7b", "13b"), horizontal=True, key="ft_plan_size")
    try:
        plan = training_plan(report, hardware=hardware, model_size=size)
    except ValueError as exc:
        st.info(f"No training plan: {exc}")
        return
    render_training_plan(plan)
