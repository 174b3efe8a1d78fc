"""History examples through `generate_dataset` on a scripted git history in tmp_path: counts, secrets, split,
determinism, and `--history 0` changing nothing."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from architect_ai.config import RunConfig
from architect_ai.data import Example, chat
from architect_ai.export.splits import ContentSplit
from architect_ai.generate.history_examples import mine_history
from architect_ai.pipeline import generate_dataset, load_analysis
from tests.history_repo import ScriptedHistory, scripted_history
from tests.secret_corpus import STRIPE_SECRET

OUTPUTS = ("dataset.jsonl", "train.jsonl", "valid.jsonl", "formats/alpaca.json")


def records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def history(tmp_path_factory) -> ScriptedHistory:
    return scripted_history(tmp_path_factory.mktemp("history"))


@pytest.fixture(scope="module")
def run(history, tmp_path_factory):
    config = RunConfig(repo=str(history.root), target=500, name="shop")
    return generate_dataset(config, out_root=tmp_path_factory.mktemp("out"))


def test_report_and_manifest_count_the_history(history, run):
    report = run.report["history"]
    assert report["commits_read"] == len(history.shas)
    assert report["commits_kept"] == len(ScriptedHistory.FEATURES)
    for reason in set(ScriptedHistory.DROPPED.values()):
        assert report["dropped"][reason] == list(ScriptedHistory.DROPPED.values()).count(reason)
    written = [r for r in records(run.out_dir / "dataset.jsonl") if r["metadata"]["kind"].startswith("commit_")]
    assert sum(report["examples_by_kind"].values()) == len(written) > 0
    assert {r["metadata"]["commit"] for r in written} <= set(history.shas.values())
    assert report["summary"] == f"from history: {len(written)} examples of {len(history.shas)} commits"
    manifest = json.loads((run.out_dir / "manifest.json").read_text())
    assert manifest["history"] == {
        "limit": 500,
        "commits_read": len(history.shas),
        "first": history.shas["broken"],
        "last": history.shas["initial"],
    }
    assert manifest["config"]["history"] == 500


def test_the_secret_committed_and_removed_is_in_no_output_file(run):
    written = [p for p in run.out_dir.rglob("*") if p.is_file()]
    assert len(written) > 5
    assert [p.name for p in written if STRIPE_SECRET in p.read_text(encoding="utf-8")] == []


def test_no_commit_on_both_sides_of_the_split(run):
    sides: dict[str, set[str]] = {}
    for side in ("train", "valid"):
        for record in records(run.out_dir / f"{side}.jsonl"):
            if record["metadata"].get("commit"):
                sides.setdefault(record["metadata"]["commit"], set()).add(side)
    assert sides and all(len(found) == 1 for found in sides.values())


def test_a_rerun_is_byte_identical(history, run, tmp_path):
    again = generate_dataset(RunConfig(repo=str(history.root), target=500, name="shop"), out_root=tmp_path).out_dir
    for name in OUTPUTS:
        assert (again / name).read_bytes() == (run.out_dir / name).read_bytes(), name


def test_history_zero_gives_the_dataset_of_the_files_alone(history, run, tmp_path):
    off = generate_dataset(
        RunConfig(repo=str(history.root), target=500, name="off", history=0), out_root=tmp_path / "out"
    )
    plain = tmp_path / "src" / "shop"
    shutil.copytree(history.root, plain, ignore=shutil.ignore_patterns(".git"))
    files_only = generate_dataset(RunConfig(repo=str(plain), target=500, name="plain"), out_root=tmp_path / "out")
    for name in OUTPUTS:
        assert (off.out_dir / name).read_bytes() == (files_only.out_dir / name).read_bytes(), name
    assert (off.out_dir / "dataset.jsonl").read_bytes() != (run.out_dir / "dataset.jsonl").read_bytes()
    assert off.report["history"]["commits_read"] == 0
    assert "off" in off.report["history"]["summary"]


def test_a_commit_answer_equal_to_todays_file_joins_that_files_component(history):
    """CustomerService.cs is unchanged since the commit that added it: its commit example and its chunk examples
    quote the same lines, so the content split puts them on one side, whatever the seed."""
    config = RunConfig(repo=str(history.root), target=500)
    analysis = load_analysis(config)
    mined = mine_history(analysis, config)
    feature = next(e for e in mined.examples if e.commit == history.shas["add_customer"])
    chunk = next(c for c in analysis.chunks if c.path == "src/Services/CustomerService.cs")
    quote = Example(
        messages=chat("", "Show CustomerService.", chunk.text),
        category="user_code",
        kind="dotnet_service",
        domain="repo",
        source=chunk.source,
        template="t",
        group=f"code:{chunk.source}",
    )
    other = next(e for e in mined.examples if e.commit == history.shas["branch_invoice"])
    agree = []
    for seed in range(16):
        split = ContentSplit(analysis.chunks, seed=seed, valid_fraction=0.5)
        for example in (feature, quote, other):
            split.observe(example)
        agree.append(split.side_of(feature) == split.side_of(quote))
        assert split.components() == 2  # the invoice commit stays a component of its own
    assert all(agree)


def test_the_newest_feature_commits_are_held_out_whole_with_their_files(history, tmp_path):
    """A share of the feature commits — the newest — goes to the test side with the files it added: the commit's
    example is a transfer prompt, nothing of those files reaches training, and no secret reaches either side."""
    config = RunConfig(repo=str(history.root), target=500, name="shop", test_fraction=0.5)
    out = generate_dataset(config, out_root=tmp_path).out_dir
    held = json.loads((out / "report.json").read_text())["held_out"]
    assert "src/Payments/PaymentGateway.cs" in held["files"]  # the newest of the 3 feature commits (0.5 × 3 → 1)
    test = records(out / "test.jsonl")
    commits = {r["metadata"].get("commit") for r in test}
    assert history.shas["secret_added"] in commits  # its commit_feature example
    assert history.shas["secret_removed"] in commits  # the edit of the held-out file quotes it: test side too
    assert held["from_history"] >= 2
    training = [*records(out / "train.jsonl"), *records(out / "valid.jsonl")]
    assert not {history.shas["secret_added"], history.shas["secret_removed"]} & {
        r["metadata"].get("commit") for r in training
    }
    assert not any("PaymentGateway" in r["messages"][-1]["content"] for r in training)
    suite = json.loads((out / "validation/transfer_suite.json").read_text())
    assert f"transfer-commit-{history.shas['secret_added'][:10]}" in {p["id"] for p in suite["prompts"]}
    for name in ("test.jsonl", "validation/transfer_suite.json", "formats/mlx/test.jsonl"):
        assert STRIPE_SECRET not in (out / name).read_text(encoding="utf-8")
