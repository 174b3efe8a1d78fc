"""Run a suite against one or more models: stream each answer, check its assertions, score each model.

The first model is the one under test (the tuned model), the second, when given, the baseline: the run's
`delta` is tuned − base. A failing prompt (model missing, error mid-stream, timeout) is recorded with its
reason and counts as failed; the rest of the run goes on. Models are the outer loop so Ollama loads each once.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from architect_ai import __version__
from architect_ai.validate.assertions import evaluate
from architect_ai.validate.ollama import Ollama, OllamaError, deterministic_options
from architect_ai.validate.suite import TRANSFER_CATEGORY, Prompt, Suite

RUN_FORMAT_VERSION = 1


class AssertionResult(BaseModel):
    model_config = ConfigDict(extra="forbid")

    type: str
    label: str
    passed: bool
    reason: str
    score: float | None = None  # the measured figure (a `similarity`'s chrF), when the assertion has one


class PromptResult(BaseModel):
    """One prompt answered by one model."""

    model_config = ConfigDict(extra="forbid")

    prompt_id: str
    category: str
    prompt: str
    model: str
    answer: str = ""
    error: str | None = None  # one line when the answer could not be obtained
    error_kind: str | None = None  # OllamaError.kind
    assertions: list[AssertionResult] = Field(default_factory=list)
    wall_seconds: float = 0.0
    done_reason: str = ""
    prompt_eval_count: int | None = None
    eval_count: int | None = None
    total_duration_ns: int | None = None
    eval_duration_ns: int | None = None

    @property
    def passed(self) -> bool:
        """All assertions passed and the answer came back whole."""
        return self.error is None and all(a.passed for a in self.assertions)

    @property
    def passed_count(self) -> int:
        return sum(a.passed for a in self.assertions)


class TransferScore(BaseModel):
    """How one model did on the held-out units (the prompts of category `transfer`)."""

    model_config = ConfigDict(extra="forbid")

    prompts: int
    pass_rate: float  # held-out units whose every check passed
    mean_similarity: float  # chrF of the answers' code against the real code, 0–1 (an error scores 0)
    convention_hit_rate: float  # `shows_convention` checks passed, of all


class ModelScore(BaseModel):
    """How one model did. `pass_rate` is over assertions (a prompt that errored fails all of its assertions)."""

    model_config = ConfigDict(extra="forbid")

    model: str
    assertions_passed: int
    assertions_total: int
    prompts_passed: int
    prompts_total: int
    errors: int
    pass_rate: float
    prompt_pass_rate: float
    seconds: float
    transfer: TransferScore | None = None  # when the suite has transfer prompts


class ValidationRun(BaseModel):
    """A whole validation run, as saved to `<dataset>/validation/<timestamp>.json`."""

    model_config = ConfigDict(extra="forbid")

    format_version: int = RUN_FORMAT_VERSION
    tool_version: str = __version__
    started_at: str
    finished_at: str = ""
    host: str
    ollama_version: str = ""
    suite: str
    models: list[str]
    options: dict[str, Any]
    system: str = ""
    dataset: str | None = None
    label: str | None = None  # e.g. "epoch 2", for the history chart
    results: list[PromptResult] = Field(default_factory=list)
    scores: list[ModelScore] = Field(default_factory=list)

    @property
    def tuned(self) -> str:
        return self.models[0]

    @property
    def base(self) -> str | None:
        return self.models[1] if len(self.models) > 1 else None

    def score(self, model: str) -> ModelScore | None:
        return next((s for s in self.scores if s.model == model), None)

    @property
    def pass_rate(self) -> float:
        """The tuned (first) model's pass rate."""
        score = self.score(self.tuned)
        return score.pass_rate if score else 0.0

    @property
    def delta(self) -> float | None:
        """Tuned − base pass rate, when a base model was run."""
        base = self.score(self.base) if self.base else None
        return None if base is None else self.pass_rate - base.pass_rate

    def transfer_delta(self) -> dict[str, float] | None:
        """Tuned − base on the held-out units (pass rate, mean similarity, convention hit rate), when both ran."""
        tuned = self.score(self.tuned)
        base = self.score(self.base) if self.base else None
        if tuned is None or base is None or tuned.transfer is None or base.transfer is None:
            return None
        return {
            key: round(getattr(tuned.transfer, key) - getattr(base.transfer, key), 4)
            for key in ("pass_rate", "mean_similarity", "convention_hit_rate")
        }


