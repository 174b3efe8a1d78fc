"""The held-out test units: a seeded share of the repository's files, chosen before anything is analysed.

A held-out file is a member of a *family* — files of one role named alike (`*Controller.cs`, `*.component.ts`,
`*_service.py`; a one-word name joins the files of its role, folder and extension: `Models/*.cs`) — that keeps at
least two siblings in training, so the test asks for code the training data shows the house way of writing, never
code it shows verbatim. The training side is then analysed exactly as if the held-out files had been excluded
(`--exclude`), and the test examples are built from the held-out files alone (`test.jsonl`, the transfer suite).
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import PurePosixPath

#: Bounds of the default share (`test_fraction`) where the repository has the files: at least 10, at most 100.
MIN_HELD_OUT, MAX_HELD_OUT = 10, 100
#: Siblings a family keeps in training whatever is held out of it.
MIN_SIBLINGS_KEPT = 2
#: The largest share of one family held out.
FAMILY_SHARE = 1 / 3
#: The most feature commits whose added files are held out (the newest; when the source has a history of its own).
MAX_HELD_OUT_COMMITS = 10

_CAMEL_WORD = re.compile(r"[A-Z][a-z0-9]+$")


@dataclass(frozen=True)
class HoldOutPlan:
    """How many files to hold out: `size` files, else `fraction` of the eligible ones (within 10–100)."""

    seed: int = 42
    fraction: float = 0.0
    size: int | None = None
    #: Files added by the newest feature commits (`ingest.history.recent_added_paths`): held out first, whole.
    forced: tuple[str, ...] = ()

    @property
    def active(self) -> bool:
        return bool(self.size) if self.size is not None else self.fraction > 0


def family_of(path: str, role: str) -> str:
    """The family a file belongs to: its role with its name's suffix, or its role, folder and extension."""
    name = PurePosixPath(path).name
    stem, dot, rest = name.partition(".")
    if dot and "." in rest:  # book-list.component.ts → .component.ts
        return f"{role}|.{rest}"
    ext = PurePosixPath(name).suffix
    if "_" in stem.strip("_") and not stem.startswith("__"):  # order_service.py → _service.py
        return f"{role}|_{stem.rsplit('_', 1)[1]}{ext}"
    word = _CAMEL_WORD.search(stem)
    if word and word.start() > 0:  # BooksController.cs → Controller.cs
        return f"{role}|{word.group(0)}{ext}"
    return f"{role}|{PurePosixPath(path).parent}/*{ext}"


def _order(seed: int, path: str) -> bytes:
    return hashlib.sha256(f"{seed}\x00test\x00{path}".encode()).digest()


def choose_held_out(eligible: Iterable[tuple[str, str]], plan: HoldOutPlan) -> list[str]:
    """The held-out paths among `eligible` (path, role) pairs, sorted: the `forced` ones first (a recent feature),
    then in seeded order, at most a third of a family and never its last two members; `plan.size` files in all, else
    `plan.fraction` of the eligible (10–100)."""
    if not plan.active:
        return []
    families: dict[str, list[str]] = defaultdict(list)
    for path, role in eligible:
        families[family_of(path, role)].append(path)
    room = {
        family: min(len(paths) - MIN_SIBLINGS_KEPT, max(1, int(len(paths) * FAMILY_SHARE)))
        for family, paths in families.items()
    }
    candidates = sorted(
        (path for family, paths in families.items() if room[family] > 0 for path in paths),
        key=lambda path: _order(plan.seed, path),
    )
    count = sum(len(paths) for paths in families.values())
    want = plan.size if plan.size is not None else min(MAX_HELD_OUT, max(MIN_HELD_OUT, round(plan.fraction * count)))
    family_of_path = {path: family for family, paths in families.items() for path in paths}
    held = [path for path in dict.fromkeys(plan.forced) if path in family_of_path][:want]
    for path in held:
        room[family_of_path[path]] -= 1
    for path in candidates:
        if path in held:
            continue
        if len(held) >= want:
            break
        family = family_of_path[path]
        if room[family] > 0:
            room[family] -= 1
            held.append(path)
    return sorted(held)
