"""The run folder contract: `<dataset>/runs/<run-id>/` with its config, events, adapter, results and status.

`run.json` says `running` (with the worker's pid) from the start, and only the training process writes
`completed` / `stopped` / `failed` at its end; a run whose process is gone while `run.json` still says `running`
was killed or crashed, and `read_status` reports it as failed. `events.jsonl` is appended one JSON line at a time.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from architect_ai.atomic import write_text_atomic
from architect_ai.errors import UserError
from architect_ai.processes import pid_alive

RUNS_DIR = "runs"
RUN_FILE = "run.json"
EVENTS_FILE = "events.jsonl"
STOP_FILE = "STOP"
ADAPTER_DIR = "adapter"
VALIDATION_DIR = "validation"
LOG_FILE = "worker.log"
PID_FILE = "worker.pid"
GGUF_FILE = "adapter.gguf"
#: Free space a run folder needs: config, events, a LoRA adapter and its checkpoints (small next to the base).
MIN_FREE_BYTES = 200 * 1024 * 1024
DEAD_REASON = "the training process ended without saying so (killed or crashed): the adapter may be missing"
FINAL = ("completed", "stopped", "failed")


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True, slots=True)
class RunStatus:
    """What `run.json` says, corrected for a process that is gone."""

    run_dir: Path
    status: str  # running | completed | stopped | failed
    reason: str
    data: dict[str, Any]

    @property
    def run_id(self) -> str:
        return self.run_dir.name

    @property
    def finished(self) -> bool:
        return self.status in FINAL


def runs_root(dataset_dir: str | Path) -> Path:
    return Path(dataset_dir) / RUNS_DIR


def new_run_id(subset: int | None) -> str:
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")[:-3]
    return f"{stamp}-{'all' if subset is None else subset}"


def create_run_dir(dataset_dir: str | Path, run_id: str, min_free: int = MIN_FREE_BYTES) -> Path:
    """Make `runs/<run_id>/` (an empty folder); no space or no permission is a one-line `UserError`."""
    root = runs_root(dataset_dir)
    try:
        root.mkdir(parents=True, exist_ok=True)
        free = shutil.disk_usage(root).free
        if free < min_free:
            raise UserError(f"only {free // 2**20} MiB free under {root}: a run needs at least {min_free // 2**20} MiB")
        run_dir = root / run_id
        run_dir.mkdir()
    except FileExistsError:
        raise UserError(f"run {run_id} already exists under {root}") from None
    except OSError as exc:
        raise UserError(f"cannot create a run folder under {root}: {exc.strerror or exc}") from None
    return run_dir


def write_run(run_dir: Path, **fields: Any) -> dict[str, Any]:
    """Merge `fields` into `run.json` (atomically) and return the whole record."""
    data = read_run(run_dir)
    data.update(fields)
    data["run_id"] = run_dir.name
    data["updated_at"] = now()
    write_text_atomic(run_dir / RUN_FILE, json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    return data


def read_run(run_dir: Path) -> dict[str, Any]:
    try:
        data = json.loads((run_dir / RUN_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _pid_file(run_dir: Path) -> int | None:
    try:
        return int((run_dir / PID_FILE).read_text(encoding="utf-8").strip())
    except (OSError, ValueError):
        return None


def read_status(run_dir: str | Path) -> RunStatus:
    run_dir = Path(run_dir)
    data = read_run(run_dir)
    status = str(data.get("status") or "failed")
    reason = str(data.get("reason") or ("" if data else "run.json is missing or unreadable"))
    pid = data.get("pid") or _pid_file(run_dir)
    if (status in ("running", "starting") and pid is not None and not pid_alive(pid)) or (
        status == "starting" and pid is None and not pid_alive(data.get("launcher_pid"))
    ):
        status, reason = "failed", DEAD_REASON
    return RunStatus(run_dir=run_dir, status=status, reason=reason, data=data)


def list_runs(dataset_dir: str | Path) -> list[RunStatus]:
    """Every run of a dataset, newest first."""
    root = runs_root(dataset_dir)
    if not root.is_dir():
        return []
    return [read_status(p) for p in sorted(root.iterdir(), reverse=True) if p.is_dir() and (p / RUN_FILE).exists()]


def append_event(run_dir: Path, event: dict[str, Any]) -> None:
    """One line in `events.jsonl` (a single write, flushed: a reader never sees half a line for long)."""
    line = json.dumps(event, ensure_ascii=False, allow_nan=False, default=float) + "\n"
    with (run_dir / EVENTS_FILE).open("a", encoding="utf-8") as out:
        out.write(line)
        out.flush()


def read_events(run_dir: str | Path) -> list[dict[str, Any]]:
    """Every complete line of `events.jsonl` (a line being written is skipped until it ends)."""
    path = Path(run_dir) / EVENTS_FILE
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return []
    events = []
    for line in text.splitlines(keepends=True):
        if line.endswith("\n"):
            try:
                events.append(json.loads(line))
            except ValueError:
                continue
    return events


def request_stop(run_dir: str | Path, at_step: int | None = None) -> None:
    """Ask the training process to stop at the next step, or after step `at_step` (it saves the adapter first)."""
    (Path(run_dir) / STOP_FILE).write_text("" if at_step is None else f"{at_step}\n", encoding="utf-8")


def stop_requested(run_dir: Path, step: int | None = None) -> bool:
    """Whether the stop file asks to stop now (empty: at once; a number: once `step` reached it)."""
    try:
        text = (run_dir / STOP_FILE).read_text(encoding="utf-8").strip()
    except OSError:
        return False
    if not text.isdigit() or step is None:
        return True
    return step >= int(text)
