"""Kotlin Spring (controllers, services, Spring Data repositories, JPA entities: #18 point 3), and the statistical
miner on Kotlin, Rust and PHP repositories (#18 point 2): conventions with file:line evidence from code, roles,
endpoints with the calls they make, and answers that show a convention in the language's own syntax."""

from __future__ import annotations

from pathlib import Path

from architect_ai.analyze.code_text import code_only
from architect_ai.analyze.convention_evidence import shows
from architect_ai.analyze.detector_miner import detector_hits
from architect_ai.analyze.detectors import CATALOGUE
from architect_ai.analyze.structure_chains import build_chains
from architect_ai.generate.repo_mermaid import architecture
from architect_ai.ingest.languages import language_of
from tests.analyze import stacks_langs
from tests.analyze.test_stack_conventions import analysed, assert_evidence_is_real, by_id
from tests.analyze.test_stack_go_express import evidence_at

_KT = "src/main/kotlin/com/shop"
_RESOURCES = ("author", "book", "order")


def assert_evidence_is_code(analysis, files: dict[str, str]) -> None:
    """Every evidence line is its file's line as written, and code by the grammar (not blanked as a comment)."""
    for convention in analysis.conventions:
        for evidence in convention.evidence:
            text = files[evidence.path]
            line = text.split("\n")[evidence.line - 1]
            code = code_only(text, language_of(evidence.path), evidence.path)[evidence.line - 1]
            assert line.strip() == evidence.text == code.strip(), (convention.id, evidence)


# -- Kotlin Spring ----------------------------------------------------------------------------------------------------
def test_kotlin_spring_conventions_with_evidence_from_code(tmp_path: Path) -> None:
    files = stacks_langs.KOTLIN_SPRING
    analysis = analysed(tmp_path, files)
    found = by_id(analysis)
    # the statistical miner: a shared base class and a constructor-injected dependency, at their lines
    assert evidence_at(analysis, "base_type.BaseService") == {
        (f"{_KT}/{r}/{r.title()}Service.kt", 12) for r in _RESOURCES
    }
    assert set(found["base_type.BaseService"].names) == {"BaseService"}
    assert found["base_type.BaseService"].languages == ("kotlin",)
    assert evidence_at(analysis, "injected.ApplicationEventPublisher") == {
        (f"{_KT}/{r}/{r.title()}Service.kt", 11) for r in _RESOURCES
    }
    assert evidence_at(analysis, "base_type.BaseEntity") == {(f"{_KT}/{r}/{r.title()}.kt", 12) for r in _RESOURCES}
    assert "marker.RequestMapping" in found  # `@RequestMapping("/api/…")` on every controller
    # the JVM detectors read Kotlin
    assert evidence_at(analysis, "spring_rest_controllers") == {
        (f"{_KT}/{r}/{r.title()}Controller.kt", 9) for r in _RESOURCES
    }
    assert evidence_at(analysis, "spring_jpa_repositories") == {
        (f"{_KT}/{r}/{r.title()}Repository.kt", 5) for r in _RESOURCES
    }
    assert set(found["spring_services"].names) == {"Service"} and found["spring_services"].count == 3
    assert found["jpa_entities"].count == 3
    assert_evidence_is_real(analysis, files)
    assert_evidence_is_code(analysis, files)
    assert not any("/src/test/" in f"/{e.path}" for c in analysis.conventions for e in c.evidence)


def test_kotlin_spring_roles(tmp_path: Path) -> None:
    roles = analysed(tmp_path, stacks_langs.KOTLIN_SPRING).roles
    for r in _RESOURCES:
        name = r.title()
        assert roles[f"{_KT}/{r}/{name}Controller.kt"] == "spring_controller"
        assert roles[f"{_KT}/{r}/{name}Service.kt"] == "spring_service"
        assert roles[f"{_KT}/{r}/{name}Repository.kt"] == "spring_repository"
        assert roles[f"{_KT}/{r}/{name}.kt"] == "jpa_entity"
    assert roles["src/test/kotlin/com/shop/book/BookControllerTests.kt"] == "test"


def test_kotlin_spring_endpoints_call_services_that_call_repositories_in_the_diagrams(tmp_path: Path) -> None:
    structure = analysed(tmp_path, stacks_langs.KOTLIN_SPRING).structure
    routes = {(e.verb, e.route, e.controller, e.action) for e in structure.endpoints}
    assert routes == {
        (verb, f"/api/{r}s", f"{r.title()}Controller", action)
        for r in _RESOURCES
        for verb, action in (("GET", "list"), ("POST", "create"))
    }  # the commented-out `@DeleteMapping` is no endpoint
    post = next(e for e in structure.endpoints if e.verb == "POST" and e.controller == "BookController")
    assert [(c.receiver, c.method, c.target) for c in post.calls] == [("bookService", "create", "BookService")]
    assert post.source == f"{_KT}/book/BookController.kt:15-19"  # with its `@PostMapping` line
    kinds = {c.name: c.kind for c in structure.classes}
    assert {kinds[f"{r.title()}{k}"] for r in _RESOURCES for k in ("Controller",)} == {"controller"}
    assert {kinds[f"{r.title()}Service"] for r in _RESOURCES} == {"service"}
    assert {kinds[f"{r.title()}Repository"] for r in _RESOURCES} == {"repository"}
    assert "BookControllerTests" not in kinds
    # the sequence goes on: controller → service → Spring Data repository
    chain = next(c for c in build_chains(structure) if c.endpoint == post)
    assert [(s.caller, s.call.target, s.call.method) for s in chain.steps] == [
        ("BookController", "BookService", "create"),
        ("BookService", "BookRepository", "save"),
    ]
    diagram = architecture(structure)
    assert 'subgraph api["Spring API"]' in diagram
    for r in _RESOURCES:
        name = r.title()
        assert f"api_{name}Controller --> svc_{name}Service" in diagram
        assert f"svc_{name}Service --> svc_{name}Repository" in diagram
    entities = {e.name: e for e in structure.entities}
    assert set(entities) == {"Author", "Book", "Order"}
    assert [(f.name, f.type, f.is_id) for f in entities["Book"].fields] == [
        ("id", "Long?", True),
        ("title", "String", False),
    ]


