"""The trained adapter converted by llama.cpp's own converter, read back with gguf's reader; refusals in one line."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from architect_ai.cli import main
from architect_ai.errors import UserError
from architect_ai.train.gguf_export import CONVERTERS_ENV, export_adapter_gguf

pytestmark = pytest.mark.slow
LORA_MODULES = 7  # q, k, v, o, gate, up, down per layer ("all-linear")
LAYERS = 2


def _copy_run(run_dir: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "run"
    copy.mkdir()
    shutil.copytree(run_dir / "adapter", copy / "adapter")
    return copy


def test_adapter_converts_to_gguf_and_reads_back(trained_run, capsys):
    from gguf import GGUFReader

    run_dir = trained_run[0]
    assert main(["train-export", str(run_dir), "--gguf", "--from", "codellama:7b-instruct"]) == 0
    path = Path(capsys.readouterr().out.strip())
    assert path == run_dir / "adapter.gguf"
    modelfile = (run_dir / "Modelfile").read_text()
    assert "FROM codellama:7b-instruct\n" in modelfile and f"ADAPTER {path}\n" in modelfile
    reader = GGUFReader(path)
    assert reader.fields["general.type"].contents() == "adapter"
    assert reader.fields["adapter.type"].contents() == "lora"
    assert reader.fields["adapter.lora.alpha"].contents() == 16.0
    assert reader.fields["general.architecture"].contents() == "llama"
    assert len(reader.tensors) == LAYERS * LORA_MODULES * 2  # lora_a and lora_b
    assert {t.name.rsplit(".", 1)[-1] for t in reader.tensors} == {"lora_a", "lora_b"}
    assert not list(run_dir.glob(".adapter.gguf*"))


def test_base_folder_without_config_is_refused(trained_run, tmp_path):
    run_dir = _copy_run(trained_run[0], tmp_path)
    (tmp_path / "weights-only").mkdir()
    with pytest.raises(UserError, match=r"no config\.json"):
        export_adapter_gguf(run_dir, tmp_path / "weights-only")
    assert not (run_dir / "adapter.gguf").exists()


def test_adapter_with_modules_to_save_is_refused(trained_run, tiny_model, tmp_path):
    run_dir = _copy_run(trained_run[0], tmp_path)
    config_path = run_dir / "adapter" / "adapter_config.json"
    config = json.loads(config_path.read_text())
    config["modules_to_save"] = ["lm_head", "embed_tokens"]
    config_path.write_text(json.dumps(config))
    with pytest.raises(UserError, match=r"trains whole modules \(lm_head, embed_tokens\)"):
        export_adapter_gguf(run_dir, tiny_model)
    assert not (run_dir / "adapter.gguf").exists()


def test_missing_converters_say_make_setup(trained_run, tiny_model, tmp_path, monkeypatch):
    run_dir = _copy_run(trained_run[0], tmp_path)
    monkeypatch.setenv(CONVERTERS_ENV, str(tmp_path / "no-llama-cpp"))
    with pytest.raises(UserError, match="make setup"):
        export_adapter_gguf(run_dir, tiny_model)


def test_export_of_an_unfinished_run_is_one_line(trained_run, tmp_path, capsys):
    run_dir = tmp_path / "run"
    run_dir.mkdir()
    (run_dir / "run.json").write_text(json.dumps({"status": "failed", "reason": "boom"}))
    assert main(["train-export", str(run_dir)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"error: run {run_dir.name} is failed: there is no finished adapter to export"]
