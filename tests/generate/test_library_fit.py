"""The builtin library speaks the repository's names; templates of a stack the repo does not use stay out."""

from __future__ import annotations

import json
from collections import Counter

from architect_ai.config import RunConfig
from architect_ai.data import Convention, Example, chat
from architect_ai.generate.library import load_items
from architect_ai.generate.library_fit import NEUTRAL_REQUESTS, fit_library, item_stack, rename
from architect_ai.generate.mix import builtin_caps, interleave, plan_quotas
from architect_ai.pipeline import generate_dataset
from tests.repo_factory import make_repo

DOTNET_ROLES = ["dotnet_controller", "dotnet_dto", "angular_service"]
NAMES = [
    Convention("settings_interface_injection", "d", 3, ("IAppSettings",)),
    Convention("controller_base_class", "d", 3, ("ApiControllerBase",)),
    Convention("dto_suffix", "d", 5, ("Model",)),
    Convention("bson_attributes", "d", 5, ("BsonElement",)),
    Convention("aspnet_attributes", "d", 5, ("HttpGet",)),
]


def _code(items):
    return [i for i in items if i.kind == "code_template"]


def test_matching_templates_are_rewritten_with_the_repository_names():
    items = load_items("code-prototype")
    fitted = fit_library(
        items, mode="matching", languages=["csharp", "typescript"], roles=DOTNET_ROLES, conventions=NAMES
    )
    code = _code(fitted)
    assert code and len(fitted) - len(code) == len(items) - len(_code(items))  # diagrams untouched
    texts = [i.answer + " ".join(i.instructions) for i in code]
    assert not any("IMongoDBSettings" in t or "BaseApiController" in t for t in texts)
    assert any("IAppSettings" in t for t in texts) and any(": ApiControllerBase" in i.answer for i in code)
    assert any("BookModel" in t or "Model " in t for t in texts)
    assert rename("class AuthorDto : BaseApiController", {"controller_base": "X", "dto_suffix": "Model"}) == (
        "class AuthorModel : X"
    )
    assert rename("AuthorDtoMapper IMongoDBSettingsFactory", {"settings_interface": "IS"}) == (
        "AuthorDtoMapper IMongoDBSettingsFactory"  # whole identifiers only: nothing damaged
    )


def test_a_python_repository_gets_no_dotnet_or_angular_template_unless_asked_and_never_as_its_convention():
    items = load_items("code-prototype")
    python = {"languages": ["python"], "roles": ["other_python"], "conventions": []}
    assert _code(fit_library(items, mode="matching", **python)) == []
    assert _code(fit_library(items, mode="none", languages=["csharp"], roles=DOTNET_ROLES, conventions=NAMES)) == []
    everything = _code(fit_library(items, mode="all", **python))
    assert len(everything) == len(_code(items))
    for item in everything:  # kept, but only with neutral requests: never "our pattern"
        assert len(item.instructions) == len(NEUTRAL_REQUESTS)
        assert not any(word in text.lower().split() for text in item.instructions for word in ("our", "we"))
    assert "settings_interface" in item_stack("csharp", "public X(IMongoDBSettings s)")


def test_the_builtin_cap_holds_even_when_the_other_categories_run_dry():
    caps = builtin_caps(1000, 0.4)
    assert caps == {"artifact": 400}
    quotas = plan_quotas({"artifact": 900, "user_code": 100, "sweep": 50}, 1000, caps)
    assert quotas == {"artifact": 400, "user_code": 100, "sweep": 50}

    def stream(category, n):
        return (
            Example(chat("", f"{category}{i}", f"a{category}{i}"), category, "k", "d", "s", "t", f"{category}{i}")
            for i in range(n)
        )

    streams = {"artifact": stream("artifact", 900), "user_code": stream("user_code", 100), "sweep": stream("sweep", 50)}
    out = list(interleave(streams, quotas, 1000, lambda e: None, Counter(), caps))
    counts = Counter(e.category for e in out)
    assert counts == {"artifact": 400, "user_code": 100, "sweep": 50}  # short of 1000: said, never padded


def test_a_dataset_from_a_repository_without_the_sample_names_never_contains_them(tmp_path):
    repo = make_repo(
        tmp_path,
        {
            "app/routers/items.py": "from fastapi import APIRouter, Depends\n\nrouter = APIRouter()\n\n\n"
            "@router.get('/items')\ndef list_items(session=Depends(get_session)) -> list[str]:\n"
            "    return [item.name for item in session.exec(select(Item))]\n",
            "app/models.py": "from sqlmodel import SQLModel, Field\n\n\nclass Item(SQLModel, table=True):\n"
            "    id: int | None = Field(default=None, primary_key=True)\n    name: str\n",
        },
    )
    result = generate_dataset(RunConfig(repo=str(repo), target=500), out_root=tmp_path / "out")
    text = (result.out_dir / "dataset.jsonl").read_text(encoding="utf-8")
    assert "IMongoDBSettings" not in text and "BaseApiController" not in text
    records = [json.loads(line) for line in text.splitlines()]
    assert not any(r["metadata"]["kind"] == "code_template" for r in records)
    builtin = sum(r["metadata"]["source"].startswith("builtin:") for r in records)
    assert builtin <= 200  # 40 % of the target
    assert result.report["counts"]["builtin_share"] == round(builtin / len(records), 4)
    assert not result.report["reached"] and any("builtin library is bounded" in m for m in result.messages)
    assert {
        r["metadata"]["category"]
        for r in records
        if r["metadata"]["kind"] == "meeting_context" and r["metadata"]["source"].startswith("builtin:")
    } <= {"artifact"}


def test_cli_flags_reach_the_run_config_and_the_dataset(tmp_path):
    import subprocess
    import sys

    from architect_ai.config import PROJECT_ROOT

    command = [sys.executable, "-m", "architect_ai", "generate", "--target", "500", "--out", str(tmp_path)]
    command += ["--library-code", "none", "--builtin-share", "0.2"]
    result = subprocess.run(command, capture_output=True, text=True, cwd=PROJECT_ROOT, timeout=300)
    assert result.returncode == 0, result.stderr
    out = tmp_path / "mother_project_code_prototype_500"
    config = json.loads((out / "manifest.json").read_text())["config"]
    assert (config["library_code"], config["builtin_share"]) == ("none", 0.2)
    records = [json.loads(line) for line in (out / "dataset.jsonl").read_text().splitlines()]
    assert not any(r["metadata"]["kind"] == "code_template" for r in records)
    assert sum(r["metadata"]["source"].startswith("builtin:") for r in records) <= 100
    bad = subprocess.run([*command[:-4], "--library-code", "some"], capture_output=True, text=True, cwd=PROJECT_ROOT)
    assert bad.returncode == 2 and "--library-code" in bad.stderr
