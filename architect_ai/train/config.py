"""`TrainConfig`: the effective settings of one training run, saved as `train_config.json` in its run folder.

Defaults come from the dataset's `training_plan.json` (batch, learning rate, epochs, max sequence length) and are
overridden by what the user sets on the CLI or the page. Every value is range-checked here, so a bad setting is a
one-line error before any process starts.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from architect_ai.config import describe_validation_error
from architect_ai.errors import UserError
from architect_ai.training_plan import LORA_LEARNING_RATE, PLAN_FILE, PLAN_METHOD

DEMO_BASE = "demo"
CONFIG_FILE = "train_config.json"
#: Used when a dataset has no training plan (or the plan lacks a value).
FALLBACK = {"epochs": 2, "learning_rate": LORA_LEARNING_RATE, "batch_size": 8, "max_length": 1024}


class TrainConfig(BaseModel):
    """Everything a training run needs. Written by the CLI or the page, read by the training process."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    dataset: str = Field(min_length=1, description="the dataset folder (train.jsonl, valid.jsonl, subsets/)")
    base: str = Field(min_length=1, description="a local Hugging Face model folder, a hub id, or 'demo'")
    subset: int | None = Field(default=None, ge=1, description="train on subsets/subset_<N>.jsonl")
    epochs: int = Field(default=2, ge=1, le=50)
    learning_rate: float = Field(default=LORA_LEARNING_RATE, gt=0, le=1.0)
    batch_size: int = Field(default=8, ge=1, le=1024, description="examples per optimizer step")
    micro_batch_size: int = Field(default=1, ge=1, le=1024, description="examples per forward pass")
    max_length: int = Field(default=1024, ge=32, le=131_072, description="tokens per example (longer are cut)")
    lora_r: int = Field(default=8, ge=1, le=512)
    lora_alpha: int = Field(default=16, ge=1, le=4096)
    lora_dropout: float = Field(default=0.05, ge=0, lt=1)
    seed: int = 42
    max_steps: int | None = Field(default=None, ge=1, description="stop after this many steps (tests, benchmarks)")
    threads: int | None = Field(default=None, ge=1, le=1024, description="torch CPU threads")
    device: Literal["auto", "cpu", "cuda"] = "auto"
    suite: bool = Field(default=True, description="run the validation suite before step 0 and after each epoch")
    suite_file: str | None = Field(default=None, description="own YAML/JSON suite instead of the builtin one")
    suite_max_tokens: int = Field(default=256, ge=1, le=8192, description="answer length of each suite prompt")
    resume: str | None = Field(default=None, description="run id whose last checkpoint to continue from")

    @property
    def gradient_accumulation(self) -> int:
        return max(1, self.batch_size // self.micro_batch_size)

    def save(self, run_dir: Path) -> Path:
        from architect_ai.atomic import write_text_atomic

        return write_text_atomic(run_dir / CONFIG_FILE, self.model_dump_json(indent=2) + "\n")


def load_train_config(run_dir: str | Path) -> TrainConfig:
    path = Path(run_dir) / CONFIG_FILE
    try:
        return TrainConfig.model_validate_json(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise UserError(f"cannot read {path}: {exc.strerror or exc}") from None
    except ValidationError as exc:
        raise UserError(f"{path}: {describe_validation_error(exc)}") from None


def plan_defaults(dataset_dir: str | Path) -> dict:
    """Settings suggested by the dataset's training plan, falling back to `FALLBACK`.

    The learning rate is the plan's when the plan is a LoRA one (`method: lora`); an older plan held the strategy's
    full fine-tuning rate, which an adapter does not train with, so `LORA_LEARNING_RATE` is used instead.
    """
    values = dict(FALLBACK)
    try:
        plan = json.loads((Path(dataset_dir) / PLAN_FILE).read_text(encoding="utf-8"))
        hp = plan["hyperparameters"]
    except (OSError, ValueError, KeyError, TypeError):
        return values
    for key, source in (("epochs", "epochs"), ("batch_size", "batch_size"), ("max_length", "max_seq_length")):
        if isinstance(hp.get(source), int) and hp[source] > 0:
            values[key] = hp[source]
    if isinstance(hp.get("micro_batch_size"), int) and hp["micro_batch_size"] > 0:
        values["micro_batch_size"] = hp["micro_batch_size"]
    lr = hp.get("learning_rate")
    if hp.get("method") == PLAN_METHOD and isinstance(lr, int | float) and not isinstance(lr, bool) and lr > 0:
        values["learning_rate"] = float(lr)
    return values


def build_train_config(**values: object) -> TrainConfig:
    """A `TrainConfig` from the plan's defaults overridden by `values` (None means "use the default")."""
    given = {k: v for k, v in values.items() if v is not None}
    merged = {**plan_defaults(str(given.get("dataset", ""))), **given}
    try:
        return TrainConfig(**merged)
    except ValidationError as exc:
        raise UserError(describe_validation_error(exc)) from None
