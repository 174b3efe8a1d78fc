"""Architecture diagrams (`flowchart` with subgraphs), at least four per style, one module per style."""

from __future__ import annotations

from architect_ai.library.architectures.cicd import CICD
from architect_ai.library.architectures.event_driven import EVENT_DRIVEN
from architect_ai.library.architectures.microservices import MICROSERVICES
from architect_ai.library.architectures.realtime import REALTIME
from architect_ai.library.architectures.serverless import SERVERLESS
from architect_ai.library.architectures.three_tier import THREE_TIER
from architect_ai.library.diagrams import diagram_items
from architect_ai.library.item import ArtifactItem

ARCHITECTURES = (*MICROSERVICES, *SERVERLESS, *EVENT_DRIVEN, *THREE_TIER, *CICD, *REALTIME)


def architecture_items() -> tuple[ArtifactItem, ...]:
    return diagram_items("architecture", ARCHITECTURES)
