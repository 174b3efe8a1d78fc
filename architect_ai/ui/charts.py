"""Plotly figures that answer a reviewer's questions about a dataset (pure functions, no Streamlit).

What is my dataset made of (examples per kind, coloured by category); which of my files and conventions are covered;
how long are the examples against the recommended max sequence length; what was dropped and why.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import pandas as pd
import plotly.express as px
import plotly.graph_objects as go

#: One colour per category, the same in every chart.
CATEGORY_COLORS = {"artifact": "#4C78A8", "user_code": "#F58518", "sweep": "#54A24B"}
BAR_PX = 24
BASE_PX = 90
CHART_HEIGHT = 380


def _layout(fig: go.Figure, title: str, height: int = CHART_HEIGHT) -> go.Figure:
    fig.update_layout(title=title, height=height, margin={"l": 10, "r": 10, "t": 50, "b": 10})
    return fig


def _bars_height(count: int) -> int:
    return BASE_PX + BAR_PX * max(1, count)


def composition(report: dict) -> go.Figure:
    """Examples per kind as horizontal bars, coloured by category (3 colours, a short legend)."""
    by_kind = (report.get("counts") or {}).get("by_kind") or {}
    rows = [
        {"category": key.split("/", 1)[0], "kind": key.split("/", 1)[-1], "examples": count}
        for key, count in by_kind.items()
    ]
    frame = pd.DataFrame(rows or [{"category": "none", "kind": "none", "examples": 0}])
    frame = frame.sort_values(["category", "examples"], ascending=[False, True])
    fig = px.bar(
        frame,
        x="examples",
        y="kind",
        color="category",
        orientation="h",
        text="examples",
        color_discrete_map=CATEGORY_COLORS,
    )
    fig.update_yaxes(title=None, categoryorder="array", categoryarray=list(frame["kind"]))
    return _layout(fig, "What the dataset is made of: examples per kind", _bars_height(len(frame)))


#: Bar colours of the convention chart: the checklist's verdict, or grey where the checklist checks nothing.
MET, NOT_MET, NOT_CHECKED = "#54A24B", "#E45756", "#A0A0A0"
_ALLOWED = re.compile(r"in all ([\d,]+) examples")


def convention_verdicts(report: dict) -> dict[str, tuple[int, bool, int | None]]:
    """Convention id → (examples counted, met, the count it asks for when below the minimum) from the checklist's
    `convention:<id>` criteria: the chart shows exactly what the checklist judged."""
    verdicts = {}
    for criterion in report.get("criteria") or []:
        cid = str(criterion.get("id", ""))
        if not cid.startswith("convention:"):
            continue
        count = re.search(r"[\d,]+", str(criterion.get("value", "")))
        allowed = _ALLOWED.search(str(criterion.get("label", "")))
        verdicts[cid.split(":", 1)[1]] = (
            int(count.group().replace(",", "")) if count else 0,
            bool(criterion.get("passed")),
            int(allowed.group(1).replace(",", "")) if allowed else None,
        )
    return verdicts


def convention_coverage(report: dict, conventions: list[dict], minimum: int) -> go.Figure:
    """Examples showing each house convention, coloured by the checklist's verdict (met, not met, or not checked:
    seen once, or a folder/file-family fact that is described, not taught), with the minimum it asks for."""
    by_convention = (report.get("counts") or {}).get("by_convention") or {}
    verdicts = convention_verdicts(report)
    ids = [c.get("id", "") for c in conventions]
    values, colors, notes = [], [], []
    for cid in ids:
        if cid in verdicts:
            count, met, allowed = verdicts[cid]
            values.append(count)
            colors.append(MET if met else NOT_MET)
            wanted = f"all {allowed:,} its answers allow" if allowed is not None else f"≥ {minimum}"
            notes.append(f"{'met' if met else 'not met'}: {wanted}")
        else:
            values.append(int(by_convention.get(cid, 0)))
            colors.append(NOT_CHECKED)
            notes.append("not checked: described, not taught")
    fig = go.Figure(
        go.Bar(
            x=values,
            y=ids,
            orientation="h",
            marker_color=colors,
            text=values,
            customdata=notes,
            hovertemplate="%{y}: %{x} examples · %{customdata}<extra></extra>",
            name="examples",
        )
    )
    fig.add_vline(x=minimum, line_dash="dash", annotation_text=f"minimum {minimum}", annotation_position="top")
    fig.update_xaxes(title="examples showing it")
    return _layout(fig, "Your conventions: examples per convention", _bars_height(len(ids)))


def files_used_by_role(index: pd.DataFrame, roles: Iterable[str]) -> dict[str, int]:
    """Per file role, the distinct repository files some user-code example quotes. A file's role is the kind of its
    own unit examples; task kinds (`member`, `template`, `spec_to_code`, `sibling_analogy`) are no roles, so their
    files count under the role their unit examples name, never as a role of their own."""
    known = set(roles)
    code = index[(index["category"] == "user_code") & (index["file"] != "")]
    role_of = code[code["kind"].isin(known)].groupby("file")["kind"].first().to_dict()
    files = {f for f in code["file"] if f in role_of}
    used: dict[str, int] = {}
    for file in files:
        used[role_of[file]] = used.get(role_of[file], 0) + 1
    return used


def file_coverage(files_by_role: dict, used_by_role: dict) -> go.Figure:
    """Per file role: files in the repository vs files that became examples."""
    roles = sorted(set(files_by_role) | set(used_by_role), key=lambda r: -int(files_by_role.get(r, 0)))
    fig = go.Figure(
        [
            go.Bar(
                y=roles, x=[files_by_role.get(r, 0) for r in roles], name="files in the repository", orientation="h"
            ),
            go.Bar(y=roles, x=[used_by_role.get(r, 0) for r in roles], name="files in examples", orientation="h"),
        ]
    )
    fig.update_layout(barmode="group")
    fig.update_yaxes(autorange="reversed")
    return _layout(fig, "Your files: how many became examples, per role", _bars_height(len(roles)))


def token_histogram(report: dict, max_seq_length: int | None = None) -> go.Figure:
    """The report's token-length histogram, with the recommended max sequence length marked."""
    bins = (report.get("counts") or {}).get("token_histogram") or []
    fig = go.Figure(
        go.Bar(
            x=[(b["start"] + b["end"]) / 2 for b in bins],
            y=[b["count"] for b in bins],
            width=[max(1, b["end"] - b["start"] + 1) for b in bins],
            customdata=[f"{b['start']}–{b['end']}" for b in bins],
            hovertemplate="%{customdata} tokens: %{y} examples<extra></extra>",
            name="examples",
        )
    )
    if max_seq_length:
        fig.add_vline(
            x=max_seq_length,
            line_dash="dash",
            line_color="#E45756",
            annotation_text=f"recommended max length {max_seq_length:,}",
            annotation_position="top left",
        )
    fig.update_xaxes(title="tokens per example (estimate)")
    fig.update_yaxes(title="examples")
    return _layout(fig, "Token length")


