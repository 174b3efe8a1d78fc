"""Figures and figures-of-merit of training runs, from their `events.jsonl` (pure functions, no Streamlit).

Training and evaluation loss against the step, the per-epoch suite pass rate (with the base's as epoch 0), several
runs' curves side by side, and the measured ETA (seconds per step so far × steps left).
"""

from __future__ import annotations

from collections.abc import Sequence

import plotly.graph_objects as go

CHART_HEIGHT = 340


def _layout(fig: go.Figure, title: str, x: str, y: str) -> go.Figure:
    fig.update_layout(
        title=title,
        height=CHART_HEIGHT,
        margin={"l": 10, "r": 10, "t": 50, "b": 10},
        xaxis_title=x,
        yaxis_title=y,
        legend={"orientation": "h", "y": -0.2},
    )
    return fig


def of_type(events: Sequence[dict], kind: str) -> list[dict]:
    return [e for e in events if e.get("type") == kind]


def loss_figure(events: Sequence[dict], name: str = "") -> go.Figure:
    """Training loss per step and evaluation loss per epoch (placed at its step)."""
    steps, evals = of_type(events, "step"), of_type(events, "eval")
    prefix = f"{name} " if name else ""
    fig = go.Figure()
    fig.add_scatter(
        x=[e["step"] for e in steps], y=[e.get("loss") for e in steps], mode="lines", name=f"{prefix}training loss"
    )
    fig.add_scatter(
        x=[e["step"] for e in evals],
        y=[e.get("eval_loss") for e in evals],
        mode="lines+markers",
        name=f"{prefix}evaluation loss",
    )
    return _layout(fig, "Loss", "step", "loss")


def pass_rate_figure(events: Sequence[dict]) -> go.Figure:
    """The suite's pass rate per epoch (epoch 0 is the base model, measured before step 0), and the held-out
    units passed and their mean chrF when the suite has transfer prompts."""
    suites = of_type(events, "suite")
    fig = go.Figure()
    fig.add_bar(
        x=[e["epoch"] for e in suites],
        y=[e["pass_rate"] for e in suites],
        text=[f"{e['pass_rate']:.0%}" for e in suites],
        name="pass rate",
    )
    transfer = [e for e in suites if e.get("transfer")]
    if transfer:  # the held-out units: how much of the house style transferred to code never trained on
        fig.add_bar(
            x=[e["epoch"] for e in transfer],
            y=[e["transfer"]["pass_rate"] for e in transfer],
            text=[f"{e['transfer']['pass_rate']:.0%}" for e in transfer],
            name="held-out units passed",
        )
        fig.add_scatter(
            x=[e["epoch"] for e in transfer],
            y=[e["transfer"]["mean_similarity"] for e in transfer],
            mode="lines+markers",
            name="held-out mean chrF",
        )
    fig.update_yaxes(range=[0, 1], tickformat=".0%")
    fig.update_xaxes(tickmode="array", tickvals=[e["epoch"] for e in suites], ticktext=_epoch_labels(suites))
    title = "Validation suite pass rate (epoch 0 = base model)"
    if transfer:
        title += " and transfer to held-out units"
    return _layout(fig, title, "epoch", "pass rate")


def _epoch_labels(suites: Sequence[dict]) -> list[str]:
    return ["base" if e.get("label") == "base" else f"epoch {e['epoch']}" for e in suites]


def compare_figure(runs: Sequence[tuple[str, Sequence[dict]]], metric: str = "loss") -> go.Figure:
    """Several runs' training (`loss`) or evaluation (`eval_loss`) curves against the epoch, on one chart."""
    kind = "step" if metric == "loss" else "eval"
    fig = go.Figure()
    for name, events in runs:
        rows = of_type(events, kind)
        fig.add_scatter(x=[e.get("epoch") for e in rows], y=[e.get(metric) for e in rows], mode="lines", name=name)
    title = "Training loss by run" if metric == "loss" else "Evaluation loss by run"
    return _layout(fig, title, "epoch", metric.replace("_", " "))


def seconds_per_step(events: Sequence[dict]) -> float | None:
    """Measured seconds per step, from the first to the last logged step (None before two steps)."""
    steps = of_type(events, "step")
    if len(steps) < 2 or steps[-1]["step"] == steps[0]["step"]:
        return None
    return (steps[-1]["elapsed"] - steps[0]["elapsed"]) / (steps[-1]["step"] - steps[0]["step"])


def eta_seconds(events: Sequence[dict]) -> float | None:
    """Seconds left at the measured pace (evaluations and suite runs included in the pace), or None."""
    pace = seconds_per_step(events)
    starts = of_type(events, "start")
    steps = of_type(events, "step")
    if pace is None or not starts or not steps:
        return None
    left = max(0, int(starts[-1].get("max_steps") or 0) - int(steps[-1]["step"]))
    return left * pace


def progress(events: Sequence[dict]) -> tuple[int, int]:
    """(steps done, steps planned)."""
    starts, steps = of_type(events, "start"), of_type(events, "step")
    return (steps[-1]["step"] if steps else 0), int(starts[-1].get("max_steps") or 0) if starts else 0


def format_duration(seconds: float) -> str:
    seconds = round(seconds)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours} h {minutes:02d} min" if hours else f"{minutes} min {secs:02d} s" if minutes else f"{secs} s"


def phase(events: Sequence[dict]) -> tuple[str, float | None]:
    """What the run is doing now, in words, and how far along that is (0–1, None when unknown).

    "loading the base model" until the trainer starts; "testing the base model: 3/14" while the suite runs on the
    base (before step 0) or "testing the model after epoch 2: 3/14" after an epoch; else "training: step 5 of 40".
    """
    current: tuple[str, float | None] = ("loading the base model", None)
    total_steps = 0
    done_steps = 0
    for event in events:
        kind = event.get("type")
        if kind == "start":
            total_steps = int(event.get("max_steps") or 0)
            current = (f"training: step {done_steps} of {total_steps}", 0.0 if total_steps else None)
        elif kind == "step":
            done_steps = int(event.get("step") or 0)
            current = (f"training: step {done_steps} of {total_steps}", _fraction(done_steps, total_steps))
        elif kind == "suite_progress":
            done, total = int(event.get("done") or 0), int(event.get("total") or 0)
            if done < total:
                label = str(event.get("label") or "")
                what = "the base model" if label == "base" else f"the model after {label}"
                current = (f"testing {what}: {done}/{total}", _fraction(done, total))
            else:
                current = (f"training: step {done_steps} of {total_steps}", _fraction(done_steps, total_steps))
        elif kind == "end":
            current = (f"finished at step {int(event.get('step') or 0)} of {total_steps}", 1.0)
    return current


def _fraction(done: int, total: int) -> float | None:
    return min(1.0, done / total) if total else None
