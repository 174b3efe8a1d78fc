"""The base of every assertion type: a strict, frozen pydantic model with a label and a `check`."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from architect_ai.validate.answer_view import AnswerView, Outcome

MAX_REASON_SAMPLES = 3


class AssertionBase(BaseModel):
    """Unknown fields are errors (user suites are validated strictly); subclasses add `type` and `check`."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    label: str | None = Field(default=None, description="Shown in the results table instead of the default.")

    def describe(self) -> str:
        return self.label or self._default_label()

    def _default_label(self) -> str:  # pragma: no cover - every type overrides it
        raise NotImplementedError

    def check(self, view: AnswerView) -> Outcome:  # pragma: no cover - every type overrides it
        raise NotImplementedError


def as_list(value: str | list[str]) -> list[str]:
    """One text or a list of them, as a list."""
    return [value] if isinstance(value, str) else list(value)


def quote(values: list[str]) -> str:
    """`'a', 'b'` for a reason line."""
    return ", ".join(f"'{v}'" for v in values)
