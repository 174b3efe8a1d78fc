"""Repo diagrams that are right, per stack: ERD entities are the persisted types, each relation drawn once,
no schemas, commands, static instances or test doubles; the architecture draws only stores the code uses; request
chains follow minimal APIs → mediator → handler → DbSet and FastAPI routers → crud → session."""

from __future__ import annotations

import re
from pathlib import Path

from architect_ai.analyze.analysis import analyze
from architect_ai.analyze.structure import RepoStructure
from architect_ai.generate.cross_file import cross_file_examples
from architect_ai.generate.repo_artifacts import erd_scope
from architect_ai.generate.repo_mermaid import architecture, erd, sequence
from architect_ai.ingest.repository import open_source
from tests.analyze import stacks
from tests.repo_factory import write_files

_RELATION = re.compile(r"^\s+(\w+) \S+ (\w+) : ", re.MULTILINE)


def structure_of(tmp_path: Path, files: dict[str, str]) -> RepoStructure:
    write_files(tmp_path, files)
    analysis = analyze(open_source(str(tmp_path)), max_file_bytes=1_000_000, chunk_tokens=1500)
    assert analysis.structure is not None
    return analysis.structure


def relations(diagram: str) -> list[frozenset[str]]:
    return [frozenset(pair) for pair in _RELATION.findall(diagram)]


def test_ef_core_erd_is_the_dbsets_with_one_relation(tmp_path: Path) -> None:
    structure = structure_of(tmp_path, stacks.DOTNET_MEDIATR)
    scope = erd_scope(structure)
    assert {e.name for e in scope} == {"CatalogItem", "CatalogBrand"}
    diagram = erd(scope)
    assert relations(diagram) == [frozenset({"CatalogItem", "CatalogBrand"})]  # FK + navigation + inverse: once
    assert 'CatalogItem }o--|| CatalogBrand : "BrandId"' in diagram
    assert 'int BrandId FK "references CatalogBrand"' in diagram
    assert "CatalogBrand Brand\n" in diagram + "\n"  # a navigation property is not a key
    for absent in ("CreateItemCommand", "ItemDto", "Colour", "FakeCommand", "BaseEntity"):
        assert absent not in diagram
    assert "MongoDB" not in architecture(structure)
    assert not any(e.name == "MongoDB" for e in structure.externals)


def test_value_object_statics_are_not_relations(tmp_path: Path) -> None:
    files = {
        "Domain/Colour.cs": stacks.DOTNET_MEDIATR["src/Domain/Colour.cs"],
        "Data/PaintContext.cs": "public class PaintContext : DbContext\n{\n    public DbSet<Colour> Colours => Set<Colour>();\n}\n",
    }
    structure = structure_of(tmp_path, files)
    diagram = erd(erd_scope(structure))
    assert "Colour {" in diagram and relations(diagram) == []
    assert "Red" not in diagram and "White" not in diagram


def test_sqlmodel_erd_is_the_tables_not_the_schemas(tmp_path: Path) -> None:
    structure = structure_of(tmp_path, stacks.FASTAPI_SQLMODEL)
    scope = erd_scope(structure)
    assert {e.name for e in scope} == {"User", "Item"}
    diagram = erd(scope)
    assert relations(diagram) == [frozenset({"User", "Item"})]
    assert 'Item }o--|| User : "owner_id"' in diagram
    assert "str email" in diagram  # inherited from UserBase
    assert not any(name in diagram for name in ("UserBase", "UserCreate", "UserPublic", "ItemPublic"))
    assert "MongoDB" not in architecture(structure)


def test_jpa_erd_is_the_entities(tmp_path: Path) -> None:
    diagram = erd(erd_scope(structure_of(tmp_path, stacks.SPRING_JPA)))
    assert relations(diagram) == [frozenset({"Order", "Customer"})]
    assert "Long id PK" in diagram and "OrderService" not in diagram and "OrderController" not in diagram


