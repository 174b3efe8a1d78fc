"""Training overhead of the app against raw trl on the same config and data, and speed by thread count.

Builds a 200-example dataset and the tiny demo Llama in a temp folder, then times, each in a fresh process:
- the app's training process (`python -m architect_ai.train.worker RUN`: run folder, events.jsonl, stop-file
  checks, adapter save) and the same training written directly against trl (`SFTTrainer` + `LoraConfig`, same
  rows, same settings), printing the ratio of their training-loop times and of their whole-process times;
- the app with 1 and 2 torch threads: seconds per step and tokens per second (events.jsonl's token counts).
The per-epoch suite is off in both (it is a feature, not overhead). Goal: ratio ≤ 1.05×.

    python bench/train.py [--examples 200] [--epochs 2] [--max-length 512] [--repeat 2]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from architect_ai.train.config import build_train_config  # noqa: E402
from architect_ai.train.launcher import prepare_run, worker_env  # noqa: E402
from architect_ai.train.run_folder import read_events, read_run  # noqa: E402

RAW = """
import json, sys, time
import torch
from datasets import Dataset
from peft import LoraConfig
from transformers import AutoModelForCausalLM, AutoTokenizer
from trl import SFTConfig, SFTTrainer
from architect_ai.train.dataset_rows import load_split
cfg = json.loads(open(sys.argv[1]).read())
torch.set_num_threads(cfg["threads"]); torch.manual_seed(cfg["seed"])
train, valid = load_split(cfg["dataset"])
tokenizer = AutoTokenizer.from_pretrained(cfg["base"])
model = AutoModelForCausalLM.from_pretrained(cfg["base"], dtype=torch.float32)
args = SFTConfig(output_dir=sys.argv[2], num_train_epochs=cfg["epochs"], learning_rate=cfg["learning_rate"],
    per_device_train_batch_size=cfg["micro_batch_size"], per_device_eval_batch_size=cfg["micro_batch_size"],
    gradient_accumulation_steps=cfg["batch_size"] // cfg["micro_batch_size"], max_length=cfg["max_length"],
    completion_only_loss=True, logging_steps=1, eval_strategy="epoch", save_strategy="epoch", save_total_limit=1,
    report_to="none", disable_tqdm=True, seed=cfg["seed"], use_cpu=True, bf16=False,
    activation_checkpointing=False, include_num_input_tokens_seen="all")
lora = LoraConfig(r=cfg["lora_r"], lora_alpha=cfg["lora_alpha"], lora_dropout=cfg["lora_dropout"],
    target_modules="all-linear", task_type="CAUSAL_LM")
trainer = SFTTrainer(model=model, args=args, train_dataset=Dataset.from_list(train),
    eval_dataset=Dataset.from_list(valid), processing_class=tokenizer, peft_config=lora)
