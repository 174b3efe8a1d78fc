"""Mermaid diagrams checked by the real mermaid.js parser, running in one warm Node process.

The Node side (`mermaid_check.mjs`) reads `{"id", "text"}` JSON lines and answers one line each with the diagram type
and counts from the diagram's db (entities, relationships, participants, messages, nodes, …) or a parse error whose
line/column refer to the text as sent. Python keeps the process alive between calls, restarts it when it dies, bounds
every wait by `timeout`, and caches results by the sha256 of the text (datasets repeat diagrams a lot).
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import json
import os
import queue
import shutil
import subprocess
import threading
from collections import OrderedDict, deque
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import architect_ai
from architect_ai.errors import UserError
from architect_ai.quality.mermaid_markdown import check_markdown as check_markdown
from architect_ai.quality.mermaid_markdown import extract_mermaid_blocks as extract_mermaid_blocks
from architect_ai.quality.mermaid_results import MermaidError as MermaidError
from architect_ai.quality.mermaid_results import MermaidResult, failure, result_from_reply

PACKAGE_ROOT = Path(architect_ai.__file__).resolve().parent.parent
NODE_MODULES_ENV = "ARCHITECT_AI_NODE_MODULES"
CHECKER_SCRIPT = Path(__file__).with_name("mermaid_check.mjs")
DEFAULT_TIMEOUT = 30.0
#: mermaid refuses to render longer diagrams (mermaidAPI MAX_TEXTLENGTH); we reject them without parsing.
MAX_DIAGRAM_CHARS = 50_000
CACHE_MAX_ENTRIES = 50_000
STDERR_TAIL_LINES = 20
EXIT_GRACE_SECONDS = 2.0
_EOF = None  # what the stdout reader queues when the process's stdout closes


class MermaidUnavailable(UserError):
    """Node.js or the mermaid/jsdom packages are missing, so diagrams can't be checked."""


def node_modules_dir() -> Path:
    """Where the npm packages live: `$ARCHITECT_AI_NODE_MODULES`, else `<project root>/node_modules`."""
    configured = os.environ.get(NODE_MODULES_ENV)
    return Path(configured) if configured else PACKAGE_ROOT / "node_modules"


def mermaid_js_path(node_modules: Path | None = None) -> Path:
    """The browser bundle `mermaid.min.js` (the UI ships it into the page to render diagrams offline)."""
    return (node_modules or node_modules_dir()) / "mermaid" / "dist" / "mermaid.min.js"


MERMAID_DIST = mermaid_js_path()


def _key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _precheck(text: str) -> MermaidResult | None:
    """A verdict that needs no parser (empty or oversized text), else None."""
    if not text.strip():
        return failure("empty diagram: no Mermaid text to parse")
    if len(text) > MAX_DIAGRAM_CHARS:
        return failure(f"diagram has {len(text)} characters; mermaid accepts at most {MAX_DIAGRAM_CHARS}")
    return None