def test_test_files_never_become_entities(tmp_path: Path) -> None:
    files = {
        **stacks.FASTAPI_SQLMODEL,
        "backend/app/tests/factories.py": "from sqlmodel import SQLModel\n\n\nclass FakeUser(SQLModel, table=True):\n"
        "    id: int | None = None\n",
    }
    structure = structure_of(tmp_path, files)
    assert "FakeUser" not in {e.name for e in structure.entities}
    assert "FakeUser" not in {name for name, _ in structure.persisted}


def test_minimal_api_chain_goes_through_the_mediator_to_the_handler_and_the_dbset(tmp_path: Path) -> None:
    structure = structure_of(tmp_path, stacks.DOTNET_MEDIATR)
    endpoints = {(e.verb, e.route): e for e in structure.endpoints}
    assert set(endpoints) == {("GET", "/api/items/{id}"), ("POST", "/api/items")}  # the commented MapDelete is not
    assert endpoints[("GET", "/api/items/{id}")].responses == ("404 Not Found", "200 OK")
    chains = {c.endpoint.route + " " + c.endpoint.verb: c for c in structure.chains()}
    post = chains["/api/items POST"]
    assert (post.steps[0].call.target, post.steps[0].call.method) == ("CreateItemCommandHandler", "Handle")
    assert post.collections == ("CatalogItem",)
    get = chains["/api/items/{id} GET"]
    assert get.steps[0].call.target == "GetItemQueryHandler" and get.collections == ("CatalogItem",)
    diagram = sequence(post, structure)
    assert "api_CatalogEndpoints->>svc_CreateItemCommandHandler: Handle()" in diagram
    assert "svc_CreateItemCommandHandler->>db: Add on CatalogItem" in diagram
    examples = list(cross_file_examples(structure, system_prompt=""))
    answer = next(e.assistant for e in examples if "CreateItemCommandHandler" in e.user)
    assert "var id = await sender.Send(command);" in answer and "db.Items.Add(item);" in answer


def test_fastapi_chain_goes_from_the_router_to_crud_and_the_session(tmp_path: Path) -> None:
    structure = structure_of(tmp_path, stacks.FASTAPI_SQLMODEL)
    routes = {(e.verb, e.route, e.controller, e.action) for e in structure.endpoints}
    assert routes == {
        ("GET", "/items/{id}", "items", "read_item"),
        ("POST", "/items", "items", "create_item"),
        ("POST", "/users", "users", "create_user"),
    }
    chains = {(c.endpoint.verb, c.endpoint.route): c for c in structure.chains()}
    create = chains[("POST", "/items")]
    assert [(s.call.target, s.call.method) for s in create.steps] == [("crud", "create_item")]
    assert create.collections == ("Item",) and create.steps[0].operations == ("add", "commit")
    diagram = sequence(create, structure)
    assert "api_items->>svc_crud: create_item()" in diagram and "svc_crud->>db: add, commit on Item" in diagram
    assert "documents" not in sequence(chains[("GET", "/items/{id}")], structure)  # `Item rows`, not Mongo's
    examples = list(cross_file_examples(structure, system_prompt=""))
    answer = next(e.assistant for e in examples if "read_item" in e.user)
    assert "item = crud.get_item(session=session, id=id)" in answer and "return session.get(Item, id)" in answer


def test_a_python_back_end_is_not_drawn_as_aspnet(tmp_path: Path) -> None:
    diagram = architecture(structure_of(tmp_path, stacks.FASTAPI_SQLMODEL))
    assert 'subgraph api["Python API"]' in diagram and "ASP.NET" not in diagram
    assert "api_items --> svc_crud" in diagram


def test_a_back_end_without_a_front_end_is_never_asked_for_from_the_front_end(tmp_path: Path) -> None:
    from architect_ai.generate.repo_artifacts import architecture_examples

    prompts = [e.user for e in architecture_examples(structure_of(tmp_path, stacks.FASTAPI_SQLMODEL), system_prompt="")]
    assert prompts and not any("front end" in p for p in prompts)
    assert any(p.startswith("Give me an architecture diagram of our system, from the API to ") for p in prompts)
