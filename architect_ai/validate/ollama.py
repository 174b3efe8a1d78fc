"""The only module that talks to Ollama: a narrow adapter over the official `ollama` client.

Every failure leaves this module as an `OllamaError` (a `UserError`) with one readable line and a `kind`
(`unreachable`, `model_missing`, `timeout`, `stream_error`, `response_error`, `bad_host`), never a traceback or a hang:
the client's default timeout is *none*, so connect and read timeouts are always passed explicitly.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import httpx

from architect_ai.validate.defaults import DEFAULT_READ_TIMEOUT as DEFAULT_READ_TIMEOUT
from architect_ai.validate.defaults import DEFAULT_SEED as DEFAULT_SEED
from architect_ai.validate.ollama_bounds import BoundedTransport
from architect_ai.validate.ollama_errors import OllamaError, strip_userinfo, translate_errors
from architect_ai.validate.ollama_records import ChatResult, ChatStream, Health, ModelDetail, ModelInfo

DEFAULT_HOST = "http://127.0.0.1:11434"
HOST_ENV = "OLLAMA_HOST"
DEFAULT_CONNECT_TIMEOUT = 5.0  # seconds to open a connection
HEALTH_TIMEOUT = 3.0  # the status check must stay snappy whatever the read timeout
DEFAULT_TOTAL_TIMEOUT = 1800.0  # seconds one answer (or model creation) may take in all, however busy the stream
SHORT_TOTAL_TIMEOUT = 10.0  # seconds a status, listing or show request may take in all
DEFAULT_NUM_PREDICT = 2048  # an answer never runs away forever
DEFAULT_NUM_CTX = 4096


def deterministic_options(seed: int = DEFAULT_SEED, **extra: Any) -> dict[str, Any]:
    """The generation options every validation sends (and records): greedy, seeded, bounded."""
    return {"temperature": 0, "seed": seed, "num_predict": DEFAULT_NUM_PREDICT, **extra}


def resolve_host(host: str | None = None) -> str:
    """`host`, else `$OLLAMA_HOST`, else the default; always with a scheme (`localhost:1234` → `http://…`)."""
    value = (host or os.environ.get(HOST_ENV) or DEFAULT_HOST).strip().rstrip("/")
    if value.startswith(":"):
        value = "127.0.0.1" + value
    return value if "://" in value else f"http://{value}"


def _ollama_package() -> Any:
    """The official client, imported on first use: its package builds a default client from `$OLLAMA_HOST`
    at import time and raises on a malformed value, which must be a clear message, not a traceback."""
    try:
        import ollama
    except ValueError:
        raise OllamaError(
            f"{HOST_ENV}={strip_userinfo(os.environ.get(HOST_ENV, ''))!r} is not a valid Ollama address",
            kind="bad_host",
        ) from None
    return ollama


class Ollama:
    """A configured connection to one Ollama server.

    Args:
        host: URL or `host:port`; `None` means `$OLLAMA_HOST` or `DEFAULT_HOST`.
        connect_timeout: Seconds to wait for the TCP connection.
        read_timeout: Seconds to wait for the next bytes of an answer (a slow model streams, so this is per piece).
        total_timeout: Seconds one answer may take in all, however steadily bytes arrive (see `ollama_bounds`).
    """

    def __init__(
        self,
        host: str | None = None,
        *,
        connect_timeout: float = DEFAULT_CONNECT_TIMEOUT,
        read_timeout: float = DEFAULT_READ_TIMEOUT,
        total_timeout: float = DEFAULT_TOTAL_TIMEOUT,
    ) -> None:
        address = resolve_host(host)
        self.host = strip_userinfo(address)  # what every message shows: never a `user:password@`
        self.read_timeout = read_timeout
        timeout = httpx.Timeout(read_timeout, connect=connect_timeout)
        self._ollama = _ollama_package()
        transport = BoundedTransport(
            self.host, total_timeout=max(total_timeout, read_timeout), short_timeout=SHORT_TOTAL_TIMEOUT
        )
        try:
            httpx.URL(address)
            self._client = self._ollama.Client(
                host=address, timeout=timeout, transport=transport, follow_redirects=False
            )
        except (ValueError, httpx.InvalidURL):
            raise OllamaError(f"{self.host!r} is not a valid Ollama address", kind="bad_host") from None

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Ollama:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- status and models -------------------------------------------------------------------------------------

    def version(self) -> str:
        """The server's version (`GET /api/version`); raises `OllamaError` when it does not answer."""
        with translate_errors(self._ollama, self.host, HEALTH_TIMEOUT):
            # The official client has no version call: use its own httpx client (same host, headers, timeouts).
            response = self._client._client.get("/api/version", timeout=HEALTH_TIMEOUT)
            response.raise_for_status()
            return str(response.json().get("version", ""))

    def health(self) -> Health:
        """Whether Ollama answers, with its version or the reason it does not."""
        try:
            return Health(ok=True, host=self.host, version=self.version())
        except OllamaError as exc:
            return Health(ok=False, host=self.host, error=exc.reason)

    def list_models(self) -> list[ModelInfo]:
        """Installed models, sorted by name."""
        with self._translate():
            listing = self._client.list()
        models = []
        for item in listing.models:
            details = item.details
            models.append(
                ModelInfo(
                    name=item.model or "",
                    size=int(item.size or 0),
                    digest=item.digest or "",
                    modified_at=item.modified_at.isoformat() if item.modified_at else "",
                    family=(details.family or "") if details else "",
                    parameter_size=(details.parameter_size or "") if details else "",
                    quantization_level=(details.quantization_level or "") if details else "",
                    format=(details.format or "") if details else "",
                )
            )
        return sorted(models, key=lambda m: m.name)

    def find_model(self, name: str) -> ModelInfo | None:
        """The installed model called `name` (`codellama` matches `codellama:latest`), or None."""
        wanted = full_model_name(name)
        return next((m for m in self.list_models() if full_model_name(m.name) == wanted), None)

    def show(self, model: str) -> ModelDetail:
        """Details of one model; `OllamaError(kind="model_missing")` when it is not installed."""
        with self._translate(model):
            shown = self._client.show(model)
        info = dict(shown.modelinfo or {})
        context = next((v for k, v in info.items() if k.endswith(".context_length")), None)
        details = shown.details
        return ModelDetail(
            name=model,
            family=(details.family or "") if details else "",
            parameter_size=(details.parameter_size or "") if details else "",
            quantization_level=(details.quantization_level or "") if details else "",
            context_length=int(context) if context is not None else None,
            parameters=shown.parameters or "",
            template=shown.template or "",
            capabilities=tuple(shown.capabilities or ()),
            model_info=info,
        )

    # --- answering ---------------------------------------------------------------------------------------------

    def chat(
        self, model: str, messages: Sequence[Mapping[str, str]], *, options: Mapping[str, Any] | None = None
    ) -> ChatStream:
        """Stream a chat answer. Errors surface as `OllamaError` while iterating (the request is lazy)."""
        result = ChatResult(model=model)
        return ChatStream(self._pieces(model, list(messages), dict(options or {}), result), result)

    def complete(
        self,
        model: str,
        messages: Sequence[Mapping[str, str]],
        *,
        options: Mapping[str, Any] | None = None,
        on_piece: Any = None,
    ) -> ChatResult:
        """The whole answer; `on_piece(text)` sees each piece as it arrives."""
        stream = self.chat(model, messages, options=options)
        for piece in stream:
            if on_piece is not None:
                on_piece(piece)
        return stream.result

    def _pieces(self, model: str, messages: list, options: dict, result: ChatResult) -> Iterator[str]:
        started = time.perf_counter()
        parts: list[str] = []  # joined once, at the end: linear in the answer's size, however many pieces
        try:
            with self._translate(model):
                for chunk in self._client.chat(model=model, messages=messages, options=options, stream=True):
                    piece = chunk.message.content or ""
                    if piece:
                        parts.append(piece)
                        yield piece
                    if chunk.done:
                        result.done_reason = chunk.done_reason or ""
                        result.prompt_eval_count = chunk.prompt_eval_count
                        result.eval_count = chunk.eval_count
                        result.total_duration_ns = chunk.total_duration
                        result.load_duration_ns = chunk.load_duration
                        result.eval_duration_ns = chunk.eval_duration
        finally:
            result.text = "".join(parts)
            result.wall_seconds = time.perf_counter() - started

    # --- creating models ---------------------------------------------------------------------------------------

    def create_blob(self, path: Path) -> str:
        """Upload one file (adapter weights or config) and return its `sha256:` digest."""
        with self._translate():
            return self._client.create_blob(path)

    def create_model(
        self,
        name: str,
        *,
        from_: str | None = None,
        adapters: Mapping[str, str] | None = None,
        files: Mapping[str, str] | None = None,
        system: str | None = None,
        parameters: Mapping[str, Any] | None = None,
        on_status: Any = None,
    ) -> None:
        """Create `name` from a base model plus uploaded adapter blobs (`{filename: digest}`), or from uploaded
        model `files` (a GGUF file: `{filename: digest}`), streaming status."""
        with self._translate(from_):
            for progress in self._client.create(
                model=name,
                from_=from_,
                files=dict(files or {}) or None,
                adapters=dict(adapters or {}) or None,
                system=system,
                parameters=dict(parameters or {}) or None,
                stream=True,
            ):
                if on_status is not None and progress.status:
                    on_status(progress.status)

    # --- errors ------------------------------------------------------------------------------------------------

    def _translate(self, model: str | None = None) -> contextlib.AbstractContextManager[None]:
        """Turn whatever the client or httpx raises into one `OllamaError` line (see `ollama_errors`)."""
        return translate_errors(self._ollama, self.host, self.read_timeout, model)


def full_model_name(name: str) -> str:
    """`codellama` → `codellama:latest`; names with a tag are unchanged."""
    last = name.rsplit("/", 1)[-1]
    return name if ":" in last else f"{name}:latest"
