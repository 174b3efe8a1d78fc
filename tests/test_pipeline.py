"""End to end through `generate_dataset`: real repos built in tmp_path and the bundled sample."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from architect_ai.config import SAMPLE_REPO, RunConfig
from architect_ai.errors import UserError
from architect_ai.pipeline import generate_dataset
from tests.pii_corpus import PII_VALUES, PLANTED_PII
from tests.repo_factory import make_repo
from tests.secret_corpus import ORDINARY, PLANTED, SECRET_VALUES


def records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def sample_5000(tmp_path_factory) -> Path:
    """The default run on the bundled sample: Code Prototype, target 5000."""
    out = tmp_path_factory.mktemp("datasets")
    result = generate_dataset(RunConfig(), out_root=out)
    return result.out_dir


@pytest.mark.slow
def test_default_target_on_the_sample_yields_exactly_5000(sample_5000):
    dataset = records(sample_5000 / "dataset.jsonl")
    assert len(dataset) == 5000
    assert sample_5000.name == "mother_project_code_prototype_5000"
    report = json.loads((sample_5000 / "report.json").read_text())
    assert report["reached"] and report["counts"]["total"] == 5000
    categories = Counter(r["metadata"]["category"] for r in dataset)
    assert set(categories) == {"artifact", "user_code", "sweep"}
    kinds = Counter(r["metadata"]["kind"] for r in dataset if r["metadata"]["category"] == "sweep")
    assert {"meeting_context", "cross_file", "repo_erd", "repo_sequence", "repo_architecture"} <= set(kinds)
    assert {"pattern_combination", "additional_code"} <= set(kinds)
    user_kinds = Counter(r["metadata"]["kind"] for r in dataset if r["metadata"]["category"] == "user_code")
    assert {"spec_to_code", "sibling_analogy"} <= set(user_kinds)  # transfer is woven with the variations
    assert len({r["metadata"]["id"] for r in dataset}) == 5000


@pytest.mark.slow
def test_the_sample_teaches_transfer_with_one_answer_per_prompt_and_a_content_level_split(sample_5000):
    quality = json.loads((sample_5000 / "report.json").read_text())["quality"]
    # a prompt may name the type it asks for — its spec is given; it never shows its answer, and what the answer uses
    # is in the prompt or the house vocabulary
    assert quality["unnamed_answer_share"] >= 0.2
    assert quality["self_reference"] == 0 and quality["derivable_share"] >= 0.6
    assert quality["max_prompts_per_answer"] <= 3
    assert quality["repo_code_examples"] > 2000
    assert quality["ambiguous_prompts"] == 0
    assert quality["split_overlap"] <= 0.05
    answers: dict[str, set[str]] = {}
    for record in records(sample_5000 / "dataset.jsonl"):  # measured again here, independently of the report
        answers.setdefault(record["messages"][-2]["content"], set()).add(record["messages"][-1]["content"])
    assert max(len(a) for a in answers.values()) == 1
    train_code = "\n".join(r["messages"][-1]["content"] for r in records(sample_5000 / "train.jsonl"))
    valid_user_code = [r for r in records(sample_5000 / "valid.jsonl") if r["metadata"]["category"] == "user_code"]
    for record in valid_user_code:  # a chunk held out is not quoted whole in train
        body = record["messages"][-1]["content"].split("```", 2)[1].split("\n", 1)[1]
        assert body not in train_code, record["metadata"]["source"]


@pytest.mark.slow
def test_the_sample_builtin_share_is_capped_and_meeting_contexts_of_builtins_are_artifacts(sample_5000):
    dataset = records(sample_5000 / "dataset.jsonl")
    builtin = [r for r in dataset if r["metadata"]["source"].startswith("builtin:")]
    assert len(builtin) <= 0.4 * len(dataset)
    assert {r["metadata"]["category"] for r in builtin} == {"artifact"}
    assert not any("Invoiceor" in r["messages"][-1]["content"] for r in dataset)


@pytest.mark.slow
def test_the_sample_meets_every_success_criterion(sample_5000):
    report = json.loads((sample_5000 / "report.json").read_text())
    failed = [c for c in report["criteria"] if not c["passed"]]
    assert failed == []
    ids = {c["id"] for c in report["criteria"]}
    assert {
        "convention:settings_interface_injection",
        "convention:dto_suffix",
        "convention:controller_base_class",
    } <= ids
    assert report["quality"]["leaked_groups"] == 0


@pytest.mark.slow
def test_user_code_answers_are_the_real_code(sample_5000):
    for record in records(sample_5000 / "dataset.jsonl"):
        meta = record["metadata"]
        if meta["category"] != "user_code":
            continue
        path, lines = meta["source"].rsplit(":", 1)
        start, end = (int(n) for n in lines.split("-"))
        real = "\n".join((SAMPLE_REPO / path).read_text(encoding="utf-8").splitlines()[start - 1 : end])
        assert real in record["messages"][-1]["content"], meta["source"]


@pytest.mark.slow
def test_split_has_no_group_on_both_sides_and_subsets_nest(sample_5000):
    train = {r["metadata"]["group"] for r in records(sample_5000 / "train.jsonl")}
    valid = {r["metadata"]["group"] for r in records(sample_5000 / "valid.jsonl")}
    assert train and valid and not train & valid
    small = (sample_5000 / "subsets/subset_1000.jsonl").read_text().splitlines()
    large = (sample_5000 / "subsets/subset_3000.jsonl").read_text().splitlines()
    assert large[:1000] == small
    mix_small = Counter(json.loads(line)["metadata"]["category"] for line in small)
    mix_all = Counter(r["metadata"]["category"] for r in records(sample_5000 / "dataset.jsonl"))
    for category, count in mix_all.items():
        assert abs(mix_small[category] / 1000 - count / 5000) < 0.05


def test_same_repo_config_and_seed_give_a_byte_identical_dataset(tmp_path):
    repo = make_repo(tmp_path, ORDINARY)
    config = RunConfig(repo=str(repo), target=500)
    first = generate_dataset(config, out_root=tmp_path / "a").out_dir
    second = generate_dataset(config, out_root=tmp_path / "b").out_dir
    for name in ("dataset.jsonl", "train.jsonl", "valid.jsonl", "formats/alpaca.json"):
        assert (first / name).read_bytes() == (second / name).read_bytes(), name
    other = generate_dataset(config.model_copy(update={"seed": 7}), out_root=tmp_path / "c").out_dir
    assert (other / "dataset.jsonl").read_bytes() != (first / "dataset.jsonl").read_bytes()


def test_no_planted_secret_reaches_any_output_file(tmp_path):
    repo = make_repo(tmp_path, {**PLANTED, **ORDINARY})
    config = RunConfig(repo=str(repo), target=500, name="leaky", subset_sizes=(20, 50))
    result = generate_dataset(config, out_root=tmp_path / "out")
    written = [p for p in result.out_dir.rglob("*") if p.is_file()]
    assert {"subset_20.jsonl", "subset_50.jsonl", "training_plan.json"} <= {p.name for p in written}
    assert {"dataset.jsonl", "manifest.json", "report.json", "train.jsonl", "valid.jsonl"} <= {p.name for p in written}
    assert any("formats" in p.parts for p in written)
    leaks = [(p.name, v[:12]) for p in written for v in SECRET_VALUES if v in p.read_text(encoding="utf-8")]
    assert leaks == []
    manifest = json.loads((result.out_dir / "manifest.json").read_text())
    assert manifest["drops"]["skipped_secret_file"] >= 3
    assert result.report["quality"]["secrets_redacted"] >= 20


def test_focused_artifact_type_yields_only_that_kind(sample_erd_500):
    kinds = Counter(r["metadata"]["kind"] for r in records(sample_erd_500 / "dataset.jsonl"))
    assert set(kinds) <= {"erd", "repo_erd", "meeting_context"}
    assert kinds["erd"] > 0 and kinds["repo_erd"] > 0
    metas = [r for r in records(sample_erd_500 / "dataset.jsonl") if r["metadata"]["kind"] == "meeting_context"]
    assert all("erDiagram" in r["messages"][-1]["content"] for r in metas)
    assert json.loads((sample_erd_500 / "manifest.json").read_text())["config"]["artifact_type"] == "erd"


def test_domain_weight_shifts_the_artifact_mix(tmp_path, sample_500):
    def healthcare_share(out: Path) -> float:
        artifacts = [r for r in records(out / "dataset.jsonl") if r["metadata"]["category"] != "user_code"]
        return sum(r["metadata"]["domain"] == "healthcare" for r in artifacts) / len(artifacts)

    weighted = generate_dataset(RunConfig(target=500, weights={"healthcare": 3.0}), out_root=tmp_path).out_dir
    assert json.loads((sample_500 / "manifest.json").read_text())["config"]["weights"] == {}  # the unweighted run
    assert healthcare_share(weighted) > healthcare_share(sample_500) * 1.3


def test_a_target_the_sources_cannot_reach_is_said_plainly(tmp_path):
    result = generate_dataset(RunConfig(artifact_type="flowchart", target=500), out_root=tmp_path)
    total = result.report["counts"]["total"]
    assert total < 500 and not result.report["reached"]
    assert result.messages and f"reached {total:,} of 500" in result.messages[0]
    assert len(records(result.out_dir / "dataset.jsonl")) == total


def test_failure_mid_run_leaves_nothing_behind(tmp_path):
    with pytest.raises(UserError):
        generate_dataset(RunConfig(repo=str(tmp_path / "missing"), target=500), out_root=tmp_path / "out")
    assert not (tmp_path / "out").exists() or list((tmp_path / "out").iterdir()) == []


def _output_files(out_dir: Path) -> dict[str, bytes]:
    return {p.relative_to(out_dir).as_posix(): p.read_bytes() for p in sorted(out_dir.rglob("*")) if p.is_file()}


def test_redact_pii_keeps_every_planted_address_out_of_every_output_file(tmp_path):
    repo = make_repo(tmp_path, {**PLANTED_PII, "docs/jane.doe@contoso-health.com.md": "# Notes\n"})
    config = RunConfig(repo=str(repo), target=500, name="pii", subset_sizes=(10, 30), redact_pii=True)
    result = generate_dataset(config, out_root=tmp_path / "out")
    written = _output_files(result.out_dir)
    assert {"dataset.jsonl", "train.jsonl", "valid.jsonl", "manifest.json", "report.json", "training_plan.json"} <= set(
        written
    )
    assert any(name.startswith("subsets/") for name in written) and any(n.startswith("formats/") for n in written)
    leaks = [(name, v) for name, data in written.items() for v in PII_VALUES if v.encode() in data]
    assert leaks == []
    dataset = written["dataset.jsonl"].decode()
    # taught code carries documentation sample values, never the placeholder a model would learn to emit
    assert "<REDACTED:" not in dataset and "user@example.com" in dataset and "192.0.2.10" in dataset
    assert "@Component" in dataset and "@angular/core" in dataset  # code is not corrupted
    manifest = json.loads(written["manifest.json"])
    assert manifest["config"]["redact_pii"] is True
    assert manifest["pii_redacted"] == {"email": 5, "private_ip": 6}
    assert manifest["drops"]["skipped_pii_in_name"] == 1
    assert result.report["quality"]["pii_redacted"] == {"email": 5, "private_ip": 6}


def test_without_redact_pii_addresses_are_kept_and_nothing_else_changes(tmp_path):
    repo = make_repo(tmp_path, PLANTED_PII)
    default = generate_dataset(RunConfig(repo=str(repo), target=500, name="d"), out_root=tmp_path / "a").out_dir
    dataset = (default / "dataset.jsonl").read_text(encoding="utf-8")
    assert [v for v in PII_VALUES if v not in dataset] == []
    assert "pii_redacted" not in json.loads((default / "report.json").read_text())["quality"]
    assert json.loads((default / "manifest.json").read_text())["config"]["redact_pii"] is False

    # the flag itself perturbs nothing: on a repository without PII, on and off write byte-identical datasets
    clean_files = ("src/Shop.Api/Models/Order.cs", "src/Shop.Api/Services/INotificationService.cs")
    clean = make_repo(tmp_path, {path: PLANTED_PII[path] for path in clean_files}, name="clean")
    runs = {}
    for flag in (False, True):
        config = RunConfig(repo=str(clean), target=500, name="c", subset_sizes=(5,), redact_pii=flag)
        runs[flag] = _output_files(generate_dataset(config, out_root=tmp_path / str(flag)).out_dir)
    assert set(runs[False]) == set(runs[True])
    assert {"dataset.jsonl", "train.jsonl", "formats/openai.jsonl", "subsets/subset_5.jsonl"} <= set(runs[False])
    differing = sorted(name for name in runs[False] if runs[False][name] != runs[True][name])
    assert differing == ["manifest.json", "report.json"]
    report_on = json.loads(runs[True]["report.json"])
    assert report_on["quality"].pop("pii_redacted") == {"email": 0, "private_ip": 0}
    assert report_on == json.loads(runs[False]["report.json"])
