"""Conventions, evidence and roles of any stack: the detector catalogue and statistical mining on small repositories."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from architect_ai.analyze.analysis import Analysis, analyze
from architect_ai.analyze.code_text import code_only, is_generated
from architect_ai.analyze.detectors import CATALOGUE
from architect_ai.data import Convention
from architect_ai.ingest.repository import open_source
from tests.analyze import stacks
from tests.repo_factory import write_files


def analysed(tmp_path: Path, files: dict[str, str]) -> Analysis:
    write_files(tmp_path, files)
    return analyze(open_source(str(tmp_path)), max_file_bytes=1_000_000, chunk_tokens=1500)


def by_id(analysis: Analysis) -> dict[str, Convention]:
    return {c.id: c for c in analysis.conventions}


def assert_evidence_is_real(analysis: Analysis, files: dict[str, str]) -> None:
    for convention in analysis.conventions:
        for evidence in convention.evidence:
            line = files[evidence.path].split("\n")[evidence.line - 1]
            assert line.strip() == evidence.text, (convention.id, evidence)
            assert not line.lstrip().startswith(("//", "#", "/*", "*")), (convention.id, evidence)
            assert not evidence.path.startswith("tests/") and "/tests/" not in evidence.path, (convention.id, evidence)


def test_the_catalogue_is_data_with_unique_ids_and_compiling_patterns() -> None:
    ids = [d.id for d in CATALOGUE]
    assert len(ids) == len(set(ids)) >= 40
    for detector in CATALOGUE:
        assert detector.description and detector.languages and detector.patterns
        assert detector.compiled and "{name}" not in detector.hint


def test_dotnet_minimal_apis_mediatr_ef_core_and_fluentvalidation(tmp_path: Path) -> None:
    files = stacks.DOTNET_MEDIATR
    analysis = analysed(tmp_path, files)
    found = by_id(analysis)
    assert set(found["mediatr_handlers"].names) == {
        "CreateItemCommandHandler",
        "GetItemQueryHandler",
        "CreateBrandCommandHandler",
    }
    assert set(found["mediatr_requests"].names) == {"CreateItemCommand", "GetItemQuery", "CreateBrandCommand"}
    assert set(found["fluentvalidation_validators"].names) == {
        "CreateItemCommandValidator",
        "GetItemQueryValidator",
        "CreateBrandCommandValidator",
    }
    assert found["efcore_dbcontext"].names == ("CatalogDbContext",)
    assert set(found["efcore_dbset"].names) == {"CatalogItem", "CatalogBrand"}
    assert found["efcore_entity_configuration"].names == ("CatalogItemConfiguration",)
    # The commented-out MapDelete is not evidence: MapGroup, MapGet and MapPost only.
    assert set(found["minimal_api_endpoints"].names) == {"MapGroup", "MapGet", "MapPost"}
    assert found["minimal_api_endpoints"].count == 3
    endpoint_lines = {(e.path, e.line) for e in found["minimal_api_endpoints"].evidence}
    assert ("src/Api/Endpoints/CatalogEndpoints.cs", 7) in endpoint_lines
    assert found["mediatr_send"].count == 2
    assert found["ddd_base_types"].names[0] == "BaseEntity"
    # The test project's fake handler is never evidence.
    assert "FakeItemHandler" not in found["mediatr_handlers"].names
    assert_evidence_is_real(analysis, files)
    # Nothing of the MongoDB/MVC sample's vocabulary where there is none.
    assert not {"settings_interface_injection", "controller_base_class", "mongo_collection_access"} & set(found)


def test_dotnet_statistical_mining_finds_families_and_suffixes(tmp_path: Path) -> None:
    found = by_id(analysed(tmp_path, stacks.DOTNET_MEDIATR))
    assert found["suffix.Handler"].count == 3 and found["suffix.Validator"].count == 3
    family = found["file_family.Handler-Validator"]
    assert family.count == 3 and not family.teachable
    assert "`X` + `XHandler` + `XValidator`" in family.description
    assert found["base_type.IRequestHandler"].evidence[0].text.startswith("public class")


def test_dotnet_roles_come_from_the_detectors(tmp_path: Path) -> None:
    roles = analysed(tmp_path, stacks.DOTNET_MEDIATR).roles
    assert roles["src/Api/Endpoints/CatalogEndpoints.cs"] == "dotnet_endpoints"
    assert roles["src/Application/Items/CreateItemCommandHandler.cs"] == "dotnet_request_handler"
    assert roles["src/Application/Items/CreateItemCommandValidator.cs"] == "dotnet_validator"
    assert roles["src/Application/Items/CreateItemCommand.cs"] == "dotnet_request"
    assert roles["src/Infrastructure/CatalogDbContext.cs"] == "dotnet_dbcontext"
    assert roles["src/Infrastructure/Configurations/CatalogItemConfiguration.cs"] == "dotnet_entity_configuration"
    assert roles["tests/Catalog.Tests/CreateItemTests.cs"] == "test"


def test_fastapi_sqlmodel_routers_depends_tables_and_schema_families(tmp_path: Path) -> None:
    files = stacks.FASTAPI_SQLMODEL
    analysis = analysed(tmp_path, files)
    found = by_id(analysis)
    assert set(found["sqlmodel_tables"].names) == {"User", "Item"}
    assert {(e.path, e.line) for e in found["sqlmodel_tables"].evidence} == {
        ("backend/app/models.py", 19),
        ("backend/app/models.py", 38),
    }
    assert {"UserCreate", "UserPublic", "ItemCreate", "ItemPublic"} <= set(found["sqlmodel_schema_families"].names)
    assert found["fastapi_routers"].names == ("router",)
    assert found["fastapi_depends"].names == ("get_db",)
    assert "sqlalchemy_models" not in found and "pydantic_schemas" not in found
    assert_evidence_is_real(analysis, files)
    assert analysis.roles["backend/app/api/routes/items.py"] == "python_router"
    assert analysis.roles["backend/app/models.py"] == "python_table_model"


def test_angular_standalone_inject_functional_guards_interceptors_signals(tmp_path: Path) -> None:
    files = stacks.ANGULAR_STANDALONE
    analysis = analysed(tmp_path, files)
    found = by_id(analysis)
    assert found["angular_functional_guards"].names == ("authGuard",)
    assert "authInterceptor" in found["angular_functional_interceptors"].names
    assert set(found["angular_signals"].names) == {"signal", "computed"}
    assert found["angular_standalone_components"].count == 1
    assert set(found["angular_inject_function"].names) >= {"OrderApi", "HttpClient"}
    # The only constructor injection is commented out.
    assert "angular_constructor_injection" not in found
    assert "angular_ngmodules" not in found and "angular_class_guards" not in found
    assert_evidence_is_real(analysis, files)


def test_spring_and_nestjs(tmp_path: Path) -> None:
    spring = analysed(tmp_path / "spring", stacks.SPRING_JPA)
    found = by_id(spring)
    assert found["jpa_entities"].count == 2 and found["spring_jpa_repositories"].names == ("OrderRepository",)
    assert {"spring_rest_controllers", "spring_services"} <= set(found)
    assert spring.roles["src/main/java/shop/api/OrderController.java"] == "spring_controller"
    nest = analysed(tmp_path / "nest", stacks.NESTJS)
    found = by_id(nest)
    assert {"nestjs_controllers", "nestjs_modules", "nestjs_providers"} <= set(found)
    assert nest.roles["src/tag/tag.service.ts"] == "nest_provider"
    assert nest.roles["src/tag/tag.controller.ts"] == "nest_controller"
    assert not any(c.id.startswith("angular_") for c in nest.conventions)


def test_generated_code_is_never_evidence(tmp_path: Path) -> None:
    generated = {
        "src/client/sdk.gen.ts": "// This file is auto-generated by @hey-api/openapi-ts\nexport class ItemsService {}\n",
        "src/Infrastructure/Migrations/0001_Init.cs": "public class Init : Migration { }\n",
        "src/Api/Handlers.g.cs": "public class XHandler : IRequestHandler<X, int> { }\n",
    }
    assert all(is_generated(path, text) for path, text in generated.items())
    assert not is_generated("src/Api/Program.cs", "var app = builder.Build();")
    found = by_id(analysed(tmp_path, {**stacks.DOTNET_MEDIATR, **generated}))
    assert "XHandler" not in found["mediatr_handlers"].names


def test_code_only_blanks_comments_and_keeps_positions() -> None:
    text = 'var a = 1; // services.AddScoped<X>()\n/* app.MapGet("/") */ var b = "// kept";\n'
    first, second, last = code_only(text, "csharp")
    assert (first.rstrip(), len(first)) == ("var a = 1;", len(text.split("\n")[0]))
    assert second == " " * 22 + 'var b = "// kept";' and last == ""
    assert code_only("x = 1  # Depends(get_db)\n", "python")[0].rstrip() == "x = 1"


@pytest.mark.parametrize("name", ["DOTNET_MEDIATR", "FASTAPI_SQLMODEL", "ANGULAR_STANDALONE", "SPRING_JPA", "NESTJS"])
def test_descriptions_only_claim_what_was_found(tmp_path: Path, name: str) -> None:
    found = analysed(tmp_path, getattr(stacks, name)).conventions
    for convention in found:
        assert convention.count >= 1
        if convention.origin == "catalogue":
            assert all(n in convention.description for n in convention.names[:2]), convention
    assert not any("controller" in c.description.lower() for c in found) or name in ("SPRING_JPA", "NESTJS")


def test_attributes_without_controllers_do_not_claim_controllers(tmp_path: Path) -> None:
    files = {
        "src/Web/Items/GetItemRequest.cs": "public class GetItemRequest\n{\n    [FromRoute]\n    public int Id { get; set; }\n}\n",
        "src/Web/Items/ListItemsRequest.cs": "public class ListItemsRequest\n{\n    [FromQuery]\n    public int Page { get; set; }\n}\n",
    }
    found = by_id(analysed(tmp_path, files))
    assert "controller" not in found["aspnet_attributes"].description.lower()
    assert "controller_base_class" not in found and "controller_suffix" not in found


@pytest.mark.parametrize("name", ["DOTNET_MEDIATR", "FASTAPI_SQLMODEL", "ANGULAR_STANDALONE", "SPRING_JPA", "NESTJS"])
def test_convention_ids_are_safe_prompt_ids(tmp_path: Path, name: str) -> None:
    for convention in analysed(tmp_path, getattr(stacks, name)).conventions:
        assert re.fullmatch(r"[A-Za-z0-9_.-]+", convention.id), convention.id


OTHER_STACKS = {
    "react": (
        {
            "web/src/hooks/useOrders.ts": "import { useQuery } from '@tanstack/react-query';\n\n"
            "export function useOrders() {\n  return useQuery({ queryKey: ['orders'], queryFn: fetchOrders });\n}\n",
            "web/src/OrderList.tsx": "import React from 'react';\nimport { useOrders } from './hooks/useOrders';\n\n"
            "export function OrderList() {\n  const { data } = useOrders();\n  return <ul>{data}</ul>;\n}\n",
        },
        {
            "react_custom_hooks": "useOrders",
            "react_data_fetching": "useQuery",
            "react_function_components": "OrderList",
        },
        {"web/src/hooks/useOrders.ts": "react_hook", "web/src/OrderList.tsx": "react_component"},
    ),
    "django": (
        {
            "shop/models.py": "from django.db import models\n\n\nclass Order(models.Model):\n"
            "    number = models.CharField(max_length=20)\n",
            "shop/views.py": "from django.views.generic import ListView\n\nfrom shop.models import Order\n\n\n"
            "class OrderListView(ListView):\n    model = Order\n",
        },
        {"django_models": "Order", "django_views": "OrderListView"},
        {"shop/models.py": "python_django_model", "shop/views.py": "python_view"},
    ),
    "flask": (
        {
            "app/orders.py": "from flask import Blueprint\n\norders = Blueprint('orders', __name__)\n\n\n"
            "@orders.route('/orders')\ndef list_orders():\n    return []\n",
        },
        {"flask_blueprints": "orders"},
        {"app/orders.py": "python_router"},
    ),
    "express": (
        {
            "server/routes/orders.js": "const express = require('express');\nconst router = express.Router();\n\n"
            "router.get('/orders', (req, res) => res.json([]));\n\nmodule.exports = router;\n",
        },
        {"express_routers": "router"},
        {"server/routes/orders.js": "express_router"},
    ),
}


@pytest.mark.parametrize("stack", sorted(OTHER_STACKS))
def test_react_django_flask_and_express_detectors(tmp_path: Path, stack: str) -> None:
    files, expected, roles = OTHER_STACKS[stack]
    analysis = analysed(tmp_path, files)
    found = by_id(analysis)
    for convention_id, name in expected.items():
        assert name in found[convention_id].names, (convention_id, found.get(convention_id))
    for path, role in roles.items():
        assert analysis.roles[path] == role
    assert_evidence_is_real(analysis, files)
