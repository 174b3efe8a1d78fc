"""The Ollama adapter against the fake server (and a real Ollama when one answers)."""

from __future__ import annotations

import socket
import time

import httpx
import pytest

from architect_ai.validate.ollama import (
    DEFAULT_HOST,
    Ollama,
    OllamaError,
    deterministic_options,
    full_model_name,
    resolve_host,
)
from tests.validate.fake_ollama import BASE, TUNED, Answer, Script, serve


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def scripted():
    script = Script(
        answers=[
            Answer(text="public class InvoiceDto {}\n" * 4, match="dto", chunk_size=10),
            Answer(text="partial answer that breaks", match="crash", chunk_size=5, error_after=2),
            Answer(text="slow " * 20, match="slow", chunk_size=5, delay=2.0),
        ]
    )
    fake = serve(script)
    yield fake
    fake.stop()


def test_host_resolution(monkeypatch):
    monkeypatch.delenv("OLLAMA_HOST", raising=False)
    assert resolve_host() == DEFAULT_HOST
    monkeypatch.setenv("OLLAMA_HOST", "10.0.0.5:9999")
    assert resolve_host() == "http://10.0.0.5:9999"
    assert resolve_host("https://ollama.example/") == "https://ollama.example"
    assert resolve_host(":1234") == "http://127.0.0.1:1234"
    assert Ollama().host == "http://10.0.0.5:9999"


def test_full_model_name():
    assert full_model_name("codellama") == "codellama:latest"
    assert full_model_name("codellama:7b-instruct") == "codellama:7b-instruct"
    assert full_model_name("registry.local:5000/team/model") == "registry.local:5000/team/model:latest"


def test_health_version_and_models(scripted):
    client = Ollama(scripted.url)
    health = client.health()
    assert health.ok and health.version == "0.6.3-fake" and health.host == scripted.url
    names = [m.name for m in client.list_models()]
    assert names == sorted([TUNED, BASE])
    found = client.find_model("architect-tuned")
    assert found is not None and found.parameter_size == "7B" and found.quantization_level == "Q4_0"
    assert client.find_model("nothing-here") is None
    detail = client.show(BASE)
    assert detail.context_length == 16384 and detail.family == "llama"
    assert "num_ctx 4096" in detail.parameters
    assert [r["path"] for r in scripted.script.requests[:1]] == ["/api/version"]


def test_chat_streams_pieces_and_records_final_counts(scripted):
    client = Ollama(scripted.url)
    options = deterministic_options(seed=7)
    stream = client.chat(TUNED, [{"role": "user", "content": "write a dto"}], options=options)
    pieces = list(stream)
    assert len(pieces) > 5  # arrived in pieces, not as one blob
    assert "".join(pieces) == "public class InvoiceDto {}\n" * 4
    result = stream.result
    assert result.text == "".join(pieces)
    assert result.done_reason == "stop"
    assert result.eval_count == len(pieces)
    assert result.total_duration_ns == 1_500_000_000
    assert result.tokens_per_second == pytest.approx(len(pieces) / 1.0)
    sent = scripted.script.requests_to("/api/chat")[-1]["json"]
    assert sent["options"]["temperature"] == 0 and sent["options"]["seed"] == 7
    assert sent["stream"] is True and sent["model"] == TUNED


def test_missing_model_is_one_clear_line(scripted):
    client = Ollama(scripted.url)
    with pytest.raises(OllamaError) as info:
        client.complete("ghost:7b", [{"role": "user", "content": "hi"}])
    assert info.value.kind == "model_missing"
    assert info.value.reason == "model 'ghost:7b' is not installed: run `ollama pull ghost:7b` or create it"
    with pytest.raises(OllamaError, match="model 'ghost' is not installed"):
        client.show("ghost")


def test_error_line_mid_stream_keeps_partial_text(scripted):
    client = Ollama(scripted.url)
    stream = client.chat(TUNED, [{"role": "user", "content": "crash please"}])
    received = []
    with pytest.raises(OllamaError) as info:
        for piece in stream:
            received.append(piece)
    assert info.value.kind == "stream_error"
    assert info.value.reason == "Ollama stopped mid-answer: llama runner process has terminated"
    assert received == ["parti", "al an"]
    assert stream.result.text == "partial an"


def test_slow_answer_times_out_instead_of_hanging(scripted):
    client = Ollama(scripted.url, read_timeout=0.3)
    started = time.monotonic()
    with pytest.raises(OllamaError) as info:
        client.complete(TUNED, [{"role": "user", "content": "slow answer"}])
    assert time.monotonic() - started < 1.5
    assert info.value.kind == "timeout"
    assert "did not answer within 0.3s" in info.value.reason
    assert "\n" not in str(info.value)


def test_server_not_running_streaming_and_not(scripted):
    client = Ollama(f"127.0.0.1:{_closed_port()}", connect_timeout=1)
    health = client.health()
    assert not health.ok and health.error.startswith("Ollama is not running at http://127.0.0.1:")
    for call in (client.list_models, lambda: client.complete(TUNED, [{"role": "user", "content": "x"}])):
        with pytest.raises(OllamaError) as info:
            call()
        assert info.value.kind == "unreachable"
        assert "ollama serve" in str(info.value)


def test_create_uploads_blob_and_creates_model(scripted, tmp_path):
    adapter = tmp_path / "adapter.gguf"
    adapter.write_bytes(b"GGUF" + bytes(range(256)) * 100)
    client = Ollama(scripted.url)
    digest = client.create_blob(adapter)
    assert scripted.script.blobs == {digest: adapter.stat().st_size}
    statuses: list[str] = []
    client.create_model("mine:v1", from_=BASE, adapters={"adapter.gguf": digest}, on_status=statuses.append)
    assert statuses[-1] == "success"
    assert client.find_model("mine:v1") is not None


def _real_ollama_host() -> str | None:
    client = Ollama(connect_timeout=1)
    try:
        return client.host if client.health().ok else None
    finally:
        client.close()


@pytest.mark.skipif(_real_ollama_host() is None, reason="no real Ollama answers at OLLAMA_HOST / 127.0.0.1:11434")
def test_real_ollama_answers():
    with Ollama(read_timeout=600) as client:
        models = client.list_models()
        if not models:
            pytest.skip("a real Ollama answers but has no model installed")
        result = client.complete(models[0].name, [{"role": "user", "content": "Say OK."}], options={"num_predict": 8})
        assert result.done_reason in ("stop", "length")


def test_timeout_is_explicit():
    client = Ollama("127.0.0.1:1", connect_timeout=2, read_timeout=9)
    timeout = client._client._client.timeout
    assert isinstance(timeout, httpx.Timeout)
    assert (timeout.connect, timeout.read) == (2, 9)


def test_fake_speaks_generate_too_for_other_callers(scripted):
    import ollama

    client = ollama.Client(host=scripted.url, timeout=5)
    whole = client.generate(model=TUNED, prompt="a dto please", stream=False)
    assert whole.response == "public class InvoiceDto {}\n" * 4 and whole.done and whole.eval_count
    parts = list(client.generate(model=TUNED, prompt="a dto please", stream=True))
    assert "".join(p.response for p in parts) == whole.response and parts[-1].done_reason == "stop"
