"""Spring MVC (form controllers + JPA), Django (services/selectors + DRF + migrations) and Blazor repositories
(#18 point 3): conventions with file:line evidence from code, roles from the detectors, chunks cut at declaration
boundaries, no Angular convention for Blazor, and `IOptions<T>` as the Options pattern, never a settings interface."""

from __future__ import annotations

from pathlib import Path

import pytest

from architect_ai.analyze.chunks import chunk_file
from architect_ai.analyze.treesitter import last_row, parse, walk
from architect_ai.data import SourceFile
from architect_ai.ingest.languages import language_of
from tests.analyze import stacks_mvc
from tests.analyze.test_stack_conventions import analysed, assert_evidence_is_real, by_id
from tests.analyze.test_stack_go_express import evidence_at

_J = stacks_mvc._JAVA
#: Nodes whose children are declarations: a file, a type's body (Java, C#), a C# namespace.
_DECLARATION_PARENTS = frozenset(
    {"program", "compilation_unit", "module", "class_body", "interface_body", "declaration_list"}
    | {"file_scoped_namespace_declaration"}
)


def _is_declaration(node) -> bool:
    parent = node.parent
    if parent is None:
        return False
    in_python_class = parent.type == "block" and parent.parent is not None and parent.parent.type == "class_definition"
    return parent.type in _DECLARATION_PARENTS or in_python_class


def assert_chunks_at_member_boundaries(path: str, text: str, budget: int) -> list:
    """Every chunk starts after and ends at a declaration of the file or of a type's body (never mid-method)."""
    file = SourceFile(path, text, language_of(path), len(text))
    root = parse(text, file.language, path)
    assert root is not None and not root.has_error
    ends = {last_row(n) + 1 for n in walk(root) if _is_declaration(n)}
    ends |= {len(text.splitlines())}
    chunks = list(chunk_file(file, "x", max_tokens=budget))
    assert len(chunks) >= 2, path
    for chunk in chunks:
        assert chunk.end_line in ends and (chunk.start_line == 1 or chunk.start_line - 1 in ends), chunk.source
    return chunks


# -- Spring MVC ---------------------------------------------------------------------------------------------------
def test_spring_mvc_form_controllers_jpa_and_repositories_in_constructors(tmp_path: Path) -> None:
    files = stacks_mvc.SPRING_MVC
    analysis = analysed(tmp_path, files)
    found = by_id(analysis)
    assert evidence_at(analysis, "spring_mvc_controllers") == {
        (f"{_J}/owner/OwnerController.java", 10),
        (f"{_J}/owner/PetController.java", 8),
    }
    # `@Valid` + `BindingResult`: the commented-out delete form and the test's fake controller are no evidence.
    assert found["spring_form_validation"].names == ("processCreationForm",)
    assert evidence_at(analysis, "spring_form_validation") == {
        (f"{_J}/owner/OwnerController.java", 26),
        (f"{_J}/owner/PetController.java", 21),
    }
    assert set(found["spring_controller_repositories"].names) == {"OwnerController", "PetController"}
    assert (f"{_J}/owner/PetController.java", 14) in evidence_at(analysis, "spring_controller_repositories")
    assert set(found["spring_jpa_repositories"].names) == {"OwnerRepository", "PetRepository"}
    assert evidence_at(analysis, "jpa_mapped_superclasses") == {
        (f"{_J}/model/BaseEntity.java", 7),
        (f"{_J}/model/NamedEntity.java", 6),
    }
    assert found["jpa_entities"].count == 2
    # No service layer here and no REST controller: neither is claimed.
    assert not {"spring_services", "spring_rest_controllers"} & set(found)
    assert_evidence_is_real(analysis, files)
    assert not any("/src/test/" in f"/{e.path}" for c in analysis.conventions for e in c.evidence)


