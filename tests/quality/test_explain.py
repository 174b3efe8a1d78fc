"""Why a criterion failed, what fixes it, and the recommended target, from report.json alone."""

from __future__ import annotations

from architect_ai.config import RunConfig, repo_slug
from architect_ai.quality.explain import explain, recommended_target, split_label, threshold_of


def test_explanations_and_recommended_target() -> None:
    report = {
        "target": 500,
        "quotas": {"artifact": 200, "user_code": 200, "sweep": 100},
        "counts": {"user_code_files": 146, "by_category": {"user_code": 200}},
        "criteria": [
            {
                "id": "user_code_variations",
                "label": "your code: every file in 8–10 variations",
                "passed": False,
                "value": "146 files × 1.4 = 200 examples",
            },
            {"id": "convention:x", "label": "X — in ≥ 20 examples", "value": "9 examples", "passed": False},
        ],
    }
    why = explain(report["criteria"][0], report)
    assert "146 files × 8 variations need ≈1,168 user-code examples" in why and "about 3,000" in why
    assert recommended_target(report) == 3000
    assert split_label("≥ 5,000 examples in total") == ("examples in total", "≥ 5,000")
    assert explain({**report["criteria"][0], "passed": True}, report) == ""


def test_threshold_has_its_own_column() -> None:
    assert threshold_of({"id": "convention:x", "label": "X — in ≥ 20 examples"}) == "≥ 20 examples"
    assert threshold_of({"id": "user_code_variations", "label": "your code: every file in 8–10 variations"}) == (
        "≥ 8 per file"
    )
    assert threshold_of({"id": "secrets", "label": "secrets redacted before generation"}) == ""


def test_default_dataset_names_name_the_repository() -> None:
    assert RunConfig().dataset_name == "mother_project_code_prototype_5000"
    assert RunConfig(repo="https://github.com/org/My-App.git", target=800, artifact_type="erd").dataset_name == (
        "my_app_erd_800"
    )
    assert RunConfig(name="mine").dataset_name == "mine"
    assert repo_slug("git@host:org/x.y.git") == "x_y" and repo_slug("/") == "repo"
    assert len(repo_slug("/src/" + "a" * 100)) == 40


def test_a_shortfall_and_a_leak_are_explained() -> None:
    report = {"target": 5000, "criteria": []}
    assert "no padding" in explain({"id": "total", "value": "3,210", "passed": False}, report)
    assert "another seed" in explain({"id": "split_leakage", "value": "2", "passed": False}, report)
    assert recommended_target(report) is None
