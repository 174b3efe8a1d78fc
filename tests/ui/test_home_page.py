"""AppTest of Home's history: select rows to open, delete (after confirming) or compare two datasets."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

from tests.ui.apptest_tools import app, table
from tests.ui.dataset_factory import write_dataset


def _select(at: AppTest, *rows: int, version: int = 0) -> AppTest:
    at.session_state[f"home_datasets_{version}"] = {"selection": {"rows": list(rows), "columns": []}}
    return at.run()


def _names(at: AppTest) -> list[str]:
    return list(table(at, "dataset")["dataset"])


def test_a_selected_row_opens_the_dataset(datasets_dir: Path) -> None:
    folder = write_dataset(datasets_dir, "only")
    at = _select(app(), 0)
    at.button(key="home_open").click().run()
    assert not at.exception
    assert at.session_state["current_dataset"] == str(folder)
    assert any("only" in h.value for h in at.header)  # now on the Fine-Tuning page, showing it


def test_delete_needs_a_confirmation(datasets_dir: Path) -> None:
    folder = write_dataset(datasets_dir, "doomed")
    at = _select(app(), 0)
    assert folder.is_dir()  # selecting and opening the popover deletes nothing
    at.button(key="home_delete_confirm").click().run()
    assert not at.exception
    assert not folder.exists()
    assert any("No datasets yet" in i.value for i in at.info)


def test_delete_with_two_datasets_deletes_exactly_the_one_named(datasets_dir: Path) -> None:
    first = write_dataset(datasets_dir, "first")
    second = write_dataset(datasets_dir, "second")
    at = app()
    shown = _names(at)
    at = _select(at, 0)
    named = shown[0]
    confirm = at.button(key="home_delete_confirm")
    assert named in confirm.label and shown[1] not in confirm.label  # the confirmation names exactly one dataset
    confirm.click().run()
    assert not at.exception
    survivor = second if named == "first" else first
    assert not (datasets_dir / named).exists() and survivor.is_dir()
    assert _names(at) == [survivor.name]
    # the selection and the confirmation are gone: nothing is offered for the row that moved up
    assert not [b for b in at.button if b.key in ("home_delete_confirm", "home_open")]
    assert any(named in s.value for s in at.success)
    at.run()  # another rerun (the browser re-sends its widget states) still deletes nothing
    assert survivor.is_dir()
    assert not [b for b in at.button if b.key == "home_delete_confirm"]


def test_a_confirmation_acts_on_its_own_name_only(datasets_dir: Path) -> None:
    """The row list changed under an open confirmation: the click deletes nothing else."""
    write_dataset(datasets_dir, "aaa")
    at = _select(app(), 0)
    named = _names(at)[0]
    (datasets_dir / named).rename(datasets_dir / ".moved-away")  # gone by the time the click arrives
    other = write_dataset(datasets_dir, "zzz")
    at.button(key="home_delete_confirm").click().run()
    assert not at.exception
    assert other.is_dir()
    assert any("already gone" in w.value for w in at.warning)


def test_two_selected_datasets_are_compared(datasets_dir: Path) -> None:
    write_dataset(datasets_dir, "small", total=60)
    write_dataset(datasets_dir, "large", total=150)
    at = _select(app(), 0, 1)
    tables = {t.value.index.name: t.value for t in at.table}  # static tables: labels wrap, A beside B
    assert list(tables) == ["criterion", "figure", "convention"]
    assert all(list(t.columns) == ["A", "B"] for t in tables.values())
    counts = tables["figure"]
    assert sorted([counts.loc["examples", "A"], counts.loc["examples", "B"]]) == [60, 150]
    assert "Documents use BSON attributes" in set(tables["criterion"].index)
    assert list(tables["convention"].index) == ["settings_interface_injection"]
