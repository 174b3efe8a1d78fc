"""Entities from Java files: JPA `@Entity` and Spring Data `@Document` classes and their fields (a field annotated `@Id`
is the key, an entity-typed field a relation resolved across files). Endpoints of Spring `@Controller`/
`@RestController` classes. Both read the file's `TypeFacts` (`type_facts.py`, tree-sitter), the records the specs and
the statistical miner read too."""

from __future__ import annotations

import re
from collections.abc import Iterator

from tree_sitter import Node

from architect_ai.analyze.structure_facts import FileFacts, add_handler
from architect_ai.analyze.structure_records import Call, ClassInfo, Entity, Field
from architect_ai.analyze.treesitter import leading_start_row, parse_code, text_of, walk
from architect_ai.analyze.type_facts import ACCESS, MemberFacts, annotations, first_marks, java_type_facts


def _persisted(field: MemberFacts) -> bool:
    """A field JPA maps: not `static`, not `transient`, not `@Transient`."""
    return not {"static", "transient"} & set(field.modifiers) and not field.annotated("Transient")


def read_java(path: str, text: str, language: str, facts: FileFacts) -> None:
    """Add the persisted classes of one Java file to `facts`, from its `TypeFacts` (`type_facts.py`)."""
    for found in java_type_facts(text):
        if found.kind != "class" or not (found.annotated("Entity") or found.annotated("Document")):
            continue
        fields = tuple(
            Field(m.name, m.type, is_id=m.annotated("Id") or m.annotated("EmbeddedId"))
            for m in found.members
            if m.kind == "field" and m.modifiers[:1] and m.modifiers[0] in ACCESS and _persisted(m)
        )
        facts.entities.append(Entity(found.name, "document", fields, path, found.name_row + 1, language))


# -- Spring endpoints -----------------------------------------------------------------------------------------------
_CONTROLLER_MARKS = frozenset({"Controller", "RestController"})
_SPRING_DATA = re.compile(r"\b(?:Jpa|Crud|ListCrud|PagingAndSorting|Mongo|ReactiveCrud)?Repository<")
_VERB_MAPPINGS = {"GetMapping": "GET", "PostMapping": "POST", "PutMapping": "PUT", "DeleteMapping": "DELETE"}
_VERB_MAPPINGS["PatchMapping"] = "PATCH"
_REQUEST_METHOD = re.compile(r"RequestMethod\.(GET|POST|PUT|DELETE|PATCH)\b")
_ROUTE_STRING = re.compile(r"\"([^\"]*)\"")


def read_spring(path: str, text: str, role: str, facts: FileFacts) -> None:
    """Add one Java file's Spring classes to `facts`: controllers (`@Controller`/`@RestController`), services
    (`@Service`/`@Component`) and repositories (`@Repository`, interfaces extending a Spring Data repository); and
    the controllers' endpoints: the class's `@RequestMapping` prefix plus each handler's `@GetMapping(…)`… path, its
    calls those on the controller's fields (`owners.save(owner)` → the `OwnerRepository` field `owners`)."""
    if "@" not in text and "Repository" not in text:
        return
    root = parse_code(text.rstrip("\n"), "java", path)  # the tree `java_type_facts` read (one parse)
    if root is None:
        return
    lines = text.split("\n")
    types = {t.start_byte: t for t in java_type_facts(text)}  # read once per file (`type_facts`)
    for node in walk(root):
        facts_of = types.get(node.start_byte) if node.type in ("class_declaration", "interface_declaration") else None
        if facts_of is None:  # not a type, or a class local to a method
            continue
        marks = facts_of.marks()
        kind = _spring_kind(node, marks, facts_of.bases)
        if kind:
            start, end = leading_start_row(node), node.end_point[0]
            facts.classes.append(ClassInfo(facts_of.name, kind, role, facts_of.bases, path, start + 1, end + 1))
        if kind == "controller":
            _read_endpoints(node, facts_of.name, marks, path, lines, facts)


def _spring_kind(node: Node, marks: dict[str, str], bases: tuple[str, ...]) -> str:
    if node.type == "class_declaration" and _CONTROLLER_MARKS & set(marks):
        return "controller"
    if node.type == "class_declaration" and {"Service", "Component"} & set(marks):
        return "service"
    if "Repository" in marks or (node.type == "interface_declaration" and _SPRING_DATA.search(" ".join(bases))):
        return "repository"
    return ""


def _read_endpoints(
    node: Node, controller: str, marks: dict[str, str], path: str, lines: list[str], facts: FileFacts
) -> None:
    prefix = _route_of(marks.get("RequestMapping", ""))
    body = node.child_by_field_name("body")
    members = body.named_children if body is not None else []
    fields = _field_types(members)
    for method in (m for m in members if m.type == "method_declaration"):
        route = _handler_route(first_marks(annotations(method)))
        if route is None:
            continue
        verb, template = route
        calls = dict.fromkeys(_field_calls(method, fields))
        span = leading_start_row(method), method.end_point[0]
        action = text_of(method.child_by_field_name("name"))
        add_handler(facts, controller, verb, (prefix, template), action, calls, span, path, lines, "java")


def _route_of(annotation: str) -> str:
    """The path of a mapping annotation (`@GetMapping("/{id}")` → `/{id}`, `@PostMapping` → '')."""
    match = _ROUTE_STRING.search(annotation)
    return match.group(1) if match else ""


def _handler_route(marks: dict[str, str]) -> tuple[str, str] | None:
    for name, verb in _VERB_MAPPINGS.items():
        if name in marks:
            return verb, _route_of(marks[name])
    if "RequestMapping" in marks:
        verb = _REQUEST_METHOD.search(marks["RequestMapping"])
        return (verb.group(1) if verb else "GET"), _route_of(marks["RequestMapping"])
    return None


def _field_types(members: list[Node]) -> dict[str, str]:
    """The controller's fields: name → declared type (`private final OwnerRepository owners;`)."""
    types: dict[str, str] = {}
    for member in members:
        if member.type != "field_declaration":
            continue
        type_ = text_of(member.child_by_field_name("type")).split("<", 1)[0]
        for declarator in member.named_children:
            if declarator.type == "variable_declarator":
                types[text_of(declarator.child_by_field_name("name"))] = type_
    return types


def _field_calls(method: Node, fields: dict[str, str]) -> Iterator[Call]:
    """`owners.save(…)` / `this.owners.save(…)` calls on the controller's fields."""
    for node in walk(method):
        if node.type != "method_invocation":
            continue
        receiver = node.child_by_field_name("object")
        if receiver is None:
            continue
        if receiver.type == "field_access" and text_of(receiver.child_by_field_name("object")) == "this":
            receiver = receiver.child_by_field_name("field")
        name = text_of(receiver)
        if name in fields:
            yield Call(name, text_of(node.child_by_field_name("name")), fields[name])