def test_spring_mvc_roles(tmp_path: Path) -> None:
    roles = analysed(tmp_path, stacks_mvc.SPRING_MVC).roles
    assert {roles[f"{_J}/owner/{n}Controller.java"] for n in ("Owner", "Pet")} == {"spring_mvc_controller"}
    assert {roles[f"{_J}/owner/{n}Repository.java"] for n in ("Owner", "Pet")} == {"spring_repository"}
    assert {roles[f"{_J}/model/{n}.java"] for n in ("BaseEntity", "NamedEntity")} == {"jpa_entity"}
    assert roles[f"{_J}/owner/Owner.java"] == "jpa_entity"
    assert roles["src/test/java/org/clinic/owner/OwnerControllerTests.java"] == "test"


def test_java_files_are_chunked_at_declarations(tmp_path: Path) -> None:
    path = f"{_J}/owner/OwnerController.java"
    chunks = assert_chunks_at_member_boundaries(path, stacks_mvc.SPRING_MVC[path], 120)
    assert {c.unit for c in chunks} <= {"part", "method"}  # a class over budget: its parts and methods
    assert "OwnerController.processCreationForm" in {c.symbol for c in chunks}
    methods = {c.symbol for c in analysed(tmp_path, stacks_mvc.SPRING_MVC).methods if c.path == path}
    assert {"OwnerController.processCreationForm", "OwnerController.initCreationForm"} <= methods


# -- Django -------------------------------------------------------------------------------------------------------
def test_django_services_selectors_drf_and_url_confs(tmp_path: Path) -> None:
    files = stacks_mvc.DJANGO_SERVICES
    analysis = analysed(tmp_path, files)
    found = by_id(analysis)
    assert evidence_at(analysis, "django_abstract_models") == {("shop/common/models.py", 9)}
    assert set(found["django_models"].names) == {"BaseModel", "Order", "OrderLine"}  # subclasses of the abstract base
    assert set(found["django_services"].names) == {"order_create", "order_cancel"}
    assert evidence_at(analysis, "django_services") == {("shop/orders/services.py", 7), ("shop/orders/services.py", 16)}
    assert set(found["django_selectors"].names) == {"order_list", "order_get"}
    assert ("shop/orders/selectors.py", 6) in evidence_at(analysis, "django_selectors")
    assert set(found["drf_api_views"].names) == {"OrderListApi", "OrderCreateApi"}
    assert ("shop/orders/apis.py", 14) in evidence_at(analysis, "drf_api_views")
    nested = found["drf_nested_serializers"]
    assert {"OutputSerializer", "InputSerializer", "lines"} == set(nested.names) and nested.count == 4
    assert ("shop/orders/apis.py", 17) in evidence_at(analysis, "drf_nested_serializers")  # `many=True`
    assert ("shop/orders/apis.py", 27) not in evidence_at(analysis, "drf_nested_serializers")  # a comment
    urls = found["django_url_confs"]
    assert {"urlpatterns", "create/", "api/orders/"} <= set(urls.names)
    assert ("shop/orders/urls.py", 5) in evidence_at(analysis, "django_url_confs")
    assert_evidence_is_real(analysis, files)
    # The services module's functions are not selectors, and the other way round.
    assert not {"order_list", "order_get"} & set(found["django_services"].names)


def test_python_files_are_chunked_at_declarations() -> None:
    chunks = assert_chunks_at_member_boundaries(
        "shop/orders/apis.py", stacks_mvc.DJANGO_SERVICES["shop/orders/apis.py"], 100
    )
    assert {"LineSerializer", "OrderListApi", "OrderCreateApi"} <= {c.symbol for c in chunks}
    assert "OrderCreateApi.post" in {c.symbol for c in chunks if c.unit == "method"}
    text = stacks_mvc.DJANGO_SERVICES["shop/orders/services.py"]
    chunks = assert_chunks_at_member_boundaries("shop/orders/services.py", text, 100)
    assert [(c.unit, c.symbol) for c in chunks] == [("method", "order_create"), ("method", "order_cancel")]
    assert chunks[0].text.split("\n")[5] == "@transaction.atomic"  # a decorator goes with its function


