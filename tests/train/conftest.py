"""Fixtures for the training tests: a small dataset folder in the data contract's shape, a tiny Llama built once.

Every training test uses one torch thread (on a shared 2-core machine two threads are up to 10× slower).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

SYSTEM = "You are Architect AI."
ANSWER = "Use ZebraStore with IMongoDBSettings."
TRAINED_EPOCHS = 3
TOPICS = ("invoices", "orders", "books", "loans", "users", "payments", "carts", "tickets")


def example(index: int, group: str, answer: str = ANSWER) -> dict:
    topic = TOPICS[index % len(TOPICS)]
    return {
        "messages": [
            {"role": "system", "content": SYSTEM},
            {"role": "user", "content": f"Write the storage for {topic} number {index}"},
            {"role": "assistant", "content": answer},
        ],
        "metadata": {"id": f"ex{index}", "category": "user_code", "kind": "dotnet_service", "group": group},
    }


def write_jsonl(path: Path, rows: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def make_dataset(folder: Path, train: int = 16, valid: int = 4) -> Path:
    """A dataset folder as `generate` writes it (the files training reads)."""
    train_rows = [example(i, f"g{i}") for i in range(train)]
    valid_rows = [example(1000 + i, f"v{i}") for i in range(valid)]
    write_jsonl(folder / "train.jsonl", train_rows)
    write_jsonl(folder / "valid.jsonl", valid_rows)
    write_jsonl(folder / "dataset.jsonl", train_rows + valid_rows)
    write_jsonl(folder / "subsets" / "subset_8.jsonl", (train_rows[:6] + valid_rows[:2]))
    manifest = {"config": {"system_prompt": SYSTEM}, "conventions": []}
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    plan = {
        "hyperparameters": {
            "epochs": 2,
            "batch_size": 4,
            "micro_batch_size": 4,
            "method": "lora",
            "learning_rate": 2e-3,
            "max_seq_length": 128,
        }
    }
    (folder / "training_plan.json").write_text(json.dumps(plan), encoding="utf-8")
    return folder


def make_suite(path: Path) -> Path:
    """One prompt that passes only when the model writes the dataset's distinctive answer."""
    suite = {
        "name": "zebra",
        "system": SYSTEM,
        "prompts": [
            {
                "id": "zebra",
                "prompt": "Write the storage for invoices number 0",
                "assertions": [{"type": "contains", "value": "ZebraStore", "case_sensitive": True}],
            }
        ],
    }
    path.write_text(json.dumps(suite), encoding="utf-8")
    return path


@pytest.fixture(autouse=True)
def one_torch_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OMP_NUM_THREADS", "1")
    monkeypatch.setenv("TOKENIZERS_PARALLELISM", "false")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")


@pytest.fixture(scope="session")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 2-layer Llama with a tokenizer trained on the test dataset's text, built once per session (offline)."""
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    import torch

    from architect_ai.train.dataset_rows import dataset_text
    from architect_ai.train.demo_model import build_demo_model

    torch.set_num_threads(1)
    source = make_dataset(tmp_path_factory.mktemp("tokenizer-text"))
    return build_demo_model(dataset_text(source), tmp_path_factory.mktemp("models") / "tiny")


@pytest.fixture(scope="session")
def trained_run(tiny_model: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int, str, str]:
    """One real `architect-ai train` run of the tiny model (3 epochs, own suite): (run_dir, exit code, out, err)."""
    import contextlib
    import io

    from architect_ai.cli import main

    root = tmp_path_factory.mktemp("run")
    dataset = make_dataset(root / "ds")
    suite = make_suite(root / "suite.json")
    args = ["train", "--dataset", str(dataset), "--base", str(tiny_model), "--epochs", str(TRAINED_EPOCHS)]
    args += ["--lr", "0.02", "--threads", "1", "--suite", str(suite), "--suite-tokens", "12"]
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(args)
    run_dir = Path(out.getvalue().strip().splitlines()[-1])
    return run_dir, code, out.getvalue(), err.getvalue()


@pytest.fixture
def dataset(tmp_path: Path) -> Path:
    return make_dataset(tmp_path / "ds")


@pytest.fixture
def fake_ollama():
    """The loopback fake Ollama (tests/validate/fake_ollama.py) with its demo script (the base model installed)."""
    from tests.validate.fake_ollama import demo_script, serve

    fake = serve(demo_script())
    yield fake
    fake.stop()
