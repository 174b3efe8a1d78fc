"""A real training run of the tiny Llama through `architect-ai train`: events, eval loss, suite, adapter, status."""

from __future__ import annotations

import json

import pytest

from architect_ai.train.run_folder import read_events, read_status
from tests.train.conftest import TRAINED_EPOCHS

pytestmark = pytest.mark.slow
EPOCHS = TRAINED_EPOCHS


@pytest.fixture
def finished_run(trained_run):
    return trained_run


def test_run_completes_and_prints_its_folder(finished_run):
    run_dir, code, _out, err = finished_run
    assert code == 0, err
    assert run_dir.parent.name == "runs" and run_dir.is_dir()
    status = read_status(run_dir)
    assert status.status == "completed", status.reason
    assert status.reason.startswith(f"{4 * EPOCHS} steps")
    config = json.loads((run_dir / "train_config.json").read_text())
    assert config["epochs"] == EPOCHS and config["learning_rate"] == 0.02
    assert config["batch_size"] == 4  # from the dataset's training_plan.json
    assert "loss" in err and "suite base: pass rate" in err


def test_one_event_per_step_and_per_epoch_with_falling_eval_loss(finished_run):
    run_dir = finished_run[0]
    events = read_events(run_dir)
    steps = [e for e in events if e["type"] == "step"]
    evals = [e for e in events if e["type"] == "eval"]
    assert [e["step"] for e in steps] == list(range(1, 4 * EPOCHS + 1))  # 16 examples, batch 4
    assert all(e["loss"] > 0 and e["learning_rate"] > 0 and e["tokens"] > 0 for e in steps)
    assert [round(e["epoch"]) for e in evals] == list(range(1, EPOCHS + 1))
    losses = [e["eval_loss"] for e in evals]
    assert losses == sorted(losses, reverse=True) and losses[-1] < losses[0]
    assert steps[-1]["loss"] < steps[0]["loss"]
    assert [e["tokens"] for e in steps] == sorted(e["tokens"] for e in steps)


def test_adapter_saved_with_integer_alpha(finished_run):
    adapter = finished_run[0] / "adapter"
    assert (adapter / "adapter_model.safetensors").stat().st_size > 1000
    config = json.loads((adapter / "adapter_config.json").read_text())
    assert config["lora_alpha"] == 16 and isinstance(config["lora_alpha"], int)
    assert config["r"] == 8
    assert not (finished_run[0] / ".adapter.tmp").exists()


def test_the_loop_moves_the_pass_rate(finished_run):
    """Base 0 % on the distinctive answer; the per-epoch suite shows the tuned model passing."""
    run_dir = finished_run[0]
    suites = [e for e in read_events(run_dir) if e["type"] == "suite"]
    assert suites[0]["label"] == "base" and suites[0]["pass_rate"] == 0.0
    epochs = suites[1:]
    assert [e["epoch"] for e in epochs] == list(range(1, EPOCHS + 1))
    assert epochs[-1]["pass_rate"] > 0 and epochs[-1]["delta"] == epochs[-1]["pass_rate"]
    saved = json.loads((run_dir / "validation" / f"epoch-{EPOCHS}.json").read_text())
    assert "ZebraStore" in saved["results"][0]["answer"]
    assert saved["results"][0]["assertions"][0]["passed"] is True
    base = json.loads((run_dir / "validation" / "base.json").read_text())
    assert "ZebraStore" not in base["results"][0]["answer"]


def test_resume_continues_from_the_last_checkpoint(finished_run, tiny_model, capsys):
    from architect_ai.cli import main

    run_dir = finished_run[0]
    dataset = run_dir.parent.parent
    args = ["train", "--dataset", str(dataset), "--base", str(tiny_model), "--epochs", str(EPOCHS + 1)]
    code = main([*args, "--lr", "0.02", "--threads", "1", "--no-suite", "--resume", run_dir.name])
    assert code == 0, capsys.readouterr().err
    resumed = next(p for p in (dataset / "runs").iterdir() if p.name != run_dir.name and (p / "run.json").exists())
    steps = [e["step"] for e in read_events(resumed) if e["type"] == "step"]
    assert steps == list(range(4 * EPOCHS + 1, 4 * (EPOCHS + 1) + 1))  # picks up after the 12 finished steps
    assert read_status(resumed).status == "completed"


def test_builtin_suite_runs_on_the_base_and_after_the_epoch(dataset, tiny_model, capsys):
    from architect_ai.cli import main

    args = ["train", "--dataset", str(dataset), "--base", str(tiny_model), "--max-steps", "2", "--epochs", "1"]
    assert main([*args, "--threads", "1", "--suite-tokens", "8"]) == 0, capsys.readouterr().err
    run_dir = next((dataset / "runs").iterdir())
    suites = [e for e in read_events(run_dir) if e["type"] == "suite"]
    assert [(e["label"], e["epoch"]) for e in suites] == [("base", 0), ("epoch 1", 1)]
    assert all(e["prompts_total"] == 4 for e in suites)  # the strategy's four prompts (no conventions mined)
    base = json.loads((run_dir / "validation" / "base.json").read_text())
    ids = [r["prompt_id"] for r in base["results"]]
    assert ids == ["registration-controller", "ecommerce-erd", "microservices-architecture", "auth-sequence"]
    assert base["scores"][0]["assertions_total"] == sum(len(r["assertions"]) for r in base["results"]) > 4


def test_every_suite_event_carries_the_transfer_figures_of_the_held_out_units(dataset, tiny_model, capsys):
    from architect_ai.cli import main
    from architect_ai.validate.assertions import Contains
    from architect_ai.validate.suite import Prompt, Suite
    from architect_ai.validate.transfer_assertions import Similarity
    from architect_ai.validate.transfer_suite import TRANSFER_SUITE_FILE, suite_json

    held = Suite(
        name="transfer",
        prompts=[
            Prompt(
                id="transfer-src-invoice-service",
                category="transfer",
                prompt="Implement the `InvoiceService` service based on this repository's structure.",
                assertions=[Contains(value="InvoiceService", case_sensitive=True), Similarity(reference="class A {}")],
            )
        ],
    )
    (dataset / "validation").mkdir(exist_ok=True)
    (dataset / TRANSFER_SUITE_FILE).write_text(suite_json(held), encoding="utf-8")
    args = ["train", "--dataset", str(dataset), "--base", str(tiny_model), "--max-steps", "2", "--epochs", "1"]
    assert main([*args, "--threads", "1", "--suite-tokens", "8"]) == 0, capsys.readouterr().err
    run_dir = next((dataset / "runs").iterdir())
    suites = [e for e in read_events(run_dir) if e["type"] == "suite"]
    assert [e["label"] for e in suites] == ["base", "epoch 1"]
    assert all(e["prompts_total"] == 5 for e in suites)  # the strategy's four, then the held-out unit
    for event in suites:
        transfer = event["transfer"]
        assert transfer["prompts"] == 1 and 0.0 <= transfer["mean_similarity"] <= 1.0
        assert set(transfer) == {"prompts", "pass_rate", "mean_similarity", "convention_hit_rate"}
    assert "transfer 0% of 1 held-out units" in capsys.readouterr().err
