"""Repo diagrams true to the code (#15 point 5) on a two-service fixture: Catalog (EF Core on SQL Server) and
Basket (MongoDB) are two services with two stores; every endpoint's sequence goes through its repository to the
store its code writes to; the ERD draws inherited fields, a one-to-many and a many-to-many."""

from __future__ import annotations

import re

import pytest

from architect_ai.analyze.structure import RepoStructure
from architect_ai.generate.repo_artifacts import erd_scope
from architect_ai.generate.repo_mermaid import architecture, erd, sequence
from architect_ai.quality.mermaid import shared_validator
from tests.analyze.test_stack_diagrams import structure_of
from tests.analyze.two_services import TWO_SERVICES


@pytest.fixture(scope="module")
def structure(tmp_path_factory) -> RepoStructure:
    return structure_of(tmp_path_factory.mktemp("two"), TWO_SERVICES)


def _edges(diagram: str) -> list[tuple[str, str]]:
    return re.findall(r"^\s+(\w+) -->(?:\|[^|]*\|)? (\w+)$", diagram, re.MULTILINE)


def test_two_host_projects_are_two_services_each_with_its_own_store(structure):
    assert [host.name for host in structure.hosts] == ["Basket.Api", "Catalog.Api"]
    diagram = architecture(structure)
    assert 'subgraph service_Basket_Api["Basket.Api"]' in diagram
    assert 'subgraph service_Catalog_Api["Catalog.Api"]' in diagram
    stores = re.findall(r"^\s+(db_\w+)\[\(", diagram, re.MULTILINE)
    assert sorted(stores) == ["db_MongoDB", "db_SQL_Server"]
    edges = _edges(diagram)
    assert ("svc_Catalog_Api_CatalogContext", "db_SQL_Server") in edges  # the DbContext goes to its provider
    assert ("svc_Basket_Api_BasketRepository", "db_MongoDB") in edges
    assert not any(a.startswith("svc_Catalog") and b == "db_MongoDB" for a, b in edges)  # never MongoDB by default
    assert not any(a.startswith("svc_Basket") and b == "db_SQL_Server" for a, b in edges)
    assert ("api_Catalog_Api_ProductsController", "svc_Catalog_Api_CatalogRepository") in edges
    assert shared_validator().validate(diagram).ok


def test_every_endpoint_has_a_sequence_through_its_repository_to_its_store(structure):
    chains = {(c.endpoint.verb, c.endpoint.route): c for c in structure.chains()}
    assert set(chains) == {
        ("GET", "/api/products/{id}"),
        ("POST", "/api/products"),
        ("GET", "/api/basket/{buyerId}"),
        ("POST", "/api/basket"),
    }
    for (verb, route), chain in chains.items():
        diagram = sequence(chain, structure)
        repository = "CatalogRepository" if "products" in route else "BasketRepository"
        store = "SQL Server" if "products" in route else "MongoDB"
        wrong = "MongoDB" if store == "SQL Server" else "SQL Server"
        assert f"participant svc_{repository} as {repository}" in diagram, (verb, route)
        assert re.search(rf"svc_{repository}->>\w+: ", diagram) and f"as {store}\n" in diagram + "\n", diagram
        assert wrong not in diagram
        assert ("rows" if store == "SQL Server" else "documents") in diagram or verb == "POST"
        assert shared_validator().validate(diagram).ok


def test_the_erd_has_inherited_fields_a_one_to_many_and_a_many_to_many(structure):
    diagram = erd(erd_scope(structure))
    assert 'Product }o--|| Category : "CategoryId"' in diagram  # one category has many products
    assert 'Product }o--o{ Tag : "Tags"' in diagram  # both sides hold a collection of the other: a join table
    assert diagram.count("Tag :") == 1 and diagram.count("Category :") == 1  # each relation once
    product = diagram[diagram.index("    Product {") :].split("}", 1)[0]
    assert "int Id PK" in product and "DateTime CreatedAt" in product  # from `Product : Entity`
    assert shared_validator().validate(diagram).ok
