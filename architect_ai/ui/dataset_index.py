"""An index over a whole `dataset.jsonl` for the browser: one row per example, filters, text search, pages.

No Streamlit here. The index keeps each example's metadata, its instruction, its byte offset (to read one example
back without scanning) and a lower-cased copy of its text for search; the page caches it per file version.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

DATASET_FILE = "dataset.jsonl"
PAGE_SIZE = 25
INSTRUCTION_CHARS = 120
COLUMNS = ("#", "category", "kind", "domain", "tokens", "instruction", "file", "conventions", "id")


def _instruction(example: dict) -> str:
    return next((m.get("content", "") for m in example.get("messages", []) if m.get("role") == "user"), "")


def source_file(source: str) -> str:
    """`"Api/UserService.cs:1-40"` → `"Api/UserService.cs"`; builtin sources have no file."""
    if not source or source.startswith("builtin:"):
        return ""
    path, _, lines = source.rpartition(":")
    return path if path and lines.replace("-", "").isdigit() else source


def build_index(folder: Path) -> pd.DataFrame:
    """Every example of `folder/dataset.jsonl` as a row (see `COLUMNS`, plus `offset` and `text`)."""
    rows = []
    offset = 0
    with (folder / DATASET_FILE).open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            start, offset = offset, offset + len(raw)
            if not raw.strip():
                continue
            example = json.loads(raw)
            meta = example.get("metadata", {})
            text = " ".join(_instruction(example).split())
            rows.append(
                {
                    "#": number,
                    "id": meta.get("id", ""),
                    "category": meta.get("category", ""),
                    "kind": meta.get("kind", ""),
                    "domain": meta.get("domain", ""),
                    "tokens": int(meta.get("tokens", 0) or 0),
                    "file": source_file(str(meta.get("source", ""))),
                    "conventions": ", ".join(meta.get("conventions") or ()),
                    "instruction": text if len(text) <= INSTRUCTION_CHARS else text[: INSTRUCTION_CHARS - 1] + "…",
                    "offset": start,
                    "text": raw.decode("utf-8", errors="replace").lower(),
                }
            )
    return pd.DataFrame(rows, columns=[*COLUMNS, "offset", "text"])


@dataclass(frozen=True)
class Filters:
    """What the browser's filter widgets ask for (empty = no filter)."""

    categories: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    convention: str = ""
    file: str = ""
    tokens: tuple[int, int] | None = None
    query: str = ""
    hide_ids: frozenset[str] = frozenset()


def apply_filters(index: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    """The rows matching every filter, in dataset order."""
    mask = pd.Series(True, index=index.index)
    if filters.categories:
        mask &= index["category"].isin(filters.categories)
    if filters.kinds:
        mask &= index["kind"].isin(filters.kinds)
    if filters.domains:
        mask &= index["domain"].isin(filters.domains)
    if filters.convention:
        mask &= index["conventions"].str.split(", ").apply(lambda names: filters.convention in names)
    if filters.file:
        mask &= index["file"].str.contains(filters.file, case=False, regex=False)
    if filters.tokens is not None:
        low, high = filters.tokens
        mask &= index["tokens"].between(low, high)
    if filters.query.strip():
        mask &= index["text"].str.contains(filters.query.strip().lower(), regex=False)
    if filters.hide_ids:
        mask &= ~index["id"].isin(filters.hide_ids)
    return index[mask]


def one_of_each_kind(index: pd.DataFrame) -> pd.DataFrame:
    """The first example of every category/kind (so builtin ERDs, sequences, flowcharts and C# all show up)."""
    return index.drop_duplicates(subset=["category", "kind"]).sort_values(["category", "kind"])


def page_of(rows: pd.DataFrame, page: int, size: int = PAGE_SIZE) -> pd.DataFrame:
    """Rows of page `page` (1-based, clamped to the pages there are)."""
    pages = page_count(len(rows), size)
    page = min(max(1, page), pages)
    return rows.iloc[(page - 1) * size : page * size]


def page_count(total: int, size: int = PAGE_SIZE) -> int:
    return max(1, -(-total // size))


def read_example_at(folder: Path, offset: int, example_id: str | None = None) -> dict | None:
    """The example whose line starts at byte `offset` of `dataset.jsonl` — None when the file changed since the index
    was built (no example starts there, or another one than `example_id`)."""
    try:
        with (folder / DATASET_FILE).open("rb") as handle:
            handle.seek(offset)
            example = json.loads(handle.readline())
    except (OSError, ValueError):
        return None
    if not isinstance(example, dict):
        return None
    if example_id is not None and (example.get("metadata") or {}).get("id") != example_id:
        return None
    return example
