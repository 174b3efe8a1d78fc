"""ERDs: one entity catalog per domain, several diagrams per catalog, rendered to Mermaid `erDiagram`."""

from __future__ import annotations

from architect_ai.library.erd import booking, crm, ecommerce, education, healthcare, inventory, social_media
from architect_ai.library.erd.model import Catalog, ErdSpec, render_erd
from architect_ai.library.item import DOMAIN_LABELS, ArtifactItem, make_answer
from architect_ai.library.phrasing import compose_instructions, compose_lead_in, human_list

DOMAIN_MODULES = (ecommerce, healthcare, education, social_media, crm, booking, inventory)


def _slug(text: str) -> str:
    return text.replace("_", "-")


def erd_item(catalog: Catalog, spec: ErdSpec, index: int) -> ArtifactItem:
    """The library item of one ERD spec; `index` rotates the phrasings."""
    labels = [catalog.entity(name).label for name in spec.entities]
    slots = {
        "subject": spec.subject,
        "focus": human_list(labels),
        "domain": DOMAIN_LABELS[catalog.domain],
        "summary": spec.summary,
    }
    return ArtifactItem(
        id=f"erd-{_slug(catalog.domain)}-{_slug(spec.style)}",
        kind="erd",
        domain=catalog.domain,
        style=spec.style,
        title=spec.title,
        instructions=compose_instructions("erd", index, **slots),
        answer=make_answer(compose_lead_in("erd", index, **slots), "mermaid", render_erd(catalog, spec)),
        language="mermaid",
        subjects=spec.entities,
    )


def erd_items() -> tuple[ArtifactItem, ...]:
    """Every ERD of every domain, in a stable order."""
    specs = [(module.CATALOG, spec) for module in DOMAIN_MODULES for spec in module.DIAGRAMS]
    return tuple(erd_item(catalog, spec, index) for index, (catalog, spec) in enumerate(specs))
