"""Bad input to `architect-ai train`: one line, exit 2, no traceback, no run folder left behind."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from architect_ai.cli import main
from architect_ai.errors import UserError
from architect_ai.train.run_folder import create_run_dir, list_runs
from tests.train.conftest import write_jsonl


def _causal_lm_folder(path: Path) -> Path:
    path.mkdir()
    (path / "config.json").write_text(json.dumps({"architectures": ["LlamaForCausalLM"], "model_type": "llama"}))
    return path


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["train", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _assert_one_line(code: int, err: str, expected: str) -> None:
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), err
    assert "Traceback" not in err
    assert expected in lines[0]


def test_missing_dataset(capsys, tmp_path):
    code, out, err = _run(capsys, "--dataset", str(tmp_path / "nope"), "--base", "demo")
    _assert_one_line(code, err, "does not exist")
    assert out == ""


def test_empty_train_split(capsys, dataset):
    write_jsonl(dataset / "train.jsonl", [])
    code, _, err = _run(capsys, "--dataset", str(dataset), "--base", "demo")
    _assert_one_line(code, err, "train split")
    assert not (dataset / "runs").exists()


def test_subset_that_does_not_exist(capsys, dataset):
    code, _, err = _run(capsys, "--dataset", str(dataset), "--base", "demo", "--subset", "3000")
    _assert_one_line(code, err, "no subset of 3000 examples (available: 8)")
    assert not (dataset / "runs").exists()


def test_base_that_is_not_a_causal_lm(capsys, dataset, tmp_path):
    encoder = tmp_path / "bert"
    encoder.mkdir()
    (encoder / "config.json").write_text(json.dumps({"architectures": ["BertModel"], "model_type": "bert"}))
    code, _, err = _run(capsys, "--dataset", str(dataset), "--base", str(encoder))
    _assert_one_line(code, err, "not a causal language model (BertModel)")
    assert not (dataset / "runs").exists()


def test_base_folder_without_config(capsys, dataset, tmp_path):
    (tmp_path / "empty").mkdir()
    code, _, err = _run(capsys, "--dataset", str(dataset), "--base", str(tmp_path / "empty"))
    _assert_one_line(code, err, "no config.json")


def test_base_path_that_does_not_exist(capsys, dataset, tmp_path):
    code, _, err = _run(capsys, "--dataset", str(dataset), "--base", str(tmp_path / "missing-model"))
    _assert_one_line(code, err, "does not exist")


@pytest.mark.parametrize(
    ("flag", "value", "expected"),
    [
        ("--epochs", "0", "epochs"),
        ("--lora-r", "0", "lora_r"),
        ("--lr", "-1", "learning_rate"),
        ("--max-length", "8", "max_length"),
        ("--batch", "0", "batch_size"),
    ],
)
def test_out_of_range_setting(capsys, dataset, tmp_path, flag, value, expected):
    base = _causal_lm_folder(tmp_path / "llama")
    code, _, err = _run(capsys, "--dataset", str(dataset), "--base", str(base), flag, value)
    _assert_one_line(code, err, expected)
    assert not (dataset / "runs").exists()


def test_resume_of_a_run_without_checkpoint(capsys, dataset, tmp_path):
    base = _causal_lm_folder(tmp_path / "llama")
    code, _, err = _run(capsys, "--dataset", str(dataset), "--base", str(base), "--resume", "no-such-run")
    _assert_one_line(code, err, "no checkpoint")


def test_no_disk_space_for_the_run_folder(dataset):
    with pytest.raises(UserError, match="MiB free"):
        create_run_dir(dataset, "r1", min_free=2**62)  # more than any disk: the real free space is below it
    assert list_runs(dataset) == []
    assert not (dataset / "runs" / "r1").exists()


def test_prepare_only_writes_config_and_starting_status(capsys, dataset, tmp_path):
    base = _causal_lm_folder(tmp_path / "llama")
    code, out, _ = _run(capsys, "--dataset", str(dataset), "--base", str(base), "--prepare-only", "--epochs", "4")
    assert code == 0
    run_dir = Path(out.strip())
    config = json.loads((run_dir / "train_config.json").read_text())
    assert config["epochs"] == 4 and config["max_length"] == 128 and config["learning_rate"] == pytest.approx(2e-3)
    assert json.loads((run_dir / "run.json").read_text())["status"] == "starting"


def test_help_lists_every_setting(capsys):
    with pytest.raises(SystemExit) as exited:
        main(["train", "--help"])
    assert exited.value.code == 0
    text = capsys.readouterr().out
    for flag in ("--dataset", "--base", "--subset", "--epochs", "--lr", "--batch", "--max-length", "--lora-r"):
        assert flag in text
    assert "--lora-alpha" in text and "--resume" in text
