"""Bounds on what an Ollama server may send: total time per request, total bytes, bytes in one line.

httpx's read timeout only limits *silence*: a server that keeps sending bytes (an endless stream, one endless JSON
line) would hold `validate` or the page's status check forever and grow the line buffer without limit. The
`BoundedTransport` wraps httpx's own transport and checks every chunk of every response as it arrives.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import httpx

from architect_ai.validate.ollama_errors import OllamaError

#: Longest answer line Ollama may send (one streamed JSON piece is a few hundred bytes).
MAX_LINE_BYTES = 4_000_000
#: Most bytes one response may carry (a model listing or a whole answer is far below this).
MAX_RESPONSE_BYTES = 64_000_000
#: Endpoints that stream an answer or a model creation: they get the long total deadline; others the short one.
LONG_PATHS = ("/api/chat", "/api/generate", "/api/create", "/api/pull", "/api/blobs")


class _BoundedStream(httpx.SyncByteStream):
    def __init__(self, inner: httpx.SyncByteStream, deadline: float, what: str) -> None:
        self._inner = inner
        self._deadline = deadline
        self._what = what

    def __iter__(self) -> Iterator[bytes]:
        total = line = 0
        for chunk in self._inner:
            total += len(chunk)
            newline = chunk.rfind(b"\n")
            line = line + len(chunk) if newline < 0 else len(chunk) - newline - 1
            if line > MAX_LINE_BYTES:
                raise OllamaError(
                    f"{self._what} sent a line longer than {MAX_LINE_BYTES:,} bytes", kind="response_error"
                )
            if total > MAX_RESPONSE_BYTES:
                raise OllamaError(f"{self._what} sent more than {MAX_RESPONSE_BYTES:,} bytes", kind="response_error")
            if time.monotonic() > self._deadline:
                raise OllamaError(f"{self._what} was still sending after the time limit", kind="timeout")
            yield chunk

    def close(self) -> None:
        self._inner.close()


class BoundedTransport(httpx.BaseTransport):
    """An httpx transport whose responses end with an `OllamaError` past a deadline, a byte or a line limit.

    Args:
        total_timeout: Seconds one answering request (`/api/chat`, `/api/create`, …) may take in all.
        short_timeout: Seconds any other request (version, listing, show) may take in all.
    """

    def __init__(self, host: str, *, total_timeout: float, short_timeout: float) -> None:
        self._inner = httpx.HTTPTransport()
        self._host = host
        self._total = total_timeout
        self._short = short_timeout

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        limit = self._total if request.url.path.startswith(LONG_PATHS) else self._short
        deadline = time.monotonic() + limit
        response = self._inner.handle_request(request)
        what = f"Ollama at {self._host} ({request.url.path})"
        response.stream = _BoundedStream(response.stream, deadline, what)  # type: ignore[arg-type]
        return response

    def close(self) -> None:
        self._inner.close()
