"""AppTest of Home's history: select rows to open, delete (after confirming) or compare two datasets."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

from tests.ui.apptest_tools import app, table
from tests.ui.dataset_factory import write_dataset


def _select(at: AppTest, *rows: int) -> AppTest:
    at.session_state["home_datasets"] = {"selection": {"rows": list(rows), "columns": []}}
    return at.run()


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


def test_two_selected_datasets_are_compared(datasets_dir: Path) -> None:
    write_dataset(datasets_dir, "small", total=60)
    write_dataset(datasets_dir, "large", total=150)
    at = _select(app(), 0, 1)
    counts = table(at, "figure").set_index("figure")
    assert sorted([counts.loc["examples", "A"], counts.loc["examples", "B"]]) == [60, 150]
    criteria = table(at, "criterion")
    assert "Documents use BSON attributes" in set(criteria["criterion"])
    conventions = table(at, "convention")
    assert list(conventions["convention"]) == ["settings_interface_injection"]
