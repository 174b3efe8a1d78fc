"""Duplicate gates: exact (user, assistant) pairs, one answer reused across groups, near-duplicate answers.

State is bounded by the number of *distinct answers* (hashes and MinHash signatures), never the texts.
An answer belongs to the group that used it first; its variations (phrasings, meeting contexts) share that
group. Another group may reuse it only up to `max_answer_reuse` examples in all, and near-duplicate answers
(MinHash LSH, Jaccard ≥ threshold) may span at most `near_dup_max_groups` groups.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datasketch import MinHash

from architect_ai.data import Example

NUM_PERM = 64
SHINGLE_WORDS = 3
_TOKEN = re.compile(r"\w+|[^\w\s]")


def _digest(text: str) -> bytes:
    return hashlib.blake2b(text.encode(), digest_size=16).digest()


@cache
def _permutations(num_perm: int):
    """The permutation parameters of a default MinHash (seeded: the same for every signature), drawn once rather than
    per signature (#21)."""
    from datasketch import MinHash

    default = MinHash(num_perm=num_perm)
    return default.scheme, default.permutations


def minhash(text: str, num_perm: int = NUM_PERM) -> MinHash:
    """MinHash of word 3-shingles (code tokens and punctuation count as words)."""
    tokens = _TOKEN.findall(text)
    shingles = {" ".join(tokens[i : i + SHINGLE_WORDS]) for i in range(max(1, len(tokens) - SHINGLE_WORDS + 1))}
    from datasketch import MinHash  # datasketch loads scipy (~0.5 s): only the runs that deduplicate pay for it

    scheme, permutations = _permutations(num_perm)
    signature = MinHash(num_perm=num_perm, permutations=permutations, scheme=scheme)
    signature.update_batch([s.encode() for s in shingles])
    return signature


@dataclass
class _Answer:
    group: str
    cluster: int
    count: int = 0


@dataclass
class Deduplicator:
    """`check(example)` returns None to keep, or the drop reason."""

    threshold: float = 0.9
    max_answer_reuse: int | None = None  # None: an answer lives in its own group only
    near_dup_max_groups: int = 2
    answers: dict[bytes, _Answer] = field(default_factory=dict)
    pairs: set[bytes] = field(default_factory=set)
    cluster_groups: list[set[str]] = field(default_factory=list)
    near_duplicates_found: int = 0

    def __post_init__(self) -> None:
        from datasketch import MinHashLSH

        self._lsh = MinHashLSH(threshold=self.threshold, num_perm=NUM_PERM)

    def check(self, example: Example) -> str | None:
        pair = _digest(example.user + "\x00" + example.assistant)
        if pair in self.pairs:
            return "duplicate"
        key = _digest(example.assistant)
        answer = self.answers.get(key)
        if answer is None:
            cluster = self._cluster_of(key, example)
            if cluster is None:
                return "near_duplicate"
            answer = self.answers[key] = _Answer(example.group, cluster)
        elif not self._reuse_allowed(answer, example):
            return "answer_reuse"
        answer.count += 1
        self.pairs.add(pair)
        return None

    def _reuse_allowed(self, answer: _Answer, example: Example) -> bool:
        if self.max_answer_reuse is not None:
            return answer.count < self.max_answer_reuse
        return example.group == answer.group

    def _cluster_of(self, key: bytes, example: Example) -> int | None:
        """Join the cluster of a near-duplicate answer from another group, or start one; None when capped."""
        signature = minhash(example.assistant)
        matches = [m for m in self._lsh.query(signature) if self.answers[m].group != example.group]
        if matches:
            self.near_duplicates_found += 1
            cluster = self.answers[min(matches)].cluster
            groups = self.cluster_groups[cluster]
            if example.group not in groups and len(groups) >= self.near_dup_max_groups:
                return None
            groups.add(example.group)
        else:
            cluster = len(self.cluster_groups)
            self.cluster_groups.append({example.group})
        self._lsh.insert(key, signature)
        return cluster

    @property
    def distinct_answers(self) -> int:
        return len(self.answers)