def test_django_roles_and_migrations_skipped_as_generated(tmp_path: Path) -> None:
    analysis = analysed(tmp_path, stacks_mvc.DJANGO_SERVICES)
    roles = analysis.roles
    assert roles["shop/orders/services.py"] == "python_service"
    assert roles["shop/orders/selectors.py"] == "python_selector"
    assert roles["shop/orders/apis.py"] == "python_view"
    assert roles["shop/orders/urls.py"] == roles["shop/urls.py"] == "python_urls"
    assert roles["shop/common/models.py"] == roles["shop/orders/models.py"] == "python_django_model"
    assert roles["shop/orders/tests/test_services.py"] == "test"
    # Both migration files are skipped as generated: no role, no chunk, no evidence.
    assert analysis.skips["generated"] == 2
    assert not any("/migrations/" in p for p in roles)
    assert not any("/migrations/" in c.path for c in analysis.chunks + analysis.methods + analysis.extra_chunks)
    assert not any("/migrations/" in e.path for c in analysis.conventions for e in c.evidence)


# -- Blazor -------------------------------------------------------------------------------------------------------
_ANGULAR_IDS = ("angular_", "component_suffix")


def test_blazor_components_are_blazor_never_angular(tmp_path: Path) -> None:
    files = stacks_mvc.BLAZOR
    analysis = analysed(tmp_path, files)
    found = by_id(analysis)
    components = found["blazor_components"]
    assert set(components.names) == {"/products", "ProductCard", "CartSummaryComponent"}
    assert ("src/Shop.Web/Components/Pages/Products.razor", 1) in evidence_at(analysis, "blazor_components")
    assert ("src/Shop.Web/Components/ProductCard.razor.cs", 5) in evidence_at(analysis, "blazor_components")
    # `@inject` in markup and `[Inject]` in code-behind; the `@* … *@`-commented logger is no evidence.
    assert evidence_at(analysis, "blazor_inject") == {
        ("src/Shop.Web/Components/Pages/Products.razor", 2),
        ("src/Shop.Web/Components/CartSummaryComponent.razor.cs", 7),
    }
    assert "OnSelected" in found["blazor_parameters"].names and found["blazor_parameters"].count == 3
    assert_evidence_is_real(analysis, files)
    angular = [c.id for c in analysis.conventions if c.id.startswith(_ANGULAR_IDS) or "Angular" in c.description]
    assert angular == []
    roles = analysis.roles
    for path in ("Pages/Products.razor", "ProductCard.razor", "ProductCard.razor.cs", "CartSummaryComponent.razor.cs"):
        assert roles[f"src/Shop.Web/Components/{path}"] == "blazor_component"
    assert not any(role.startswith("angular") for role in roles.values())
    # The `.razor` markup has no grammar, yet a component is taught: cut by lines, with the `razor` label.
    razor = [c for c in analysis.chunks if c.path == "src/Shop.Web/Components/Pages/Products.razor"]
    assert [(c.language, c.role, c.start_line) for c in razor] == [("razor", "blazor_component", 1)]


def test_ioptions_is_the_options_pattern_never_a_settings_interface(tmp_path: Path) -> None:
    analysis = analysed(tmp_path, stacks_mvc.BLAZOR)
    found = by_id(analysis)
    assert found["options_pattern"].names[0] == "CatalogOptions"
    assert ("src/Shop.Web/Services/CatalogService.cs", 9) in evidence_at(analysis, "options_pattern")
    # `IOptions<CatalogSettings>` is injected through a constructor, yet it is no settings interface.
    assert "settings_interface_injection" not in found


def test_ioptions_answers_show_the_options_pattern_not_a_settings_interface() -> None:
    from architect_ai.analyze.convention_evidence import conventions_shown
    from architect_ai.data import Convention

    settings = Convention("settings_interface_injection", "…", 3, ("IMongoDBSettings",))
    options = Convention("options_pattern", "…", 3, ("JwtSettings",), languages=("csharp",), origin="catalogue")
    answer = "```csharp\npublic class TokenService(IOptions<JwtSettings> jwt)\n{\n}\n```"
    shown = conventions_shown(answer, [settings, options])
    assert "options_pattern" in shown and "settings_interface_injection" not in shown
    interface = "```csharp\npublic class BookService(IMongoDBSettings settings)\n{\n}\n```"
    assert "settings_interface_injection" in conventions_shown(interface, [settings, options])


