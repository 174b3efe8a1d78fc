"""Turn hand-written `DiagramSpec`s (architecture, sequence, flowchart) into library items."""

from __future__ import annotations

from collections.abc import Iterable
from textwrap import dedent

from architect_ai.library.item import DOMAIN_LABELS, ArtifactItem, DiagramSpec, make_answer
from architect_ai.library.phrasing import STYLE_LABELS, compose_instructions, compose_lead_in, human_list

#: How many key nouns the `{focus}` slot names.
FOCUS_SUBJECTS = 4


def spec(
    slug: str, style: str, domain: str, title: str, subject: str, summary: str, subjects: Iterable[str], text: str
) -> DiagramSpec:
    """A `DiagramSpec` with its Mermaid text dedented (so it can be written indented in the source)."""
    return DiagramSpec(slug, style, domain, title, subject, summary, dedent(text).strip("\n"), tuple(subjects))


def diagram_items(kind: str, specs: Iterable[DiagramSpec]) -> tuple[ArtifactItem, ...]:
    """One item per spec: id `<kind>-<slug>`, composed instructions and lead-in, the text in a mermaid fence."""
    items = []
    for index, diagram in enumerate(specs):
        slots = {
            "subject": diagram.subject,
            "focus": human_list(diagram.subjects[:FOCUS_SUBJECTS]),
            "domain": DOMAIN_LABELS[diagram.domain],
            "style": STYLE_LABELS.get(diagram.style, diagram.style.replace("_", " ")),
            "summary": diagram.summary,
        }
        items.append(
            ArtifactItem(
                id=f"{kind}-{diagram.slug}",
                kind=kind,
                domain=diagram.domain,
                style=diagram.style,
                title=diagram.title,
                instructions=compose_instructions(kind, index, **slots),
                answer=make_answer(compose_lead_in(kind, index, **slots), "mermaid", diagram.text),
                language="mermaid",
                subjects=diagram.subjects,
            )
        )
    return tuple(items)
