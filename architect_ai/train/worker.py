"""The training process: `python -m architect_ai.train.worker RUN_DIR` (also under `accelerate launch`).

Reads `train_config.json`, marks `run.json` running with its pid, trains, saves the adapter (also on a stop
request), and ends `run.json` with completed / stopped / failed and a one-line reason. The full traceback of a
failure goes to stderr (the run's `worker.log`), never into the status line.
"""

from __future__ import annotations

import os
import shutil
import sys
import time
import traceback
from pathlib import Path

from architect_ai.errors import UserError
from architect_ai.train.base_model import resolve_base
from architect_ai.train.config import DEMO_BASE, TrainConfig, load_train_config
from architect_ai.train.dataset_rows import dataset_text, load_split
from architect_ai.train.demo_model import build_demo_model, demo_model_dir
from architect_ai.train.run_folder import (
    ADAPTER_DIR,
    VALIDATION_DIR,
    append_event,
    now,
    runs_root,
    stop_requested,
    write_run,
)


def _is_main_process() -> bool:
    return int(os.environ.get("RANK", "0")) == 0


def ensure_demo_model(dataset_dir: str | Path, seed: int = 0) -> Path:
    """The dataset's demo model, built on first use from its training text."""
    folder = demo_model_dir(dataset_dir)
    if not (folder / "config.json").is_file():
        build_demo_model(dataset_text(dataset_dir), folder, seed=seed)
    return folder


def save_adapter(trainer: object, run_dir: Path) -> Path:
    """`adapter/` written beside, then renamed into place (never a half-saved adapter)."""
    target = run_dir / ADAPTER_DIR
    temp = run_dir / f".{ADAPTER_DIR}.tmp"
    shutil.rmtree(temp, ignore_errors=True)
    trainer.save_model(str(temp))  # type: ignore[attr-defined]
    if target.exists():
        shutil.rmtree(target)
    temp.replace(target)
    return target


def train(config: TrainConfig, run_dir: Path) -> tuple[str, str]:
    """Run the training; returns (status, reason)."""
    import torch

    from architect_ai.train.progress_callback import make_callback
    from architect_ai.train.trainer import build_trainer, last_checkpoint

    started = time.perf_counter()
    if config.threads:
        torch.set_num_threads(config.threads)
    torch.manual_seed(config.seed)
    if config.base == DEMO_BASE:
        ensure_demo_model(config.dataset, config.seed)
    base = resolve_base(config.base, config.dataset)
    train_rows, valid_rows = load_split(config.dataset, config.subset)
    # generation on one rank would stall a sharded model: the suite runs in single-process training only
    single = int(os.environ.get("WORLD_SIZE", "1")) == 1
    suite = None
    from architect_ai.train.epoch_suite import SuiteStopped, run_suite, save_suite_run, suite_for

    if config.suite and single:
        suite = suite_for(config.dataset, config.suite_file)
    holder: dict = {}

    def suite_hook(model: object, label: str, epoch: int) -> object:
        name = "base" if label == "base" else f"{run_dir.name}@epoch-{epoch}"
        trainer = holder["trainer"]

        def progress(done: int, total: int) -> None:
            if _is_main_process():
                event = {"type": "suite_progress", "label": label, "done": done, "total": total}
                append_event(run_dir, {**event, "elapsed": round(time.perf_counter() - started, 3)})

        result = run_suite(
            model,
            trainer.processing_class,
            suite,  # type: ignore[arg-type]
            label=label,
            model_name=name,
            max_new_tokens=config.suite_max_tokens,
            should_stop=lambda: stop_requested(run_dir, trainer.state.global_step),
            on_progress=progress,
        )
        result.dataset = str(config.dataset)
        save_suite_run(result, run_dir / VALIDATION_DIR, "base" if label == "base" else f"epoch-{epoch}")
        return result

    callback = make_callback(run_dir, suite_hook if suite else None, started)
    trainer = build_trainer(config, run_dir, base, train_rows, valid_rows, [callback])
    holder["trainer"] = trainer
    if _is_main_process():
        write_run(run_dir, train_examples=len(train_rows), valid_examples=len(valid_rows), base_path=base)
    resume_from = None
    if config.resume:
        resume_from = last_checkpoint(runs_root(config.dataset) / config.resume)
        if resume_from is None:
            raise UserError(f"run {config.resume} has no checkpoint to resume from")
    loop_started = time.perf_counter()
    try:
        trainer.train(resume_from_checkpoint=resume_from)
    except SuiteStopped as stop:  # asked to stop while the base model was being tested: nothing trained yet
        if _is_main_process():
            append_event(run_dir, {"type": "end", "step": 0, "elapsed": round(time.perf_counter() - started, 3)})
        return "stopped", (
            f"stopped on request while testing the base model ({stop.done}/{stop.total} prompts answered), "
            "before the first training step: no adapter"
        )
    trained = time.perf_counter()
    if _is_main_process():
        end = {"type": "end", "step": trainer.state.global_step, "elapsed": round(trained - started, 3)}
        append_event(run_dir, {**end, "train_seconds": round(trained - loop_started, 3)})
        save_adapter(trainer, run_dir)
    if callback.stopped_in_suite is not None:
        stop = callback.stopped_in_suite
        return "stopped", (
            f"stopped on request at step {trainer.state.global_step} while testing {stop.label} "
            f"({stop.done}/{stop.total} prompts answered); the adapter is saved"
        )
    if callback.stopped:
        return "stopped", f"stopped on request at step {trainer.state.global_step}; the adapter is saved"
    return "completed", f"{trainer.state.global_step} steps in {time.perf_counter() - started:.1f} s"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m architect_ai.train.worker RUN_DIR", file=sys.stderr)
        return 2
    run_dir = Path(args[0])
    main_process = _is_main_process()
    try:
        config = load_train_config(run_dir)
    except UserError as exc:
        if main_process:
            write_run(run_dir, status="failed", reason=exc.reason, finished_at=now())
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if main_process:
        write_run(run_dir, status="running", reason="", pid=os.getpid(), started_at=now(), base=config.base)
    try:
        status, reason = train(config, run_dir)
    except UserError as exc:
        status, reason = "failed", exc.reason
    except Exception as exc:
        traceback.print_exc()
        first = (str(exc).strip().splitlines() or [""])[0]
        status, reason = "failed", f"{type(exc).__name__}: {first}"[:500]
    if main_process:
        write_run(run_dir, status=status, reason=reason, finished_at=now())
    print(f"{status}: {reason}", file=sys.stderr)
    return 0 if status != "failed" else 1


if __name__ == "__main__":
    raise SystemExit(main())
