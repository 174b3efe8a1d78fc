"""Saving runs to the dataset folder, loading the history, rendering the table."""

from __future__ import annotations

import json

import pytest
from test_validation_run import TEXT_SUITE

from architect_ai.errors import UserError
from architect_ai.validate.ollama import Ollama
from architect_ai.validate.report import history_rows, load_history, load_run, render_text, save_run
from architect_ai.validate.runner import run_validation
from tests.validate.fake_ollama import BASE, TUNED


@pytest.fixture
def run(fake_ollama):
    with Ollama(fake_ollama.url) as client:
        return run_validation(client, TEXT_SUITE, [TUNED, BASE], None, label="epoch 1")


def test_save_and_load_round_trip(tmp_path, run):
    path = save_run(run, tmp_path)
    assert path.parent == tmp_path / "validation" and path.suffix == ".json"
    assert load_run(path) == run
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["options"]["temperature"] == 0 and data["models"] == [TUNED, BASE]
    assert data["results"][0]["assertions"][0]["reason"]
    assert not [p for p in path.parent.iterdir() if p.name.startswith(".")]  # no temp file left behind


def test_history_is_ordered_and_skips_broken_files(tmp_path, run):
    later = run.model_copy(update={"started_at": "2999-01-01T00:00:00+00:00", "label": "epoch 2"})
    first = save_run(later, tmp_path)
    second = save_run(run, tmp_path)
    assert first != second  # same second: a distinct file, nothing overwritten
    (tmp_path / "validation" / "garbage.json").write_text("{", encoding="utf-8")
    history = load_history(tmp_path)
    assert [r.label for r in history] == ["epoch 1", "epoch 2"]
    rows = history_rows(history)
    assert [(r["run"], r["role"], r["label"]) for r in rows] == [
        (1, "tuned", "epoch 1"),
        (1, "base", "epoch 1"),
        (2, "tuned", "epoch 2"),
        (2, "base", "epoch 2"),
    ]
    assert rows[0]["pass_rate"] == 1.0
    assert load_history(tmp_path / "elsewhere") == []


def test_unwritable_dataset_folder_is_a_user_error(tmp_path, run):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(UserError, match="cannot write the validation report"):
        save_run(run, blocker)


def test_text_table_shows_checks_rates_and_delta(run):
    text = render_text(run)
    for expected in ("dto", "angular", "register", TUNED, BASE, "100%", "delta (tuned − base)", "FAIL", "ok"):
        assert expected in text, expected
    delta_line = next(line for line in text.splitlines() if "delta" in line)
    assert f"{run.delta * 100:+.0f} pts" in delta_line
