"""Java facts are read once per file by one reader (#18 point 2): `type_facts.java_type_facts`, tree-sitter through
the registry's grammar. The structure (`read_spring`) and the transfer specs (`java_facts`, `java_fields`,
`java_field_injections`) read the same records; no Java regex reader is left beside it."""

from __future__ import annotations

from pathlib import Path

from architect_ai.analyze.chunks import chunk_file
from architect_ai.analyze.roles import file_role
from architect_ai.analyze.structure import collect_structure
from architect_ai.analyze.type_facts import java_type_facts
from architect_ai.data import Chunk, SourceFile
from architect_ai.generate.code_facts import java_fields, spec_facts
from architect_ai.generate.code_facts_lang import java_facts, java_field_injections
from tests.analyze.stacks_langs import KOTLIN_SPRING
from tests.analyze.stacks_mvc import SPRING_MVC

ROOT = Path(__file__).resolve().parents[2]

#: A service whose header regexes misread: its annotation on the class's line, a superclass and two interfaces, a
#: generic constructor parameter, two fields in one declaration, an `@Autowired final` field.
SERVICE = """package shop;

@Service public class OrderService extends BaseService implements Auditable, Handler<Order, Receipt> {
    private int shipped, returned;
    @Autowired private final Clock clock;

    public OrderService(Map<String, Integer> limits, OrderRepository orders) {
    }

    public Receipt place(@Valid Order order) {
        return null;
    }
}
"""
PATH = "src/main/java/shop/OrderService.java"


def _chunk(path: str, text: str, symbol: str) -> Chunk:
    return Chunk(path, 1, text.count("\n"), text, "java", "spring_service", symbol, "file")


def test_a_java_file_is_read_once_into_type_facts() -> None:
    facts = java_type_facts(SERVICE)
    assert facts is java_type_facts(SERVICE)  # once per text: every reader of the file gets these records
    (service,) = facts
    assert (service.name, service.kind, service.depth, service.marks()) == (
        "OrderService",
        "class",
        0,
        {"Service": "@Service"},
    )
    assert service.bases == ("BaseService", "Auditable", "Handler<Order, Receipt>")
    assert [(m.kind, m.name, m.type) for m in service.members] == [
        ("field", "shipped", "int"),
        ("field", "returned", "int"),
        ("field", "clock", "Clock"),
        ("constructor", "OrderService", ""),
        ("method", "place", "Receipt"),
    ]
    assert service.members[3].parameter_types == ("Map<String, Integer>", "OrderRepository")


def test_the_structure_and_the_spec_read_the_same_java_facts() -> None:
    file = SourceFile(PATH, SERVICE, "java", len(SERVICE))
    structure = collect_structure([(file, file_role(file.path, file.text, file.language))])
    (service,) = java_type_facts(SERVICE)
    (info,) = structure.classes
    assert (info.name, info.kind, info.interfaces) == (service.name, "service", service.bases)  # no `extends`, `,`
    routes, bases, deps, sigs, others = java_facts(_chunk(PATH, SERVICE, "OrderService"), {"OrderService"})
    assert bases == list(service.bases) and others == [] and routes == []
    assert deps == ["Map<String, Integer>", "OrderRepository"]
    assert sigs == ["Receipt place(Order order)"]
    assert java_fields(SERVICE) == ["`shipped: int`", "`returned: int`", "`clock: Clock`"]
    assert java_field_injections(SERVICE) == ["Clock"]
    facts = spec_facts(_chunk(PATH, SERVICE, "OrderService"), structure, blind=False)
    assert "takes `Map<String, Integer>`, `OrderRepository` through its constructor" in facts
    assert "derives from or implements `BaseService`, `Auditable`, `Handler<Order, Receipt>`" in facts


