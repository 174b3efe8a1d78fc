"""One dataset generation in a background thread: its progress to read, Cancel, and the result or a one-line reason.

The page starts a `GenerationJob` and keeps it in the session (as the Training page keeps its training process), so
Streamlit's reruns — a click on another widget, a tab switch, leaving the page — never reach the run; the page polls
`progress()` and `state`. `cancel()` is the one way to stop it: the pipeline's next progress report raises
`GenerationCancelled`, and the writer removes its hidden temporary folder, so nothing is left half-written.

A thread rather than a process: the pipeline is imported and mermaid.js is warm once per app process, not per run.
No Streamlit here.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from architect_ai.config import RunConfig
from architect_ai.errors import UserError

log = logging.getLogger(__name__)

RUNNING, DONE, CANCELLED, FAILED = "running", "done", "cancelled", "failed"

#: Share of the whole run each stage takes (measured on the sample), to turn stages into one percentage.
STAGE_SPANS = {
    "open repository": (0.0, 0.03),
    "read files": (0.03, 0.08),
    "analyze": (0.08, 0.22),
    "chunk": (0.22, 0.35),
    "plan": (0.35, 0.45),
    "generate": (0.45, 0.98),
    "write": (0.98, 1.0),
}


def overall_fraction(stage: str, done: int, total: int) -> float:
    start, end = STAGE_SPANS.get(stage, (0.0, 0.0))
    inside = min(1.0, done / total) if total else 0.0
    return start + (end - start) * inside


class GenerationCancelled(BaseException):
    """Raised inside the pipeline's progress callback after `cancel()`.

    A `BaseException`, like `KeyboardInterrupt`: no stage's `except Exception` may swallow it.
    """


@dataclass(frozen=True)
class JobProgress:
    """The last progress report: stage, counts, the whole run's fraction (never going back) and seconds so far."""

    stage: str
    done: int
    total: int
    fraction: float
    elapsed: float


def failure_reason(exc: Exception) -> str:
    """The one line the user reads for an exception out of the pipeline (the traceback goes to the log only)."""
    if isinstance(exc, UserError):
        return str(exc)
    if isinstance(exc, OSError):  # e.g. a full disk surfacing outside the pipeline's own translation
        return f"could not write the dataset: {exc.strerror or exc}" + (f": {exc.filename}" if exc.filename else "")
    first = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"generation failed: {type(exc).__name__}" + (f": {first}" if first else "")


class GenerationJob:
    """`generate_dataset(config, out_root=…, force=…)` in a daemon thread; thread-safe to read from any other."""

    def __init__(self, config: RunConfig, *, out_root: Path, force: bool = False) -> None:
        self.config = config
        self.out_root = Path(out_root)
        self.force = force
        self.state = RUNNING
        self.reason = ""  # one line, when failed
        self.result = None  # the pipeline's RunResult, when done
        self.seconds = 0.0  # how long the run took, once finished
        self._cancel = threading.Event()
        self._lock = threading.Lock()
        self._started = time.monotonic()
        self._progress = JobProgress("", 0, 0, 0.0, 0.0)
        self._thread = threading.Thread(target=self._run, name=f"generate-{config.dataset_name}", daemon=True)

    @property
    def name(self) -> str:
        return self.config.dataset_name

    def start(self) -> GenerationJob:
        self._started = time.monotonic()
        self._thread.start()
        return self

    def cancel(self) -> None:
        """Ask the run to stop at its next progress report; the dataset folder is left as it was."""
        self._cancel.set()

    @property
    def cancelling(self) -> bool:
        return self._cancel.is_set() and self.state == RUNNING

    @property
    def finished(self) -> bool:
        return self.state != RUNNING

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the run ends (or `timeout` seconds pass); whether it has ended."""
        self._thread.join(timeout)
        return self.finished

    def progress(self) -> JobProgress:
        with self._lock:
            return self._progress

    def report(self, stage: str, done: int, total: int) -> None:
        """The pipeline's `progress(stage, done, total)`: record it, or stop the run once cancelled."""
        if self._cancel.is_set():
            raise GenerationCancelled
        fraction = overall_fraction(stage, done, total)
        with self._lock:
            self._progress = JobProgress(
                stage, done, total, max(self._progress.fraction, fraction), time.monotonic() - self._started
            )

    def _run(self) -> None:
        state, reason, result = FAILED, "the run stopped unexpectedly", None
        try:
            from architect_ai.pipeline import generate_dataset

            self.report("open repository", 0, 1)
            result = generate_dataset(self.config, out_root=self.out_root, force=self.force, progress=self.report)
            state, reason = DONE, ""
        except GenerationCancelled:
            state, reason = CANCELLED, ""
        except Exception as exc:  # every failure ends as one line for the page, never a traceback on screen
            reason = failure_reason(exc)
            if not isinstance(exc, (UserError, OSError)):
                log.exception("generation of %s failed", self.name)
        finally:
            with self._lock:
                self.seconds = time.monotonic() - self._started
                self.result, self.reason, self.state = result, reason, state
