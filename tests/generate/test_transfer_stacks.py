"""Transfer examples beyond C#/TypeScript: a Spring family and a FastAPI router family, built in `tmp_path`.

Each stack must yield spec → code and blind sibling analogies whose prompts name neither the answer's file nor its
main type, whose answers are the real files, and whose prompts have one answer each; at a small target the woven
user-code stream keeps the transfer share of repo code at or above 30 %.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

from architect_ai.config import RunConfig
from architect_ai.data import Chunk
from architect_ai.generate.answer_cap import capped
from architect_ai.generate.code_facts import spec_facts
from architect_ai.generate.mix import weave
from architect_ai.generate.tasks import TaskContext, unit_examples
from architect_ai.generate.templates import code_answer
from architect_ai.generate.transfer import sibling_examples, spec_to_code_examples
from architect_ai.pipeline import generate_dataset, load_analysis
from architect_ai.quality.grounding import names_its_answer
from bench.corpus import main_type

SYSTEM = "S"
JAVA = "src/main/java/io/shop"

CONTROLLER = """package io.shop.api;

import io.shop.application.{entity}QueryService;
import lombok.AllArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping(path = "/{route}")
@AllArgsConstructor
public class {entity}sApi {{
  private final {entity}QueryService {var}QueryService;

  @GetMapping(path = "{{id}}")
  public ResponseEntity<{entity}Data> find{entity}(@PathVariable("id") String id) {{
    return ResponseEntity.ok({var}QueryService.findById(id));
  }}

  @PostMapping
  public ResponseEntity<{entity}Data> create{entity}(@Valid @RequestBody New{entity}Param param) {{
    return ResponseEntity.ok({var}QueryService.create(param));
  }}
}}
"""

SERVICE = """package io.shop.application;

import io.shop.core.{entity}Repository;
import org.springframework.stereotype.Service;

@Service
public class {entity}QueryService {{
  private {entity}Repository {var}Repository;

  public {entity}QueryService({entity}Repository {var}Repository) {{
    this.{var}Repository = {var}Repository;
  }}

  public {entity}Data findById(String id) {{
    return {var}Repository.findById(id).map({entity}Data::new).orElseThrow();
  }}

  public {entity}Data create(New{entity}Param param) {{
    return new {entity}Data({var}Repository.save(new {entity}(param.getName())));
  }}
}}
"""

REPOSITORY = """package io.shop.core;

import java.util.Optional;

public interface {entity}Repository extends CrudRepository<{entity}, String> {{
  Optional<{entity}> findBy{field}(String {lower});
}}
"""

ROUTER = """from typing import Any

from fastapi import APIRouter, Depends, HTTPException

from app.api.deps import CurrentUser, SessionDep
from app.models import {entity}Create, {entity}Public, {entity}sPublic

router = APIRouter(prefix="/{route}", tags=["{route}"])


@router.get("/", response_model={entity}sPublic)
def read_{route}(session: SessionDep, current_user: CurrentUser, skip: int = 0, limit: int = 100) -> Any:
    return session.exec(select({entity}).offset(skip).limit(limit)).all()


@router.post("/", response_model={entity}Public)
def create_{one}(*, session: SessionDep, current_user: CurrentUser, {one}_in: {entity}Create) -> Any:
    {one} = {entity}.model_validate({one}_in, update={{"owner_id": current_user.id}})
    session.add({one})
    session.commit()
    return {one}