def test_blazor_code_behind_is_chunked_at_declarations() -> None:
    path = "src/Shop.Web/Components/CartSummaryComponent.razor.cs"
    chunks = assert_chunks_at_member_boundaries(path, stacks_mvc.BLAZOR[path], 60)
    assert [(c.start_line, c.end_line) for c in chunks] == [(1, 8), (9, 17)]  # after the `[Inject]` property


def test_an_answer_shows_a_service_when_it_writes_and_a_selector_when_it_only_reads(tmp_path: Path) -> None:
    from architect_ai.analyze.convention_evidence import conventions_shown

    found = by_id(analysed(tmp_path, stacks_mvc.DJANGO_SERVICES))
    both = [found["django_services"], found["django_selectors"]]
    write = "```python\ndef invoice_create(*, number: str) -> Invoice:\n    invoice = Invoice(number=number)\n"
    write += "    invoice.full_clean()\n    invoice.save()\n    return invoice\n```"
    read = "```python\ndef invoice_list(*, paid: bool) -> QuerySet[Invoice]:\n    return Invoice.objects.filter(paid=paid)\n```"
    plain = "```python\ndef total(prices: list[float]) -> float:\n    return sum(prices)\n```"
    assert conventions_shown(write, both) == ("django_services",)
    assert conventions_shown(read, both) == ("django_selectors",)
    assert conventions_shown(plain, both) == ()


def test_structure_reads_django_models_jpa_entities_and_never_a_blazor_component_as_an_entity(tmp_path: Path) -> None:
    django = analysed(tmp_path / "django", stacks_mvc.DJANGO_SERVICES).structure
    entities = {e.name: e for e in django.entities}
    assert set(entities) == {"Order", "OrderLine"}  # the abstract BaseModel is no entity of its own
    # the abstract base is in another file (`shop/common/models.py`): its fields come first, then the model's own
    assert [(f.name, f.ref) for f in entities["OrderLine"].fields] == [
        ("created_at", ""), ("updated_at", ""), ("order", "Order"), ("sku", ""), ("quantity", ""),
    ]  # fmt: skip
    assert set(django.persisted) == {("Order", "SQL"), ("OrderLine", "SQL")}
    spring = analysed(tmp_path / "spring", stacks_mvc.SPRING_MVC).structure
    assert {e.name for e in spring.entities} == {"Owner", "Pet"}
    blazor = analysed(tmp_path / "blazor", stacks_mvc.BLAZOR).structure
    assert [e.name for e in blazor.entities] == ["Product"]
    kinds = {c.name: c.kind for c in blazor.classes}
    assert kinds["ProductCard"] == kinds["CartSummaryComponent"] == "blazor_component"
    assert "component" not in kinds.values()  # an Angular component's kind


def test_a_blazor_dataset_never_speaks_of_angular(tmp_path: Path) -> None:
    import json

    from architect_ai.config import RunConfig
    from architect_ai.pipeline import generate_dataset
    from tests.repo_factory import make_repo

    repo = make_repo(tmp_path, stacks_mvc.BLAZOR)
    out = generate_dataset(RunConfig(repo=str(repo), target=500), out_root=tmp_path / "out").out_dir
    records = [json.loads(line) for line in (out / "dataset.jsonl").read_text(encoding="utf-8").splitlines()]
    grounded = [r for r in records if not r["metadata"]["source"].startswith("builtin:")]
    assert grounded
    for record in grounded:
        text = "\n".join(m["content"] for m in record["messages"])
        assert "Angular" not in text, record["metadata"]["source"]
    components = [r for r in grounded if r["metadata"]["source"].startswith("src/Shop.Web/Components/ProductCard")]
    assert any("`ProductCard` Blazor component" in r["messages"][1]["content"] for r in components)


