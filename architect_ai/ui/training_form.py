"""The Training page's settings: dataset subset, base model, hyper-parameters prefilled from the training plan."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from architect_ai.train.config import DEMO_BASE, TrainConfig, build_train_config, plan_defaults
from architect_ai.train.dataset_rows import available_subsets

BASE_DEMO = "Tiny demo model (built offline in seconds; learns nothing useful)"
BASE_FOLDER = "A local Hugging Face model folder"
ALL_EXAMPLES = "all of train.jsonl"


def render_training_form(dataset: Path) -> dict:
    """The widgets; returns the values for `build_train_config` (checked when Start is pressed)."""
    defaults = plan_defaults(dataset)
    subsets = available_subsets(dataset)
    left, right = st.columns(2)
    subset = left.selectbox(
        "Examples",
        [ALL_EXAMPLES, *subsets],
        key="train_subset",
        help="The strategy's incremental training: start with 1000, test, then expand (nested subsets).",
    )
    kind = right.radio("Base model", [BASE_DEMO, BASE_FOLDER], key="train_base_kind")
    base = DEMO_BASE
    if kind == BASE_FOLDER:
        base = right.text_input(
            "Model folder (config.json, weights, tokenizer) or hub id",
            key="train_base_path",
            placeholder="~/models/CodeLlama-7b-Instruct-hf",
        ).strip()
    else:
        right.caption(
            "The demo model is a 2-layer Llama with random weights: it shows the whole loop but learns nothing useful."
        )
    st.caption("Settings start from this dataset's training plan (its Training plan tab shows the same values).")
    c1, c2, c3, c4 = st.columns(4)
    values = {
        "dataset": str(dataset),
        "base": base,
        "subset": None if subset == ALL_EXAMPLES else int(subset),
        "epochs": c1.number_input(
            "Epochs", 1, 50, int(defaults["epochs"]), key="train_epochs", help="passes over the data (strategy 2–3)"
        ),
        "learning_rate": c2.number_input(
            "Learning rate",
            min_value=1e-7,
            max_value=1.0,
            value=float(defaults["learning_rate"]),
            format="%.2e",
            key="train_lr",
            help="LoRA trains well around 1e-4–2e-4 for 7B models",
        ),
        "batch_size": c3.number_input(
            "Batch", 1, 1024, int(defaults["batch_size"]), key="train_batch", help="examples per optimizer step"
        ),
        "max_length": c4.number_input(
            "Max length",
            32,
            131_072,
            int(defaults["max_length"]),
            step=32,
            key="train_max_length",
            help="tokens per example; longer ones are cut",
        ),
    }
    c1, c2, c3, c4 = st.columns(4)
    values["lora_r"] = c1.number_input("LoRA rank", 1, 512, 8, key="train_lora_r", help="adapter size (8–64)")
    values["lora_alpha"] = c2.number_input(
        "LoRA alpha", 1, 4096, 16, key="train_lora_alpha", help="scale of the adapter (an integer; 2 × rank)"
    )
    values["suite"] = c3.checkbox(
        "Test after each epoch", True, key="train_suite", help="the validation suite, base first, then every epoch"
    )
    values["suite_max_tokens"] = c4.number_input(
        "Answer tokens", 16, 8192, 256, key="train_suite_tokens", help="max tokens of each suite answer"
    )
    values["micro_batch_size"] = min(int(defaults.get("micro_batch_size", 1)), int(values["batch_size"]))
    return values


def config_from_form(values: dict) -> TrainConfig:
    """The checked `TrainConfig` (raises `UserError` with one line)."""
    return build_train_config(**values)
