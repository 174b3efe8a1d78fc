"""A fine-tuning plan derived from one dataset's `report.json`: base model, hyperparameters, expected time.

The strategy document's recipe (codellama 7b/13b-instruct, 1000–2000 steps, batch 8, LR 2e-5, 2–3 epochs) is the
starting point; this module adapts it to the dataset's size and token statistics and explains every choice, so the
same plan can be shown on the page, printed by the CLI and written next to the dataset (`training_plan.json`).

The time is an *estimate*: training tokens × epochs ÷ an assumed training throughput (LoRA, forward + backward,
examples packed without padding). The throughput assumptions are named in the plan as a low–high range.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Literal

from architect_ai.atomic import write_text_atomic
from architect_ai.data import TOKEN_METHOD

Hardware = Literal["cpu", "gpu"]
ModelSize = Literal["7b", "13b"]

PLAN_FILE = "training_plan.json"
BASE_MODELS: dict[str, str] = {"7b": "codellama:7b-instruct", "13b": "codellama:13b-instruct"}
#: CodeLlama's trained context; a longer max sequence length would not help.
MODEL_CONTEXT_TOKENS = 16_384

# The strategy document's defaults.
DEFAULT_BATCH_SIZE = 8
#: The strategy's learning rate, for full fine-tuning (quoted in the rationale, never trained with).
STRATEGY_FULL_FINETUNE_LR = 2e-5
#: The one learning rate of a run: a LoRA adapter trains well about 10× above full fine-tuning. The plan writes it,
#: the plan tab shows it, the Training page and `architect-ai train` start from it.
LORA_LEARNING_RATE = 2e-4
#: `hyperparameters.method` of a plan whose learning rate is the LoRA one (older plans held the strategy's 2e-5).
PLAN_METHOD = "lora"
STRATEGY_MIN_STEPS = 1000
STRATEGY_MAX_STEPS = 2000
MIN_EPOCHS = 2
MAX_EPOCHS = 3
#: Below this many training examples, the third epoch is worth it; above it, two epochs reach the step range.
SMALL_DATASET_EXAMPLES = 3000

WARMUP_FRACTION = 0.03
SEQ_LEN_QUANTUM = 256  # round the max sequence length up to a multiple of this
MIN_SEQ_LEN = 512
#: Token counts are estimates (chars ÷ 3.5); a real tokenizer may count up to this much more.
TOKEN_ESTIMATE_MARGIN = 1.15
#: Tokens per micro-batch that fit comfortably (activations) on a 24 GB GPU with LoRA; larger sequences
#: lower the micro batch and raise gradient accumulation to keep the effective batch at 8.
MICRO_BATCH_TOKENS = 8192

#: Assumed LoRA training throughput in tokens per second, (pessimistic, optimistic), per model size and hardware.
#: GPU: one 24 GB consumer card (e.g. RTX 3090/4090) in bf16; CPU: a 16-core desktop. 13B ≈ half of 7B.
THROUGHPUT_TOKENS_PER_SECOND: dict[str, dict[str, tuple[float, float]]] = {
    "7b": {"gpu": (1000.0, 2500.0), "cpu": (40.0, 150.0)},
    "13b": {"gpu": (500.0, 1200.0), "cpu": (20.0, 75.0)},
}
THROUGHPUT_NOTES = {
    "gpu": "one 24 GB GPU (RTX 3090/4090 class), LoRA, bf16",
    "cpu": "a 16-core desktop CPU, LoRA, fp32/bf16 (no GPU)",
}

#: Measured by `bench/train.py` on the 2-core CI machine (no GPU, shared): LoRA r 8 through the app's training
#: process on the tiny demo Llama, 200 examples × 2 epochs, max length 512, batch 8. These figures ground the CPU
#: estimate for *this* machine by scaling with the work per token (≈ 6 × parameters FLOPs), which makes it a
#: pessimistic bound (a tiny model cannot keep the cores busy); the Training page replaces any estimate with the
#: pace measured in the run itself after its first steps. The shared machine's load moves these figures up to 2×
#: between runs (1 thread: 12,152 tokens/s quiet, 5,368 under load); the quiet figures are kept.
MEASURED_TRAINING = {
    "source": "bench/train.py",
    "machine": "the 2-core CI machine, no GPU",
    "model": "tiny demo Llama (2 layers, hidden 64)",
    "model_parameters": 205_000,
    "tokens_per_second": {"1 thread": 12_152.0, "2 threads": 815.0},
    "seconds_per_step": {"1 thread": 0.146, "2 threads": 2.182},
    "app_overhead_ratio": 1.008,  # the app's training loop ÷ raw trl's, same config and data (best of 2 each)
}
MODEL_PARAMETERS = {"7b": 6.74e9, "13b": 13.0e9}


def measured_cpu_estimate(training_tokens: int, model_size: str) -> dict:
    """Hours on the measured machine, from the tiny model's best throughput scaled by parameter count."""
    best = max(MEASURED_TRAINING["tokens_per_second"].values())
    scale = MEASURED_TRAINING["model_parameters"] / MODEL_PARAMETERS[model_size]
    throughput = best * scale
    return {
        **MEASURED_TRAINING,
        "scaled_tokens_per_second": round(throughput, 4),
        "hours": _hours(training_tokens, throughput) if throughput else None,
        "method": (
            f"{best:,.0f} tokens/s measured on the tiny model × {MEASURED_TRAINING['model_parameters']:,} ÷ "
            f"{MODEL_PARAMETERS[model_size]:,.0f} parameters = {throughput:.3g} tokens/s for {model_size} on "
            f"{MEASURED_TRAINING['machine']} (a pessimistic bound)"
        ),
    }


