"""A fake Ollama server that speaks the real HTTP API on 127.0.0.1, for tests at the process boundary.

Scripted answers per (model, prompt substring); chunked `application/x-ndjson` streaming for `/api/chat` and
`/api/generate` with a final `done: true` chunk and its counts; `/api/tags`, `/api/show`, `/api/version`,
`/api/create` (streamed status lines), `HEAD`/`POST /api/blobs/sha256:…`; 404 `{"error": "model 'x' not found"}`
for unknown models; an error line mid-stream; slow answers for timeouts. Every request is recorded in
`script.requests` so tests can assert what the client sent.

Use it as a pytest fixture (`fake_ollama`, see conftest.py), from other tests with
`url, stop = start_fake_ollama(Script(...))`, or as a process: `python tests/validate/fake_ollama.py [--port N]`.
"""

from __future__ import annotations

import hashlib
import json
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

try:  # imported as tests.validate.fake_ollama (UI tests) or as fake_ollama (this folder, a script)
    from .demo_answers import BAD_ANSWERS, BAD_DEFAULT, GOOD_ANSWERS
except ImportError:
    from demo_answers import BAD_ANSWERS, BAD_DEFAULT, GOOD_ANSWERS

TUNED = "architect-tuned:latest"
BASE = "codellama:7b-instruct"
FAKE_VERSION = "0.6.3-fake"
CREATED_AT = "2025-01-01T00:00:00Z"


@dataclass
class Answer:
    """One scripted answer.

    Args:
        text: The whole answer; streamed in pieces of `chunk_size` characters.
        model: Model it applies to (`*` for any; `codellama` matches `codellama:latest`).
        match: Substring of the last user message that selects it ("" matches everything).
        delay: Seconds to sleep before each piece (a slow model, for timeout tests).
        error_after: Send `{"error": error}` after this many pieces instead of finishing.
    """

    text: str
    model: str = "*"
    match: str = ""
    chunk_size: int = 16
    delay: float = 0.0
    error_after: int | None = None
    error: str = "llama runner process has terminated"


@dataclass
class Script:
    """What the fake knows and answers; `requests` and `blobs` fill up as it is used."""

    models: list[str] = field(default_factory=lambda: [TUNED, BASE])
    modified: dict[str, str] = field(default_factory=dict)  # model → its `modified_at` (default CREATED_AT)
    answers: list[Answer] = field(default_factory=list)
    default_answer: str = "I cannot help with that."
    version: str = FAKE_VERSION
    requests: list[dict[str, Any]] = field(default_factory=list)
    blobs: dict[str, int] = field(default_factory=dict)
    created: list[dict[str, Any]] = field(default_factory=list)

    def find_answer(self, model: str, prompt: str) -> Answer:
        for answer in self.answers:
            same_model = answer.model == "*" or _full(answer.model) == _full(model)
            if same_model and answer.match.lower() in prompt.lower():
                return answer
        return Answer(text=self.default_answer)

    def has_model(self, name: str) -> bool:
        return _full(name) in {_full(m) for m in self.models}

    def requests_to(self, path: str) -> list[dict[str, Any]]:
        """The recorded requests for one path, e.g. `/api/chat`."""
        return [r for r in self.requests if r["path"] == path]


def _full(name: str) -> str:
    return name if ":" in name.rsplit("/", 1)[-1] else f"{name}:latest"


