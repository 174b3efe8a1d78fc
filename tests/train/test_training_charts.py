"""The Training page's pure helpers: measured pace and ETA, figures from events, the plan's measured estimate."""

from __future__ import annotations

import pytest

from architect_ai.training_plan import MEASURED_TRAINING, format_training_plan, training_plan
from architect_ai.ui.training_charts import (
    compare_figure,
    eta_seconds,
    format_duration,
    loss_figure,
    pass_rate_figure,
    phase,
    progress,
    seconds_per_step,
)

EVENTS = [
    {"type": "start", "step": 0, "max_steps": 10, "elapsed": 3.0},
    {"type": "suite", "label": "base", "step": 0, "epoch": 0, "pass_rate": 0.25, "delta": None},
    {"type": "step", "step": 1, "epoch": 0.2, "loss": 3.0, "elapsed": 4.0},
    {"type": "step", "step": 2, "epoch": 0.4, "loss": 2.5, "elapsed": 4.5},
    {"type": "step", "step": 5, "epoch": 1.0, "loss": 2.0, "elapsed": 6.0},
    {"type": "eval", "step": 5, "epoch": 1.0, "eval_loss": 2.2, "elapsed": 6.5},
    {"type": "suite", "label": "epoch 1", "step": 5, "epoch": 1, "pass_rate": 0.5, "delta": 0.25},
]


def test_pace_and_eta_are_measured_from_the_steps():
    assert seconds_per_step(EVENTS) == pytest.approx(0.5)  # (6.0 - 4.0) / (5 - 1)
    assert eta_seconds(EVENTS) == pytest.approx(2.5)  # 5 steps left
    assert progress(EVENTS) == (5, 10)
    assert seconds_per_step(EVENTS[:3]) is None and eta_seconds(EVENTS[:3]) is None


def test_figures_carry_the_events():
    loss = loss_figure(EVENTS)
    assert list(loss.data[0].x) == [1, 2, 5] and list(loss.data[0].y) == [3.0, 2.5, 2.0]
    assert list(loss.data[1].y) == [2.2]
    rates = pass_rate_figure(EVENTS)
    assert list(rates.data[0].y) == [0.25, 0.5]
    assert list(rates.layout.xaxis.ticktext) == ["base", "epoch 1"]
    compared = compare_figure([("a", EVENTS), ("b", EVENTS[:3])])
    assert [t.name for t in compared.data] == ["a", "b"] and len(compared.data[1].x) == 1


def test_the_pass_rate_chart_adds_the_held_out_transfer_per_epoch_when_the_suite_has_it():
    assert len(pass_rate_figure(EVENTS).data) == 1  # no transfer prompts: the suite's bars only
    figures = {"prompts": 9, "convention_hit_rate": 0.5}
    events = [
        {**EVENTS[1], "transfer": {**figures, "pass_rate": 0.0, "mean_similarity": 0.21}},
        {**EVENTS[-1], "transfer": {**figures, "pass_rate": 0.33, "mean_similarity": 0.58}},
    ]
    chart = pass_rate_figure(events)
    assert [t.name for t in chart.data] == ["pass rate", "held-out units passed", "held-out mean chrF"]
    assert list(chart.data[1].y) == [0.0, 0.33] and list(chart.data[2].y) == [0.21, 0.58]
    assert "transfer to held-out units" in chart.layout.title.text


def test_durations_read_well():
    assert format_duration(42) == "42 s"
    assert format_duration(125) == "2 min 05 s"
    assert format_duration(3 * 3600 + 60) == "3 h 01 min"


def test_plan_estimate_cites_the_training_benchmark():
    report = {"counts": {"total": 5000, "by_split": {"train": 4750}, "tokens": {"mean": 500, "p95": 900}}}
    plan = training_plan(report, hardware="cpu")
    measured = plan["estimate"]["measured"]
    assert measured["source"] == "bench/train.py"
    throughput = max(MEASURED_TRAINING["tokens_per_second"].values()) * MEASURED_TRAINING["model_parameters"] / 6.74e9
    assert measured["scaled_tokens_per_second"] == pytest.approx(throughput, rel=1e-3)
    assert measured["hours"] == round(plan["estimate"]["training_tokens"] / throughput / 3600, 2)
    assert "Measured (bench/train.py)" in format_training_plan(plan)


def test_the_phase_names_what_the_run_does_now():
    start = {"type": "start", "step": 0, "max_steps": 40}
    base = [{"type": "suite_progress", "label": "base", "done": d, "total": 14} for d in range(4)]
    assert phase([]) == ("loading the base model", None)
    assert phase([start, *base]) == ("testing the base model: 3/14", 3 / 14)
    done = {"type": "suite_progress", "label": "base", "done": 14, "total": 14}
    steps = [{"type": "step", "step": s} for s in (1, 2, 5)]
    assert phase([start, *base, done, *steps]) == ("training: step 5 of 40", 5 / 40)
    epoch = {"type": "suite_progress", "label": "epoch 1", "done": 2, "total": 14}
    assert phase([start, *steps, epoch])[0] == "testing the model after epoch 1: 2/14"
    assert phase([start, *steps, epoch, {"type": "end", "step": 5}]) == ("finished at step 5 of 40", 1.0)