def test_spring_controllers_are_read_with_their_routes_and_the_repositories_they_call(tmp_path: Path) -> None:
    from architect_ai.generate.code_facts import spec_facts

    analysis = analysed(tmp_path, stacks_mvc.SPRING_MVC)
    structure = analysis.structure
    routes = {(e.verb, e.route, e.controller, e.action) for e in structure.endpoints}
    assert routes == {
        ("GET", "/owners/new", "OwnerController", "initCreationForm"),
        ("POST", "/owners/new", "OwnerController", "processCreationForm"),
        ("POST", "/pets/new", "PetController", "processCreationForm"),
    }
    post = next(e for e in structure.endpoints if e.verb == "POST" and e.controller == "OwnerController")
    assert [(c.receiver, c.method, c.target) for c in post.calls] == [("owners", "save", "OwnerRepository")]
    assert post.source == f"{_J}/owner/OwnerController.java:25-32"
    kinds = {c.name: c.kind for c in structure.classes}
    assert kinds["OwnerRepository"] == kinds["PetRepository"] == "repository"
    assert kinds["OwnerController"] == kinds["PetController"] == "controller"
    chunks = {c.path: c for c in analysis.chunks}
    facts = spec_facts(chunks[f"{_J}/owner/OwnerController.java"], structure, blind=False)
    assert facts[0] == "serves `GET /owners/new`, `POST /owners/new`"  # once, not again from the text
    assert sum(f.startswith("serves ") for f in facts) == 1
    assert "takes `OwnerRepository` through its constructor" in facts


def test_django_url_confs_route_to_api_views_that_call_services_and_selectors(tmp_path: Path) -> None:
    structure = analysed(tmp_path, stacks_mvc.DJANGO_SERVICES).structure
    routes = {(e.verb, e.route, e.controller, e.action) for e in structure.endpoints}
    # `api/orders/` in the root conf includes the app's conf: its routes are prefixed.
    assert routes == {
        ("GET", "/api/orders", "OrderListApi", "get"),
        ("POST", "/api/orders/create", "OrderCreateApi", "post"),
    }
    calls = {e.action: [(c.receiver, c.method, c.target) for c in e.calls] for e in structure.endpoints}
    assert calls == {
        "get": [("selectors", "order_list", "selectors")],
        "post": [("services", "order_create", "services")],
    }
    post = next(e for e in structure.endpoints if e.verb == "POST")
    assert post.source == "shop/orders/apis.py:30-34"
    methods = {(m.service, m.method): m.collections for m in structure.services}
    assert methods[("services", "order_create")] == ("Order", "OrderLine")
    assert methods[("selectors", "order_list")] == ("Order",)
    assert not any("/migrations/" in m.path for m in structure.services)


def test_a_razor_page_is_no_blazor_component(tmp_path: Path) -> None:
    files = {
        "Pages/Index.cshtml": "@page\n@model IndexModel\n@inject IConfiguration Configuration\n<h1>Welcome</h1>\n",
        "Pages/Index.cshtml.cs": "using Microsoft.AspNetCore.Mvc.RazorPages;\n\npublic class IndexModel : PageModel\n{\n}\n",
    }
    analysis = analysed(tmp_path, files)
    assert not {"blazor_components", "blazor_inject", "blazor_parameters"} & set(by_id(analysis))
    assert "blazor_component" not in analysis.roles.values()


DRF_VIEWSETS = {
    "blog/views.py": """from rest_framework import viewsets

from blog.selectors import post_list
from blog.services import post_create


class PostViewSet(viewsets.ViewSet):
    def list(self, request):
        return post_list()

    def create(self, request):
        return post_create(title=request.data["title"])

    def retrieve(self, request, pk=None):
        return pk

    def helper(self):
        return None
""",
    "blog/urls.py": """from django.urls import include, path
from rest_framework.routers import DefaultRouter

from blog.views import PostViewSet

router = DefaultRouter()
router.register(r"posts", PostViewSet, basename="post")

urlpatterns = [path("api/", include(router.urls))]
""",
}


def test_drf_router_registrations_route_to_viewset_actions(tmp_path: Path) -> None:
    analysis = analysed(tmp_path, DRF_VIEWSETS)
    routes = {(e.verb, e.route, e.action) for e in analysis.structure.endpoints}
    # Mounted with `path("api/", include(router.urls))`; `helper` is no action.
    assert routes == {
        ("GET", "/api/posts", "list"),
        ("POST", "/api/posts", "create"),
        ("GET", "/api/posts/{pk}", "retrieve"),
    }
    assert ("blog/urls.py", 7) in evidence_at(analysis, "django_url_confs")  # `router.register(r"posts", …)`
    assert analysis.roles["blog/urls.py"] == "python_urls"


