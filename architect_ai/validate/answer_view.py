"""The answer as assertions see it: parsed once into fenced code blocks and validated Mermaid diagrams.

`AnswerView` parses lazily (markdown-it for the fences; `architect_ai.quality.mermaid` for the diagrams, validated in
one round trip); `Outcome` is the verdict of one assertion; `canonical_kind` names diagram kinds one way.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Any

from markdown_it import MarkdownIt

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


@dataclass(frozen=True, slots=True)
class Outcome:
    """The verdict of one assertion on one answer."""

    passed: bool
    reason: str
    score: float | None = None  # a measured figure behind the verdict (a similarity), when the check has one


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