"""

STACKS = {
    "Article": ("articles", "Slug"),
    "Comment": ("comments", "Body"),
    "Profile": ("profiles", "Username"),
}


def _spring(root: Path) -> Path:
    for entity, (route, field) in STACKS.items():
        values = {"entity": entity, "var": entity.lower(), "route": route, "field": field, "lower": field.lower()}
        for folder, name, text in (
            ("api", f"{entity}sApi.java", CONTROLLER),
            ("application", f"{entity}QueryService.java", SERVICE),
            ("core", f"{entity}Repository.java", REPOSITORY),
        ):
            path = root / JAVA / folder / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text.format(**values), encoding="utf-8")
    return root


def _fastapi(root: Path) -> Path:
    routes = root / "backend/app/api/routes"
    routes.mkdir(parents=True)
    for entity, route, one in (
        ("Item", "items", "item"),
        ("Order", "orders", "order"),
        ("Invoice", "invoices", "bill"),
    ):
        (routes / f"{route}.py").write_text(ROUTER.format(entity=entity, route=route, one=one), encoding="utf-8")
    (root / "backend/app/api/__init__.py").write_text("", encoding="utf-8")
    return root


@pytest.fixture(scope="module", params=["spring", "fastapi"])
def stack(request, tmp_path_factory):
    root = tmp_path_factory.mktemp(request.param)
    return request.param, (_spring if request.param == "spring" else _fastapi)(root)


def _blind(example, chunk: Chunk) -> bool:
    """The prompt names neither the answer's file (our measure) nor its main type or function (the bench's)."""
    return not names_its_answer(example) and main_type(code_answer(chunk)) not in example.user


def test_each_stack_gets_spec_and_blind_sibling_examples_with_the_real_code(stack):
    name, root = stack
    analysis = load_analysis(RunConfig(repo=str(root)))
    by_source = {c.source: c for c in analysis.chunks}
    spec = list(spec_to_code_examples(analysis.chunks, analysis.structure, system_prompt=SYSTEM))
    siblings = list(sibling_examples(analysis.chunks, analysis.structure, system_prompt=SYSTEM))
    blind_siblings = [e for e in siblings if e.template == "sibling.spec"]
    assert len(spec) >= 6, name  # every controller/service/router described (at least two phrasings each)
    assert len(blind_siblings) >= 6, name
    for example in spec + blind_siblings:
        chunk = by_source[example.source]
        assert example.assistant == code_answer(chunk)  # the repository's file, verbatim
        assert example.category == "user_code" and example.group == f"code:{chunk.source}"
        assert _blind(example, chunk), example.user
    prompts = [e.user for e in spec + siblings]
    assert len(set(prompts)) == len(prompts)  # one prompt, one answer


def test_spring_facts_name_routes_dependencies_and_signatures_not_the_class(tmp_path: Path):
    analysis = load_analysis(RunConfig(repo=str(_spring(tmp_path))))
    api = next(c for c in analysis.chunks if c.path.endswith("ArticlesApi.java"))
    facts = " ".join(spec_facts(api, analysis.structure))
    assert "`GET /articles/{id}`" in facts and "`POST /articles`" in facts
    assert "`ArticleQueryService`" in facts  # the Lombok constructor's final field
    service = next(c for c in analysis.chunks if c.path.endswith("ArticleQueryService.java"))
    facts = " ".join(spec_facts(service, analysis.structure))
    assert "`ArticleRepository`" in facts and "`ArticleData findById(String id)`" in facts
    assert "ArticleQueryService" not in facts


def test_python_router_facts_leave_out_the_modules_main_function(tmp_path: Path):
    analysis = load_analysis(RunConfig(repo=str(_fastapi(tmp_path))))
    router = next(c for c in analysis.chunks if c.path.endswith("orders.py"))
    facts = " ".join(spec_facts(router, analysis.structure))
    assert "read_orders" not in facts  # the module's first function is what it is: naming it gives it away
    assert facts, "a router is described by its routes, dependencies or functions"


@pytest.mark.parametrize("maker", [_spring, _fastapi])
def test_a_small_target_keeps_transfer_at_30_percent_and_one_answer_per_prompt(maker, tmp_path: Path):
    result = generate_dataset(RunConfig(repo=str(maker(tmp_path / "repo")), target=500), out_root=tmp_path / "out")
    quality = json.loads((result.out_dir / "report.json").read_text(encoding="utf-8"))["quality"]
    assert quality["repo_code_examples"] > 0
    # a prompt may name the type it asks for (its spec is given); what it may not do is show its answer
    assert quality["unnamed_answer_share"] >= 0.2  # member tasks name their class; transfer tasks do not
    assert quality["self_reference_share"] <= 0.05 and quality["derivable_share"] >= 0.6
    assert quality["ambiguous_prompts"] == 0
    answers: dict[str, set[str]] = defaultdict(set)
    for line in (result.out_dir / "dataset.jsonl").read_text(encoding="utf-8").splitlines():
        messages = json.loads(line)["messages"]
        answers[messages[-2]["content"]].add(messages[-1]["content"])
    assert max(len(a) for a in answers.values()) == 1


def test_a_symbol_shared_by_files_in_two_folders_is_named_with_its_file():
    text = "public static class Constants\n{\n    public const int Max = 10;\n}\n"
    chunks = [
        Chunk(
            f"src/{project}/Constants.cs",
            1,
            4,
            text.replace("10", str(n)),
            "csharp",
            "other_csharp",
            "Constants",
            "file",
        )
        for n, project in enumerate(("Web", "Infrastructure"))
    ]
    examples = list(capped(unit_examples(chunks, TaskContext.of(chunks, None, (), SYSTEM))))
    answers: dict[str, set[str]] = defaultdict(set)
    for example in examples:
        answers[example.user].add(example.assistant)
    assert all(len(a) == 1 for a in answers.values())  # one prompt, one answer
    assert not any("Constants.cs" in e.user for e in examples)  # never the answer's own file


def test_weave_keeps_its_ratio_while_both_last_then_drains_the_rest():
    woven = list(weave(iter("aaaaaaaaa"), iter("bbb"), (3, 2)))
    assert "".join(woven) == "aaabbaaabaaa"
    assert "".join(weave(iter(""), iter("bb"), (3, 2))) == "bb"
