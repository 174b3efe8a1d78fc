"""Assertions on the answer's Mermaid diagrams: they parse, a kind is present, minimum entity/participant counts."""

from __future__ import annotations

from typing import Any, ClassVar, Literal

from pydantic import Field

from architect_ai.validate.answer_view import AnswerView, Outcome, canonical_kind
from architect_ai.validate.assertion_base import AssertionBase


def _count(details: dict[str, Any], name: str) -> int | None:
    """A count from the validator's details (`entities`, `relationships`, `participants`), None when absent."""
    value = details.get(name)
    return None if value is None else len(value) if isinstance(value, list | tuple | set | dict) else int(value)


class MermaidParses(AssertionBase):
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


class MermaidKind(AssertionBase):
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


class _MinCount(AssertionBase):
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
