"""Start a training run as a separate process (torch never enters the caller), follow it, stop it.

`prepare_run` checks everything that can be checked without torch (dataset, split, subset, base, settings, disk),
then creates the run folder with `train_config.json` and `run.json` (`starting`). `start_worker` launches
`python -m architect_ai.train.worker RUN_DIR` with its output in `worker.log`. `finish_after_exit` marks a run
whose process died without a final status as failed, with the signal or exit code.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import architect_ai
from architect_ai.errors import UserError
from architect_ai.train.base_model import check_base
from architect_ai.train.config import TrainConfig
from architect_ai.train.dataset_rows import load_split
from architect_ai.train.run_folder import (
    FINAL,
    LOG_FILE,
    PID_FILE,
    create_run_dir,
    new_run_id,
    now,
    read_run,
    runs_root,
    write_run,
)
from architect_ai.train.trainer import last_checkpoint

PACKAGE_ROOT = Path(architect_ai.__file__).resolve().parent.parent


def prepare_run(config: TrainConfig, run_id: str | None = None) -> Path:
    """Validate `config` and create its run folder; every problem is a one-line `UserError`."""
    dataset = Path(config.dataset).expanduser().resolve()
    train, _ = load_split(dataset, config.subset)
    suite_file = str(Path(config.suite_file).expanduser().resolve()) if config.suite_file else None
    # absolute paths: the training process runs from the package's folder, not the caller's
    config = config.model_copy(
        update={"dataset": str(dataset), "base": check_base(config.base), "suite_file": suite_file}
    )
    if config.micro_batch_size > config.batch_size:
        raise UserError(f"micro batch {config.micro_batch_size} is larger than the batch {config.batch_size}")
    if config.resume and last_checkpoint(runs_root(dataset) / config.resume) is None:
        raise UserError(f"run {config.resume} has no checkpoint to resume from")
    if config.suite_file and not Path(config.suite_file).is_file():
        raise UserError(f"suite file {config.suite_file} does not exist")
    run_dir = create_run_dir(dataset, run_id or new_run_id(config.subset))
    try:
        config.save(run_dir)
        write_run(
            run_dir,
            status="starting",
            reason="",
            launcher_pid=os.getpid(),
            created_at=now(),
            base=config.base,
            subset=config.subset,
            train_rows=len(train),
        )
    except OSError as exc:
        raise UserError(f"cannot write the run folder {run_dir}: {exc.strerror or exc}") from None
    return run_dir


def worker_command(run_dir: Path) -> list[str]:
    return [sys.executable, "-m", "architect_ai.train.worker", str(run_dir)]


def worker_env(threads: int | None = None) -> dict[str, str]:
    """The child's environment: this package importable first, quiet tokenizers, optional thread cap."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(PACKAGE_ROOT), *filter(None, [env.get("PYTHONPATH")])])
    env["PYTHONUNBUFFERED"] = "1"
    env.setdefault("TOKENIZERS_PARALLELISM", "false")
    env.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
    if threads:
        env["OMP_NUM_THREADS"] = str(threads)
    return env


def start_worker(run_dir: Path, threads: int | None = None) -> subprocess.Popen:
    """Launch the training process for a prepared run folder."""
    log = (run_dir / LOG_FILE).open("ab")
    try:
        process = subprocess.Popen(
            worker_command(run_dir),
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            env=worker_env(threads),
            cwd=str(PACKAGE_ROOT),
            start_new_session=True,
        )
    finally:
        log.close()
    (run_dir / PID_FILE).write_text(f"{process.pid}\n", encoding="utf-8")  # run.json is the worker's now
    return process


def finish_after_exit(run_dir: Path, returncode: int) -> dict:
    """After the process ended: a run.json that is not final becomes failed with how the process ended."""
    data = read_run(run_dir)
    if data.get("status") in FINAL:
        return data
    if returncode < 0:
        name = signal.Signals(-returncode).name if -returncode in signal.Signals._value2member_map_ else -returncode
        reason = f"the training process was killed ({name}) before it finished"
    else:
        reason = f"the training process exited with code {returncode} without a final status (see {LOG_FILE})"
    return write_run(run_dir, status="failed", reason=reason, finished_at=now())
