"""A validation run read per prompt: the tuned model's result beside the base model's, where both exist."""

from __future__ import annotations

from dataclasses import dataclass

from architect_ai.validate.runner import PromptResult, ValidationRun


@dataclass(frozen=True, slots=True)
class PromptPair:
    """One prompt answered by both models of a run."""

    prompt_id: str
    prompt: str
    tuned: PromptResult
    base: PromptResult

    @property
    def verdict(self) -> str:
        """`tuned better`, `base better` or `same`, by checks passed (an unanswered prompt passes none)."""
        tuned, base = _passed(self.tuned), _passed(self.base)
        return "tuned better" if tuned > base else "base better" if base > tuned else "same"


def _passed(result: PromptResult) -> int:
    return 0 if result.error is not None else result.passed_count


def prompt_pairs(run: ValidationRun) -> list[PromptPair]:
    """Per prompt, in suite order, the tuned and the base result; prompts only one model answered are left out."""
    if run.base is None:
        return []
    by_model: dict[str, dict[str, PromptResult]] = {}
    for result in run.results:
        by_model.setdefault(result.model, {})[result.prompt_id] = result
    tuned, base = by_model.get(run.tuned, {}), by_model.get(run.base, {})
    return [
        PromptPair(prompt_id=pid, prompt=result.prompt, tuned=result, base=base[pid])
        for pid, result in tuned.items()
        if pid in base
    ]


def pair_rows(pairs: list[PromptPair]) -> list[dict]:
    """One row per pair: checks passed by each model and which did better."""
    return [
        {
            "prompt": p.prompt_id,
            "tuned": _checks(p.tuned),
            "base": _checks(p.base),
            "verdict": p.verdict,
        }
        for p in pairs
    ]


def _checks(result: PromptResult) -> str:
    if result.error is not None:
        return "no answer"
    return f"{result.passed_count}/{len(result.assertions)} checks"
