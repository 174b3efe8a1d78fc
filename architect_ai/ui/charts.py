"""Plotly figures of a dataset's report: domain mix, examples by category, token lengths, drops by reason.

Pure functions from the data contract to figures (no Streamlit), so they are easy to test and reuse.
"""

from __future__ import annotations

import pandas as pd
import plotly.express as px
import plotly.graph_objects as go

CHART_HEIGHT = 380
SUNBURST_HEIGHT = 520


def _layout(fig: go.Figure, title: str, height: int = CHART_HEIGHT) -> go.Figure:
    fig.update_layout(title=title, height=height, margin={"l": 10, "r": 10, "t": 50, "b": 10})
    return fig


def domain_mix(rows: list[dict]) -> go.Figure:
    """Sunburst category → kind → domain over `metadata_rows` (one row per example)."""
    frame = pd.DataFrame(rows or [{"category": "none", "kind": "none", "domain": "none", "examples": 0}])
    grouped = frame.groupby(["category", "kind", "domain"], as_index=False)["examples"].sum()
    fig = px.sunburst(grouped, path=["category", "kind", "domain"], values="examples")
    fig.update_traces(textinfo="label+percent entry")
    return _layout(fig, "Domain mix: category → kind → domain", SUNBURST_HEIGHT)


def examples_by_category(report: dict) -> go.Figure:
    """Bars of examples per category, with each category's kinds stacked."""
    by_kind = (report.get("counts") or {}).get("by_kind") or {}
    rows = [
        {"category": key.split("/", 1)[0], "kind": key.split("/", 1)[-1], "examples": count}
        for key, count in by_kind.items()
    ]
    frame = pd.DataFrame(rows or [{"category": "none", "kind": "none", "examples": 0}])
    fig = px.bar(frame, x="category", y="examples", color="kind", text_auto=True)
    return _layout(fig, "Examples by category")


def token_histogram(report: dict) -> go.Figure:
    """The report's token-length histogram (equal-width bins)."""
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
    fig.update_xaxes(title="tokens per example (estimate)")
    fig.update_yaxes(title="examples")
    return _layout(fig, "Token length")


def drops_by_reason(report: dict) -> go.Figure:
    """Horizontal bars of dropped/skipped items by reason (`dropped_duplicate`, `skipped_binary`…)."""
    drops = {k: v for k, v in (report.get("drops") or {}).items() if v}
    items = sorted(drops.items(), key=lambda kv: kv[1])
    fig = go.Figure(go.Bar(x=[v for _, v in items], y=[k for k, _ in items], orientation="h", name="drops"))
    fig.update_xaxes(title="count")
    return _layout(fig, "Drops by reason" if items else "Drops by reason (none)")


def pass_rate_history(rows: list[dict]) -> go.Figure:
    """Pass rate per model over validation runs (`architect_ai.validate.report.history_rows`)."""
    frame = pd.DataFrame(rows or [{"run": 0, "label": "", "model": "none", "pass_rate": 0.0}])
    fig = px.line(frame, x="run", y="pass_rate", color="model", markers=True, hover_data=["label"])
    fig.update_yaxes(range=[0, 1], tickformat=".0%", title="pass rate")
    fig.update_xaxes(dtick=1, title="validation run")
    return _layout(fig, "Pass rate over runs")