start = time.perf_counter(); trainer.train(); loop = time.perf_counter() - start
trainer.save_model(sys.argv[2] + "/adapter")
print(json.dumps({"loop": loop, "steps": trainer.state.global_step}))
"""


def make_dataset(folder: Path, examples: int) -> None:
    topics = ("invoice", "order", "book", "loan", "user", "payment", "cart", "ticket", "course", "patient")
    folder.mkdir(parents=True)
    rows = []
    for i in range(examples + 20):
        topic = topics[i % len(topics)]
        answer = (
            f"```csharp\npublic class {topic.title()}Service{i}\n{{\n    private readonly IMongoCollection<{topic.title()}>"
            f" _items;\n    public {topic.title()}Service{i}(IMongoDBSettings settings) {{ }}\n"
            + "    public async Task<List<Item>> GetAsync() => await _items.Find(_ => true).ToListAsync();\n"
            * (1 + i % 6)
            + "}\n```"
        )
        rows.append(
            {
                "messages": [
                    {"role": "system", "content": "You are Architect AI."},
                    {"role": "user", "content": f"Write the {topic} service number {i} with MongoDB"},
                    {"role": "assistant", "content": answer},
                ],
                "metadata": {"group": f"g{i}"},
            }
        )
    (folder / "train.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows[:examples]), encoding="utf-8")
    (folder / "valid.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows[examples:]), encoding="utf-8")


def count_parameters(model_dir: Path) -> int:
    from math import prod

    from safetensors import safe_open

    with safe_open(str(model_dir / "model.safetensors"), "np") as weights:
        return sum(prod(weights.get_slice(name).get_shape()) for name in weights.keys())  # noqa: SIM118


def app_run(config, threads: int) -> dict:
    run_dir = prepare_run(config.model_copy(update={"threads": threads}))
    start = time.perf_counter()
    command = [sys.executable, "-m", "architect_ai.train.worker", str(run_dir)]
    subprocess.run(command, env=worker_env(threads), check=True, capture_output=True)
    wall = time.perf_counter() - start
    events = read_events(run_dir)
    steps = [e for e in events if e["type"] == "step"]
    ended = next(e for e in events if e["type"] == "end")
    assert read_run(run_dir)["status"] == "completed"
    return {
        "wall": wall,
        "loop": ended["train_seconds"],
        "steps": steps[-1]["step"],
        "tokens": steps[-1]["tokens"],
    }


def raw_run(config, work: Path, threads: int) -> dict:
    settings = work / f"raw-{threads}.json"
    values = config.model_dump()
    values.update(threads=threads)
    settings.write_text(json.dumps(values), encoding="utf-8")
    start = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", RAW, str(settings), str(work / f"raw-out-{threads}")],
        env=worker_env(threads),
        check=True,
        capture_output=True,
        text=True,
    )
    result = json.loads(out.stdout.strip().splitlines()[-1])
    result["wall"] = time.perf_counter() - start
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=200)
    parser.add_argument("--epochs", type=int, default=2)
    parser.add_argument("--max-length", type=int, default=512)
    parser.add_argument("--repeat", type=int, default=2, help="runs of each side (the best is kept)")
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    with tempfile.TemporaryDirectory(prefix="bench-train-") as temp:
        work = Path(temp)
        dataset = work / "ds"
        make_dataset(dataset, args.examples)
        from architect_ai.train.dataset_rows import dataset_text
        from architect_ai.train.demo_model import build_demo_model

        base = build_demo_model(dataset_text(dataset), work / "tiny")
        parameters = count_parameters(base)
        config = build_train_config(
            dataset=str(dataset),
            base=str(base),
            epochs=args.epochs,
            batch_size=8,
            micro_batch_size=8,
            max_length=args.max_length,
            learning_rate=1e-3,
            suite=False,
        )
        raws, apps = [], []
        for _ in range(args.repeat):  # alternated, best of each: the machine is shared
            raws.append(raw_run(config, work, 1))
            apps.append(app_run(config, 1))
        raw = {key: min(r[key] for r in raws) for key in ("loop", "wall")} | {"steps": raws[0]["steps"]}
        app = {key: min(r[key] for r in apps) for key in ("loop", "wall")} | {"steps": apps[0]["steps"]}
        app["tokens"] = apps[0]["tokens"]
        print(
            f"{args.examples} examples × {args.epochs} epochs, max_length {args.max_length}, batch 8, "
            f"tiny Llama ({parameters:,} parameters), 1 thread"
        )
        print(f"best of {args.repeat} runs each")
        print(f"raw trl : loop {raw['loop']:.2f} s, whole process {raw['wall']:.2f} s, {raw['steps']} steps")
        print(f"app     : loop {app['loop']:.2f} s, whole process {app['wall']:.2f} s, {app['steps']} steps")
        print(
            f"overhead: training loop {app['loop'] / raw['loop']:.3f}×, whole process {app['wall'] / raw['wall']:.3f}× "
            "(goal ≤ 1.05×)"
        )
        for threads in (1, 2):
            result = app if threads == 1 else app_run(config, threads)
            per_step = result["loop"] / result["steps"]
            print(
                f"threads {threads}: {per_step:.3f} s/step, {result['tokens'] / result['loop']:,.0f} tokens/s "
                f"({result['tokens']:,} tokens in {result['loop']:.2f} s)"
            )


if __name__ == "__main__":
    main()