@dataclass(frozen=True, slots=True)
class RunEvent:
    """What `on_event` receives: `start` (a prompt begins), `piece` (answer text), `result` (a prompt is done)."""

    kind: Literal["start", "piece", "result"]
    model: str
    prompt_id: str
    index: int  # 1-based position in the run
    total: int
    text: str = ""
    result: PromptResult | None = None


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def run_validation(
    client: Ollama,
    suite: Suite,
    models: Sequence[str],
    options: dict[str, Any] | None = None,
    on_event: Callable[[RunEvent], None] | None = None,
    *,
    dataset: str | None = None,
    label: str | None = None,
    validator: Any = None,
) -> ValidationRun:
    """Ask every prompt of `suite` to every model and score the answers.

    Args:
        client: The Ollama adapter.
        suite: Prompts and assertions.
        models: The model under test first, optionally a baseline second (more are scored too).
        options: Generation options; deterministic defaults (`temperature: 0`, `seed`) when None.
        on_event: Receives `RunEvent`s so a UI can stream answers as they arrive.
        dataset: The dataset folder the run belongs to (recorded).
        label: A free label such as "epoch 2" (recorded, shown in the history).
        validator: A `MermaidValidator` (default: the process-wide warm one, started on first need).
    """
    if not models:
        raise ValueError("run_validation needs at least one model")
    options = dict(options) if options is not None else deterministic_options()
    emit = on_event or (lambda event: None)
    health = client.health()
    run = ValidationRun(
        started_at=_now(),
        host=client.host,
        ollama_version=health.version,
        suite=suite.name,
        models=list(dict.fromkeys(models)),
        options=options,
        system=suite.system,
        dataset=dataset,
        label=label,
    )
    total = len(run.models) * len(suite.prompts)
    index = 0
    for model in run.models:
        for prompt in suite.prompts:
            index += 1
            emit(RunEvent("start", model, prompt.id, index, total))

            def on_piece(text: str, model: str = model, prompt: Prompt = prompt, index: int = index) -> None:
                emit(RunEvent("piece", model, prompt.id, index, total, text=text))

            result = answer_prompt(client, model, prompt, suite.system, options, on_piece, validator)
            run.results.append(result)
            emit(RunEvent("result", model, prompt.id, index, total, result=result))
    run.scores = [score_model(model, [r for r in run.results if r.model == model]) for model in run.models]
    run.finished_at = _now()
    return run


def answer_prompt(
    client: Ollama,
    model: str,
    prompt: Prompt,
    system: str,
    options: dict[str, Any],
    on_piece: Callable[[str], None] | None = None,
    validator: Any = None,
) -> PromptResult:
    """One prompt × one model: the answer, its assertion results, or the one-line reason it failed."""
    system_text = prompt.system if prompt.system is not None else system
    messages = ([{"role": "system", "content": system_text}] if system_text else []) + [
        {"role": "user", "content": prompt.prompt}
    ]
    result = PromptResult(prompt_id=prompt.id, category=prompt.category, prompt=prompt.prompt, model=model)
    stream = client.chat(model, messages, options=options)
    started = time.perf_counter()
    try:
        for piece in stream:
            if on_piece is not None:
                on_piece(piece)
    except OllamaError as exc:
        result.error, result.error_kind = exc.reason, exc.kind
    chat = stream.result
    result.answer = chat.text
    result.wall_seconds = round(time.perf_counter() - started, 3)
    result.done_reason = chat.done_reason
    result.prompt_eval_count = chat.prompt_eval_count
    result.eval_count = chat.eval_count
    result.total_duration_ns = chat.total_duration_ns
    result.eval_duration_ns = chat.eval_duration_ns
    if result.error is not None:
        result.assertions = [
            AssertionResult(type=a.type, label=a.describe(), passed=False, reason=f"no answer: {result.error}")
            for a in prompt.assertions
        ]
    else:
        result.assertions = [
            AssertionResult(type=a.type, label=a.describe(), passed=o.passed, reason=o.reason, score=o.score)
            for a, o in evaluate(chat.text, list(prompt.assertions), validator)
        ]
    return result


def score_model(model: str, results: Sequence[PromptResult]) -> ModelScore:
    """Pass rates of one model over its prompt results."""
    passed = sum(r.passed_count for r in results)
    total = sum(len(r.assertions) for r in results)
    prompts_passed = sum(r.passed for r in results)
    return ModelScore(
        model=model,
        assertions_passed=passed,
        assertions_total=total,
        prompts_passed=prompts_passed,
        prompts_total=len(results),
        errors=sum(r.error is not None for r in results),
        pass_rate=round(passed / total, 4) if total else 0.0,
        prompt_pass_rate=round(prompts_passed / len(results), 4) if results else 0.0,
        seconds=round(sum(r.wall_seconds for r in results), 3),
        transfer=transfer_score(results),
    )


def transfer_score(results: Sequence[PromptResult]) -> TransferScore | None:
    """The transfer figures of one model's results, None when it answered no transfer prompt."""
    transfer = [r for r in results if r.category == TRANSFER_CATEGORY]
    if not transfer:
        return None
    similarities = [
        next((a.score or 0.0 for a in r.assertions if a.type == "similarity"), 0.0) if r.error is None else 0.0
        for r in transfer
    ]
    shown = [a.passed for r in transfer for a in r.assertions if a.type == "shows_convention"]
    return TransferScore(
        prompts=len(transfer),
        pass_rate=round(sum(r.passed for r in transfer) / len(transfer), 4),
        mean_similarity=round(sum(similarities) / len(similarities), 4),
        convention_hit_rate=round(sum(shown) / len(shown), 4) if shown else 0.0,
    )
