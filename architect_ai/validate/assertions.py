"""Assertion types of a validation suite: each checks one answer and says pass or fail, with a reason.

Assertions are pydantic models (`extra="forbid"`, discriminated by `type`) so user suites in YAML/JSON are
validated strictly. They inspect an `AnswerView` (`answer_view`), which parses the answer once: its fenced code blocks
(markdown-it) and its Mermaid diagrams (validated once each with `architect_ai.quality.mermaid`).

This module holds the text assertions (contains, regex, code-block language), the `Assertion` union of every type
(the diagram ones live in `mermaid_assertions`) and `evaluate`.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

import regex
from pydantic import Field, field_validator

from architect_ai.validate.answer_view import MERMAID_KEYWORDS as MERMAID_KEYWORDS
from architect_ai.validate.answer_view import AnswerView, Outcome
from architect_ai.validate.answer_view import Diagram as Diagram
from architect_ai.validate.answer_view import canonical_kind as canonical_kind
from architect_ai.validate.assertion_base import MAX_REASON_SAMPLES, AssertionBase, as_list, quote
from architect_ai.validate.mermaid_assertions import (
    MermaidKind,
    MermaidParses,
    MinEntities,
    MinParticipants,
    MinRelationships,
)
from architect_ai.validate.transfer_assertions import ShowsConvention, Similarity

LANGUAGE_ALIASES = {
    "c#": "csharp",
    "cs": "csharp",
    "csharp": "csharp",
    "ts": "typescript",
    "typescript": "typescript",
    "js": "javascript",
    "javascript": "javascript",
    "py": "python",
    "python": "python",
    "yml": "yaml",
    "yaml": "yaml",
    "sh": "bash",
    "shell": "bash",
    "bash": "bash",
}


class Contains(AssertionBase):
    """The answer contains the text (a list: any one of them)."""

    type: Literal["contains"] = "contains"
    value: str | list[str]
    case_sensitive: bool = False

    @field_validator("value")
    @classmethod
    def _not_empty(cls, value: str | list[str]) -> str | list[str]:
        if not [v for v in as_list(value) if v]:
            raise ValueError("needs at least one non-empty text")
        return value

    def _default_label(self) -> str:
        values = as_list(self.value)
        return f"contains {quote(values)}" if len(values) == 1 else f"contains one of {quote(values)}"

    def check(self, view: AnswerView) -> Outcome:
        haystack = view.text if self.case_sensitive else view.text.lower()
        found = [v for v in as_list(self.value) if (v if self.case_sensitive else v.lower()) in haystack]
        if found:
            return Outcome(True, f"found {quote(found[:MAX_REASON_SAMPLES])}")
        return Outcome(False, f"no {quote(as_list(self.value))} in the answer")


class NotContains(Contains):
    """The answer contains none of the texts."""

    type: Literal["not_contains"] = "not_contains"  # type: ignore[assignment]

    def _default_label(self) -> str:
        return f"does not contain {quote(as_list(self.value))}"

    def check(self, view: AnswerView) -> Outcome:
        found = super().check(view)
        if found.passed:
            return Outcome(False, found.reason.replace("found", "found forbidden", 1))
        return Outcome(True, f"none of {quote(as_list(self.value))}")


#: Seconds one `regex` assertion may run on one answer.
REGEX_TIMEOUT_S = 2.0


class Regex(AssertionBase):
    """The pattern matches at least `min_matches` distinct texts of the answer (multiline mode)."""

    type: Literal["regex"] = "regex"
    pattern: str
    ignore_case: bool = False
    min_matches: int = Field(default=1, ge=1)

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, value: str) -> str:
        try:
            re.compile(value)
        except re.error as exc:
            raise ValueError(f"invalid regular expression {value!r}: {exc}") from None
        return value

    def _default_label(self) -> str:
        more = f" ≥{self.min_matches}×" if self.min_matches > 1 else ""
        return f"matches /{self.pattern}/{more}"

    def check(self, view: AnswerView) -> Outcome:
        # the `regex` engine (same syntax) because it can stop a catastrophic pattern: `(a+)+$` on a long answer
        flags = regex.MULTILINE | (regex.IGNORECASE if self.ignore_case else 0)
        try:
            matches = regex.finditer(self.pattern, view.text, flags, timeout=REGEX_TIMEOUT_S)
            distinct = list(dict.fromkeys(m.group(0) for m in matches))
        except TimeoutError:
            return Outcome(False, f"/{self.pattern[:60]}/ ran over {REGEX_TIMEOUT_S:g}s on this answer (catastrophic)")
        sample = quote(distinct[:MAX_REASON_SAMPLES])
        if len(distinct) >= self.min_matches:
            return Outcome(True, f"{len(distinct)} match(es): {sample}")
        if not distinct:
            return Outcome(False, f"no match for /{self.pattern}/")
        return Outcome(False, f"{len(distinct)} distinct match(es) ({sample}), wanted {self.min_matches}")


class CodeBlockLanguage(AssertionBase):
    """The answer has a fenced code block tagged with this language (aliases: cs/c#, ts, py…)."""

    type: Literal["code_block_language"] = "code_block_language"
    language: str = Field(min_length=1)

    def _default_label(self) -> str:
        return f"```{self.language} block"

    def check(self, view: AnswerView) -> Outcome:
        def norm(name: str) -> str:
            return LANGUAGE_ALIASES.get(name.lower(), name.lower())

        found = [info for info, _ in view.code_blocks]
        if norm(self.language) in {norm(info) for info in found}:
            return Outcome(True, f"found a {self.language} block")
        listed = ", ".join(info or "untagged" for info in found) or "none"
        return Outcome(False, f"no {self.language} block; blocks: {listed}")


Assertion = Annotated[
    Contains
    | NotContains
    | Regex
    | MermaidParses
    | MermaidKind
    | MinEntities
    | MinRelationships
    | MinParticipants
    | CodeBlockLanguage
    | ShowsConvention
    | Similarity,
    Field(discriminator="type"),
]
ASSERTION_TYPES = (
    "contains",
    "not_contains",
    "regex",
    "mermaid_parses",
    "mermaid_kind",
    "min_entities",
    "min_relationships",
    "min_participants",
    "code_block_language",
    "shows_convention",
    "similarity",
)


def evaluate(text: str, assertions: list[Any], validator: Any = None) -> list[tuple[Any, Outcome]]:
    """Check every assertion on one answer; an assertion that crashes fails with the reason, it never raises."""
    view = AnswerView(text, validator)
    results = []
    for assertion in assertions:
        try:
            outcome = assertion.check(view)
        except Exception as exc:  # a broken validator must not stop the run; the reason is reported
            outcome = Outcome(False, f"could not check: {type(exc).__name__}: {str(exc).strip()[:200]}")
        results.append((assertion, outcome))
    return results
