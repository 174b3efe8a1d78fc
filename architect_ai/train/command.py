"""`architect-ai train`: LoRA fine-tuning of a base model on a dataset, in a training subprocess.

Progress lines go to stderr, the run folder's path to stdout. Exit 0 completed or stopped (Ctrl-C asks the run to
stop at the next step and save its adapter), 2 bad input or a failed run (one line: `error: <reason>`).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from architect_ai.errors import UserError
from architect_ai.train.config import FALLBACK, build_train_config
from architect_ai.train.launcher import finish_after_exit, prepare_run, start_worker
from architect_ai.train.run_folder import read_events, read_status, request_stop

POLL_SECONDS = 0.5
EXIT_OK, EXIT_USAGE = 0, 2


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--dataset", required=True, type=Path, help="the dataset folder (train.jsonl, valid.jsonl)")
    parser.add_argument(
        "--base", required=True, help="local Hugging Face model folder, hub id (hub reachable), or 'demo' (tiny model)"
    )
    parser.add_argument("--subset", type=int, help="train on subsets/subset_N.jsonl (e.g. 1000, 3000, 5000)")
    parser.add_argument(
        "--epochs", type=int, help=f"passes over the data (default: the plan's, else {FALLBACK['epochs']})"
    )
    parser.add_argument(
        "--lr", type=float, help=f"learning rate (default: the plan's LoRA rate, else {FALLBACK['learning_rate']:g})"
    )
    parser.add_argument("--batch", type=int, help="examples per optimizer step (default: the plan's)")
    parser.add_argument(
        "--micro-batch", type=int, help="examples per forward pass (gradient accumulation = batch ÷ this)"
    )
    parser.add_argument("--max-length", type=int, help="tokens per example; longer ones are cut (default: the plan's)")
    parser.add_argument("--lora-r", type=int, help="LoRA rank (default 8)")
    parser.add_argument("--lora-alpha", type=int, help="LoRA alpha, an integer (default 16)")
    parser.add_argument("--max-steps", type=int, help="stop after this many optimizer steps")
    parser.add_argument("--threads", type=int, help="torch CPU threads (default: torch's choice)")
    parser.add_argument("--device", choices=("auto", "cpu", "cuda"), help="where to train (default auto: CUDA if any)")
    parser.add_argument("--seed", type=int, help="seed of the LoRA init and data order (default 42)")
    parser.add_argument("--suite", dest="suite_file", help="own YAML/JSON validation suite for the per-epoch test")
    parser.add_argument("--no-suite", action="store_true", help="skip the validation suite before and after epochs")
    parser.add_argument("--suite-tokens", type=int, help="max answer tokens per suite prompt (default 256)")
    parser.add_argument("--resume", metavar="RUN", help="continue from the last checkpoint of this run id")
    parser.add_argument(
        "--prepare-only",
        action="store_true",
        help="create the run folder and print it, without training (for `accelerate launch`)",
    )


def config_from_args(args: argparse.Namespace):
    return build_train_config(
        dataset=str(args.dataset),
        base=args.base,
        subset=args.subset,
        epochs=args.epochs,
        learning_rate=args.lr,
        batch_size=args.batch,
        micro_batch_size=args.micro_batch,
        max_length=args.max_length,
        lora_r=args.lora_r,
        lora_alpha=args.lora_alpha,
        max_steps=args.max_steps,
        threads=args.threads,
        device=args.device,
        seed=args.seed,
        suite=False if args.no_suite else None,
        suite_file=args.suite_file,
        suite_max_tokens=args.suite_tokens,
        resume=args.resume,
    )


def describe(event: dict) -> str | None:
    """One progress line for an event, or None for events not worth a line."""
    kind = event.get("type")
    if kind == "step":
        lr = event.get("learning_rate")
        return (
            f"step {event['step']}  epoch {event.get('epoch') or 0:.2f}  loss {event.get('loss') or 0:.4f}"
            f"  lr {lr if lr is not None else 0:.2e}  {event.get('elapsed', 0):.1f}s"
        )
    if kind == "eval":
        return f"eval  epoch {event.get('epoch') or 0:.2f}  eval_loss {event.get('eval_loss') or 0:.4f}"
    if kind == "suite":
        delta = event.get("delta")
        extra = "" if delta is None else f"  delta {delta:+.1%}"
        transfer = event.get("transfer")
        if transfer:
            extra += (
                f"  transfer {transfer['pass_rate']:.0%} of {transfer['prompts']} held-out units, "
                f"chrF {transfer['mean_similarity']:.2f}"
            )
        return (
            f"suite {event['label']}: pass rate {event['pass_rate']:.1%} "
            f"({event['prompts_passed']}/{event['prompts_total']} prompts){extra}"
        )
    return None


def follow(run_dir: Path, process: subprocess.Popen, quiet: bool = False) -> int:
    """Print events as they arrive until the process ends; Ctrl-C asks for a clean stop."""
    shown = 0
    while True:
        try:
            returncode = process.wait(timeout=POLL_SECONDS)
        except subprocess.TimeoutExpired:
            returncode = None
        except KeyboardInterrupt:
            print("stopping at the next step (the adapter will be saved)…", file=sys.stderr)
            request_stop(run_dir)
            continue
        events = read_events(run_dir)
        for event in events[shown:]:
            line = describe(event)
            if line and not quiet:
                print(line, file=sys.stderr, flush=True)
        shown = len(events)
        if returncode is not None:
            return returncode


def run(args: argparse.Namespace) -> int:
    config = config_from_args(args)
    run_dir = prepare_run(config)
    if args.prepare_only:
        from architect_ai.train.accelerate_config import write_accelerate_config

        path = write_accelerate_config(config.dataset)
        if not args.quiet:
            print(f"accelerate launch --config_file {path} -m architect_ai.train.worker {run_dir}", file=sys.stderr)
        print(run_dir)
        return EXIT_OK
    if not args.quiet:
        print(f"training run {run_dir.name} (log: {run_dir / 'worker.log'})", file=sys.stderr)
    process = start_worker(run_dir, config.threads)
    returncode = follow(run_dir, process, quiet=args.quiet)
    finish_after_exit(run_dir, returncode)
    status = read_status(run_dir)
    print(run_dir)
    if status.status == "failed":
        raise UserError(f"training failed: {status.reason}")
    print(f"{status.status}: {status.reason}", file=sys.stderr)
    return EXIT_OK