def test_jvm_detectors_read_kotlin_constructors_repositories_and_forms() -> None:
    detectors = {d.id: d for d in CATALOGUE}
    code = (
        "import org.springframework.validation.BindingResult",
        "@Controller",
        "class OwnerController(private val owners: OwnerRepository) {",
        "    fun processCreationForm(@Valid owner: Owner, result: BindingResult): String = 'x'",
        "}",
        "interface OwnerRepository : JpaRepository<Owner, Int>",
    )
    assert list(detector_hits(detectors["spring_controller_repositories"], code, "kotlin")) == [(2, "OwnerController")]
    assert list(detector_hits(detectors["spring_form_validation"], code, "kotlin")) == [(3, "processCreationForm")]
    hits = detector_hits(detectors["spring_jpa_repositories"], code, "kotlin", check_requires=False)
    assert list(hits) == [(5, "OwnerRepository")]


# -- Rust and PHP ------------------------------------------------------------------------------------------------------
def test_rust_impl_trait_for_type_is_a_base_type_with_evidence_at_the_impl(tmp_path: Path) -> None:
    files = stacks_langs.RUST_CRATE
    analysis = analysed(tmp_path, files)
    found = by_id(analysis)
    assert evidence_at(analysis, "base_type.Repository") == {
        (f"src/{n}.rs", 22) for n in ("authors", "books", "orders")
    }
    assert set(found["base_type.Repository"].names) == {"Repository"}
    assert found["base_type.Repository"].count == 3  # the commented-out `impl Cache for …` is none
    assert "base_type.Cache" not in found
    # derived traits are markers; the `impl` blocks do not count the repositories' suffix twice
    assert evidence_at(analysis, "marker.Clone") == {(f"src/{n}.rs", 6) for n in ("authors", "books", "orders")}
    assert found["suffix.Repository"].count == 3
    assert_evidence_is_code(analysis, files)  # `#[derive(…)]` is code, not a `#` comment


def test_php_extends_is_a_base_type_with_evidence(tmp_path: Path) -> None:
    files = stacks_langs.PHP_APP
    analysis = analysed(tmp_path, files)
    path = "app/Http/Controllers/{}Controller.php"
    assert evidence_at(analysis, "base_type.BaseController") == {
        (path.format(n), 8) for n in ("Author", "Book", "Order")
    }
    assert by_id(analysis)["base_type.BaseController"].languages == ("php",)
    assert_evidence_is_real(analysis, files)
    assert_evidence_is_code(analysis, files)


def test_answers_show_statistical_conventions_in_each_language_syntax() -> None:
    from architect_ai.data import Convention

    def shown(convention_id: str, code: str, language: str) -> bool:
        name = convention_id.split(".", 1)[1]
        convention = Convention(convention_id, "", 3, (name,), languages=(language,), origin="statistical")
        return shows(convention, code_only(code, language), language)

    kotlin = "class TagService(\n    private val events: ApplicationEventPublisher,\n) : BaseService() {\n}\n"
    assert shown("base_type.BaseService", kotlin, "kotlin")
    assert shown("injected.ApplicationEventPublisher", kotlin, "kotlin")
    assert not shown("base_type.BaseService", "class TagService {\n    // : BaseService()\n}\n", "kotlin")
    assert shown("base_type.Repository", "impl Repository<Tag> for PgTagRepository {\n}\n", "rust")
    assert shown("injected.Pool", "pub fn new(pool: Arc<Pool>) -> Self {\n    Self { pool }\n}\n", "rust")
    assert shown("marker.Clone", "#[derive(Debug, Clone)]\npub struct Tag {\n}\n", "rust")
    assert shown("base_type.ApplicationRecord", "class Tag < ApplicationRecord\nend\n", "ruby")
    assert shown("base_type.Auditable", "class Tag\n  include Auditable\nend\n", "ruby")
    assert shown("base_type.BaseController", "<?php\nclass TagController extends BaseController\n{\n}\n", "php")
    php = "<?php\nclass TagController\n{\n    public function __construct(private TagRepository $tags) {}\n}\n"
    assert shown("injected.TagRepository", php, "php")
    assert shown("base_type.Codable", "extension Tag: Codable {}\n", "swift")
    assert not shown("base_type.Codable", "extension Tag {}\n", "swift")