def _round_up(value: float, quantum: int) -> int:
    return int(math.ceil(value / quantum) * quantum)


def _share_above(histogram: list[dict], limit: int) -> float:
    """Fraction of examples longer than `limit` tokens, from the report's token histogram (bins assumed uniform)."""
    total = sum(int(b.get("count", 0)) for b in histogram)
    if not total:
        return 0.0
    above = 0.0
    for b in histogram:
        start, end, count = int(b["start"]), int(b["end"]), int(b.get("count", 0))
        if start > limit:
            above += count
        elif end > limit:
            above += count * (end - limit) / max(1, end - start + 1)
    return round(above / total, 4)


def _hours(tokens: float, throughput: float) -> float:
    return round(tokens / throughput / 3600, 2)


def training_plan(report: dict, *, hardware: Hardware = "gpu", model_size: ModelSize = "7b") -> dict:
    """Recommend how to fine-tune on this dataset.

    Args:
        report: The dataset's `report.json` (needs `counts.total`; uses `counts.by_split`, `counts.tokens`
            and `counts.token_histogram` when present).
        hardware: What the user will train on; picks which estimate is the headline.
        model_size: `7b` or `13b` (codellama instruct).

    Returns:
        A JSON-ready dict: `base_model`, `hyperparameters` (steps, batch size, learning rate, epochs, max sequence
        length…), `dataset` (the figures used), `estimate` (hours for CPU and GPU, with method and assumptions)
        and `rationale` (one sentence per choice).

    Raises:
        ValueError: unknown hardware or model size, or a report without examples.
    """
    if hardware not in ("cpu", "gpu"):
        raise ValueError(f"hardware must be 'cpu' or 'gpu', got {hardware!r}")
    if model_size not in BASE_MODELS:
        raise ValueError(f"model size must be one of {', '.join(BASE_MODELS)}, got {model_size!r}")
    counts = report.get("counts") or {}
    total = int(counts.get("total") or 0)
    if total <= 0:
        raise ValueError("the report has no examples to plan training for")
    by_split = counts.get("by_split") or {}
    train = int(by_split.get("train") or total)
    tokens = counts.get("tokens") or {}
    mean_tokens = float(tokens.get("mean") or 0) or 1.0
    p95_tokens = int(tokens.get("p95") or tokens.get("max") or mean_tokens)
    max_tokens = int(tokens.get("max") or p95_tokens)
    rationale: list[str] = []

    # Max sequence length: cover the 95th percentile with the tokenizer margin, never past the model's context.
    wanted = max(MIN_SEQ_LEN, _round_up(p95_tokens * TOKEN_ESTIMATE_MARGIN, SEQ_LEN_QUANTUM))
    if _round_up(max_tokens * TOKEN_ESTIMATE_MARGIN, SEQ_LEN_QUANTUM) <= wanted * 1.25:
        wanted = max(wanted, _round_up(max_tokens * TOKEN_ESTIMATE_MARGIN, SEQ_LEN_QUANTUM))  # cheap to cover all
    max_seq = min(MODEL_CONTEXT_TOKENS, wanted)
    truncated = _share_above(counts.get("token_histogram") or [], int(max_seq / TOKEN_ESTIMATE_MARGIN))
    rationale.append(
        f"max sequence length {max_seq}: the 95th percentile example is ~{p95_tokens} tokens (longest {max_tokens}), "
        f"+{round((TOKEN_ESTIMATE_MARGIN - 1) * 100)}% because counts are estimated ({TOKEN_METHOD}); "
        f"about {truncated:.1%} of examples would be truncated"
    )

    # Batch: the strategy's 8, as micro batch × gradient accumulation so long sequences still fit in memory.
    batch = DEFAULT_BATCH_SIZE
    micro = max(1, min(batch, MICRO_BATCH_TOKENS // max_seq))
    while batch % micro:
        micro -= 1
    accumulation = batch // micro
    rationale.append(
        f"effective batch {batch} (strategy default) = micro batch {micro} × gradient accumulation {accumulation}, "
        f"so a micro batch holds at most {MICRO_BATCH_TOKENS} tokens"
    )

    # Epochs and steps: 2–3 epochs; fewer examples → the third epoch; stay within 2000 steps on big datasets.
    steps_per_epoch = math.ceil(train / batch)
    epochs = MAX_EPOCHS if train < SMALL_DATASET_EXAMPLES else MIN_EPOCHS
    if steps_per_epoch * epochs > STRATEGY_MAX_STEPS:
        epochs = max(1, STRATEGY_MAX_STEPS // steps_per_epoch)
    steps = steps_per_epoch * epochs
    if steps < STRATEGY_MIN_STEPS:
        rationale.append(
            f"{epochs} epochs × {steps_per_epoch} steps = {steps} steps, below the strategy's "
            f"{STRATEGY_MIN_STEPS}–{STRATEGY_MAX_STEPS}: with {train:,} training examples more steps would repeat "
            f"the data past {MAX_EPOCHS} epochs and overfit — grow the dataset instead"
        )
    elif steps > STRATEGY_MAX_STEPS:
        rationale.append(
            f"1 epoch is already {steps} steps (above the strategy's {STRATEGY_MAX_STEPS}): one pass over "
            f"{train:,} examples is enough; watch the validation loss and stop early if it converges"
        )
    else:
        rationale.append(
            f"{epochs} epochs × {steps_per_epoch} steps = {steps} steps, inside the strategy's "
            f"{STRATEGY_MIN_STEPS}–{STRATEGY_MAX_STEPS} range"
        )
    learning_rate = LORA_LEARNING_RATE
    warmup = max(1, round(steps * WARMUP_FRACTION))
    rationale.append(
        f"learning rate {learning_rate:g} for the LoRA adapter (the strategy's {STRATEGY_FULL_FINETUNE_LR:g} is for "
        f"full fine-tuning; adapters train about 10× higher) with {warmup} warmup steps (3%)"
    )

    base_model = BASE_MODELS[model_size]
    rationale.insert(0, f"base model {base_model}: the strategy's recommendation at the {model_size} size")
    training_tokens = round(train * mean_tokens * epochs)
    estimate = {
        "label": "estimate",
        "training_tokens": training_tokens,
        "method": (
            f"training tokens = {train:,} examples × {mean_tokens:g} mean tokens × {epochs} epochs "
            f"= {training_tokens:,}; hours = training tokens ÷ throughput ÷ 3600 "
            "(examples packed without padding; evaluation and model loading not included)"
        ),
    }
    for kind in ("cpu", "gpu"):
        slow, fast = THROUGHPUT_TOKENS_PER_SECOND[model_size][kind]
        estimate[kind] = {
            "hours_low": _hours(training_tokens, fast),
            "hours_high": _hours(training_tokens, slow),
            "throughput_tokens_per_second": [slow, fast],
            "assumption": f"{slow:g}–{fast:g} tokens/s on {THROUGHPUT_NOTES[kind]}",
        }
    estimate["measured"] = measured_cpu_estimate(training_tokens, model_size)
    estimate["selected"] = hardware
    return {
        "base_model": base_model,
        "model_size": model_size,
        "hardware": hardware,
        "dataset": {
            "name": report.get("dataset"),
            "examples": total,
            "train_examples": train,
            "valid_examples": int(by_split.get("valid") or 0),
            "tokens_mean": mean_tokens,
            "tokens_p95": p95_tokens,
            "tokens_max": max_tokens,
            "token_method": TOKEN_METHOD,
        },
        "hyperparameters": {
            "steps": steps,
            "steps_per_epoch": steps_per_epoch,
            "epochs": epochs,
            "batch_size": batch,
            "micro_batch_size": micro,
            "gradient_accumulation_steps": accumulation,
            "method": PLAN_METHOD,
            "learning_rate": learning_rate,
            "warmup_steps": warmup,
            "max_seq_length": max_seq,
        },
        "truncated_fraction": truncated,
        "estimate": estimate,
        "rationale": rationale,
    }


def format_training_plan(plan: dict) -> str:
    """The plan as a few plain-text lines (what the CLI prints)."""
    hp, est = plan["hyperparameters"], plan["estimate"]
    lines = [
        f"Base model:        {plan['base_model']}",
        f"Steps:             {hp['steps']} ({hp['epochs']} epochs × {hp['steps_per_epoch']} steps)",
        f"Batch size:        {hp['batch_size']} (micro {hp['micro_batch_size']} × accumulation "
        f"{hp['gradient_accumulation_steps']})",
        f"Learning rate:     {hp['learning_rate']:g} (LoRA; warmup {hp['warmup_steps']} steps)",
        f"Max seq length:    {hp['max_seq_length']}",
    ]
    for kind in ("gpu", "cpu"):
        figures = est[kind]
        lines.append(
            f"Time ({kind.upper()}, estimate): {figures['hours_low']:g}–{figures['hours_high']:g} h "
            f"at {figures['assumption']}"
        )
    measured = est.get("measured")
    if measured:
        lines.append(
            f"Measured ({measured['source']}): {measured['method']} → ~{measured['hours']:g} h on that machine"
        )
    lines.append(f"How: {est['method']}")
    lines.extend(f"- {reason}" for reason in plan["rationale"])
    return "\n".join(lines)


def write_training_plan(dataset_dir: str | Path, plan: dict) -> Path:
    """Write `plan` to `<dataset_dir>/training_plan.json` atomically (temp file + rename); returns the path."""
    return write_text_atomic(Path(dataset_dir) / PLAN_FILE, json.dumps(plan, indent=2, ensure_ascii=False) + "\n")
