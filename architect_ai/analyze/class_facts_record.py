"""One declared type as statistical mining sees it (`analyze/class_facts.py`, `analyze/class_facts_tree.py`)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ClassFact:
    """A type's name and row, its bases, the types its constructor takes and the attributes/decorators on it.

    `declares` is False for a fact about a type declared elsewhere (Rust's `impl Trait for Type`, a Swift
    `extension`): its bases and injected types count, its name does not count again as a class-name suffix.
    `bases_row` is the row the bases are written on when it is known and not the name's (`) : BaseService() {` below a
    Kotlin primary constructor); -1 otherwise.
    """

    name: str
    row: int  # 0-based row of the name
    bases: tuple[str, ...]
    injected: tuple[tuple[str, int], ...]  # (type, row)
    markers: tuple[tuple[str, int], ...]  # attributes/decorators (name, row)
    declares: bool = True
    bases_row: int = -1
