"""Architecture diagrams (`flowchart` with subgraphs), at least four per style."""

from __future__ import annotations

from architect_ai.library.arch_distributed import EVENT_DRIVEN, MICROSERVICES, SERVERLESS
from architect_ai.library.arch_platform import CICD, REALTIME, THREE_TIER
from architect_ai.library.diagrams import diagram_items
from architect_ai.library.item import ArtifactItem

ARCHITECTURES = (*MICROSERVICES, *SERVERLESS, *EVENT_DRIVEN, *THREE_TIER, *CICD, *REALTIME)


def architecture_items() -> tuple[ArtifactItem, ...]:
    return diagram_items("architecture", ARCHITECTURES)
