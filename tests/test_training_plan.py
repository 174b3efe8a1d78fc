"""The training plan follows the strategy's recipe and adapts it to the dataset's size and token statistics."""

from __future__ import annotations

import json

import pytest

from architect_ai.training_plan import (
    LORA_LEARNING_RATE,
    PLAN_FILE,
    format_training_plan,
    training_plan,
    write_training_plan,
)


def _report(total: int, *, mean: float = 400.0, p95: int = 900, maximum: int = 1200, valid: float = 0.05) -> dict:
    n_valid = round(total * valid)
    return {
        "dataset": f"code_prototype_{total}",
        "counts": {
            "total": total,
            "by_split": {"train": total - n_valid, "valid": n_valid},
            "tokens": {"min": 50, "max": maximum, "mean": mean, "p50": int(mean), "p95": p95},
            "token_histogram": [
                {"start": 0, "end": 999, "count": total - 10},
                {"start": 1000, "end": 1999, "count": 10},
            ],
        },
    }


def test_5000_examples_follow_the_strategy_defaults() -> None:
    plan = training_plan(_report(5000), hardware="gpu", model_size="7b")
    hp = plan["hyperparameters"]
    assert plan["base_model"] == "codellama:7b-instruct"
    assert hp["batch_size"] == 8
    assert hp["learning_rate"] == LORA_LEARNING_RATE == 2e-4 and hp["method"] == "lora"
    assert hp["epochs"] == 2
    assert hp["steps_per_epoch"] == 594  # ceil(4750 / 8)
    assert hp["steps"] == 1188
    assert 1000 <= hp["steps"] <= 2000
    assert hp["micro_batch_size"] * hp["gradient_accumulation_steps"] == 8


def test_small_dataset_gets_three_epochs_and_says_why_steps_are_below_range() -> None:
    plan = training_plan(_report(500), hardware="cpu", model_size="7b")
    hp = plan["hyperparameters"]
    assert hp["epochs"] == 3
    assert hp["steps"] == 3 * 60  # ceil(475 / 8) = 60
    assert any("overfit" in reason for reason in plan["rationale"])


def test_large_dataset_stays_within_2000_steps() -> None:
    plan = training_plan(_report(20_000), hardware="gpu", model_size="13b")
    hp = plan["hyperparameters"]
    assert plan["base_model"] == "codellama:13b-instruct"
    assert hp["epochs"] == 1
    assert hp["steps"] == 2375  # one epoch already exceeds the range: not cut short
    assert any("1 epoch" in reason for reason in plan["rationale"])


def test_max_sequence_length_follows_the_token_statistics() -> None:
    short = training_plan(_report(1000, p95=300, maximum=400))["hyperparameters"]
    long = training_plan(_report(1000, p95=3000, maximum=9000))["hyperparameters"]
    assert short["max_seq_length"] == 512  # the floor
    assert long["max_seq_length"] == 3584  # 3000 × 1.15 rounded up to 256; the 9000 outlier is not covered
    assert long["micro_batch_size"] == 2 and long["gradient_accumulation_steps"] == 4


def test_time_estimate_is_tokens_times_epochs_over_throughput() -> None:
    plan = training_plan(_report(5000, mean=500.0), hardware="gpu", model_size="7b")
    est = plan["estimate"]
    assert est["label"] == "estimate"
    assert est["training_tokens"] == 4750 * 500 * 2
    slow, fast = est["gpu"]["throughput_tokens_per_second"]
    assert est["gpu"]["hours_high"] == round(4_750_000 / slow / 3600, 2)
    assert est["gpu"]["hours_low"] == round(4_750_000 / fast / 3600, 2)
    assert est["cpu"]["hours_low"] > est["gpu"]["hours_high"]
    bigger = training_plan(_report(5000, mean=500.0), hardware="gpu", model_size="13b")["estimate"]
    assert bigger["gpu"]["hours_low"] > est["gpu"]["hours_low"]


def test_bad_arguments_are_refused() -> None:
    with pytest.raises(ValueError, match="hardware"):
        training_plan(_report(500), hardware="tpu")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="model size"):
        training_plan(_report(500), model_size="70b")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="no examples"):
        training_plan({"counts": {"total": 0}})


def test_write_and_format(tmp_path) -> None:
    plan = training_plan(_report(500))
    path = write_training_plan(tmp_path, plan)
    assert path == tmp_path / PLAN_FILE
    assert json.loads(path.read_text()) == plan
    assert [p.name for p in tmp_path.iterdir()] == [PLAN_FILE]  # no temp file left behind
    text = format_training_plan(plan)
    assert "codellama:7b-instruct" in text and "estimate" in text
