"""The held-out test set (#17): whole units of a family set aside before the analysis; nothing quoting them reaches
training; train/valid are exactly those of a run that never saw them; test.jsonl and the transfer suite beside."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from architect_ai.analyze.held_out import HoldOutPlan, choose_held_out, family_of
from architect_ai.config import SAMPLE_REPO, RunConfig
from architect_ai.data import Example
from architect_ai.pipeline import generate_dataset
from architect_ai.validate.suite import load_suite
from architect_ai.validate.transfer_suite import (
    TRANSFER_SUITE_FILE,
    build_transfer_suite,
    load_transfer_suite,
    suite_json,
)

MIN_LINE = 12
HELD = 10


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _distinctive(text: str) -> set[str]:
    """Lines of 12+ characters that are not an import, a `using`, a brace line or a code fence."""
    lines = set()
    for line in (raw.strip() for raw in text.splitlines()):
        if len(line) < MIN_LINE or line.startswith(("import ", "using ", "from ", "package ", "export {", "```")):
            continue
        if set(line) <= set("{}()[];, "):
            continue
        lines.add(line)
    return lines


@pytest.fixture(scope="module")
def runs(tmp_path_factory) -> tuple[Path, Path]:
    """(the run holding out 10 units, the run that excludes those files from the start and holds out none)."""
    root = tmp_path_factory.mktemp("held")
    held_run = generate_dataset(RunConfig(repo=str(SAMPLE_REPO), target=600, test_size=HELD), out_root=root / "a")
    held = held_run.report["held_out"]["files"]
    excluded = RunConfig(repo=str(SAMPLE_REPO), target=600, test_size=0, exclude=tuple(held))
    return held_run.out_dir, generate_dataset(excluded, out_root=root / "b").out_dir


def test_the_configured_number_of_units_is_held_out_with_their_counts_everywhere(runs):
    out, _ = runs
    report = json.loads((out / "report.json").read_text())
    held = report["held_out"]
    assert held["units"] == HELD
    assert held["summary"].startswith(f"transfer test: {HELD} held-out units never trained on")
    test = _records(out / "test.jsonl")
    assert test and held["examples"] == len(test)
    assert len((out / "formats/mlx/test.jsonl").read_text().splitlines()) == len(test)  # mlx-lm's test split
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["held_out"]["units"] == HELD and manifest["held_out"]["examples"] == len(test)
    assert "test.jsonl" in manifest["files"] and TRANSFER_SUITE_FILE in manifest["files"]
    # an Angular component is held out whole: its template and styles go with it
    components = [p for p in held["files"] if p.endswith(".component.ts")]
    for component in components:
        assert component.replace(".ts", ".html") in held["files"]
    # the test examples are about the held-out files only
    paths = {r["metadata"]["source"].split(":", 1)[0] for r in test}
    assert paths <= set(held["files"])


def test_no_distinctive_line_of_a_test_answer_reaches_train_or_valid(runs):
    out, _ = runs
    held = set(json.loads((out / "report.json").read_text())["held_out"]["files"])
    training_files = "\n".join(
        f.read_text(encoding="utf-8", errors="replace")
        for f in SAMPLE_REPO.rglob("*")
        if f.is_file() and f.relative_to(SAMPLE_REPO).as_posix() not in held
    )
    # distinctive: a line of a test answer that no file left in training has (shared boilerplate is the house's)
    unique = {
        line
        for record in _records(out / "test.jsonl")
        for line in _distinctive(record["messages"][-1]["content"])
        if line not in training_files
    }
    assert len(unique) > 50
    training = [*_records(out / "train.jsonl"), *_records(out / "valid.jsonl")]
    # the builtin library's answers are not the repository's code (its MongoDB settings example declares an
    # `IMongoDBSettings` of its own, as the sample does)
    training = [r for r in training if not r["metadata"]["source"].startswith("builtin:")]
    assert len(training) > 300
    leaked = [
        (r["metadata"]["source"], sorted(unique & _distinctive(r["messages"][-1]["content"]))[:2])
        for r in training
        if unique & _distinctive(r["messages"][-1]["content"])
    ]
    assert leaked == []


def test_train_and_valid_are_byte_identical_to_a_run_that_never_read_the_held_out_files(runs):
    out, excluded = runs
    for name in ("train.jsonl", "valid.jsonl", "dataset.jsonl"):
        assert (out / name).read_bytes() == (excluded / name).read_bytes(), name
    assert not (excluded / "test.jsonl").exists() and not (excluded / TRANSFER_SUITE_FILE).exists()
    report = json.loads((excluded / "report.json").read_text())
    assert report["held_out"]["summary"] == "no transfer test: no units held out (--test-size 0)"


def test_the_transfer_suite_is_deterministic_and_loads_as_a_user_suite(runs):
    out, _ = runs
    path = out / TRANSFER_SUITE_FILE
    suite = load_suite(path)  # the `--suite` loader: a user can edit the file and run it
    assert suite == load_transfer_suite(out)
    assert 0.8 * HELD <= len(suite.prompts) <= HELD
    assert {p.category for p in suite.prompts} == {"transfer"}
    for prompt in suite.prompts:
        types = [a.type for a in prompt.assertions]
        assert types[-1] == "similarity" and "contains" in types
    test = [Example.from_dict(r) for r in _records(out / "test.jsonl")]
    from architect_ai.validate.suite import load_conventions

    rebuilt = build_transfer_suite(test, load_conventions(out), system=suite.system)
    assert suite_json(rebuilt) == path.read_text(encoding="utf-8")  # same dataset → same bytes


def test_a_family_keeps_two_siblings_and_the_share_is_bounded_ten_to_a_hundred():
    def family(n: int, stem: str, role: str = "controller") -> list[tuple[str, str]]:
        return [(f"src/{stem}{i}Controller.cs", role) for i in range(n)]

    assert family_of("src/BooksController.cs", "controller") == family_of("api/LoansController.cs", "controller")
    assert family_of("a/book-list.component.ts", "component") == family_of("b/x.component.ts", "component")
    assert family_of("Models/Book.cs", "model") != family_of("Models/BookDto.cs", "model")
    three = choose_held_out(family(3, "A"), HoldOutPlan(size=5))
    assert len(three) == 1  # a family of three gives one; two siblings stay in training
    assert choose_held_out(family(2, "A"), HoldOutPlan(size=5)) == []  # a pair gives nothing
    assert len(choose_held_out(family(400, "A"), HoldOutPlan(fraction=0.05))) == 20
    assert len(choose_held_out(family(60, "A"), HoldOutPlan(fraction=0.05))) == 10  # at least ten
    assert len(choose_held_out(family(3000, "A"), HoldOutPlan(fraction=0.05))) == 100  # at most a hundred
    assert choose_held_out(family(400, "A"), HoldOutPlan(fraction=0.0)) == []
    assert choose_held_out(family(400, "A"), HoldOutPlan(seed=1, fraction=0.05)) != choose_held_out(
        family(400, "A"), HoldOutPlan(seed=2, fraction=0.05)
    )


def test_the_default_holds_out_five_percent():
    assert RunConfig(repo=str(SAMPLE_REPO)).hold_out_plan() == HoldOutPlan(seed=42, fraction=0.05)


def test_a_diagram_only_dataset_holds_nothing_out():
    assert not RunConfig(repo=str(SAMPLE_REPO), artifact_type="erd").hold_out_plan().active
    assert RunConfig(repo=str(SAMPLE_REPO), artifact_type="code").hold_out_plan().active


def test_a_review_re_export_keeps_the_held_out_set_and_its_suite_as_they_were(runs):
    """Last in this module: it re-exports the held-out run's folder."""
    from architect_ai.export.reexport import reexport

    out, _ = runs
    kept = {p: (out / p).read_bytes() for p in ("test.jsonl", "formats/mlx/test.jsonl", TRANSFER_SUITE_FILE)}
    first = json.loads((out / "dataset.jsonl").read_text().splitlines()[0])["metadata"]["id"]
    reexport(out, [first])
    for relpath, content in kept.items():
        assert (out / relpath).read_bytes() == content, relpath
    manifest = json.loads((out / "manifest.json").read_text())
    assert {"test.jsonl", TRANSFER_SUITE_FILE} <= set(manifest["files"])
