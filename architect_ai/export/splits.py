"""Train/valid split by `group`: every variant of one chunk or artifact lands on the same side.

A group's side is a pure function of (seed, group), so the split streams, needs no state and is stable
when examples are added or removed.
"""

from __future__ import annotations

import hashlib


def split_of(group: str, *, seed: int, valid_fraction: float) -> str:
    """`"valid"` for about `valid_fraction` of the groups, `"train"` for the rest."""
    digest = hashlib.sha256(f"{seed}\x00{group}".encode()).digest()
    position = int.from_bytes(digest[:8], "big") / 2**64
    return "valid" if position < valid_fraction else "train"
