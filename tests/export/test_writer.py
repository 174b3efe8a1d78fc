import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from architect_ai.config import RunConfig
from architect_ai.data import Example, chat
from architect_ai.errors import UserError
from architect_ai.export.writer import DatasetWriter


def examples(n: int):
    for i in range(n):
        yield Example(
            chat("system", f"request {i}", f"answer {i}"), "artifact", "erd", "crm", f"builtin:x{i}", "t", f"g{i // 3}"
        )


def write(tmp_path, n=30, **config):
    cfg = RunConfig(target=500, subset_sizes=(10, 20, 100), valid_fraction=0.3, **config)
    writer = DatasetWriter(tmp_path / "ds", cfg)
    writer.open_all()
    for example in examples(n):
        writer.add(example)
    writer.close_streams()
    writer.write_json("manifest.json", {"files": writer.hashes})
    return writer.commit()


def lines(path):
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_one_pass_writes_dataset_splits_subsets_and_formats(tmp_path):
    out = write(tmp_path)
    dataset = lines(out / "dataset.jsonl")
    assert len(dataset) == 30
    train, valid = lines(out / "train.jsonl"), lines(out / "valid.jsonl")
    assert len(train) + len(valid) == 30 and valid
    assert not {e["metadata"]["group"] for e in train} & {e["metadata"]["group"] for e in valid}
    assert lines(out / "subsets/subset_10.jsonl") == dataset[:10]
    assert lines(out / "subsets/subset_20.jsonl") == dataset[:20]
    assert not (out / "subsets/subset_100.jsonl").exists()  # not filled: not written
    assert [set(r) for r in lines(out / "formats/openai.jsonl")] == [{"messages"}] * len(train)
    alpaca = json.loads((out / "formats/alpaca.json").read_text())
    assert alpaca[0] == {
        "instruction": train[0]["messages"][1]["content"],
        "input": "",
        "output": train[0]["messages"][2]["content"],
        "system": "system",
    }
    share = json.loads((out / "formats/sharegpt_valid.json").read_text())
    assert [t["from"] for t in share[0]["conversations"]] == ["human", "gpt"]
    assert len(lines(out / "formats/mlx/train.jsonl")) == len(train)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".tmp")]


def test_hashes_match_the_files_written(tmp_path):
    import hashlib

    out = write(tmp_path)
    hashes = json.loads((out / "manifest.json").read_text())["files"]
    assert "dataset.jsonl" in hashes and "formats/dataset_info.json" in hashes
    for rel, digest in hashes.items():
        assert hashlib.sha256((out / rel).read_bytes()).hexdigest() == digest, rel


def test_existing_folder_is_refused_without_force_and_kept_on_abort(tmp_path):
    (tmp_path / "ds").mkdir()
    (tmp_path / "ds" / "keep.txt").write_text("old")
    (tmp_path / "ds" / "manifest.json").write_text("{}")
    with pytest.raises(UserError, match="already exists"):
        DatasetWriter(tmp_path / "ds", RunConfig())
    writer = DatasetWriter(tmp_path / "ds", RunConfig(), force=True)
    writer.open_all()
    writer.abort()
    assert (tmp_path / "ds" / "keep.txt").read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ds"]


def test_unwritable_parent_is_a_clear_error():
    # /sys refuses new folders even to root (EPERM), so this holds for CI too
    with pytest.raises(UserError, match="permission denied"):
        DatasetWriter(Path("/sys/architect-ai-test/ds"), RunConfig())


def test_formats_load_with_hf_datasets_and_llama_factory_info_points_at_real_files(tmp_path):
    datasets = pytest.importorskip("datasets")
    out = write(tmp_path, n=60)
    fmt = out / "formats"
    for jsonl in sorted(fmt.rglob("*.jsonl")):  # openai, openai_valid, mlx/train, mlx/valid
        loaded = datasets.load_dataset("json", data_files=str(jsonl), split="train")
        assert loaded.column_names == ["messages"], jsonl
        assert loaded.num_rows == len(jsonl.read_text().splitlines())
    openai = datasets.load_dataset("json", data_files=str(fmt / "openai.jsonl"), split="train")
    assert openai[0]["messages"][-1]["role"] == "assistant"
    alpaca = datasets.load_dataset("json", data_files=str(fmt / "alpaca.json"), split="train")
    assert set(alpaca.column_names) == {"instruction", "input", "output", "system"}
    mlx = datasets.load_dataset("json", data_files=str(fmt / "mlx/valid.jsonl"), split="train")
    assert mlx.num_rows == len(lines(out / "valid.jsonl"))
    info = json.loads((fmt / "dataset_info.json").read_text())
    for entry in info.values():
        records = json.loads((fmt / entry["file_name"]).read_text())
        if entry["formatting"] == "alpaca":
            assert set(entry["columns"].values()) <= set(records[0])
        else:
            assert entry["columns"]["messages"] in records[0]
            turn = records[0]["conversations"][0]
            assert set(turn) == {entry["tags"]["role_tag"], entry["tags"]["content_tag"]}
            assert turn["from"] == entry["tags"]["user_tag"]


