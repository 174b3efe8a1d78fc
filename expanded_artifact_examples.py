"""The builtin artifact library: 150+ expert examples the tuned model learns artifact generation from.

Each `ArtifactItem` pairs several differently worded requests with one answer (a lead-in line and one fenced
Mermaid, C# or TypeScript block). The data lives in `architect_ai.library`, declared once and rendered:
ERD entity catalogs per domain, hand-written architecture/sequence/flowchart diagrams, and domain resources
rendered to .NET and Angular code. To add an example, add a spec there; `load_library()` validates the whole.

    >>> from expanded_artifact_examples import load_library, diagram_of
    >>> items = load_library()
"""

from __future__ import annotations

from collections import Counter
from functools import cache

from architect_ai.library.architectures import architecture_items
from architect_ai.library.code import code_template_items
from architect_ai.library.erd import erd_items
from architect_ai.library.flowcharts import flowchart_items
from architect_ai.library.item import DOMAINS, ArtifactItem, diagram_of
from architect_ai.library.sequences import sequence_items

__all__ = ["ARTIFACT_EXAMPLES", "DOMAINS", "ArtifactItem", "diagram_of", "load_library"]


@cache
def load_library() -> tuple[ArtifactItem, ...]:
    """Every builtin item, validated (pydantic, on construction) and with unique ids.

    Raises:
        ValueError: two items share an id.
    """
    items = (*erd_items(), *architecture_items(), *sequence_items(), *flowchart_items(), *code_template_items())
    duplicates = sorted(item_id for item_id, n in Counter(i.id for i in items).items() if n > 1)
    if duplicates:
        raise ValueError(f"duplicate artifact ids: {', '.join(duplicates)}")
    return items


ARTIFACT_EXAMPLES: tuple[ArtifactItem, ...] = load_library()