def drops_by_reason(report: dict) -> go.Figure:
    """Horizontal bars of dropped/skipped items by reason, as tall as the reasons need."""
    drops = {k: v for k, v in (report.get("drops") or {}).items() if v}
    items = sorted(drops.items(), key=lambda kv: kv[1])
    fig = go.Figure(
        go.Bar(x=[v for _, v in items], y=[k for k, _ in items], orientation="h", text=[v for _, v in items])
    )
    fig.update_xaxes(title="count")
    return _layout(fig, "Drops by reason" if items else "Drops by reason (none)", _bars_height(len(items)))


def prompts_per_answer(report: dict) -> go.Figure:
    """How many repository answers stand under 1, 2, 3 … prompts (repetition teaches recall: goal ≤ 3)."""
    histogram = (report.get("quality") or {}).get("prompts_per_answer") or {}
    items = sorted(((int(k), v) for k, v in histogram.items()), key=lambda kv: kv[0])
    fig = go.Figure(go.Bar(x=[str(k) for k, _ in items], y=[v for _, v in items], text=[v for _, v in items]))
    fig.update_xaxes(title="prompts over one repository answer", type="category")
    fig.update_yaxes(title="answers")
    return _layout(fig, "Prompts per answer")


def pass_rate_history(rows: list[dict]) -> go.Figure:
    """Pass rate per model over validation runs (`architect_ai.validate.report.history_rows`)."""
    frame = pd.DataFrame(rows or [{"run": 0, "label": "", "model": "none", "pass_rate": 0.0}])
    fig = px.line(frame, x="run", y="pass_rate", color="model", markers=True, hover_data=["label"])
    fig.update_yaxes(range=[0, 1], tickformat=".0%", title="pass rate")
    fig.update_xaxes(dtick=1, title="validation run")
    return _layout(fig, "Pass rate over runs")
