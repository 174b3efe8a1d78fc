"""Ollama failures as one line: `OllamaError` and the translation of client/httpx exceptions into it.

Whatever the official client or httpx raises (a `ResponseError`, a timeout, a refused connection, a dropped stream, a
malformed JSON line) leaves `translate_errors` as one `OllamaError` with a `kind` (`unreachable`, `model_missing`,
`timeout`, `stream_error`, `response_error`) and, where useful, a hint.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from typing import Any

import httpx

from architect_ai.errors import UserError

_MODEL_IN_ERROR = re.compile(r"model ['\"]([^'\"]+)['\"]")
#: `scheme://user:password@` or a bare `user:password@` at the start of an address: the part no message may show.
_USERINFO = re.compile(r"^((?:[a-zA-Z][a-zA-Z0-9+.-]*:)?//)?[^?#\s]*@")
_USERINFO_ANYWHERE = re.compile(r"(//)[^/?#\s@]*@")


class OllamaError(UserError):
    """A failure talking to Ollama, as one line; `kind` lets a UI react (e.g. offer `ollama pull`)."""

    def __init__(self, reason: str, *, kind: str, hint: str = "") -> None:
        super().__init__(reason, hint=hint)
        self.kind = kind


@contextlib.contextmanager
def translate_errors(ollama: Any, host: str, read_timeout: float, model: str | None = None) -> Iterator[None]:
    """Turn whatever the client or httpx raises into one `OllamaError` line.

    Args:
        ollama: The official `ollama` package (its `ResponseError` is caught).
        host: The server's address, for the message.
        read_timeout: The read timeout in force, for the timeout message.
        model: The model the call is about, named when Ollama says a model is missing without naming it.
    """
    try:
        yield
    except OllamaError:
        raise
    except ollama.ResponseError as exc:
        raise response_error(exc, model) from None
    except httpx.TimeoutException:
        raise OllamaError(
            f"Ollama at {host} did not answer within {read_timeout:g}s",
            kind="timeout",
            hint="raise --timeout, or check the model fits in memory",
        ) from None
    except (ConnectionError, httpx.ConnectError):
        raise OllamaError(
            f"Ollama is not running at {host}",
            kind="unreachable",
            hint="start it with `ollama serve`, or set OLLAMA_HOST / --host",
        ) from None
    except (httpx.HTTPError, ValueError) as exc:
        # ValueError covers a malformed JSON line; HTTPError a dropped connection or protocol error.
        raise OllamaError(f"could not talk to Ollama at {host}: {one_line(exc)}", kind="response_error") from None


def response_error(exc: Any, model: str | None) -> OllamaError:
    """The `OllamaError` for an `ollama.ResponseError` (404: a missing model; -1: the stream broke)."""
    message = one_line(exc.error)
    if exc.status_code == 404:
        found = _MODEL_IN_ERROR.search(message)
        missing = found.group(1) if found else (model or "?")
        return OllamaError(
            f"model '{missing}' is not installed: run `ollama pull {missing}` or create it", kind="model_missing"
        )
    if exc.status_code == -1:
        return OllamaError(f"Ollama stopped mid-answer: {message}", kind="stream_error")
    return OllamaError(f"Ollama error {exc.status_code}: {message}", kind="response_error")


def one_line(value: object) -> str:
    """The first line of `str(value)` (any `//user:password@` removed), or the type's name when that is empty."""
    text = _USERINFO_ANYWHERE.sub(r"\1", str(value)).strip()
    return text.splitlines()[0][:300] if text else type(value).__name__


def strip_userinfo(address: str) -> str:
    """`http://user:SECRET@host:1/x` → `http://host:1/x`: the form of an address every message shows."""
    return _USERINFO.sub(lambda m: m.group(1) or "", address.strip(), count=1)[:300]
