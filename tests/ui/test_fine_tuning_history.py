"""AppTest: the page's "History commits" option reaches the RunConfig, the page says what the history gave, and
Browse offers the commit kinds."""

from __future__ import annotations

import json
from pathlib import Path

from tests.history_repo import scripted_history
from tests.ui.apptest_tools import FINE_TUNING, app, wait_for_outcome


def test_history_option_reaches_the_config_and_the_page_shows_the_history_line(datasets_dir: Path, tmp_path: Path):
    history = scripted_history(tmp_path)
    at = app(FINE_TUNING)
    field = at.number_input(key="ft_history")
    assert field.value == 500 and "0 turns it off" in field.help
    at.radio(key="ft_source").set_value("Local folder").run()
    at.text_input(key="ft_local_path").input(str(history.root)).run()
    at.number_input(key="ft_target").set_value(500).run()
    at.number_input(key="ft_history").set_value(12).run()
    assert at.slider(key="ft_test_fraction").value == 0.05  # the transfer test is on by default
    at.slider(key="ft_test_fraction").set_value(0.1).run()
    assert not at.button(key="ft_generate").disabled
    wait_for_outcome(at.button(key="ft_generate").click().run())
    assert not at.exception, at.exception
    folder = datasets_dir / "shop_code_prototype_500"
    manifest = json.loads((folder / "manifest.json").read_text())
    assert manifest["config"]["history"] == 12 and manifest["history"]["commits_read"] == 12
    assert manifest["config"]["test_fraction"] == 0.1
    report = json.loads((folder / "report.json").read_text())
    held = report["held_out"]
    assert held["units"] > 0 and (folder / "test.jsonl").exists()
    assert any(c.value.endswith(held["summary"]) for c in at.caption)  # the page says the transfer test
    written = sum(report["history"]["examples_by_kind"].values())
    assert written > 0
    assert any(f"from history: {written} examples of 12 commits" in c.value for c in at.caption)

    browse = app(FINE_TUNING, query={"dataset": folder.name})
    assert not browse.exception
    assert {"commit_edit", "commit_feature"} <= set(browse.multiselect(key="br_kind").options)


def test_a_negative_history_is_refused_on_the_page(datasets_dir: Path, tmp_path: Path):
    history = scripted_history(tmp_path)
    at = app(FINE_TUNING)
    at.radio(key="ft_source").set_value("Local folder").run()
    at.text_input(key="ft_local_path").input(str(history.root)).run()
    at.number_input(key="ft_history").set_value(-1).run()
    assert at.button(key="ft_generate").disabled
