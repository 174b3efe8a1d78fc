"""The background generation run without the page: Cancel leaves the datasets folder as it was, progress never goes
back, and a failure is one line (issue #19, 3)."""

from __future__ import annotations

import time
from pathlib import Path

from architect_ai.config import SAMPLE_REPO, RunConfig
from architect_ai.errors import UserError
from architect_ai.generation_job import CANCELLED, FAILED, GenerationJob, failure_reason
from architect_ai.pipeline import PLAN_REPORT_EVERY

WAIT = 300  # seconds: a busy 2-core machine


def test_a_cancelled_run_writes_nothing_and_stops_reporting(tmp_path: Path) -> None:
    job = GenerationJob(RunConfig.build(repo=str(SAMPLE_REPO), target=20_000, max_examples=20_000), out_root=tmp_path)
    seen: list[float] = []
    job.start()
    while job.progress().fraction < 0.05 and not job.finished:  # the analysis is under way
        seen.append(job.progress().fraction)
        job.wait(0.05)
    job.cancel()
    assert job.wait(WAIT)
    assert job.state == CANCELLED and job.result is None and job.reason == ""
    assert list(tmp_path.iterdir()) == []  # neither the dataset nor its hidden temporary folder
    assert seen == sorted(seen)  # the fraction never goes back


def test_a_refused_run_ends_failed_with_its_one_line_reason(tmp_path: Path) -> None:
    (tmp_path / "taken").mkdir()
    job = GenerationJob(RunConfig.build(repo=str(SAMPLE_REPO), target=500, name="taken"), out_root=tmp_path).start()
    assert job.wait(WAIT)
    assert job.state == FAILED and "already exists" in job.reason and "\n" not in job.reason
    assert [p.name for p in tmp_path.iterdir()] == ["taken"]


def test_failure_reasons_are_one_line() -> None:
    assert failure_reason(UserError("bad target\nmore")) == "bad target"
    assert failure_reason(OSError(28, "No space left on device", "/x/y")) == (
        "could not write the dataset: No space left on device: /x/y"
    )
    assert failure_reason(RuntimeError("boom\n  at line 3")) == "generation failed: RuntimeError: boom"
    assert failure_reason(KeyError()) == "generation failed: KeyError"


def test_cancel_reaches_a_run_while_it_counts_candidates(tmp_path: Path) -> None:
    """The plan stage counts up to target × categories candidates: it reports as it goes, so Cancel stops it there."""
    job = GenerationJob(RunConfig.build(repo=str(SAMPLE_REPO), target=20_000, max_examples=20_000), out_root=tmp_path)
    job.start()
    while job.progress().stage != "plan" or job.progress().done < PLAN_REPORT_EVERY:
        assert not job.wait(0.02), job.state
    job.cancel()
    asked = time.monotonic()
    assert job.wait(WAIT)
    assert job.state == CANCELLED and job.progress().stage == "plan"  # stopped in the stage it was asked in
    assert time.monotonic() - asked < 10  # before: the rest of the count, tens of seconds on a busy machine
    assert list(tmp_path.iterdir()) == []
