"""The validation suite on the in-training model: greedy answers, the same assertions and scores as `validate`.

Training-process side (torch). The suite is the dataset's (the strategy's four prompts + the convention ones) or
the user's own file; each prompt goes through the base's chat template, `generate(do_sample=False)`, then
`architect_ai.validate.assertions.evaluate` and `runner.score_model`, and the run is saved like a validation run.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from architect_ai.atomic import write_text_atomic
from architect_ai.validate.assertions import evaluate
from architect_ai.validate.runner import AssertionResult, PromptResult, ValidationRun, score_model
from architect_ai.validate.suite import Suite, load_suite
from architect_ai.validate.transfer_suite import dataset_suite

LOCAL_HOST = "local:transformers"
#: () -> bool: whether the run was asked to stop (checked between prompts and after every generated token).
ShouldStop = Callable[[], bool]
#: (prompts done, prompts in the suite) -> None, called before the first prompt and after each one.
OnProgress = Callable[[int, int], None]


class SuiteStopped(Exception):
    """A stop request arrived while the suite ran: `done` of `total` prompts were answered."""

    def __init__(self, label: str, done: int, total: int) -> None:
        super().__init__(f"stopped while testing {label}: {done}/{total} prompts answered")
        self.label, self.done, self.total = label, done, total


def suite_for(dataset_dir: str | Path, suite_file: str | None) -> Suite:
    """The user's suite file, else the dataset's (strategy and convention prompts, then its transfer prompts)."""
    if suite_file:
        return load_suite(suite_file)
    return dataset_suite(dataset_dir)


def stop_criteria(should_stop: ShouldStop | None) -> Any:
    """A transformers `StoppingCriteriaList` ending `generate` at the next token once `should_stop()` is true."""
    import torch
    from transformers import StoppingCriteria, StoppingCriteriaList

    class StopOnRequest(StoppingCriteria):
        def __call__(self, input_ids: Any, scores: Any, **kwargs: Any) -> Any:
            done = bool(should_stop is not None and should_stop())
            return torch.full((input_ids.shape[0],), done, dtype=torch.bool, device=input_ids.device)

    return StoppingCriteriaList([StopOnRequest()] if should_stop is not None else [])


def greedy_answer(
    model: Any, tokenizer: Any, messages: list[dict], max_new_tokens: int, should_stop: ShouldStop | None = None
) -> str:
    import torch

    encoded = tokenizer.apply_chat_template(messages, add_generation_prompt=True, return_tensors="pt", return_dict=True)
    encoded = {k: v.to(model.device) for k, v in encoded.items()}
    with torch.no_grad():
        output = model.generate(
            **encoded,
            max_new_tokens=max_new_tokens,
            do_sample=False,
            pad_token_id=tokenizer.pad_token_id,
            eos_token_id=tokenizer.eos_token_id,
            stopping_criteria=stop_criteria(should_stop),
        )
    return tokenizer.decode(output[0][encoded["input_ids"].shape[1] :], skip_special_tokens=True)


def run_suite(
    model: Any,
    tokenizer: Any,
    suite: Suite,
    *,
    label: str,
    model_name: str,
    max_new_tokens: int,
    validator: Any = None,
    should_stop: ShouldStop | None = None,
    on_progress: OnProgress | None = None,
) -> ValidationRun:
    """Answer every prompt greedily with `model` and score it (one model: the run's pass rate is this model's).

    `should_stop` is asked before each prompt and after every generated token: once it says yes the answer being
    written is cut and `SuiteStopped` is raised (a stop takes effect within one token, not one suite).
    """
    was_training = model.training
    model.eval()
    run = ValidationRun(
        started_at=time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime()),
        host=LOCAL_HOST,
        suite=suite.name,
        models=[model_name],
        options={"do_sample": False, "max_new_tokens": max_new_tokens},
        system=suite.system,
        label=label,
    )
    total = len(suite.prompts)
    try:
        for done, prompt in enumerate(suite.prompts):
            if should_stop is not None and should_stop():
                raise SuiteStopped(label, done, total)
            if on_progress is not None:
                on_progress(done, total)
            system = prompt.system if prompt.system is not None else suite.system
            messages = ([{"role": "system", "content": system}] if system else []) + [
                {"role": "user", "content": prompt.prompt}
            ]
            started = time.perf_counter()
            answer = greedy_answer(model, tokenizer, messages, max_new_tokens, should_stop)
            if should_stop is not None and should_stop():
                raise SuiteStopped(label, done, total)
            result = PromptResult(
                prompt_id=prompt.id,
                category=prompt.category,
                prompt=prompt.prompt,
                model=model_name,
                answer=answer,
                wall_seconds=round(time.perf_counter() - started, 3),
            )
            result.assertions = [
                AssertionResult(type=a.type, label=a.describe(), passed=o.passed, reason=o.reason, score=o.score)
                for a, o in evaluate(answer, list(prompt.assertions), validator)
            ]
            run.results.append(result)
        if on_progress is not None:
            on_progress(total, total)
    finally:
        if was_training:
            model.train()
    run.scores = [score_model(model_name, run.results)]
    run.finished_at = time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime())
    return run


def save_suite_run(run: ValidationRun, folder: Path, name: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return write_text_atomic(folder / f"{name}.json", run.model_dump_json(indent=2) + "\n")
