"""Micro-chunks (≤ `MICRO_LINES` lines: a getter, a one-line handler) teach nothing alone and make prompts that
many answers fit. Consecutive method chunks of one class are merged while one of them is micro; the merged text
is a verbatim slice of the file, read from the first-pass chunk that covers it (those cover every file without
gaps). A micro-chunk that cannot be merged is dropped: its code is already taught by its class's chunk.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace

from architect_ai.data import Chunk

MICRO_LINES = 3


def is_micro(chunk: Chunk) -> bool:
    return chunk.end_line - chunk.start_line + 1 <= MICRO_LINES


def _owner(chunk: Chunk) -> str:
    return chunk.symbol.rsplit(".", 1)[0] if "." in chunk.symbol else ""


def _slice(covers: Sequence[Chunk], start: int, end: int) -> str | None:
    for cover in covers:
        if cover.start_line <= start and end <= cover.end_line:
            lines = cover.text.split("\n")
            return "\n".join(lines[start - cover.start_line : end - cover.start_line + 1])
    return None


def _merge(run: Sequence[Chunk], covers: Sequence[Chunk]) -> Chunk | None:
    first, last = run[0], run[-1]
    text = _slice(covers, first.start_line, last.end_line)
    if text is None:
        return None
    names = [c.symbol.rsplit(".", 1)[-1] for c in run]
    owner = _owner(first)
    symbol = (f"{owner}." if owner else "") + " + ".join(names)
    return replace(first, end_line=last.end_line, text=text, symbol=symbol)


def merge_micro_chunks(methods: Sequence[Chunk], covers: Sequence[Chunk]) -> Iterator[Chunk]:
    """The method chunks with every micro-chunk merged into its neighbours of the same class (or dropped)."""
    by_path: dict[str, list[Chunk]] = {}
    for cover in covers:
        by_path.setdefault(cover.path, []).append(cover)
    run: list[Chunk] = []

    def flush() -> Iterator[Chunk]:
        if len(run) == 1:
            if not is_micro(run[0]):
                yield run[0]
        elif run:
            merged = _merge(run, by_path.get(run[0].path, ()))
            if merged is not None:
                yield merged
            else:
                yield from (c for c in run if not is_micro(c))
        run.clear()

    for chunk in methods:
        last = run[-1] if run else None
        if last and (chunk.path != last.path or _owner(chunk) != _owner(last) or chunk.start_line <= last.end_line):
            yield from flush()
        if run and not is_micro(chunk) and not all(is_micro(c) for c in run):
            yield from flush()  # a merged chunk holds at most one method that is not micro
        run.append(chunk)
    yield from flush()
