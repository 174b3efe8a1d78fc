"""From a LoRA adapter to a Modelfile and an Ollama model (created through the fake)."""

from __future__ import annotations

import hashlib
import json

import pytest

from architect_ai.errors import UserError
from architect_ai.validate.modelfile import create_from_adapter, find_adapter, render_modelfile, write_modelfile
from architect_ai.validate.ollama import Ollama, OllamaError
from tests.validate.fake_ollama import BASE


@pytest.fixture
def safetensors_adapter(tmp_path):
    folder = tmp_path / "adapter"
    folder.mkdir()
    (folder / "adapter_model.safetensors").write_bytes(b"weights" * 1000)
    (folder / "adapter_config.json").write_text(json.dumps({"r": 16, "lora_alpha": 32}), encoding="utf-8")
    (folder / "optimizer.pt").write_bytes(b"not needed")
    return folder


def test_find_adapter_kinds_and_errors(tmp_path, safetensors_adapter):
    adapter = find_adapter(safetensors_adapter)
    assert adapter.kind == "safetensors"
    assert [f.name for f in adapter.files] == ["adapter_config.json", "adapter_model.safetensors"]
    gguf = tmp_path / "lora.gguf"
    gguf.write_bytes(b"GGUF")
    assert find_adapter(gguf).kind == "gguf" and find_adapter(gguf).files == (gguf,)
    (safetensors_adapter / "adapter_config.json").unlink()
    with pytest.raises(UserError, match=r"no adapter_config\.json"):
        find_adapter(safetensors_adapter)
    with pytest.raises(UserError, match="does not exist"):
        find_adapter(tmp_path / "missing")
    with pytest.raises(UserError, match=r"not a \.gguf file"):
        find_adapter(safetensors_adapter / "optimizer.pt")
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(UserError, match=r"holds no \.safetensors or \.gguf"):
        find_adapter(empty)


def test_modelfile_lines(tmp_path, safetensors_adapter):
    adapter = find_adapter(safetensors_adapter)
    text = render_modelfile(
        "codellama", adapter, system='Say """hi"""', temperature=0.1, num_ctx=8192, base_digest="abc"
    )
    lines = text.splitlines()
    assert "FROM codellama:latest" in lines
    assert f"ADAPTER {safetensors_adapter}" in lines
    assert "SYSTEM \"\"\"Say '''hi'''\"\"\"" in lines
    assert "PARAMETER temperature 0.1" in lines and "PARAMETER num_ctx 8192" in lines
    assert "# base digest: abc" in lines
    path = write_modelfile(tmp_path / "dataset", BASE, adapter)
    assert path == tmp_path / "dataset" / "Modelfile"
    assert f"FROM {BASE}" in path.read_text(encoding="utf-8").splitlines()


def test_create_through_the_client_uploads_blobs_and_sends_from_and_adapters(fake_ollama, safetensors_adapter):
    adapter = find_adapter(safetensors_adapter)
    statuses: list[str] = []
    with Ollama(fake_ollama.url) as client:
        adapters = create_from_adapter(client, "invoices:v1", BASE, adapter, system="sys", on_status=statuses.append)
        assert client.find_model("invoices:v1") is not None
    expected = {f.name: "sha256:" + hashlib.sha256(f.read_bytes()).hexdigest() for f in adapter.files}
    assert adapters == expected
    assert set(fake_ollama.script.blobs) == set(expected.values())
    [body] = fake_ollama.script.created
    assert body["model"] == "invoices:v1" and body["from"] == BASE
    assert body["adapters"] == expected and body["system"] == "sys"
    assert body["parameters"] == {"temperature": 0.2, "num_ctx": 4096}
    assert statuses[0] == "uploading adapter_config.json" and statuses[-1] == "success"


def test_create_from_a_missing_base_is_one_line(fake_ollama, tmp_path):
    gguf = tmp_path / "lora.gguf"
    gguf.write_bytes(b"GGUF")
    with Ollama(fake_ollama.url) as client, pytest.raises(OllamaError) as info:
        create_from_adapter(client, "x:v1", "llama9:70b", find_adapter(gguf))
    assert info.value.reason == "model 'llama9:70b' is not installed: run `ollama pull llama9:70b` or create it"
    assert fake_ollama.script.blobs == {}  # nothing uploaded for nothing
