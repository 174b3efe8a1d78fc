"""Held-out files (#17): whole repository files set aside before writing; nothing quoting them reaches training."""

from __future__ import annotations

import json
from pathlib import Path

from architect_ai.config import SAMPLE_REPO, RunConfig
from architect_ai.pipeline import generate_dataset

MIN_LINE = 24


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _distinctive(text: str) -> set[str]:
    return {s for s in (line.strip() for line in text.splitlines()) if len(s) >= MIN_LINE}


def test_held_out_files_never_reach_train_or_valid_and_rerun_is_byte_identical(tmp_path):
    config = RunConfig(repo=str(SAMPLE_REPO), target=600, test_size=10)
    out = generate_dataset(config, out_root=tmp_path / "a").out_dir
    report = json.loads((out / "report.json").read_text())
    held = report["held_out"]["files"]
    assert len(held) == 10
    test = _records(out / "test.jsonl")
    assert test and report["held_out"]["examples"] == len(test)
    training = [*_records(out / "train.jsonl"), *_records(out / "valid.jsonl")]
    assert training
    # builtin library answers are not the repository's code (a settings class may share a line with one by chance)
    training = [r for r in training if not r["metadata"]["source"].startswith("builtin:")]
    # every distinctive line of a held-out file that occurs in that file only must stay out of train/valid
    files = {p: (SAMPLE_REPO / p).read_text(encoding="utf-8") for p in held}
    others = "\n".join(
        f.read_text(encoding="utf-8", errors="replace")
        for f in SAMPLE_REPO.rglob("*")
        if f.is_file() and f.relative_to(SAMPLE_REPO).as_posix() not in held
    )
    unique = {line for text in files.values() for line in _distinctive(text) if line not in others}
    assert unique
    leaked = [r["metadata"]["source"] for r in training if unique & _distinctive(r["messages"][-1]["content"])]
    assert leaked == []
    assert all(not any(r["metadata"]["source"].startswith(p + ":") for p in held) for r in training)
    again = generate_dataset(config, out_root=tmp_path / "b").out_dir
    for name in ("train.jsonl", "valid.jsonl", "test.jsonl"):
        assert (out / name).read_bytes() == (again / name).read_bytes()


def test_without_a_held_out_share_no_test_file_is_written(sample_500):
    out = sample_500  # the sample at its defaults (no held-out share), generated once for the session
    assert not (out / "test.jsonl").exists()
    assert json.loads((out / "report.json").read_text())["held_out"] == {"files": [], "examples": 0}
