"""Diagrams of the user's own repository: exact facts, Mermaid validity, metadata and determinism."""

from __future__ import annotations

import re
from collections import defaultdict

import pytest

from architect_ai.analyze.roles import file_role
from architect_ai.analyze.structure import RepoStructure, StructureCollector
from architect_ai.config import SAMPLE_REPO
from architect_ai.generate.repo_artifacts import repo_artifact_examples, short_source
from architect_ai.ingest.files import read_source_file
from architect_ai.quality.mermaid import MermaidValidator
from tests.generate.mini_repo import FILES, collect, write_repo

SYSTEM = "You are Architect AI."


@pytest.fixture(scope="module")
def structure(tmp_path_factory) -> RepoStructure:
    return collect(write_repo(tmp_path_factory.mktemp("repo")))


@pytest.fixture(scope="module")
def examples(structure):
    return list(repo_artifact_examples(structure, system_prompt=SYSTEM))


@pytest.fixture(scope="module")
def validator():
    with MermaidValidator() as v:
        yield v


def diagram(example) -> str:
    match = re.fullmatch(r"[^\n]+\n\n```mermaid\n(.*)\n```", example.assistant, re.S)
    assert match, example.assistant[:200]
    return match.group(1)


def by_group(examples) -> dict[str, list]:
    groups = defaultdict(list)
    for e in examples:
        groups[e.group].append(e)
    return groups


def test_whole_erd_names_the_real_classes_and_relationships(examples):
    whole = by_group(examples)["repo_erd:whole"]
    text = diagram(whole[0])
    assert 'Book }o--|| Author : "AuthorId"' in text
    assert 'Book }o--o{ Category : "CategoryIds"' in text
    assert 'Book ||--o{ Review : "Reviews"' in text  # Review has no id: embedded
    assert 'Author ||--o| Address : "Address"' in text
    assert "string Id PK" in text and 'string AuthorId FK "references Author"' in text
    assert "string[] CategoryIds FK" in text
    assert "BookDto" not in text and "MongoDbSettings" not in text
    assert (
        whole[0].source
        == "server/Shop.Api/Models/Author.cs,server/Shop.Api/Models/Book.cs,server/Shop.Api/Models/Category.cs"
    )


def test_focused_erd_shows_an_aggregate_with_its_neighbours(examples):
    focus = by_group(examples)["repo_erd:Category"]
    text = diagram(focus[0])
    assert 'Book }o--o{ Category : "CategoryIds"' in text
    assert "Author {" not in text and "AuthorId FK" in text  # Book is shown whole, Author is not a neighbour
    assert all("Category" in e.user for e in focus[1:])


def test_sequence_follows_component_service_controller_service_repository_database(examples):
    group = by_group(examples)["repo_sequence:GET /api/Books/{id} BookService.getBook BookDetailComponent.ngOnInit"]
    lines = [line.strip() for line in diagram(group[0]).splitlines()]
    participants = [line.split(" as ")[1] for line in lines if line.startswith("participant")]
    assert participants == [
        "BookDetailComponent",
        "BookService (Angular)",
        "BooksController",
        "BookService (.NET)",
        "MongoDB",
        "AuthorRepository",
    ]
    assert "ui_BookDetailComponent->>ng_BookService: getBook() from ngOnInit()" in lines
    assert "ng_BookService->>api_BooksController: GET /api/books/{id}" in lines
    assert "api_BooksController->>svc_BookService: GetByIdAsync()" in lines
    assert "svc_BookService->>db: Find on books" in lines
    assert "svc_AuthorRepository->>db: Find on authors" in lines
    assert "api_BooksController-->>ng_BookService: 200 OK / 404 Not Found" in lines
    assert "ng_BookService-->>ui_BookDetailComponent: Observable<Book>" in lines
    users = [e.user for e in group]
    assert "Draw the sequence for GET /api/books/{id}." in users
    assert any("BookDetailComponent" in u for u in users)


