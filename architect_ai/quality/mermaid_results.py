"""The verdict on one Mermaid diagram (`MermaidResult`, `MermaidError`) and how a checker reply becomes one."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

_EXCERPT = re.compile(r"\s*(\.\.\.|-*\^\s*$)")  # jison's "...source excerpt" and "-----^" lines


@dataclass(frozen=True)
class MermaidError:
    """Why mermaid rejected a diagram; `line`/`column` are 1-based in the text checked, None when mermaid gives none."""

    message: str
    line: int | None
    column: int | None

    def __str__(self) -> str:
        """One line: the message without mermaid's source excerpt and caret line, prefixed by where if unsaid."""
        kept = [line.strip() for line in self.message.splitlines() if line.strip() and not _EXCERPT.match(line)]
        summary = " ".join(kept) or "unknown error"
        if self.line is None or re.search(r"\bline \d+", summary):
            return summary
        return f"line {self.line}" + ("" if self.column is None else f", column {self.column}") + f": {summary}"


@dataclass(frozen=True)
class MermaidResult:
    """The verdict on one diagram. `details` holds the diagram db's counts (treat it as read-only: it is cached).

    er: entities, relationships, attributes; sequence: participants (actors included), actors, messages, notes;
    flowchart-v2: nodes, edges, subgraphs; classDiagram: classes, relations, namespaces; stateDiagram: states,
    transitions. Other diagram types have empty details.
    """

    ok: bool
    diagram_type: str | None
    error: MermaidError | None
    details: dict[str, Any] = field(default_factory=dict)


def failure(
    message: str, line: int | None = None, column: int | None = None, diagram_type: str | None = None
) -> MermaidResult:
    """A failed verdict with this error (and the diagram type the text declares, when mermaid recognises one)."""
    return MermaidResult(ok=False, diagram_type=diagram_type, error=MermaidError(message, line, column), details={})


def result_from_reply(reply: dict[str, Any]) -> MermaidResult:
    """The verdict in one JSON reply of the Node checker (`{"ok", "type", "details"}` or `{"error": {…}}`)."""
    if reply.get("ok"):
        return MermaidResult(ok=True, diagram_type=reply.get("type"), error=None, details=reply.get("details") or {})
    error = reply.get("error") or {}
    return failure(
        str(error.get("message") or "unknown error"), error.get("line"), error.get("column"), reply.get("type")
    )
