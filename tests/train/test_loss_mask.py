"""The loss falls on the assistant's answer only: system and user tokens are masked out of the labels."""

from __future__ import annotations

from pathlib import Path

import pytest

from architect_ai.train.config import build_train_config
from architect_ai.train.dataset_rows import load_split
from architect_ai.train.trainer import build_trainer
from tests.train.conftest import ANSWER, SYSTEM

pytestmark = pytest.mark.slow


def test_first_label_token_is_the_answer_and_the_prompt_is_masked(dataset: Path, tiny_model: Path, tmp_path: Path):
    import torch

    torch.set_num_threads(1)
    config = build_train_config(dataset=str(dataset), base=str(tiny_model), micro_batch_size=1, batch_size=1)
    train, valid = load_split(dataset)
    trainer = build_trainer(config, tmp_path, str(tiny_model), train, valid)
    tokenizer = trainer.processing_class
    batch = next(iter(trainer.get_train_dataloader()))
    ids, labels = batch["input_ids"][0], batch["labels"][0]
    kept = (labels != -100).nonzero().flatten().tolist()
    assert kept, "no token carries a loss"
    assert kept == list(range(kept[0], kept[-1] + 1))  # one contiguous answer span
    answer_text = tokenizer.decode(ids[kept], skip_special_tokens=True)
    assert answer_text.strip() == ANSWER
    first = tokenizer.decode(ids[kept[:3]], skip_special_tokens=True)
    assert ANSWER.startswith(first.strip()) and first.strip()
    prompt_text = tokenizer.decode(ids[: kept[0]], skip_special_tokens=False)
    assert SYSTEM in prompt_text and "Write the storage for" in prompt_text
    assert torch.equal(labels[kept], ids[kept])