def test_architecture_has_layers_and_the_configured_externals(examples):
    text = diagram(by_group(examples)["repo_architecture:whole"][0])
    for node in (
        'db_MongoDB[("MongoDB: ShopDb")]',
        'ext_SMTP["SMTP (email)"]',
        'ext_RabbitMQ["RabbitMQ (broker)"]',
        'mw_ErrorHandlingMiddleware["ErrorHandlingMiddleware"]',
        'ui_BookListComponent["BookListComponent"]',
    ):
        assert node in text
    assert 'ng_BookService -->|"HTTP /api/books"| api_BooksController' in text
    assert "api_BooksController --> svc_BookService" in text
    assert 'svc_BookService -->|"books"| db_MongoDB' in text
    groups = by_group(examples)
    assert "ui_" not in diagram(groups["repo_architecture:backend"][0])
    assert "svc_" not in diagram(groups["repo_architecture:frontend"][0])


def test_every_diagram_parses_with_mermaid(examples, validator):
    texts = {e.group: diagram(e) for e in examples}
    results = dict(zip(texts, validator.validate_many(list(texts.values())), strict=True))
    assert {g: r.error for g, r in results.items() if not r.ok} == {}
    assert results["repo_erd:whole"].details["relationships"] == 4
    assert results["repo_erd:whole"].details["entities"] == 5


def test_metadata_follows_the_contract(examples):
    assert {e.kind for e in examples} == {"repo_erd", "repo_sequence", "repo_architecture"}
    for group, members in by_group(examples).items():
        assert len(members) >= 2, group
        assert len({e.assistant for e in members}) == 1  # one diagram per group
        assert len({e.user for e in members}) == len(members)  # distinct phrasings
        assert all(group.startswith(e.kind + ":") for e in members)
        assert all(re.fullmatch(rf"{e.kind}\.\w+\.\d", e.template) for e in members)
    for e in examples:
        assert (e.category, e.domain, e.conventions) == ("sweep", "repo", ())
        assert e.system == SYSTEM and e.source
        assert e.assistant.split("\n\n", 1)[0].endswith((".", ":"))


def test_two_runs_give_identical_output(tmp_path):
    root = write_repo(tmp_path)
    first = [e.to_json() for e in repo_artifact_examples(collect(root), system_prompt=SYSTEM)]
    second = [
        e.to_json() for e in repo_artifact_examples(collect(root, sorted(FILES, reverse=True)), system_prompt=SYSTEM)
    ]
    assert first == second


def test_short_source_folds_many_paths():
    assert short_source(["b/x.cs", "a/y.cs", "a/y.cs"]) == "a/y.cs,b/x.cs"
    many = [f"src/app/f{i}/c.ts" for i in range(9)]
    assert short_source(many) == "src/app"


def test_empty_structure_yields_nothing():
    assert list(repo_artifact_examples(StructureCollector().result(), system_prompt=SYSTEM)) == []


@pytest.mark.skipif(not (SAMPLE_REPO / "server").is_dir(), reason="sample project not present")
def test_sample_project_diagrams_all_parse(validator):
    collector = StructureCollector()
    for path in sorted(p for p in SAMPLE_REPO.rglob("*") if p.is_file()):
        file = read_source_file(SAMPLE_REPO, path.relative_to(SAMPLE_REPO).as_posix())
        if not isinstance(file, str):
            collector.add(file, file_role(file.path, file.text, file.language))
    examples = list(repo_artifact_examples(collector.result(), system_prompt=SYSTEM))
    kinds = {e.kind for e in examples}
    assert kinds == {"repo_erd", "repo_sequence", "repo_architecture"}
    texts = {e.group: diagram(e) for e in examples}
    results = validator.validate_many(list(texts.values()))
    assert [(g, r.error) for g, r in zip(texts, results, strict=True) if not r.ok] == []
    whole = texts["repo_erd:whole"]
    assert re.search(r"Book }o--\|\| Author", whole) and "Loan" in whole