def test_axolotl_config_names_a_chat_template_dataset_over_the_messages_file(tmp_path):
    yaml = pytest.importorskip("yaml")
    out = write(tmp_path)
    config = yaml.safe_load((out / "formats/axolotl.yml").read_text())
    dataset = config["datasets"][0]
    assert dataset["type"] == "chat_template" and dataset["field_messages"] == "messages"
    assert (out / dataset["path"]).is_file()
    assert (out / config["test_datasets"][0]["path"]).is_file()
    assert config["sequence_len"] == 4096


def test_a_full_disk_is_a_clear_error_and_leaves_nothing(tmp_path):
    """/dev/full answers every write with ENOSPC: the real error a full disk gives."""
    writer = DatasetWriter(tmp_path / "ds", RunConfig())
    (writer.tmp / "dataset.jsonl").symlink_to("/dev/full")
    writer.open_all()
    with pytest.raises(UserError, match="disk full"):
        try:
            for example in examples(500):  # more than one write buffer
                writer.add(example)
            writer.close_streams()
        except UserError:
            writer.abort()
            raise
    assert list(tmp_path.iterdir()) == []


def test_force_replaces_only_a_dataset_of_ours(tmp_path):
    user = tmp_path / "notes"
    user.mkdir()
    (user / "thesis.md").write_text("years of work")
    with pytest.raises(UserError, match="not a dataset written by architect-ai"):
        DatasetWriter(user, RunConfig(), force=True)
    assert (user / "thesis.md").read_text() == "years of work"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes"]  # no lock, no temp folder left behind


def test_force_never_replaces_the_repository_or_a_folder_holding_it(tmp_path):
    repo = tmp_path / "work" / "repo"
    repo.mkdir(parents=True)
    (repo / "manifest.json").write_text("{}")  # even when it looks like a dataset
    (tmp_path / "work" / "manifest.json").write_text("{}")
    for target in (repo, tmp_path / "work"):
        with pytest.raises(UserError, match="it contains"):
            DatasetWriter(target, RunConfig(), force=True, protect=(repo,))
    assert (repo / "manifest.json").exists()


def test_a_second_writer_for_the_same_name_is_refused_until_the_first_is_done(tmp_path):
    first = DatasetWriter(tmp_path / "ds", RunConfig())
    with pytest.raises(UserError, match="another run is writing dataset 'ds'"):
        DatasetWriter(tmp_path / "ds", RunConfig())
    other = DatasetWriter(tmp_path / "other", RunConfig())  # another name is not blocked
    other.abort()
    first.open_all()
    first.close_streams()
    first.write_json("manifest.json", {})
    first.commit()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ds"]  # lock released and removed, no pid file inside
    assert sorted(p.name for p in (tmp_path / "ds").iterdir() if p.name.startswith(".")) == []
    DatasetWriter(tmp_path / "ds", RunConfig(), force=True).abort()  # the name is free again


def _dead_pid() -> int:
    proc = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    return int(proc.stdout)


def test_temp_folders_of_dead_runs_are_removed_by_the_next_run(tmp_path):
    dead, live = tmp_path / ".tmp-ds-dead1234", tmp_path / ".tmp-ds-live5678"
    for folder, pid in ((dead, _dead_pid()), (live, os.getpid())):
        folder.mkdir()
        (folder / "dataset.jsonl").write_text("{}\n")
        (folder / ".architect-ai.pid").write_text(f"{pid}\n")
    old_backup = tmp_path / f".old-ds-{_dead_pid()}"
    old_backup.mkdir()
    unrelated = tmp_path / ".tmp-cache"
    unrelated.mkdir()
    DatasetWriter(tmp_path / "ds", RunConfig()).abort()
    assert not dead.exists() and not old_backup.exists()
    assert live.exists() and unrelated.exists()  # a live run's folder and folders not ours are kept
