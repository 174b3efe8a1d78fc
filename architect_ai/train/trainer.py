"""The trl `SFTTrainer` for one run: LoRA (peft) on prompt/completion rows, loss on the completion only.

Training-process side: imports torch, transformers, peft and trl inside the functions. On CPU: fp32, no gradient
checkpointing; with CUDA: bf16 where supported. Evaluation on the held-out split after every epoch.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from architect_ai.train.config import TrainConfig

CHECKPOINTS_DIR = "checkpoints"


def use_cuda(config: TrainConfig) -> bool:
    import torch

    return config.device != "cpu" and torch.cuda.is_available()


def load_base(base: str, config: TrainConfig) -> tuple[Any, Any]:
    """(model, tokenizer) from a local folder or hub id; a tokenizer without a chat template gets a plain one."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from architect_ai.train.demo_model import CHAT_TEMPLATE

    tokenizer = AutoTokenizer.from_pretrained(base)
    if not tokenizer.chat_template:
        tokenizer.chat_template = CHAT_TEMPLATE
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    cuda = use_cuda(config)
    dtype = torch.bfloat16 if cuda and torch.cuda.is_bf16_supported() else torch.float32
    model = AutoModelForCausalLM.from_pretrained(base, dtype=dtype)
    return model, tokenizer


def lora_config(config: TrainConfig) -> Any:
    from peft import LoraConfig

    return LoraConfig(
        r=config.lora_r,
        lora_alpha=int(config.lora_alpha),  # an integer: Ollama rejects a float alpha
        lora_dropout=config.lora_dropout,
        target_modules="all-linear",
        task_type="CAUSAL_LM",
    )


def sft_config(config: TrainConfig, run_dir: Path, has_eval: bool) -> Any:
    import torch
    from trl import SFTConfig

    cuda = use_cuda(config)
    return SFTConfig(
        output_dir=str(run_dir / CHECKPOINTS_DIR),
        num_train_epochs=config.epochs,
        max_steps=config.max_steps or -1,
        learning_rate=config.learning_rate,
        per_device_train_batch_size=config.micro_batch_size,
        per_device_eval_batch_size=config.micro_batch_size,
        gradient_accumulation_steps=config.gradient_accumulation,
        max_length=config.max_length,
        completion_only_loss=True,
        packing=False,
        logging_steps=1,
        logging_first_step=True,
        eval_strategy="epoch" if has_eval else "no",
        save_strategy="epoch",
        save_total_limit=1,
        save_only_model=False,
        report_to="none",
        disable_tqdm=True,
        seed=config.seed,
        data_seed=config.seed,
        use_cpu=not cuda,
        bf16=bool(cuda and torch.cuda.is_bf16_supported()),
        activation_checkpointing=False,
        include_num_input_tokens_seen="all",
        dataloader_num_workers=0,
        warmup_steps=0,
        lr_scheduler_type="linear",
    )


def build_trainer(
    config: TrainConfig,
    run_dir: Path,
    base: str,
    train_rows: list[dict],
    valid_rows: list[dict],
    callbacks: list[Any] = (),  # type: ignore[assignment]
) -> Any:
    """The configured `SFTTrainer` (LoRA already applied to the model)."""
    from datasets import Dataset
    from trl import SFTTrainer

    model, tokenizer = load_base(base, config)
    train = Dataset.from_list(train_rows)
    valid = Dataset.from_list(valid_rows) if valid_rows else None
    return SFTTrainer(
        model=model,
        args=sft_config(config, run_dir, valid is not None),
        train_dataset=train,
        eval_dataset=valid,
        processing_class=tokenizer,
        peft_config=lora_config(config),
        callbacks=list(callbacks),
    )


def last_checkpoint(run_dir: Path) -> str | None:
    """The newest `checkpoints/checkpoint-N` folder of a run, if any."""
    folder = run_dir / CHECKPOINTS_DIR
    found = [p for p in folder.glob("checkpoint-*") if p.is_dir() and p.name.split("-")[-1].isdigit()]
    return str(max(found, key=lambda p: int(p.name.split("-")[-1]))) if found else None
