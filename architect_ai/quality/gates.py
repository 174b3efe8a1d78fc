"""The quality gate every candidate passes before it is written: length, Mermaid, duplicates.

Each check keeps or drops *with a reason*; the pipeline counts the reasons into the manifest.
(Secrets are handled earlier, at ingestion: no unredacted text ever reaches a generator.)
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from architect_ai.data import Example
from architect_ai.quality.code_validity import CODE_FENCE, SAFE_VALUE, SAMPLE_VALUES, CodeGate
from architect_ai.quality.dedup import Deduplicator
from architect_ai.quality.mermaid import MermaidValidator, extract_mermaid_blocks

#: Distinct answers whose ```mermaid blocks are remembered: a diagram answer stands under many phrasings and meeting
#: contexts, and is read when pre-validated and again when each of them is checked (#21). Bounded: holds answers.
DIAGRAMS_CACHE_SIZE = 4096


@lru_cache(maxsize=DIAGRAMS_CACHE_SIZE)
def _diagrams(answer: str) -> tuple[str, ...]:
    """The texts of the ```mermaid blocks of `answer` (a Markdown parse: the slow part of the gate)."""
    return tuple(text for text, _ in extract_mermaid_blocks(answer))


@dataclass
class MermaidGate:
    """Checks every ```mermaid block of an answer with mermaid.js; results cached per diagram."""

    validator: MermaidValidator
    verdicts: dict[bytes, bool] = field(default_factory=dict)
    checked: int = 0  # examples with diagrams that were checked
    invalid: int = 0
    invalid_samples: list[dict] = field(default_factory=list)

    @staticmethod
    def _key(text: str) -> bytes:
        return hashlib.blake2b(text.encode(), digest_size=16).digest()

    def prevalidate(self, answers: Iterable[str]) -> None:
        """Send the diagrams of many answers to mermaid.js without waiting: Node parses them while the dataset is
        generated, and `check` collects each verdict when its example comes up."""
        self.validator.prefetch(
            text for answer in answers for text in _diagrams(answer) if self._key(text) not in self.verdicts
        )

    def _validate(self, texts: list[str]) -> None:
        for text, result in zip(texts, self.validator.validate_many(texts), strict=True):
            self.verdicts[self._key(text)] = result.ok
            if not result.ok and len(self.invalid_samples) < 20:
                error = result.error
                self.invalid_samples.append(
                    {"diagram": text[:200], "error": error.message if error else "", "line": error and error.line}
                )

    def check(self, example: Example) -> str | None:
        if "mermaid" not in example.assistant:  # cheap pre-filter: no fence can be tagged mermaid
            return None
        blocks = _diagrams(example.assistant)
        if not blocks:
            return None
        self.checked += 1
        todo = [t for t in blocks if self._key(t) not in self.verdicts]
        if todo:
            self._validate(todo)
        if all(self.verdicts[self._key(t)] for t in blocks):
            return None
        self.invalid += 1
        return "mermaid_invalid"


_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def identifiers(text: str) -> set[str]:
    return set(_IDENTIFIER.findall(text))


@dataclass
class IdentifierGate:
    """No invented code: every identifier in the code blocks of a repo-grounded answer must exist in the repository.

    A renamed copy (`AuthorDto` → `InvoiceorDto`) or any identifier damaged by a rename is rejected with the reason
    `invented_identifier`. `vocabulary` holds the repository's identifiers (its size is the repository's).
    """

    vocabulary: frozenset[str]
    samples: list[str] = field(default_factory=list)

    @classmethod
    def of_texts(cls, texts: Iterable[str]) -> IdentifierGate:
        # a secret made a sample value is not an invented name
        vocabulary: set[str] = identifiers(" ".join((SAFE_VALUE, *SAMPLE_VALUES.values())))
        for text in texts:
            vocabulary |= identifiers(text)
        return cls(frozenset(vocabulary))

    def check(self, example: Example) -> str | None:
        if example.domain != "repo" or example.category == "artifact" or not self.vocabulary:
            return None
        for _, language, body in CODE_FENCE.findall(example.assistant):
            if language == "mermaid":
                continue
            unknown = identifiers(body) - self.vocabulary
            if unknown:
                if len(self.samples) < 20:
                    self.samples.append(f"{example.source}: {', '.join(sorted(unknown)[:5])}")
                return "invented_identifier"
        return None


@dataclass
class QualityGate:
    max_tokens: int
    mermaid: MermaidGate
    dedup: Deduplicator
    identifiers: IdentifierGate | None = None
    code: CodeGate = field(default_factory=CodeGate)

    def prepare(self, example: Example) -> Example:
        """The candidate as it would be written: secret placeholders in its code made safe sample values."""
        return self.code.prepare(example)

    def __call__(self, example: Example) -> str | None:
        if example.tokens > self.max_tokens:
            return "too_long"
        invented = self.identifiers.check(example) if self.identifiers is not None else None
        return invented or self.code.check(example) or self.mermaid.check(example) or self.dedup.check(example)
