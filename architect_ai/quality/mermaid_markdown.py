"""Mermaid in Markdown answers: find the ```mermaid blocks and validate them with markdown line numbers."""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from markdown_it import MarkdownIt

from architect_ai.quality.mermaid_results import MermaidResult

if TYPE_CHECKING:
    from architect_ai.quality.mermaid import MermaidValidator

_MARKDOWN = MarkdownIt("commonmark")
_LINE_IN_MESSAGE = re.compile(r"(error on line )(\d+)")


def extract_mermaid_blocks(markdown: str) -> list[tuple[str, int]]:
    """Every fenced ```mermaid block as (diagram text, 1-based markdown line of the diagram's first line)."""
    blocks = []
    for token in _MARKDOWN.parse(markdown):
        if token.type == "fence" and token.map and (token.info.split() or [""])[0].lower() == "mermaid":
            blocks.append((token.content, token.map[0] + 2))
    return blocks


def check_markdown(markdown: str, validator: MermaidValidator) -> list[MermaidResult]:
    """Validates every ```mermaid block of a markdown answer; error lines are the markdown's own line numbers."""
    blocks = extract_mermaid_blocks(markdown)
    results = validator.validate_many(text for text, _ in blocks)
    return [_shift(result, first_line - 1) for (_, first_line), result in zip(blocks, results, strict=True)]


def _shift(result: MermaidResult, offset: int) -> MermaidResult:
    if result.error is None or result.error.line is None:
        return result
    message = _LINE_IN_MESSAGE.sub(lambda m: f"{m[1]}{int(m[2]) + offset}", result.error.message)
    error = dataclasses.replace(result.error, message=message, line=result.error.line + offset)
    return dataclasses.replace(result, error=error)
