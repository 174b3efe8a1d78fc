"""Bounds on what an Ollama server may send: one deadline per whole exchange, total bytes, bytes in one line, no
redirects.

httpx's timeouts only limit *silence* per read: a server that drips its response headers a byte a second, or keeps
sending an endless body, would hold `validate` or the page's status check forever. `BoundedTransport` wraps httpx's
own transport: a watchdog shuts the request's socket at its deadline (connect + headers + body, whatever phase it is
in), every chunk of the body is counted, and a redirect (3xx) is refused — prompts are never sent to another host.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx

from architect_ai.validate.ollama_errors import OllamaError, strip_userinfo

#: Longest answer line Ollama may send (one streamed JSON piece is a few hundred bytes).
MAX_LINE_BYTES = 4_000_000
#: Most bytes one response may carry (a model listing or a whole answer is far below this).
MAX_RESPONSE_BYTES = 64_000_000
#: Endpoints that stream an answer or a model creation: they get the long total deadline; others the short one.
LONG_PATHS = ("/api/chat", "/api/generate", "/api/create", "/api/pull", "/api/blobs")


class _Watchdog:
    """Shuts one request's socket down when its deadline passes (blocked reads then end at once)."""

    def __init__(self, seconds: float) -> None:
        self.fired = False
        self._socket: socket.socket | None = None
        self._lock = threading.Lock()
        self._timer = threading.Timer(max(0.0, seconds), self._fire)
        self._timer.daemon = True
        self._timer.start()

    def trace(self, event: str, info: dict[str, Any]) -> None:
        """httpcore's trace hook: remember the socket as soon as the connection is open."""
        if event != "connection.connect_tcp.complete":
            return
        stream = info.get("return_value")
        sock = stream.get_extra_info("socket") if stream is not None else None
        with self._lock:
            self._socket = sock
            fired = self.fired
        if fired:
            _shutdown(sock)

    def _fire(self) -> None:
        with self._lock:
            self.fired = True
            sock = self._socket
        _shutdown(sock)

    def cancel(self) -> None:
        self._timer.cancel()


def _shutdown(sock: socket.socket | None) -> None:
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)


class _BoundedStream(httpx.SyncByteStream):
    def __init__(self, inner: httpx.SyncByteStream, deadline: float, watchdog: _Watchdog, what: str) -> None:
        self._inner = inner
        self._deadline = deadline
        self._watchdog = watchdog
        self._what = what

    def __iter__(self) -> Iterator[bytes]:
        total = line = 0
        try:
            for chunk in self._inner:
                total += len(chunk)
                newline = chunk.rfind(b"\n")
                line = line + len(chunk) if newline < 0 else len(chunk) - newline - 1
                if line > MAX_LINE_BYTES:
                    raise OllamaError(
                        f"{self._what} sent a line longer than {MAX_LINE_BYTES:,} bytes", kind="response_error"
                    )
                if total > MAX_RESPONSE_BYTES:
                    raise OllamaError(
                        f"{self._what} sent more than {MAX_RESPONSE_BYTES:,} bytes", kind="response_error"
                    )
                if time.monotonic() > self._deadline:
                    raise _still_sending(self._what)
                yield chunk
            if self._watchdog.fired:  # a body that ends at the connection's close looks complete when cut
                raise _still_sending(self._what)
        except httpx.TransportError:
            if self._watchdog.fired:
                raise _still_sending(self._what) from None
            raise

    def close(self) -> None:
        self._watchdog.cancel()
        self._inner.close()


def _still_sending(what: str) -> OllamaError:
    return OllamaError(f"{what} was still sending after the time limit", kind="timeout")


class BoundedTransport(httpx.BaseTransport):
    """An httpx transport whose requests end with an `OllamaError` past a deadline, a byte or a line limit, or on a
    redirect.

    Args:
        host: the server's address, for messages (any `user:password@` is dropped from them).
        total_timeout: Seconds one answering request (`/api/chat`, `/api/create`, …) may take in all.
        short_timeout: Seconds any other request (version, listing, show) may take in all.
    """

    def __init__(self, host: str, *, total_timeout: float, short_timeout: float) -> None:
        # No kept-alive connections: each request opens its own, so the watchdog always knows its socket.
        self._inner = httpx.HTTPTransport(limits=httpx.Limits(max_keepalive_connections=0))
        self._host = strip_userinfo(host)
        self._total = total_timeout
        self._short = short_timeout

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        limit = self._total if request.url.path.startswith(LONG_PATHS) else self._short
        deadline = time.monotonic() + limit
        what = f"Ollama at {self._host} ({request.url.path})"
        watchdog = _Watchdog(limit)
        request.extensions = {**request.extensions, "trace": watchdog.trace}
        try:
            response = self._inner.handle_request(request)
        except httpx.TransportError:
            watchdog.cancel()
            if watchdog.fired:
                raise OllamaError(f"{what} did not answer within {limit:g} s", kind="timeout") from None
            raise
        if 300 <= response.status_code < 400:
            watchdog.cancel()
            response.close()
            location = strip_userinfo(response.headers.get("location", "")) or "another address"
            raise OllamaError(
                f"{what} answered with a redirect ({response.status_code}) to {location}: refused, set the host to "
                "the Ollama server itself",
                kind="response_error",
            )
        response.stream = _BoundedStream(response.stream, deadline, watchdog, what)  # type: ignore[arg-type]
        return response

    def close(self) -> None:
        self._inner.close()