def _details(name: str) -> dict[str, Any]:
    return {
        "parent_model": "",
        "format": "gguf",
        "family": "llama",
        "families": ["llama"],
        "parameter_size": "7B",
        "quantization_level": "Q4_0",
    }


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:  # silence the default stderr log
        pass

    # --- plumbing ------------------------------------------------------------------------------------------------

    def _body(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            return self.rfile.read(length)
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            data = b""
            while True:
                size = int(self.rfile.readline().strip() or b"0", 16)
                if size == 0:
                    self.rfile.readline()
                    return data
                data += self.rfile.read(size)
                self.rfile.readline()
        return b""

    def _record(self, body: bytes) -> dict[str, Any]:
        try:
            parsed: Any = json.loads(body) if body else None
        except ValueError:
            parsed = None
        entry = {"method": self.command, "path": self.path, "json": parsed, "bytes": len(body)}
        self.server.script.requests.append(entry)
        return parsed if isinstance(parsed, dict) else {}

    def _json(self, status: int, payload: Any) -> None:
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _empty(self, status: int) -> None:
        self.send_response(status)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _stream(self, lines: Callable[[], Any]) -> None:
        """Send NDJSON lines with chunked transfer encoding, one chunk a line."""
        self.send_response(200)
        self.send_header("Content-Type", "application/x-ndjson")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        try:
            for line in lines():
                data = json.dumps(line).encode() + b"\n"
                self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
                self.wfile.flush()
            self.wfile.write(b"0\r\n\r\n")
            self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    def _missing(self, model: str) -> None:
        self._json(404, {"error": f"model '{model}' not found"})

    # --- routes --------------------------------------------------------------------------------------------------

    def do_HEAD(self) -> None:
        self._record(b"")
        if self.path.startswith("/api/blobs/"):
            self._empty(200 if self.path.removeprefix("/api/blobs/") in self.server.script.blobs else 404)
        else:
            self._empty(200 if self.path == "/" else 404)

    def do_GET(self) -> None:
        self._record(b"")
        script = self.server.script
        if self.path == "/api/version":
            self._json(200, {"version": script.version})
        elif self.path == "/api/tags":
            models = [
                {
                    "name": _full(m),
                    "model": _full(m),
                    "modified_at": script.modified.get(m, CREATED_AT),
                    "size": 3_825_819_519,
                    "digest": hashlib.sha256(m.encode()).hexdigest(),
                    "details": _details(m),
                }
                for m in script.models
            ]
            self._json(200, {"models": models})
        elif self.path == "/":
            self._json(200, "Ollama is running")
        else:
            self._json(404, {"error": "404 page not found"})

    def do_POST(self) -> None:
        raw = self._body()
        if self.path.startswith("/api/blobs/"):
            self._record(raw)
            self._blob(raw)
            return
        body = self._record(raw)
        routes = {"/api/chat": self._answer, "/api/generate": self._answer, "/api/show": self._show}
        if self.path in routes:
            routes[self.path](body)
        elif self.path == "/api/create":
            self._create(body)
        else:
            self._json(404, {"error": "404 page not found"})

    def _blob(self, raw: bytes) -> None:
        digest = self.path.removeprefix("/api/blobs/")
        if digest != "sha256:" + hashlib.sha256(raw).hexdigest():
            self._json(400, {"error": "digest mismatch"})
            return
        self.server.script.blobs[digest] = len(raw)
        self._empty(201)

    def _show(self, body: dict[str, Any]) -> None:
        model = body.get("model") or body.get("name") or ""
        if not self.server.script.has_model(model):
            self._missing(model)
            return
        self._json(
            200,
            {
                "modelfile": f"FROM {model}\n",
                "parameters": "temperature 0\nnum_ctx 4096",
                "template": "[INST] {{ .Prompt }} [/INST]",
                "details": _details(model),
                "model_info": {
                    "general.architecture": "llama",
                    "general.parameter_count": 6_738_546_688,
                    "llama.context_length": 16384,
                    "llama.embedding_length": 4096,
                },
                "capabilities": ["completion"],
                "modified_at": CREATED_AT,
            },
        )

    def _answer(self, body: dict[str, Any]) -> None:
        script = self.server.script
        model = body.get("model", "")
        if not script.has_model(model):
            self._missing(model)
            return
        is_chat = self.path == "/api/chat"
        if is_chat:
            users = [m.get("content", "") for m in body.get("messages", []) if m.get("role") == "user"]
            prompt = users[-1] if users else ""
        else:
            prompt = body.get("prompt", "")
        answer = script.find_answer(model, prompt)
        size = max(1, answer.chunk_size)
        pieces = [answer.text[i : i + size] for i in range(0, len(answer.text), size)] or [""]

        def chunk(piece: str, done: bool) -> dict[str, Any]:
            line: dict[str, Any] = {"model": model, "created_at": CREATED_AT, "done": done}
            if is_chat:
                line["message"] = {"role": "assistant", "content": piece}
            else:
                line["response"] = piece
            if done:
                line.update(
                    done_reason="stop",
                    total_duration=1_500_000_000,
                    load_duration=100_000_000,
                    prompt_eval_count=max(1, len(prompt) // 4),
                    prompt_eval_duration=200_000_000,
                    eval_count=len(pieces),
                    eval_duration=1_000_000_000,
                )
            return line

        if body.get("stream") is False:
            final = chunk(answer.text, True)
            if answer.error_after is not None:
                self._json(500, {"error": answer.error})
            else:
                self._json(200, final)
            return

        def lines() -> Any:
            for index, piece in enumerate(pieces):
                if answer.error_after is not None and index >= answer.error_after:
                    yield {"error": answer.error}
                    return
                if answer.delay and self.server.stopped.wait(answer.delay):
                    return
                yield chunk(piece, False)
            yield chunk("", True)

        self._stream(lines)

    def _create(self, body: dict[str, Any]) -> None:
        script = self.server.script
        base = body.get("from", "")
        if base and not script.has_model(base):
            self._missing(base)
            return
        unknown = [d for d in (body.get("adapters") or {}).values() if d not in script.blobs]
        if unknown:
            self._json(400, {"error": f"blob {unknown[0]} not found"})
            return
        script.created.append(body)

        def lines() -> Any:
            yield {"status": f"using existing layer sha256:{hashlib.sha256(base.encode()).hexdigest()}"}
            for digest in (body.get("adapters") or {}).values():
                yield {"status": f"using existing layer {digest}"}
            yield {"status": "writing manifest"}
            script.models.append(body.get("model", ""))
            yield {"status": "success"}

        if body.get("stream") is False:
            list(lines())
            self._json(200, {"status": "success"})
        else:
            self._stream(lines)


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    handler: type[BaseHTTPRequestHandler] = _Handler

    def __init__(self, script: Script, port: int = 0) -> None:
        super().__init__(("127.0.0.1", port), self.handler)
        self.script = script
        self.stopped = threading.Event()

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that hung up (a timeout test) is expected; anything else is printed as usual."""
        if isinstance(sys.exc_info()[1], ConnectionError | TimeoutError):
            return
        super().handle_error(request, client_address)


@dataclass
class FakeOllama:
    """A running fake: `url` to point clients at, `script` to read recorded requests from."""

    url: str
    script: Script
    stop: Callable[[], None]


def start_fake_ollama(script: Script | None = None, port: int = 0) -> tuple[str, Callable[[], None]]:
    """Start a fake on 127.0.0.1 (a free port by default) in a thread; returns `(url, stop)`."""
    fake = serve(script or Script(), port)
    return fake.url, fake.stop


def serve(script: Script, port: int = 0, server: _Server | None = None) -> FakeOllama:
    """Like `start_fake_ollama`, returning the `FakeOllama` handle (of `server`, when a variant is given)."""
    server = server or _Server(script, port)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()

    def stop() -> None:
        server.stopped.set()
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)

    host, bound_port = server.server_address[:2]
    return FakeOllama(url=f"http://{host}:{bound_port}", script=script, stop=stop)


def _main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description="Run the fake Ollama server until interrupted.")
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args()
    fake = serve(demo_script(), args.port)
    print(fake.url, flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        fake.stop()


# --- a ready-made script: a tuned model that writes the house patterns, a base model that does not -------------


def demo_script(tuned: str = TUNED, base: str = BASE) -> Script:
    """`tuned` answers every builtin prompt with the sample's house patterns; `base` answers poorly."""
    answers = [Answer(text=text, model=tuned, match=match) for match, text in GOOD_ANSWERS.items()]
    answers += [Answer(text=text, model=base, match=match) for match, text in BAD_ANSWERS.items()]
    answers.append(Answer(text=BAD_DEFAULT, model=base))
    return Script(models=[tuned, base], answers=answers)


if __name__ == "__main__":
    _main()
