"""The test examples: the derivable tasks over the held-out files, and the history examples that quote them.

They are built with the training side's conventions, structure and declarations (what a tuned model has seen) and
the held-out units' own specs, through a gate of their own (whole, parseable code; at most `prompts_per_answer`
prompts per answer), so nothing about them changes what the training side writes.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence

from architect_ai.analyze.analysis import Analysis
from architect_ai.data import Chunk, Example
from architect_ai.generate.answer_cap import capped
from architect_ai.generate.mix import round_robin
from architect_ai.generate.tasks import TaskContext, member_examples, template_examples, unit_examples
from architect_ai.quality.code_validity import CodeGate

#: Lines shorter than this (braces, `return null;`) tie no answer to a file.
DISTINCTIVE_CHARS = 16


def _line_keys(text: str) -> set[bytes]:
    return {
        hashlib.blake2b(s.encode(), digest_size=12).digest()
        for s in (line.strip() for line in text.splitlines())
        if len(s) >= DISTINCTIVE_CHARS
    }


class HeldOutLines:
    """The distinctive lines of the held-out files that no training file has: an answer quoting one of them
    would teach held-out code."""

    def __init__(self, held_out: Iterable[Chunk], training: Iterable[Chunk]) -> None:
        lines: set[bytes] = set()
        for chunk in held_out:
            lines |= _line_keys(chunk.text)
        for chunk in training:
            lines -= _line_keys(chunk.text)
        self.lines = lines

    def quoted_by(self, example: Example) -> bool:
        return bool(self.lines) and not self.lines.isdisjoint(_line_keys(example.assistant))


def split_history(history: Sequence[Example], held: HeldOutLines) -> tuple[list[Example], list[Example]]:
    """(training, test): a history example whose answer quotes held-out code is a test example."""
    train, test = [], []
    for example in history:
        (test if held.quoted_by(example) else train).append(example)
    return train, test


def held_out_examples(
    analysis: Analysis, *, system_prompt: str, prompts_per_answer: int, drops: Counter | None = None
) -> Iterator[Example]:
    """The derivable tasks over the held-out units — the whole unit from its spec first (one per unit before any
    second phrasing), then its members and templates — as whole, parseable code."""
    chunks = analysis.held_out_chunks
    if not chunks:
        return
    context = TaskContext.of([*analysis.chunks, *chunks], analysis.structure, analysis.conventions, system_prompt)
    gate = CodeGate()
    candidates = round_robin(
        unit_examples(chunks, context),
        member_examples(analysis.held_out_methods, chunks, context),
        template_examples(chunks, context),
    )
    for candidate in capped(candidates, prompts_per_answer):
        example = gate.prepare(candidate)
        reason = gate.check(example)
        if reason is None:
            yield example
        elif drops is not None:
            drops[reason] += 1
