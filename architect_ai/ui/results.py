"""A dataset's results, one function per tab: overview, checklist, conventions, charts, downloads, training plan."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import streamlit as st

from architect_ai.quality.explain import explain, recommended_target, split_label, threshold_of
from architect_ai.training_plan import training_plan
from architect_ai.ui import charts
from architect_ai.ui.datasets import DATASET_FILE, SPLIT_FILES, bundle_zip
from architect_ai.ui.plan_view import render_training_plan
from architect_ai.ui.safe_text import inline_code, safe_markdown
from architect_ai.ui.style import CAPTION, FAIL, PASS, plural

MAX_EVIDENCE_SHOWN = 3
CATEGORY_HELP = {
    "artifact": "Expert examples from the builtin library: Mermaid ERDs, architecture, sequence, flowcharts, code "
    "templates.",
    "user_code": "Your own code, verbatim, each file asked for in 8–10 differently worded instructions.",
    "sweep": "The repo-wide sweep filling up to the target: method-level tasks, cross-file tasks, diagrams derived "
    "from your repository, meeting-notes phrasings.",
}
DROPS_HELP = (
    "Files skipped (binary, too large, secrets files) and examples dropped: exact duplicates, near-duplicates "
    "(answers ≥ 90 % alike by MinHash), over the token budget, diagrams mermaid.js rejects."
)


def render_overview(manifest: dict, report: dict) -> None:
    """Headline numbers, the source, the shortfall messages and the recommended target."""
    counts = report.get("counts") or {}
    by_category = counts.get("by_category") or {}
    drops = sum((report.get("drops") or {}).values())
    columns = st.columns(2 + len(by_category))
    reached = "target reached" if report.get("reached") else f"of {report.get('target', 0):,} wanted"
    columns[0].metric("Examples", f"{counts.get('total', 0):,}", reached, **CAPTION)
    for column, (category, count) in zip(columns[1:], sorted(by_category.items()), strict=False):
        column.metric(category.replace("_", " ").title(), f"{count:,}", help=CATEGORY_HELP.get(category))
    columns[-1].metric("Dropped / skipped", f"{drops:,}", help=DROPS_HELP)
    source = manifest.get("source") or {}
    repo = source.get("url") or source.get("repo") or (manifest.get("config") or {}).get("repo", "")
    commit = source.get("commit")
    st.caption(
        f":material/source: Source: {inline_code(repo)}"
        + (f" · commit {inline_code(str(commit)[:12])}" if commit else "")
    )
    reading = ((report.get("support") or {}).get("reading") or {}).get("summary")
    if reading:
        st.caption(f":material/code: {safe_markdown(str(reading))}")
    criteria = report.get("criteria") or []
    failed = [c for c in criteria if not c.get("passed")]
    if failed:
        st.warning(
            f"{plural(len(failed), 'success criterion', 'success criteria')} not met — see the Checklist tab.",
            icon=":material/warning:",
        )
    else:
        st.success(f"All {len(criteria)} success criteria met.", icon=":material/check_circle:")
    recommended = recommended_target(report)
    if recommended:
        st.info(
            f"Recommended target for this repository: **{recommended:,}** examples (from its files and the "
            "share each category gets).",
            icon=":material/lightbulb:",
        )
    for message in report.get("messages") or []:
        st.warning(message, icon=":material/info:")


def checklist_rows(report: dict) -> list[dict]:
    """Failures first; threshold and measured value in their own columns; why it failed and what fixes it."""
    rows = []
    for c in report.get("criteria") or []:
        label, _ = split_label(c.get("label", c.get("id", "")))
        rows.append(
            {
                "result": PASS if c.get("passed") else FAIL,
                "section": c.get("section", ""),
                "criterion": label,
                "threshold": threshold_of(c),
                "measured": str(c.get("value", "")),
                "why and how to fix": explain(c, report),
            }
        )
    return sorted(rows, key=lambda row: row["result"] == PASS)


def render_checklist(report: dict) -> None:
    criteria = report.get("criteria") or []
    passed = sum(bool(c.get("passed")) for c in criteria)
    failed = len(criteria) - passed
    verdict = "all met" if not failed else f"{plural(failed, 'criterion', 'criteria')} not met"
    icon = ":material/check_circle:" if not failed else ":material/cancel:"
    st.subheader(f"{icon} Success criteria: {passed} of {len(criteria)} passed, {verdict}")
    rows = checklist_rows(report)
    st.dataframe(
        pd.DataFrame(rows),
        hide_index=True,
        width="stretch",
        key="ft_checklist",
        column_config={
            "result": st.column_config.TextColumn(width="small"),
            "criterion": st.column_config.TextColumn(width="large"),
            "why and how to fix": st.column_config.TextColumn(width="large"),
        },
    )
    failing = [row for row in rows if row["result"] == FAIL]
    if failing:  # the table cuts long cells off: each reason written out, wrapped
        st.markdown(
            "**Why each one is not met, and how to fix it**\n\n"
            + "\n".join(
                f"- **{safe_markdown(r['criterion'])}** — {safe_markdown(r['why and how to fix'])}" for r in failing
            )
        )


def render_conventions(manifest: dict) -> None:
    """Each house convention with its evidence as file:line, written out (nothing cut off to the right)."""
    conventions = manifest.get("conventions") or []
    st.subheader(f"House conventions found: {len(conventions)}")
    if not conventions:
        st.info("No house conventions were detected in this repository.", icon=":material/info:")
        return
    for c in conventions:
        evidence = c.get("evidence") or []
        with st.container(border=True):
            st.markdown(f"**{inline_code(c.get('id', ''))}** · {plural(int(c.get('count', 0)), 'occurrence')}")
            st.markdown(c.get("description", ""))
            for e in evidence[:MAX_EVIDENCE_SHOWN]:
                st.markdown(
                    f"- {inline_code(str(e['path']) + ':' + str(e['line']))} — {inline_code(e.get('text', '').strip()[:160])}"
                )


def render_charts(folder: Path, manifest: dict, report: dict, index: pd.DataFrame) -> None:
    st.plotly_chart(charts.composition(report), width="stretch", key="ft_chart_composition")
    config = manifest.get("config") or {}
    minimum = int(config.get("convention_min_examples", 20) or 20)
    if manifest.get("conventions"):
        st.plotly_chart(
            charts.convention_coverage(report, manifest["conventions"], minimum),
            width="stretch",
            key="ft_chart_conventions",
        )
    used = charts.files_used_by_role(index, manifest.get("files_by_role") or {})
    if manifest.get("files_by_role") or used:
        st.plotly_chart(
            charts.file_coverage(manifest.get("files_by_role") or {}, used), width="stretch", key="ft_chart_files"
        )
    try:
        max_seq = training_plan(report)["hyperparameters"]["max_seq_length"]
    except (ValueError, KeyError):
        max_seq = None
    st.plotly_chart(charts.token_histogram(report, max_seq), width="stretch", key="ft_chart_tokens")
    if max_seq:
        over = int((index["tokens"] > max_seq).sum()) if "tokens" in index else 0
        st.caption(
            f"{plural(over, 'example')} of {len(index):,} {'exceeds' if over == 1 else 'exceed'} the recommended max "
            f"length of {max_seq:,} tokens."
            if over
            else f"No example exceeds the recommended max length of {max_seq:,} tokens."
        )
    quality = report.get("quality") or {}
    if quality.get("prompts_per_answer"):
        st.plotly_chart(charts.prompts_per_answer(report), width="stretch", key="ft_chart_prompts_per_answer")
        st.caption(
            f"Of {quality.get('repo_code_examples', 0):,} examples over your code, "
            f"{quality.get('derivable_share', 0):.0%} are derivable (the prompt or your shared vocabulary holds what "
            f"the answer uses) and {quality.get('self_reference_share', 0):.0%} show their own answer; one answer "
            f"stands under at most {quality.get('max_prompts_per_answer', 0)} prompts."
        )
    if any((report.get("drops") or {}).values()):
        st.plotly_chart(charts.drops_by_reason(report), width="stretch", key="ft_chart_drops")
    else:
        st.caption("Nothing was dropped or skipped.")


def _file_reader(path: Path):
    def read() -> bytes:
        return path.read_bytes()

    return read


def render_downloads(folder: Path) -> None:
    """Download buttons; files are read (and the zip built) only when clicked."""
    for name in (DATASET_FILE, *SPLIT_FILES):
        path = folder / name
        st.download_button(
            name,
            icon=":material/download:",
            data=_file_reader(path),
            file_name=f"{folder.name}_{name}" if name != DATASET_FILE else f"{folder.name}.jsonl",
            mime="application/jsonl",
            key=f"ft_download_{name}",
            disabled=not path.is_file(),
            on_click="ignore",
        )
    st.download_button(
        "Formats, subsets, manifest and report (.zip)",
        icon=":material/folder_zip:",
        data=lambda: bundle_zip(folder),
        file_name=f"{folder.name}_bundle.zip",
        mime="application/zip",
        key="ft_download_bundle",
        on_click="ignore",
    )


def render_plan_section(report: dict) -> None:
    left, right = st.columns(2)
    hardware = left.radio(
        "Training hardware", ("gpu", "cpu"), format_func=str.upper, horizontal=True, key="ft_plan_hardware"
    )
    size = right.radio("Model size", ("7b", "13b"), horizontal=True, key="ft_plan_size")
    try:
        plan = training_plan(report, hardware=hardware, model_size=size)
    except ValueError as exc:
        st.info(f"No training plan: {exc}", icon=":material/info:")
        return
    render_training_plan(plan)
