"""The trainer callback that writes `events.jsonl`, honours the stop file and runs the suite after each epoch.

Training-process side: the `TrainerCallback` subclass is built inside `make_callback` so importing this module
does not import transformers (or torch).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from architect_ai.train.run_folder import append_event, stop_requested

#: (model, label, epoch) -> ValidationRun or None; runs the suite on the model as it is now.
SuiteHook = Callable[[Any, str, int], Any]


def _number(value: Any) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def suite_event(run: Any, *, step: int, epoch: int, label: str, base_rate: float | None, elapsed: float) -> dict:
    score = run.scores[0]
    return {
        "type": "suite",
        "label": label,
        "step": step,
        "epoch": epoch,
        "pass_rate": score.pass_rate,
        "prompts_passed": score.prompts_passed,
        "prompts_total": score.prompts_total,
        "assertions_passed": score.assertions_passed,
        "assertions_total": score.assertions_total,
        "delta": None if base_rate is None else round(score.pass_rate - base_rate, 4),
        "transfer": score.transfer.model_dump() if score.transfer is not None else None,
        "elapsed": round(elapsed, 3),
    }


def make_callback(run_dir: Path, suite: SuiteHook | None, started: float | None = None) -> Any:
    """A `TrainerCallback` writing one event per logged step, evaluation and suite run."""
    from transformers import TrainerCallback

    began = time.perf_counter() if started is None else started

    class RunProgress(TrainerCallback):
        def __init__(self) -> None:
            self.stopped = False
            self.stopped_in_suite: Any = None  # the SuiteStopped of an epoch suite cut by a stop request
            self.base_rate: float | None = None

        def _write(self, state: Any, event: dict) -> None:
            if state.is_world_process_zero:
                append_event(run_dir, event)

        def on_train_begin(self, args: Any, state: Any, control: Any, model: Any = None, **kwargs: Any) -> None:
            self._write(
                state,
                {
                    "type": "start",
                    "step": state.global_step,
                    "max_steps": state.max_steps,
                    "epochs": args.num_train_epochs,
                    "elapsed": round(time.perf_counter() - began, 3),
                },
            )
            if suite is not None and state.is_world_process_zero and model is not None and state.global_step == 0:
                with model.disable_adapter():
                    run = suite(model, "base", 0)
                if run is not None:
                    self.base_rate = run.scores[0].pass_rate
                    self._write(state, suite_event(run, step=0, epoch=0, label="base", base_rate=None, elapsed=0.0))

        def on_log(self, args: Any, state: Any, control: Any, logs: dict | None = None, **kwargs: Any) -> None:
            logs = logs or {}
            elapsed = round(time.perf_counter() - began, 3)
            epoch = _number(logs.get("epoch", state.epoch))
            if "loss" in logs:
                self._write(
                    state,
                    {
                        "type": "step",
                        "step": state.global_step,
                        "epoch": epoch,
                        "loss": _number(logs["loss"]),
                        "learning_rate": _number(logs.get("learning_rate")),
                        "grad_norm": _number(logs.get("grad_norm")),
                        "tokens": int(state.num_input_tokens_seen or 0),
                        "elapsed": elapsed,
                    },
                )
            if "eval_loss" in logs:
                self._write(
                    state,
                    {
                        "type": "eval",
                        "step": state.global_step,
                        "epoch": epoch,
                        "eval_loss": _number(logs["eval_loss"]),
                        "elapsed": elapsed,
                    },
                )

        def on_step_end(self, args: Any, state: Any, control: Any, **kwargs: Any) -> None:
            if stop_requested(run_dir, state.global_step):
                self.stopped = True
                control.should_training_stop = True

        def on_epoch_end(self, args: Any, state: Any, control: Any, model: Any = None, **kwargs: Any) -> None:
            if suite is None or self.stopped or model is None or not state.is_world_process_zero:
                return
            from architect_ai.train.epoch_suite import SuiteStopped

            epoch = max(1, math.ceil((state.epoch or 0) - 1e-6))  # a run cut by max_steps is in its first epoch
            try:
                run = suite(model, f"epoch {epoch}", epoch)
            except SuiteStopped as stop:  # the adapter trained so far is kept: end the training here
                self.stopped, self.stopped_in_suite = True, stop
                control.should_training_stop = True
                return
            if run is not None:
                event = suite_event(
                    run,
                    step=state.global_step,
                    epoch=epoch,
                    label=f"epoch {epoch}",
                    base_rate=self.base_rate,
                    elapsed=time.perf_counter() - began,
                )
                self._write(state, event)

    return RunProgress()