def test_a_spring_fixture_controller_is_one_record_for_structure_and_spec() -> None:
    path = next(p for p in SPRING_MVC if p.endswith("main/java/org/clinic/owner/OwnerController.java"))
    text = SPRING_MVC[path]
    file = SourceFile(path, text, "java", len(text))
    structure = collect_structure([(file, file_role(path, text, "java"))])
    (controller,) = (t for t in java_type_facts(text) if t.name == "OwnerController")
    (info,) = (c for c in structure.classes if c.name == "OwnerController")
    assert (info.kind, info.interfaces, info.start_line - 1) == ("controller", controller.bases, controller.start_row)
    (chunk,) = chunk_file(file, "spring_controller")
    assert chunk.unit == "file" and java_type_facts(chunk.text) is java_type_facts(text)  # one reading of the file
    routes = java_facts(chunk, {"OwnerController"})[0]
    served = {(e.verb, e.route) for e in structure.endpoints if e.controller == "OwnerController"}
    assert {tuple(r.split(" ", 1)) for r in routes} == served and served


def test_no_java_regex_reader_is_left_beside_the_records() -> None:
    for relative in ("architect_ai/generate/code_facts_lang.py", "architect_ai/generate/code_facts.py"):
        source = (ROOT / relative).read_text()
        for spelled in ("_JAVA_CLASS", "_JAVA_METHOD", "_JAVA_CTOR", "_JAVA_FIELD", "_JAVA_AUTOWIRED", "_JAVA_MAPPING"):
            assert spelled not in source, (relative, spelled)


def test_a_kotlin_controller_spec_reads_its_routes_from_its_tree_as_the_structure_does() -> None:
    """A held-out Kotlin controller (no structure read it) is specified by the routes of its tree
    (`code_facts_tree`), the ones the Kotlin structure reader reads — never by the Java regexes, which took a
    commented-out `@DeleteMapping` for a route."""
    path = "src/main/kotlin/com/shop/book/BookController.kt"
    text = KOTLIN_SPRING[path]
    chunk = Chunk(path, 1, text.count("\n"), text, "kotlin", "spring_controller", "BookController", "file")
    facts = spec_facts(chunk, None, blind=False)
    assert "serves `GET /api/books`, `POST /api/books`" in facts, facts
    assert not any("DELETE" in fact for fact in facts)
    structure = collect_structure([(SourceFile(path, text, "kotlin", len(text)), "spring_controller")])
    assert [(e.verb, e.route) for e in structure.endpoints] == [("GET", "/api/books"), ("POST", "/api/books")]


def test_the_statistical_miner_reads_the_same_java_records() -> None:
    from architect_ai.analyze.class_facts import class_facts
    from architect_ai.analyze.code_text import code_only

    (fact,) = class_facts(code_only(SERVICE, "java", PATH), "java", SERVICE)
    (service,) = java_type_facts(SERVICE)
    assert (fact.name, fact.row) == (service.name, 2)
    assert fact.bases == ("BaseService", "Auditable", "Handler")
    assert fact.injected == (("Map", 6), ("OrderRepository", 6))
    assert fact.markers == (("Service", 2),)  # on the class's own line, which a line pattern never read


def test_jpa_entities_are_read_from_the_same_records() -> None:
    pet = (
        "package a;\n\n@Entity public final class Pet {\n  @Id @GeneratedValue private Long id;\n"
        "  private transient String cache;\n  @Transient private String label;\n  private int age, weight;\n"
        "  private static final int MAX = 3;\n  private Owner owner;\n}\n"
    )
    structure = collect_structure([(SourceFile("src/a/Pet.java", pet, "java", len(pet)), "other_java")])
    (entity,) = structure.entities
    (record,) = java_type_facts(pet)
    assert (entity.name, entity.line) == (record.name, 3)  # `public final class`: the regex never matched it
    assert [(f.name, f.type, f.is_id) for f in entity.fields] == [
        ("id", "Long", True),
        ("age", "int", False),
        ("weight", "int", False),
        ("owner", "Owner", False),
    ]  # neither transient field nor the constant is persisted
