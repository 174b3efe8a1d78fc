"""What the Ollama adapter returns: health, installed models, model details, and streamed chat answers."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Health:
    """The answer to "is Ollama there?" — never raises, for a status badge."""

    ok: bool
    host: str
    version: str = ""
    error: str = ""


@dataclass(frozen=True, slots=True)
class ModelInfo:
    """One installed model, from `/api/tags`."""

    name: str
    size: int = 0
    digest: str = ""
    modified_at: str = ""
    family: str = ""
    parameter_size: str = ""
    quantization_level: str = ""
    format: str = ""


@dataclass(frozen=True, slots=True)
class ModelDetail:
    """What `/api/show` says about one model."""

    name: str
    family: str = ""
    parameter_size: str = ""
    quantization_level: str = ""
    context_length: int | None = None
    parameters: str = ""
    template: str = ""
    capabilities: tuple[str, ...] = ()
    model_info: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class ChatResult:
    """A finished answer plus the counts and durations of Ollama's final chunk."""

    model: str
    text: str = ""
    done_reason: str = ""
    prompt_eval_count: int | None = None
    eval_count: int | None = None
    total_duration_ns: int | None = None
    load_duration_ns: int | None = None
    eval_duration_ns: int | None = None
    wall_seconds: float = 0.0

    @property
    def tokens_per_second(self) -> float | None:
        if self.eval_count and self.eval_duration_ns:
            return self.eval_count / (self.eval_duration_ns / 1e9)
        return None


class ChatStream:
    """Iterate to get the answer's text pieces as they arrive; `result` is complete once exhausted."""

    def __init__(self, pieces: Iterator[str], result: ChatResult) -> None:
        self._pieces = pieces
        self.result = result

    def __iter__(self) -> Iterator[str]:
        return self._pieces

    def read(self) -> ChatResult:
        """Consume the whole stream and return the result."""
        for _ in self._pieces:
            pass
        return self.result