class MermaidValidator:
    """Validates Mermaid text with mermaid.js in a warm Node process (a context manager; thread-safe).

    The process starts on the first call and again after it died. `timeout` bounds every wait for the process (its
    start, and each reply of a batch), so a hung process raises a `UserError` (and is killed) instead of hanging.

    Attributes:
        requests_sent: diagrams sent to Node so far (cache hits and prechecked texts are not sent).
        starts: Node processes started so far (1 after the first call; more after a crash or a timeout).
        mermaid_version: the mermaid version reported by the running process, once started.
    """

    def __init__(self, *, timeout: float = DEFAULT_TIMEOUT, node_modules: Path | None = None) -> None:
        if timeout <= 0:
            raise ValueError(f"timeout must be positive, got {timeout}")
        self.timeout = timeout
        self.node_modules = Path(node_modules) if node_modules else node_modules_dir()
        self.requests_sent = 0
        self.starts = 0
        self.mermaid_version: str | None = None
        self._cache: OrderedDict[str, MermaidResult] = OrderedDict()
        self._lock = threading.RLock()
        self._process: subprocess.Popen[bytes] | None = None
        self._replies: queue.Queue[str | None] = queue.Queue()
        self._outbox: queue.Queue[bytes | None] = queue.Queue()
        self._stderr: deque[str] = deque(maxlen=STDERR_TAIL_LINES)
        self._next_id = 0
        self._pending: dict[int, str] = {}  # request id → text key, sent and not yet answered (in id order)
        self._pending_keys: dict[str, int] = {}
        self._stderr_thread: threading.Thread | None = None

    def __enter__(self) -> MermaidValidator:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @property
    def pid(self) -> int | None:
        """The Node process id while one runs (None before the first call and after `close`)."""
        process = self._process
        return process.pid if process is not None and process.poll() is None else None

    def validate(self, text: str) -> MermaidResult:
        """Checks one diagram (warm: no process start after the first call)."""
        return self.validate_many([text])[0]

    def validate_many(self, texts: Iterable[str]) -> list[MermaidResult]:
        """Checks many diagrams in one batch (write all, then read all); results come back in input order.

        Raises:
            MermaidUnavailable: Node or the npm packages are missing.
            UserError: the Node process hung for longer than `timeout` or died.
        """
        texts = list(texts)
        with self._lock:
            known: dict[str, MermaidResult] = {}
            keys = []
            for text in texts:
                key = _key(text)
                keys.append(key)
                result = self._cache.get(key) or _precheck(text)
                if result is not None:
                    known[key] = result
                elif key not in self._pending_keys:
                    self._send(key, text)
            known.update(self._collect({k for k in keys if k not in known}))
        return [known[key] for key in keys]

    def warm_up(self) -> None:
        """Starts the Node process in the background (mermaid.js takes a second or two to load), so the first real
        call finds it ready. A failure to start is left for that call to report."""

        def start() -> None:
            with self._lock, contextlib.suppress(Exception):
                self._ensure_started()

        threading.Thread(target=start, name="mermaid-warm-up", daemon=True).start()

    def prefetch(self, texts: Iterable[str]) -> int:
        """Sends diagrams to Node without waiting: Node parses them while the caller works, and a later
        `validate_many` of the same texts only collects the answers. Returns how many were sent."""
        sent = 0
        with self._lock:
            for text in texts:
                key = _key(text)
                if key in self._pending_keys or key in self._cache or _precheck(text) is not None:
                    continue
                self._send(key, text)
                sent += 1
        return sent

    def _send(self, key: str, text: str) -> None:
        self._ensure_started()
        request_id = self._next_id
        self._next_id += 1
        self._pending[request_id] = key
        self._pending_keys[key] = request_id
        self._outbox.put(json.dumps({"id": request_id, "text": text}).encode() + b"\n")
        self.requests_sent += 1

    def _collect(self, wanted: set[str]) -> dict[str, MermaidResult]:
        """Reads replies (in the order they were asked) until every wanted key is answered."""
        got: dict[str, MermaidResult] = {}
        try:
            while wanted - got.keys():
                reply = self._receive()
                key = self._pending.pop(reply.get("id"), None) if isinstance(reply.get("id"), int) else None
                if key is None:
                    raise UserError(f"mermaid validator answered out of order (id {reply.get('id')!r})")
                del self._pending_keys[key]
                result = result_from_reply(reply)
                self._remember(key, result)
                if key in wanted:
                    got[key] = result
        except BaseException:
            self._stop()  # never leave unread replies for the next call
            raise
        return got

    def close(self) -> None:
        """Stops the Node process (the next call starts a new one). Safe to call twice."""
        with self._lock:
            self._stop()

    # -- the process ---------------------------------------------------------------------------------------------

    def _remember(self, key: str, result: MermaidResult) -> None:
        self._cache[key] = result
        if len(self._cache) > CACHE_MAX_ENTRIES:
            self._cache.popitem(last=False)

    def _ensure_started(self) -> None:
        if self._process is not None and self._process.poll() is None:
            return
        self._stop()
        node = shutil.which("node")
        if node is None:
            raise MermaidUnavailable("Node.js is not installed, so Mermaid diagrams can't be checked; run `make setup`")
        for package in ("mermaid", "jsdom"):
            if not (self.node_modules / package / "package.json").is_file():
                missing = f"the npm package {package!r} is missing from {self.node_modules}"
                raise MermaidUnavailable(f"{missing}; run `make setup`")
        self._process = subprocess.Popen(
            [node, str(CHECKER_SCRIPT), str(self.node_modules)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        self.starts += 1
        self._replies, self._outbox = queue.Queue(), queue.Queue()
        self._stderr = deque(maxlen=STDERR_TAIL_LINES)
        process = self._process
        threads = [
            threading.Thread(target=_pump_replies, args=(process.stdout, self._replies), daemon=True),
            threading.Thread(target=_pump_stderr, args=(process.stderr, self._stderr), daemon=True),
            threading.Thread(target=_write_lines, args=(process.stdin, self._outbox), daemon=True),
        ]
        for thread in threads:
            thread.start()
        self._stderr_thread = threads[1]
        try:
            ready = self._receive(starting=True)
        except BaseException:
            self._stop()
            raise
        self.mermaid_version = ready.get("mermaid")

    def _receive(self, *, starting: bool = False) -> dict[str, Any]:
        """The next JSON reply, or a UserError when the process hangs longer than `timeout` or exits."""
        while True:
            try:
                line = self._replies.get(timeout=self.timeout)
            except queue.Empty:
                raise UserError(f"mermaid validator did not answer within {self.timeout:g} s (stopped it)") from None
            if line is _EOF:
                why = self._exit_reason()
                if starting:
                    raise MermaidUnavailable(f"mermaid validator failed to start ({why}); run `make setup`")
                raise UserError(f"mermaid validator stopped unexpectedly ({why})")
            if line.startswith("{"):
                return json.loads(line)

    def _exit_reason(self) -> str:
        """The last stderr line of a process whose stdout closed, else its exit code."""
        code = None
        if self._process is not None:
            with contextlib.suppress(subprocess.TimeoutExpired):
                code = self._process.wait(timeout=EXIT_GRACE_SECONDS)
        if self._stderr_thread is not None:
            self._stderr_thread.join(timeout=EXIT_GRACE_SECONDS)
        return self._stderr[-1] if self._stderr else f"exit code {code}"

    def _stop(self) -> None:
        self._pending.clear()  # a stopped process answers nothing more
        self._pending_keys.clear()
        process, self._process = self._process, None
        if process is None:
            return
        self._outbox.put(None)
        if process.poll() is None:
            process.kill()
        process.wait()
        for stream in (process.stdin, process.stdout, process.stderr):
            with contextlib.suppress(OSError):
                stream.close()


def _pump_replies(stream: Any, replies: queue.Queue[str | None]) -> None:
    """Copies stdout lines into `replies`, then `_EOF` when the process's stdout closes."""
    try:
        for raw in stream:
            replies.put(raw.decode("utf-8", "replace").rstrip("\n"))
    except (OSError, ValueError):
        pass
    replies.put(_EOF)


def _pump_stderr(stream: Any, tail: deque[str]) -> None:
    """Keeps the last stderr lines (mermaid's own logging, a crash's stack) for error messages."""
    try:
        for raw in stream:
            if line := raw.decode("utf-8", "replace").strip():
                tail.append(line)
    except (OSError, ValueError):
        pass


def _write_lines(stream: Any, outbox: queue.Queue[bytes | None]) -> None:
    """Writes queued request lines to the process (a thread, so a full pipe never blocks the caller)."""
    while (data := outbox.get()) is not None:
        try:
            stream.write(data)
            stream.flush()
        except (OSError, ValueError):
            return


_shared: MermaidValidator | None = None
_shared_lock = threading.Lock()


def shared_validator() -> MermaidValidator:
    """One process-wide warm validator for the pipeline and the UI (closed at interpreter exit)."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = MermaidValidator()
            atexit.register(_shared.close)
        return _shared
