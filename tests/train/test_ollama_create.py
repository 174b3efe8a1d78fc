"""Create the tuned model through the loopback fake Ollama: exactly the blobs and `/api/create` body the real API
takes, and the GGUF or merged-model route when the server refuses."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from architect_ai.cli import main
from architect_ai.train.ollama_create import create_in_ollama
from architect_ai.validate.ollama import Ollama
from tests.train.conftest import SYSTEM
from tests.train.refusing_ollama import ADAPTERS_REFUSED, UNSUPPORTED_ARCHITECTURE, serve_refusing
from tests.validate.fake_ollama import BASE, Script

pytestmark = pytest.mark.slow


def _digest(path: Path) -> str:
    return "sha256:" + hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def script() -> Script:
    return Script(models=[BASE])


def test_llama_base_sends_the_safetensors_adapter(trained_run, tiny_model, fake_ollama, capsys):
    run_dir = trained_run[0]
    code = main(["train-export", str(run_dir), "--create", "zebra-tuned", "--from", BASE, "--host", fake_ollama.url])
    assert code == 0, capsys.readouterr().err
    assert capsys.readouterr().out.strip().splitlines()[-1] == "zebra-tuned"
    adapter = run_dir / "adapter"
    expected = {
        "adapter_model.safetensors": _digest(adapter / "adapter_model.safetensors"),
        "adapter_config.json": _digest(adapter / "adapter_config.json"),
    }
    body = fake_ollama.script.created[-1]
    assert body["model"] == "zebra-tuned"
    assert body["from"] == BASE
    assert body["adapters"] == expected
    assert body["system"] == SYSTEM  # the dataset's system prompt
    assert body["parameters"] == {"temperature": 0.2, "num_ctx": 4096}
    for name, digest in expected.items():
        assert fake_ollama.script.blobs[digest] == (adapter / name).stat().st_size
    modelfile = (run_dir / "Modelfile").read_text()
    assert f"FROM {BASE}" in modelfile and f"ADAPTER {adapter}" in modelfile


def test_unsupported_architecture_leads_to_the_gguf_adapter(trained_run, tiny_model, script):
    fake = serve_refusing(script, "safetensors")
    messages: list[str] = []
    try:
        with Ollama(fake.url, read_timeout=30) as client:
            route = create_in_ollama(client, trained_run[0], "zebra-gguf", BASE, tiny_model, on_status=messages.append)
    finally:
        fake.stop()
    assert route == "gguf"
    gguf = trained_run[0] / "adapter.gguf"
    assert script.created[-1]["adapters"] == {"adapter.gguf": _digest(gguf)}
    assert script.created[-1]["from"] == BASE
    assert any(UNSUPPORTED_ARCHITECTURE in m for m in messages)


def test_adapter_refusal_leads_to_the_merged_model(trained_run, tiny_model, script):
    from gguf import GGUFReader

    fake = serve_refusing(script, "adapters")
    messages: list[str] = []
    try:
        with Ollama(fake.url, read_timeout=30) as client:
            route = create_in_ollama(
                client, trained_run[0], "zebra-merged", BASE, tiny_model, on_status=messages.append
            )
    finally:
        fake.stop()
    assert route == "merged"
    merged = trained_run[0] / "merged.gguf"
    body = script.created[-1]
    assert body["files"] == {"merged.gguf": _digest(merged)} and not body.get("adapters")
    assert script.blobs[_digest(merged)] == merged.stat().st_size
    assert GGUFReader(merged).fields["general.type"].contents() == "model"
    assert any(ADAPTERS_REFUSED in m for m in messages)
    assert f"FROM {merged}" in (trained_run[0] / "Modelfile").read_text()


def test_missing_ollama_base_is_one_line(trained_run, fake_ollama, capsys):
    code = main(["train-export", str(trained_run[0]), "--create", "x", "--from", "nope:7b", "--host", fake_ollama.url])
    assert code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "nope:7b" in err[0] and "ollama pull" in err[0]
