"""Bounded validation inputs: an Ollama that never stops sending, a catastrophic suite regex, FIFOs and /dev/zero.

The misbehaving server is a loopback HTTP server in this file (a process-boundary fake, like fake_ollama.py).
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from architect_ai.errors import UserError
from architect_ai.validate import ollama_bounds
from architect_ai.validate.answer_view import AnswerView
from architect_ai.validate.assertions import Regex
from architect_ai.validate.ollama import Ollama
from architect_ai.validate.ollama_errors import OllamaError
from architect_ai.validate.suite import load_conventions, load_suite

PROJECT = Path(__file__).resolve().parents[2]


class _Endless(BaseHTTPRequestHandler):
    """`/api/version`: bytes forever, a few at a time; `/api/chat`: one endless line, fast."""

    def log_message(self, format, *args):
        pass

    def _forever(self, piece: bytes, pause: float) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/x-ndjson")
        self.end_headers()
        try:
            while not self.server.stopping:
                self.wfile.write(piece)
                self.wfile.flush()
                time.sleep(pause)
        except OSError:
            pass

    def do_GET(self):
        self._forever(b'{"version": "', 0.05)

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        self._forever(b'{"message": {"role": "assistant", "content": "' + b"x" * 65536, 0.0)


@pytest.fixture
def endless():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Endless)
    server.stopping = False
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.stopping = True
    server.shutdown()
    server.server_close()


def test_a_status_check_against_an_endless_stream_ends_within_the_short_limit(endless):
    started = time.monotonic()
    with Ollama(endless, read_timeout=2) as client:
        health = client.health()
    assert not health.ok and "still sending" in health.error
    assert time.monotonic() - started < 20  # SHORT_TOTAL_TIMEOUT is 10 s


def test_an_endless_answer_line_is_cut_at_the_line_limit(endless, monkeypatch):
    monkeypatch.setattr(ollama_bounds, "MAX_LINE_BYTES", 2_000_000)
    started = time.monotonic()
    with Ollama(endless, read_timeout=5, total_timeout=60) as client, pytest.raises(OllamaError, match="line longer"):
        client.complete("m", [{"role": "user", "content": "hi"}])
    assert time.monotonic() - started < 30


def test_an_answer_that_never_ends_is_cut_at_the_total_time(endless, monkeypatch):
    monkeypatch.setattr(ollama_bounds, "MAX_LINE_BYTES", 10**12)
    monkeypatch.setattr(ollama_bounds, "MAX_RESPONSE_BYTES", 10**12)
    started = time.monotonic()
    with Ollama(endless, read_timeout=1, total_timeout=1) as client, pytest.raises(OllamaError, match="time limit"):
        client.complete("m", [{"role": "user", "content": "hi"}])
    assert time.monotonic() - started < 15


def test_a_catastrophic_regex_is_stopped_and_fails_its_check():
    check = Regex(pattern=r"(a|aa)+$")
    started = time.monotonic()
    outcome = check.check(AnswerView("a" * 60 + "!"))
    assert not outcome.passed and "catastrophic" in outcome.reason
    assert time.monotonic() - started < 10


def test_fifo_and_dev_zero_inputs_are_one_line_errors(tmp_path):
    fifo = tmp_path / "suite.yaml"
    os.mkfifo(fifo)
    with pytest.raises(UserError, match="not a regular file"):
        load_suite(fifo)  # would block forever if opened for a plain read
    with pytest.raises(UserError, match="not a regular file"):
        load_suite("/dev/zero")
    dataset = tmp_path / "ds"
    dataset.mkdir()
    os.mkfifo(dataset / "manifest.json")
    with pytest.raises(UserError, match="not a regular file"):
        load_conventions(dataset)


@pytest.mark.parametrize("content", ["[1, 2]", '"text"', '{"conventions": 5}', '{"conventions": ["x"]}'])
def test_a_manifest_of_the_wrong_shape_is_one_line(tmp_path, content):
    (tmp_path / "manifest.json").write_text(content)
    with pytest.raises(UserError):
        load_conventions(tmp_path)


@pytest.mark.parametrize("value", ["inf", "nan", "-1", "1e9"])
def test_timeout_must_be_finite_and_bounded(tmp_path, value):
    result = subprocess.run(
        [sys.executable, "-m", "architect_ai", "validate", "--model", "m", "--dataset", str(tmp_path),
         "--timeout", value],
        capture_output=True, text=True, timeout=120, cwd=PROJECT,
    )  # fmt: skip
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "timeout" in lines[0]


def test_a_fifo_or_a_device_as_adapter_is_one_line(tmp_path):
    from architect_ai.validate.modelfile import find_adapter

    fifo = tmp_path / "adapter.gguf"
    os.mkfifo(fifo)
    with pytest.raises(UserError, match="not a regular file"):
        find_adapter(fifo)
    with pytest.raises(UserError, match="not a regular file"):
        find_adapter("/dev/zero")
    with pytest.raises(UserError, match=r"no \.safetensors or \.gguf"):
        find_adapter(tmp_path)  # the FIFO inside the folder is not taken for weights


def test_a_fifo_among_saved_runs_is_skipped_by_the_history(tmp_path):
    from architect_ai.validate.report import load_history, load_run

    runs = tmp_path / "validation"
    runs.mkdir()
    os.mkfifo(runs / "2026-01-01T00-00-00.json")
    assert load_history(tmp_path) == []  # would block forever on a plain read
    with pytest.raises(UserError, match="not a regular file"):
        load_run(runs / "2026-01-01T00-00-00.json")
