"""AppTest of the Browse tab: filters over the whole dataset, pages, one of each kind, reject + re-export."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from streamlit.testing.v1 import AppTest

from architect_ai.ui.dataset_index import read_example_at
from tests.ui.apptest_tools import FINE_TUNING, app, table
from tests.ui.dataset_factory import write_dataset


def _browser(datasets_dir: Path) -> tuple[AppTest, Path]:
    folder = write_dataset(datasets_dir, "browse_me", total=150)
    at = app(FINE_TUNING, query={"dataset": folder.name})
    assert not at.exception
    return at, folder


def _rows(at: AppTest):
    return table(at, "instruction")


def _matching(at: AppTest) -> str:
    return next(c.value for c in at.caption if "matching example" in c.value)


def test_the_browser_pages_through_the_whole_dataset(datasets_dir: Path) -> None:
    at, _ = _browser(datasets_dir)
    assert _matching(at).startswith("150 matching examples · page 1 of 6")
    assert list(_rows(at)["#"])[:3] == [1, 2, 3] and len(_rows(at)) == 25
    at.number_input(key="br_page").set_value(6).run()
    assert list(_rows(at)["#"]) == list(range(126, 151))


def test_filters_narrow_the_rows(datasets_dir: Path) -> None:
    at, _ = _browser(datasets_dir)
    at.multiselect(key="br_kind").select("erd").run()
    assert _matching(at).startswith("50 matching examples")
    assert set(_rows(at)["kind"]) == {"erd"}
    at.multiselect(key="br_kind").unselect("erd").run()
    at.selectbox(key="br_convention").set_value("settings_interface_injection").run()
    assert _matching(at).startswith("100 matching examples")
    at.selectbox(key="br_convention").set_value("").run()
    at.text_input(key="br_file").input("UserService").run()
    assert set(_rows(at)["file"]) == {"Api/UserService.cs"}
    at.text_input(key="br_file").input("").run()
    at.text_input(key="br_query").input("variant 14").run()
    rows = _rows(at)
    assert all("variant 14" in text for text in rows["instruction"])
    assert len(rows) == 8  # variant 14 and 140–149 that are not ERDs (every third example is)


def test_one_of_each_kind_and_the_first_100(datasets_dir: Path) -> None:
    at, _ = _browser(datasets_dir)
    at.segmented_control(key="br_view").set_value("One of each kind").run()
    assert sorted(_rows(at)["kind"]) == ["dotnet_service", "erd"]
    at.segmented_control(key="br_view").set_value("First 100").run()
    assert _matching(at).startswith("100 matching examples")


def test_reject_then_reexport_rebuilds_every_file_without_it(datasets_dir: Path) -> None:
    at, folder = _browser(datasets_dir)
    at.selectbox(key="br_open").set_value(1).run()
    assert not at.exception
    first = json.loads((folder / "dataset.jsonl").read_text().splitlines()[0])["metadata"]["id"]
    assert any(first in m.value for m in at.markdown)
    assert at.get("iframe"), "the ERD answer is drawn"
    at.button(key="br_reject").click().run()
    assert json.loads((folder / "rejected.json").read_text())["rejected"] == [first]
    assert not at.button(key="br_reexport").disabled
    at.button(key="br_reexport").click().run()
    assert not at.exception and not at.error, [e.value for e in at.error]

    lines = (folder / "dataset.jsonl").read_text().splitlines()
    assert len(lines) == 149 and all(json.loads(line)["metadata"]["id"] != first for line in lines)
    split = [*(folder / "train.jsonl").read_text().splitlines(), *(folder / "valid.jsonl").read_text().splitlines()]
    assert sorted(split) == sorted(lines)
    report = json.loads((folder / "report.json").read_text())
    assert report["counts"]["total"] == 149 and report["drops"]["dropped_rejected"] == 1
    manifest = json.loads((folder / "manifest.json").read_text())
    assert manifest["counts"]["total"] == 149
    for relpath, digest in manifest["files"].items():
        assert hashlib.sha256((folder / relpath).read_bytes()).hexdigest() == digest, relpath
    assert "rejected.json" not in manifest["files"]  # the review marks are the reviewer's, not generated files
    assert [p.name for p in datasets_dir.iterdir()] == ["browse_me"]  # no temporary folder left
    assert any("Re-exported: 149 examples" in s.value for s in at.success)


def test_an_edited_instruction_is_applied_by_reexport(datasets_dir: Path) -> None:
    at, folder = _browser(datasets_dir)
    second = json.loads((folder / "dataset.jsonl").read_text().splitlines()[1])
    old_id = second["metadata"]["id"]
    at.selectbox(key="br_open").set_value(2).run()
    at.text_area(key=f"br_edit_{old_id}").input("Write the user service that injects IMongoDBSettings").run()
    at.button(key="br_save_edit").click().run()
    assert json.loads((folder / "edits.json").read_text())["edits"] == {
        old_id: "Write the user service that injects IMongoDBSettings"
    }
    at.button(key="br_reexport").click().run()
    assert not at.exception and not at.error
    rows = [json.loads(line) for line in (folder / "dataset.jsonl").read_text().splitlines()]
    assert len(rows) == 150
    edited = rows[1]
    assert edited["messages"][1]["content"] == "Write the user service that injects IMongoDBSettings"
    assert edited["messages"][2] == second["messages"][2]  # the answer is untouched
    assert edited["metadata"]["id"] != old_id and old_id not in {r["metadata"]["id"] for r in rows}
    assert json.loads((folder / "edits.json").read_text())["edits"] == {}  # applied, nothing pending
    assert json.loads((folder / "manifest.json").read_text())["review"]["edited"] == 1


def test_after_a_reexport_the_page_reads_the_new_files_and_opens_examples_without_a_traceback(
    datasets_dir: Path,
) -> None:
    at, folder = _browser(datasets_dir)
    (folder / "runs" / "run-1").mkdir(parents=True)
    (folder / "runs" / "run-1" / "adapter.bin").write_bytes(b"\x00weights")
    (folder / "validation").mkdir()
    (folder / "validation" / "20261203.json").write_text("{}\n")
    at.selectbox(key="br_open").set_value(3).run()  # an example after the one rejected: its offset moves
    third = json.loads((folder / "dataset.jsonl").read_text().splitlines()[2])["metadata"]["id"]
    at.selectbox(key="br_open").set_value(1).run()
    at.button(key="br_reject").click().run()
    at.button(key="br_reexport").click().run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    assert _matching(at).startswith("149 matching examples")  # the index was rebuilt from the new file
    assert any("149 examples after review (1 rejected)" in s.value for s in at.success)
    assert at.selectbox(key="br_open").value is None  # nothing stays open on the old offsets

    at.selectbox(key="br_open").set_value(2).run()  # line 2 of the new file: the former #3
    assert not at.exception
    assert any(third in m.value for m in at.markdown)
    assert (folder / "runs" / "run-1" / "adapter.bin").read_bytes() == b"\x00weights"
    assert (folder / "validation" / "20261203.json").is_file()


def test_reexport_with_nothing_marked_keeps_every_byte(datasets_dir: Path) -> None:
    at, folder = _browser(datasets_dir)
    at.button(key="br_reexport").click().run()  # the factory's hand-written files, once in the writer's format
    at.selectbox(key="br_open").set_value(1).run()
    at.button(key="br_reject").click().run()
    at.button(key="br_restore").click().run()  # marked, then restored: nothing to apply
    before = {p: p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}
    at.button(key="br_reexport").click().run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    assert {p: p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()} == before


def test_an_offset_that_no_longer_starts_the_example_reads_as_none(tmp_path: Path) -> None:
    folder = write_dataset(tmp_path, "stale", total=5)
    lines = (folder / "dataset.jsonl").read_bytes().splitlines(keepends=True)
    second = json.loads(lines[1])["metadata"]["id"]
    assert read_example_at(folder, len(lines[0]), second)["metadata"]["id"] == second
    (folder / "dataset.jsonl").write_bytes(b"".join(lines[1:]))  # re-exported without #1: offsets moved
    assert read_example_at(folder, len(lines[0]), second) is None  # mid-line: no JSONDecodeError
    assert read_example_at(folder, 0, json.loads(lines[0])["metadata"]["id"]) is None  # another example there
