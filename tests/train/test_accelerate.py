"""Past one machine: the FSDP config accelerate reads, and the same worker entry point under `accelerate launch`."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from architect_ai.cli import main
from architect_ai.train.launcher import worker_env
from architect_ai.train.run_folder import read_status

pytestmark = pytest.mark.slow


def test_prepare_only_writes_an_fsdp_config_that_accelerate_reads(dataset, tiny_model, capsys):
    from accelerate.commands.config.config_args import ClusterConfig

    assert main(["train", "--dataset", str(dataset), "--base", str(tiny_model), "--prepare-only"]) == 0
    captured = capsys.readouterr()
    run_dir = Path(captured.out.strip())
    path = dataset / "formats" / "accelerate_fsdp.yaml"
    config = ClusterConfig.from_yaml_file(path)  # raises on keys accelerate does not know
    assert config.distributed_type == "FSDP" and config.num_processes == 2
    assert config.fsdp_config["fsdp_auto_wrap_policy"] == "TRANSFORMER_BASED_WRAP"
    assert f"accelerate launch --config_file {path} -m architect_ai.train.worker {run_dir}" in captured.err
    assert read_status(run_dir).status == "starting"


def test_worker_runs_unchanged_under_accelerate_launch(dataset, tiny_model, tmp_path, capsys):
    args = ["train", "--dataset", str(dataset), "--base", str(tiny_model), "--prepare-only", "--max-steps", "2"]
    assert main([*args, "--no-suite", "--threads", "1"]) == 0
    run_dir = Path(capsys.readouterr().out.strip())
    cpu = {
        "compute_environment": "LOCAL_MACHINE",
        "distributed_type": "NO",
        "use_cpu": True,
        "num_processes": 1,
        "num_machines": 1,
        "machine_rank": 0,
        "mixed_precision": "no",
    }
    (tmp_path / "cpu.yaml").write_text(yaml.safe_dump(cpu))
    accelerate = Path(sys.executable).with_name("accelerate")
    command = [str(accelerate), "launch", "--config_file", str(tmp_path / "cpu.yaml")]
    command += ["-m", "architect_ai.train.worker", str(run_dir)]
    done = subprocess.run(command, env=worker_env(1), capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    status = read_status(run_dir)
    assert status.status == "completed" and status.reason.startswith("2 steps"), status.reason
    assert (run_dir / "adapter" / "adapter_model.safetensors").is_file()
