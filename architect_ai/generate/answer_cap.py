"""At most a few prompts over one repository answer: repetition teaches recall, not the house style.

One file under 23 prompts is ~70 passes over it at 2–3 epochs. `capped` lets each distinct repo answer through
under at most `limit` prompts (its first ones in stream order, so a prefix keeps its mix) and holds one digest per
distinct answer — the repository's size, not the dataset's.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Iterator

from architect_ai.data import Example

#: The default: one answer under at most three prompts (the whole file from its spec, blind, from a sibling).
PROMPTS_PER_ANSWER = 3


def answer_key(text: str) -> bytes:
    return hashlib.blake2b(" ".join(text.split()).encode(), digest_size=16).digest()


def capped(examples: Iterable[Example], limit: int = PROMPTS_PER_ANSWER) -> Iterator[Example]:
    """The examples whose (whitespace-normalised) answer has been seen fewer than `limit` times. A prompt already
    asked is skipped — over the same answer (a repeat) or another one (one prompt, one answer)."""
    counts: Counter = Counter()
    answer_of: dict[bytes, bytes] = {}
    for example in examples:
        key = answer_key(example.assistant)
        prompt = answer_key(example.user)
        if counts[key] >= limit or prompt in answer_of:
            continue
        counts[key] += 1
        answer_of[prompt] = key
        yield example
