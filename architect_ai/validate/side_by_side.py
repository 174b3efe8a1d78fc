"""Ask several models one prompt at once and stream their answers side by side (the Validation page's "Try it").

Each model answers in its own thread through the one Ollama adapter (`validate/ollama.py`, explicit timeouts); the
caller reads one stream of `TryEvent`s — a piece of one model's answer, its end, or its one-line failure — and folds
them into `TryAnswer`s with `SideBySide.apply`. One model failing (not installed, stopped mid-answer) never stops the
other's answer; any other exception is raised in the caller's thread, not swallowed.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from architect_ai.errors import UserError
from architect_ai.validate.ollama import Ollama, OllamaError
from architect_ai.validate.ollama_records import ChatResult

#: Seconds a finished stream waits for a thread that still blocks on the network (it ends at its own timeout).
JOIN_SECONDS = 1.0
_FINISHED = object()


@dataclass(frozen=True, slots=True)
class TryEvent:
    """`piece` (answer text arrived), `done` (the answer is whole: `text` is all of it) or `error` (one line)."""

    kind: Literal["piece", "done", "error"]
    model: str
    text: str = ""
    error_kind: str = ""
    result: ChatResult | None = None


@dataclass(slots=True)
class TryAnswer:
    """One model's answer so far: its text, whether it is finished, and the reason when it failed."""

    model: str
    text: str = ""
    done: bool = False
    error: str = ""
    error_kind: str = ""
    seconds: float = 0.0
    tokens_per_second: float | None = None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TryAnswer:
        return cls(**{k: data[k] for k in cls.__dataclass_fields__ if k in data})


@dataclass(slots=True)
class SideBySide:
    """The answers of every model asked, in the order they were asked."""

    prompt: str
    answers: dict[str, TryAnswer] = field(default_factory=dict)

    @classmethod
    def start(cls, prompt: str, models: Sequence[str]) -> SideBySide:
        return cls(prompt=prompt, answers={m: TryAnswer(model=m) for m in models})

    def apply(self, event: TryEvent) -> TryAnswer:
        """Fold one event into its model's answer; returns that answer."""
        answer = self.answers.setdefault(event.model, TryAnswer(model=event.model))
        if event.kind == "piece":
            answer.text += event.text
        elif event.kind == "done":
            answer.text, answer.done = event.text, True
            if event.result is not None:
                answer.seconds = event.result.wall_seconds
                answer.tokens_per_second = event.result.tokens_per_second
        else:
            answer.error, answer.error_kind, answer.done = event.text, event.error_kind, True
        return answer

    @property
    def finished(self) -> bool:
        return all(a.done for a in self.answers.values())

    def shared_error(self) -> str:
        """The one reason when every model failed the same way (Ollama down: said once, not per model), else ''."""
        reasons = {a.error for a in self.answers.values()}
        return next(iter(reasons)) if len(reasons) == 1 and all(a.error for a in self.answers.values()) else ""


def chat_messages(prompt: str, system: str | None = None) -> list[dict[str, str]]:
    """The messages one prompt is sent as: the system prompt the model was trained with, then the user's text."""
    text = prompt.strip()
    if not text:
        raise UserError("type a prompt first")
    return ([{"role": "system", "content": system}] if system else []) + [{"role": "user", "content": text}]


def stream_side_by_side(
    client: Ollama,
    models: Sequence[str],
    prompt: str,
    *,
    system: str | None = None,
    options: Mapping[str, Any] | None = None,
) -> Iterator[TryEvent]:
    """Every model answers `prompt` at once; yields their events as they arrive (each model ends in `done` or
    `error`). Closing the iterator early stops the answers still streaming."""
    messages = chat_messages(prompt, system)
    if not models:
        raise UserError("choose a model to ask")
    events: queue.Queue[Any] = queue.Queue()
    stop = threading.Event()

    def answer(model: str) -> None:
        stream = client.chat(model, messages, options=options)
        pieces = iter(stream)
        try:
            for piece in pieces:  # the request is sent at the first next(), in this thread
                if stop.is_set():
                    return
                events.put(TryEvent("piece", model, piece))
            events.put(TryEvent("done", model, stream.result.text, result=stream.result))
        except OllamaError as exc:
            events.put(TryEvent("error", model, str(exc), error_kind=exc.kind))
        except BaseException as exc:  # a bug: raised where the caller sees it
            events.put(exc)
        finally:
            pieces.close()  # a stopped answer's connection is closed now, not at garbage collection
            events.put(_FINISHED)

    threads = [threading.Thread(target=answer, args=(m,), name=f"try-{m}", daemon=True) for m in dict.fromkeys(models)]
    for thread in threads:
        thread.start()
    remaining = len(threads)
    try:
        while remaining:
            item = events.get()
            if item is _FINISHED:
                remaining -= 1
            elif isinstance(item, BaseException):
                raise item
            else:
                yield item
    finally:
        stop.set()
        for thread in threads:
            thread.join(timeout=JOIN_SECONDS)
