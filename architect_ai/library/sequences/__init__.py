"""Sequence diagrams, at least five per family, one module per family."""

from __future__ import annotations

from architect_ai.library.diagrams import diagram_items
from architect_ai.library.item import ArtifactItem
from architect_ai.library.sequences.authentication import AUTHENTICATION
from architect_ai.library.sequences.crud import CRUD
from architect_ai.library.sequences.ecommerce import ECOMMERCE
from architect_ai.library.sequences.file_management import FILE_MANAGEMENT
from architect_ai.library.sequences.notifications import NOTIFICATIONS

SEQUENCES = (*AUTHENTICATION, *CRUD, *ECOMMERCE, *FILE_MANAGEMENT, *NOTIFICATIONS)


def sequence_items() -> tuple[ArtifactItem, ...]:
    return diagram_items("sequence", SEQUENCES)
