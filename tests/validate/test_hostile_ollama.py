"""Issue 20 (3): hostile Ollama hosts on loopback — header drips, a slow listing, a redirect, an endless answer, a
password in the host. Each ends within its documented deadline (+2 s) with one true line, and nothing is saved.

The servers are loopback fakes at the process boundary (like fake_ollama.py); every loop they run stops by itself.
"""

from __future__ import annotations

import contextlib
import json
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from architect_ai.validate.command import main
from architect_ai.validate.ollama import SHORT_TOTAL_TIMEOUT, Ollama
from architect_ai.validate.ollama_bounds import MAX_RESPONSE_BYTES
from architect_ai.validate.ollama_errors import OllamaError

#: No fake runs longer than this, whatever the client does.
FAKE_LIFETIME_S = 60.0


class _Hostile(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format, *args):
        pass

    def _alive(self, started: float) -> bool:
        return not self.server.stopping and time.monotonic() - started < FAKE_LIFETIME_S

    def _drip_headers(self) -> None:
        started = time.monotonic()
        head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Padding: " + b"a" * 200
        try:
            for byte in head:
                if not self._alive(started):
                    return
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
                time.sleep(1.0)
        except OSError:
            pass

    def _json(self, payload: dict) -> None:
        body = json.dumps(payload).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _late_tags(self) -> None:
        started = time.monotonic()
        while self._alive(started) and time.monotonic() - started < 40:
            time.sleep(0.1)
        with contextlib.suppress(OSError):
            self._json({"models": []})

    def _endless_answer(self) -> None:
        started = time.monotonic()
        self.send_response(200)
        self.send_header("Content-Type", "application/x-ndjson")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        line = json.dumps({"model": "m", "message": {"role": "assistant", "content": "y" * 65536}, "done": False})
        chunk = (line + "\n").encode()
        framed = f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n"
        sent = 0
        try:
            while self._alive(started) and sent < 4 * MAX_RESPONSE_BYTES:
                self.wfile.write(framed)
                sent += len(chunk)
        except OSError:
            pass

    def _redirect(self) -> None:
        self.send_response(self.server.redirect_status)
        self.send_header("Location", f"http://admin:HIDDEN@127.0.0.2:{self.server.evil_port}{self.path}")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _route(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        mode = self.server.mode
        if mode == "drip":
            self._drip_headers()
        elif mode == "redirect":
            self._redirect()
        elif self.path == "/api/version":
            self._json({"version": "0.0.0-hostile"})
        elif mode == "late_tags" and self.path == "/api/tags":
            self._late_tags()
        elif mode == "endless" and self.path == "/api/chat":
            self._endless_answer()
        else:
            self._json({"models": [{"name": "m:latest", "model": "m:latest", "size": 1, "digest": "d"}]})

    do_GET = do_POST = do_HEAD = _route


class _Recorder(BaseHTTPRequestHandler):
    """The host a redirect points at: it must never be asked anything."""

    def log_message(self, format, *args):
        pass

    def do_GET(self):
        self.server.seen.append(self.path)
        self.send_response(200)
        self.end_headers()

    do_POST = do_GET


def _serve(server: ThreadingHTTPServer) -> threading.Thread:
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return thread


@pytest.fixture
def hostile() -> Iterator:
    started: list[ThreadingHTTPServer] = []

    def start(mode: str, redirect_status: int = 302) -> tuple[str, list[str]]:
        evil = ThreadingHTTPServer(("127.0.0.2", 0), _Recorder)
        evil.seen = []
        server = ThreadingHTTPServer(("127.0.0.1", 0), _Hostile)
        server.mode, server.stopping = mode, False
        server.redirect_status, server.evil_port = redirect_status, evil.server_address[1]
        for each in (evil, server):
            _serve(each)
            started.append(each)
        return f"http://127.0.0.1:{server.server_address[1]}", evil.seen

    yield start
    for server in started:
        server.stopping = True
        server.shutdown()
        server.server_close()


def test_a_host_dripping_headers_fails_the_status_check_at_the_short_limit(hostile):
    url, _ = hostile("drip")
    started = time.monotonic()
    with Ollama(url, read_timeout=300) as client:
        health = client.health()
    elapsed = time.monotonic() - started
    assert not health.ok
    assert f"did not answer within {SHORT_TOTAL_TIMEOUT:g} s" in health.error and "/api/version" in health.error
    assert elapsed < SHORT_TOTAL_TIMEOUT + 2


def test_a_listing_that_answers_after_40_s_fails_at_10_s_saying_so(hostile):
    url, _ = hostile("late_tags")
    with Ollama(url, read_timeout=300) as client:
        assert client.version() == "0.0.0-hostile"
        started = time.monotonic()
        with pytest.raises(OllamaError) as caught:
            client.list_models()
    elapsed = time.monotonic() - started
    assert caught.value.kind == "timeout"
    assert str(caught.value.reason).endswith("(/api/tags) did not answer within 10 s")
    assert SHORT_TOTAL_TIMEOUT - 0.5 < elapsed < SHORT_TOTAL_TIMEOUT + 2


@pytest.mark.parametrize("status", [302, 307])
def test_a_redirect_is_refused_and_validate_exits_2_saving_nothing(hostile, tmp_path, capsys, status):
    url, seen = hostile("redirect", status)
    dataset = tmp_path / "ds"
    dataset.mkdir()
    (dataset / "manifest.json").write_text('{"conventions": []}')
    started = time.monotonic()
    code = main(["--model", "m", "--dataset", str(dataset), "--host", url])
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and f"redirect ({status})" in lines[0]
    assert "127.0.0.2" in lines[0] and "HIDDEN" not in lines[0]
    assert seen == []  # the other host never saw a prompt
    assert not (dataset / "validation").exists()
    assert time.monotonic() - started < SHORT_TOTAL_TIMEOUT + 2


def test_an_endless_answer_reaches_the_byte_cap_in_linear_time(hostile):
    url, _ = hostile("endless")
    started = time.monotonic()
    with Ollama(url, read_timeout=30) as client, pytest.raises(OllamaError, match=f"more than {MAX_RESPONSE_BYTES:,}"):
        client.complete("m", [{"role": "user", "content": "hi"}])
    assert time.monotonic() - started < 30  # quadratic re-joining took minutes for 1 MB


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_a_password_in_the_host_is_never_printed(capsys, hostile):
    code = main(["--model", "m", "--host", f"http://ops:S3CRET-pw@127.0.0.1:{_closed_port()}"])
    _, err = capsys.readouterr()
    assert code == 2 and "S3CRET" not in err and "ops:" not in err
    assert "Ollama is not running at http://127.0.0.1:" in err
    url, _ = hostile("redirect")
    with Ollama(url.replace("http://", "http://ops:S3CRET-pw@"), read_timeout=300) as client:
        assert client.host == url
        health = client.health()
    assert "redirect" in health.error and f"Ollama at {url}" in health.error
    assert "S3CRET" not in health.error and "S3CRET" not in health.host