DJANGO_FUNCTION_VIEWS = {
    "core/models.py": """from django.db import models


class TimeStamped(models.Model):
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        abstract = True


class Owned(TimeStamped):
    owner = models.CharField(max_length=64)

    class Meta:
        abstract = True
""",
    "blog/models.py": """from django.db import models

from core.models import Owned


class Status(models.TextChoices):
    DRAFT = "draft"


class Post(Owned):
    title = models.CharField(max_length=200)


class Archive(Owned):
    pass
""",
    "blog/views.py": """from django.http import JsonResponse
from django.views.decorators.http import require_POST
from rest_framework.decorators import action, api_view
from rest_framework import viewsets

from blog.selectors import post_list
from blog.services import post_publish


@api_view(["GET", "POST"])
def posts(request):
    return JsonResponse({"posts": post_list()})


@require_POST
def publish(request, pk):
    post_publish(pk=pk)
    return JsonResponse({})


def search(request):
    if request.method == "POST":
        return JsonResponse({"saved": True})
    return JsonResponse({"found": post_list()})


def helper(value):
    return value


class PostViewSet(viewsets.ViewSet):
    def list(self, request):
        return post_list()

    @action(detail=True, methods=["post", "delete"], url_path="pin/")
    def pinned(self, request, pk=None):
        return post_publish(pk=pk)

    @action(detail=False)
    def recent(self, request):
        return post_list()
""",
    "blog/services.py": """from blog.models import Post


def post_publish(*, pk: int) -> None:
    Post.objects.filter(pk=pk).update(title="published")
""",
    "blog/selectors.py": """from blog.models import Post


def post_list():
    return list(Post.objects.all())
""",
    "blog/urls.py": """from django.urls import include, path
from rest_framework.routers import DefaultRouter

from blog import views

router = DefaultRouter()
router.register(r"posts", views.PostViewSet, basename="post")

urlpatterns = [
    path("posts/", views.posts),
    path("posts/<int:pk>/publish/", views.publish, name="publish"),
    path("search/", views.search),
    path("api/", include(router.urls)),
]
""",
}


def test_function_views_and_viewset_actions_are_routed_with_their_verbs(tmp_path: Path) -> None:
    structure = analysed(tmp_path, DJANGO_FUNCTION_VIEWS).structure
    routes = {(e.verb, e.route, e.controller, e.action) for e in structure.endpoints}
    assert routes == {
        ("GET", "/posts", "views", "posts"),
        ("POST", "/posts", "views", "posts"),
        ("POST", "/posts/<int:pk>/publish", "views", "publish"),
        ("GET", "/search", "views", "search"),
        ("POST", "/search", "views", "search"),
        ("GET", "/api/posts", "PostViewSet", "list"),
        ("POST", "/api/posts/{pk}/pin", "PostViewSet", "pinned"),
        ("DELETE", "/api/posts/{pk}/pin", "PostViewSet", "pinned"),
        ("GET", "/api/posts/recent", "PostViewSet", "recent"),
    }  # `helper` takes no request: no view
    publish = next(e for e in structure.endpoints if e.action == "publish")
    assert [(c.receiver, c.method) for c in publish.calls] == [("services", "post_publish")]
    assert publish.source == "blog/views.py:15-18"


def test_models_inherit_abstract_fields_from_other_files_through_abstract_chains(tmp_path: Path) -> None:
    structure = analysed(tmp_path, DJANGO_FUNCTION_VIEWS).structure
    entities = {e.name: [f.name for f in e.fields] for e in structure.entities}
    # `Owned` (abstract) derives `TimeStamped` (abstract) in its own file; `Post` derives `Owned` from another file.
    assert entities == {"Post": ["created_at", "owner", "title"], "Archive": ["created_at", "owner"]}
    # `Status(models.TextChoices)` gains no field: no model; the abstract bases have no table of their own.


