"""Assertion types of a validation suite: each checks one answer and says pass or fail, with a reason.

Assertions are pydantic models (`extra="forbid"`, discriminated by `type`) so user suites in YAML/JSON are
validated strictly. They inspect an `AnswerView`, which parses the answer once: its fenced code blocks
(markdown-it) and its Mermaid diagrams (validated once each with `architect_ai.quality.mermaid`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import Annotated, Any, ClassVar, Literal

from markdown_it import MarkdownIt
from pydantic import BaseModel, ConfigDict, Field, field_validator

#: First words that start a Mermaid diagram, for answers that forget the ```mermaid fence.
MERMAID_KEYWORDS = (
    "erDiagram",
    "sequenceDiagram",
    "flowchart",
    "graph",
    "classDiagram",
    "stateDiagram",
    "stateDiagram-v2",
    "C4Context",
    "C4Container",
    "architecture-beta",
)
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
MAX_REASON_SAMPLES = 3


@dataclass(frozen=True, slots=True)
class Outcome:
    """The verdict of one assertion on one answer."""

    passed: bool
    reason: str


@dataclass(frozen=True, slots=True)
class Diagram:
    """A Mermaid block of the answer with its validation result (`architect_ai.quality.mermaid.MermaidResult`)."""

    text: str
    line: int
    ok: bool
    kind: str  # canonical, see `canonical_kind`
    error: str
    details: dict[str, Any]


def canonical_kind(name: str) -> str:
    """`erDiagram`/`er` → `er`, `graph`/`flowchart-v2` → `flowchart`, `sequenceDiagram` → `sequence`."""
    key = name.strip().lower().removesuffix("-v2").removesuffix("-elk").removesuffix("-beta")
    key = key.removesuffix("diagram") or key
    return {"graph": "flowchart", "flowchart": "flowchart"}.get(key, key)


def _first_word(text: str) -> str:
    for line in text.splitlines():
        stripped = line.strip()
        if stripped and not stripped.startswith("%%") and stripped != "---":
            return stripped.split()[0]
    return ""


class AnswerView:
    """One answer, parsed lazily and at most once, shared by all of its assertions.

    Args:
        text: The model's answer (Markdown).
        validator: A `MermaidValidator`; the process-wide warm one (`shared_validator()`) when not given.
    """

    def __init__(self, text: str, validator: Any = None) -> None:
        self.text = text
        self._validator = validator

    @cached_property
    def code_blocks(self) -> list[tuple[str, str]]:
        """Fenced blocks as (language info word, content)."""
        tokens = MarkdownIt("commonmark").parse(self.text)
        return [(t.info.strip().split()[0] if t.info.strip() else "", t.content) for t in tokens if t.type == "fence"]

    @cached_property
    def diagrams(self) -> list[Diagram]:
        """The ```mermaid blocks (or a bare diagram), validated with the real Mermaid parser in one round trip."""
        from architect_ai.quality.mermaid import check_markdown, extract_mermaid_blocks, shared_validator

        validator = self._validator or shared_validator()
        blocks = extract_mermaid_blocks(self.text)
        if blocks:
            results = check_markdown(self.text, validator)  # error lines are the answer's own line numbers
        elif _first_word(self.text) in MERMAID_KEYWORDS:  # a bare diagram without a fence
            blocks = [(self.text, 1)]
            results = [validator.validate(self.text)]
        else:
            return []
        return [
            Diagram(
                text=text,
                line=line,
                ok=bool(result.ok),
                kind=canonical_kind(result.diagram_type or _first_word(text)),
                error=str(result.error) if result.error else "",
                details=dict(result.details or {}),
            )
            for (text, line), result in zip(blocks, results, strict=True)
        ]


def _count(details: dict[str, Any], name: str) -> int | None:
    """A count from the validator's details (`entities`, `relationships`, `participants`), None when absent."""
    value = details.get(name)
    return None if value is None else len(value) if isinstance(value, list | tuple | set | dict) else int(value)


def _quote(values: list[str]) -> str:
    return ", ".join(f"'{v}'" for v in values)


class _Base(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    label: str | None = Field(default=None, description="Shown in the results table instead of the default.")

    def describe(self) -> str:
        return self.label or self._default_label()

    def _default_label(self) -> str:  # pragma: no cover - every type overrides it
        raise NotImplementedError

    def check(self, view: AnswerView) -> Outcome:  # pragma: no cover - every type overrides it
        raise NotImplementedError


def _as_list(value: str | list[str]) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


class Contains(_Base):
    """The answer contains the text (a list: any one of them)."""

    type: Literal["contains"] = "contains"
    value: str | list[str]
    case_sensitive: bool = False

    @field_validator("value")
    @classmethod
    def _not_empty(cls, value: str | list[str]) -> str | list[str]:
        if not [v for v in _as_list(value) if v]:
            raise ValueError("needs at least one non-empty text")
        return value

    def _default_label(self) -> str:
        values = _as_list(self.value)
        return f"contains {_quote(values)}" if len(values) == 1 else f"contains one of {_quote(values)}"

    def check(self, view: AnswerView) -> Outcome:
        haystack = view.text if self.case_sensitive else view.text.lower()
        found = [v for v in _as_list(self.value) if (v if self.case_sensitive else v.lower()) in haystack]
        if found:
            return Outcome(True, f"found {_quote(found[:MAX_REASON_SAMPLES])}")
        return Outcome(False, f"no {_quote(_as_list(self.value))} in the answer")


class NotContains(Contains):
    """The answer contains none of the texts."""

    type: Literal["not_contains"] = "not_contains"  # type: ignore[assignment]

    def _default_label(self) -> str:
        return f"does not contain {_quote(_as_list(self.value))}"

    def check(self, view: AnswerView) -> Outcome:
        found = super().check(view)
        if found.passed:
            return Outcome(False, found.reason.replace("found", "found forbidden", 1))
        return Outcome(True, f"none of {_quote(_as_list(self.value))}")


class Regex(_Base):
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
        flags = re.MULTILINE | (re.IGNORECASE if self.ignore_case else 0)
        distinct = list(dict.fromkeys(m.group(0) for m in re.finditer(self.pattern, view.text, flags)))
        sample = _quote(distinct[:MAX_REASON_SAMPLES])
        if len(distinct) >= self.min_matches:
            return Outcome(True, f"{len(distinct)} match(es): {sample}")
        if not distinct:
            return Outcome(False, f"no match for /{self.pattern}/")
        return Outcome(False, f"{len(distinct)} distinct match(es) ({sample}), wanted {self.min_matches}")


class MermaidParses(_Base):
    """The answer has at least one Mermaid diagram and every one of them parses."""

    type: Literal["mermaid_parses"] = "mermaid_parses"

    def _default_label(self) -> str:
        return "Mermaid parses"

    def check(self, view: AnswerView) -> Outcome:
        diagrams = view.diagrams
        if not diagrams:
            return Outcome(False, "no Mermaid diagram in the answer")
        broken = [d for d in diagrams if not d.ok]
        if broken:
            first = broken[0]
            return Outcome(False, f"diagram at line {first.line} does not parse: {first.error or 'unknown error'}")
        return Outcome(True, f"{len(diagrams)} diagram(s) parse ({', '.join(d.kind for d in diagrams)})")


class MermaidKind(_Base):
    """The answer has a Mermaid diagram of this kind (`erDiagram`, `sequenceDiagram`, `flowchart`…)."""

    type: Literal["mermaid_kind"] = "mermaid_kind"
    kind: str = Field(min_length=1)

    def _default_label(self) -> str:
        return f"{self.kind} diagram"

    def check(self, view: AnswerView) -> Outcome:
        wanted = canonical_kind(self.kind)
        kinds = [d.kind for d in view.diagrams]
        if wanted in kinds:
            return Outcome(True, f"found {self.kind}")
        return Outcome(False, f"no {self.kind}; diagrams: {', '.join(kinds) or 'none'}")


class _MinCount(_Base):
    min: int = Field(ge=1)
    _kind: ClassVar[str] = ""  # canonical diagram kind to look in
    _what: ClassVar[str] = ""  # key of the validator's details

    def _default_label(self) -> str:
        return f"≥{self.min} {self._what}"

    def check(self, view: AnswerView) -> Outcome:
        candidates = [d for d in view.diagrams if d.kind == self._kind]
        parsed = [d for d in candidates if d.ok]
        if not parsed:
            why = "none parses" if candidates else "none in the answer"
            return Outcome(False, f"no {self._kind} diagram to count {self._what} in ({why})")
        counts = [c for c in (_count(d.details, self._what) for d in parsed) if c is not None]
        if not counts:
            return Outcome(False, f"the validator reported no {self._what} count")
        best = max(counts)
        if best >= self.min:
            return Outcome(True, f"{best} {self._what} (≥{self.min})")
        return Outcome(False, f"only {best} {self._what}, wanted ≥{self.min}")


class MinEntities(_MinCount):
    """An erDiagram that parses has at least `min` entities."""

    type: Literal["min_entities"] = "min_entities"
    _kind = "er"
    _what = "entities"


class MinRelationships(_MinCount):
    """An erDiagram that parses has at least `min` relationships."""

    type: Literal["min_relationships"] = "min_relationships"
    _kind = "er"
    _what = "relationships"


class MinParticipants(_MinCount):
    """A sequenceDiagram that parses has at least `min` participants."""

    type: Literal["min_participants"] = "min_participants"
    _kind = "sequence"
    _what = "participants"


class CodeBlockLanguage(_Base):
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
    | CodeBlockLanguage,
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
