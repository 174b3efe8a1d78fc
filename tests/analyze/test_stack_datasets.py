"""Datasets from repositories of other stacks: tags and hints true, nothing of the sample's vocabulary in their code."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from architect_ai.analyze.convention_evidence import conventions_shown
from architect_ai.config import RunConfig
from architect_ai.data import Convention, Evidence
from architect_ai.pipeline import generate_dataset
from tests.analyze import stacks, stacks_mvc
from tests.repo_factory import make_repo

SAMPLE_NAMES = ("IMongoDBSettings", "BaseApiController")


@pytest.fixture(
    scope="module", params=["FASTAPI_SQLMODEL", "DOTNET_MEDIATR", "SPRING_MVC", "DJANGO_SERVICES", "BLAZOR"]
)
def dataset(request, tmp_path_factory) -> tuple[Path, dict]:
    tmp = tmp_path_factory.mktemp(request.param.lower())
    repo = make_repo(tmp, getattr(stacks, request.param, None) or getattr(stacks_mvc, request.param))
    out = generate_dataset(RunConfig(repo=str(repo), target=500), out_root=tmp / "out").out_dir
    records = [json.loads(line) for line in (out / "dataset.jsonl").read_text(encoding="utf-8").splitlines()]
    return out, {"records": records, "manifest": json.loads((out / "manifest.json").read_text())}


def test_repo_grounded_examples_never_carry_the_samples_names(dataset) -> None:
    _, data = dataset
    grounded = [r for r in data["records"] if not r["metadata"]["source"].startswith("builtin:")]
    assert grounded
    for record in grounded:
        text = "\n".join(m["content"] for m in record["messages"])
        assert not any(name in text for name in SAMPLE_NAMES), record["metadata"]["source"]
    tags = {t for r in data["records"] for t in r["metadata"]["conventions"]}
    assert not tags & {"settings_interface_injection", "controller_base_class", "mongo_collection_access"}


def test_every_tag_is_shown_by_its_answer_and_the_report_says_so(dataset) -> None:
    out, data = dataset
    conventions = [
        Convention(
            c["id"],
            c["description"],
            c["count"],
            tuple(c["names"]),
            tuple(Evidence(**e) for e in c["evidence"]),
            languages=tuple(c["languages"]),
            origin=c["origin"],
            teachable=c["teachable"],
        )
        for c in data["manifest"]["conventions"]
    ]
    assert any(c.origin == "catalogue" for c in conventions)
    tagged = [r for r in data["records"] if r["metadata"]["conventions"]]
    assert tagged
    for record in tagged:
        shown = conventions_shown(record["messages"][-1]["content"], conventions)
        assert set(record["metadata"]["conventions"]) <= set(shown), record["metadata"]["source"]
    hints = json.loads((out / "report.json").read_text())["quality"]["hints"]
    assert hints["hinted"] > 0 and hints["hint_fidelity"] == 1.0 and hints["tag_fidelity"] == 1.0
    criteria = {c["id"]: c for c in json.loads((out / "report.json").read_text())["criteria"]}
    for convention in conventions:
        if f"convention:{convention.id}" in criteria:
            count = int(criteria[f"convention:{convention.id}"]["value"].split()[0].replace(",", ""))
            assert count == hints["taught_by_convention"].get(convention.id, 0)
