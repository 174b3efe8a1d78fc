"""Sequence diagrams, at least five per family (authentication, crud, ecommerce, file_management, notifications)."""

from __future__ import annotations

from architect_ai.library.diagrams import diagram_items
from architect_ai.library.item import ArtifactItem
from architect_ai.library.seq_auth import AUTHENTICATION
from architect_ai.library.seq_delivery import FILE_MANAGEMENT, NOTIFICATIONS
from architect_ai.library.seq_flows import CRUD, ECOMMERCE

SEQUENCES = (*AUTHENTICATION, *CRUD, *ECOMMERCE, *FILE_MANAGEMENT, *NOTIFICATIONS)


def sequence_items() -> tuple[ArtifactItem, ...]:
    return diagram_items("sequence", SEQUENCES)