@pytest.mark.timeout(30)
def test_a_meta_without_abstract_is_read_in_linear_time(tmp_path: Path) -> None:
    """django-realworld's serializers: a `Meta` of many indented lines and no `abstract` once backtracked
    exponentially (the analysis hung at its fifth file)."""
    from architect_ai.analyze.structure_persistence import persisted_types

    fields = "".join(f"            'field_{i}',\n" for i in range(60))
    serializers = (
        "from rest_framework import serializers\n\nfrom .models import Article\n\n\n"
        "class ArticleSerializer(serializers.ModelSerializer):\n    class Meta:\n        model = Article\n"
        f"        fields = (\n{fields}        )\n"
    )
    models = (
        "from django.db import models\n\n\nclass Stamped(models.Model):\n    created = models.DateTimeField()\n\n"
        "    class Meta:\n        ordering = ['-created']\n        abstract = True\n\n\n"
        "class Article(Stamped):\n    title = models.CharField(max_length=9)\n\n    class Meta:\n"
        + "".join(f"        # note {i}\n" for i in range(60))
        + "        ordering = ['title']\n"
    )
    assert persisted_types("app/serializers.py", serializers, "python") == []
    assert persisted_types("app/models.py", models, "python") == [("Article", "SQL")]


def test_url_and_re_path_regexes_are_read_as_routes(tmp_path: Path) -> None:
    """django-realworld (Django 1.x): `url(r'^profiles/(?P<username>\\w+)/follow/?$', View.as_view())`."""
    files = {
        "conduit/apps/profiles/views.py": (
            "from rest_framework.views import APIView\n\n\nclass ProfileFollowAPIView(APIView):\n"
            "    def post(self, request, username=None):\n        return username\n\n"
            "    def delete(self, request, username=None):\n        return username\n"
        ),
        "conduit/apps/profiles/urls.py": (
            "from django.conf.urls import url\n\nfrom .views import ProfileFollowAPIView\n\nurlpatterns = [\n"
            "    url(r'^profiles/(?P<username>\\w+)/follow/?$', ProfileFollowAPIView.as_view()),\n]\n"
        ),
        "conduit/urls.py": (
            "from django.conf.urls import include, url\n\nurlpatterns = [\n"
            "    url(r'^api/', include('conduit.apps.profiles.urls', namespace='profiles')),\n]\n"
        ),
    }
    analysis = analysed(tmp_path, files)
    routes = {(e.verb, e.route, e.controller) for e in analysis.structure.endpoints}
    assert routes == {
        ("POST", "/api/profiles/{username}/follow", "ProfileFollowAPIView"),
        ("DELETE", "/api/profiles/{username}/follow", "ProfileFollowAPIView"),
    }
    assert ("conduit/apps/profiles/urls.py", 6) in evidence_at(analysis, "django_url_confs")


def test_a_django_architecture_draws_its_views_and_the_database_its_settings_configure(tmp_path: Path) -> None:
    """django-realworld's architecture had its views only: "from the API to the data store" drew no store."""
    from architect_ai.generate.repo_artifacts import architecture_examples

    files = dict(DJANGO_FUNCTION_VIEWS)
    files["conduit/settings.py"] = (
        "INSTALLED_APPS = ['django.contrib.auth', 'rest_framework']\n\nDATABASES = {\n    'default': {\n"
        "        'ENGINE': 'django.db.backends.sqlite3',\n        'NAME': 'db.sqlite3',\n    }\n}\n"
    )
    structure = analysed(tmp_path, files).structure
    assert [(e.kind, e.name, e.sources) for e in structure.databases] == [
        ("database", "SQLite", ("conduit/settings.py",))
    ]
    whole = next(
        e for e in architecture_examples(structure, system_prompt="") if e.template == "repo_architecture.whole.2"
    )
    assert "from the API to SQLite" in whole.user
    assert "the API views" in whole.assistant and "SQLite" in whole.assistant
    assert "services --> db_SQLite" in whole.assistant  # its services and selectors write and read it
