"""Kotlin Spring, read with tree-sitter as `structure_java` reads Java: JPA `@Entity`/Spring Data `@Document` classes and
their properties (constructor `val`/`var`s and body properties; `@Id` marks the key), and `@Controller`/
`@RestController`, `@Service`/`@Component` and repository classes — a controller's endpoints are its class
`@RequestMapping` prefix plus each function's `@GetMapping(…)`… path, with the calls it makes on the services and
repositories its constructor takes (`private val owners: OwnerRepository` → `owners.save(owner)`); a service's functions
with the calls they make on its repositories.

The private helpers of `structure_java` that read annotation texts (routes, verbs, Spring Data bases) are shared.
"""

from __future__ import annotations

from collections.abc import Iterator

from tree_sitter import Node

from architect_ai.analyze.structure_facts import FileFacts, add_handler, snippet_of
from architect_ai.analyze.structure_java import _SPRING_DATA, _handler_route, _route_of
from architect_ai.analyze.structure_records import Call, ClassInfo, Entity, Field, ServiceMethod
from architect_ai.analyze.treesitter import body_of, leading_start_row, parse_code, text_of, walk

_CONTROLLER_MARKS = frozenset({"Controller", "RestController"})
_ENTITY_MARKS = frozenset({"Entity", "Document"})


def read_kotlin(path: str, text: str, role: str, facts: FileFacts) -> None:
    """Add one Kotlin file's entities, Spring classes and endpoints to `facts`."""
    if "@" not in text and "Repository" not in text:
        return
    root = parse_code(text, "kotlin", path)
    if root is None:
        return
    lines = text.split("\n")
    for node in walk(root):
        if node.type not in ("class_declaration", "object_declaration"):
            continue
        marks = annotations(node)
        name = text_of(node.child_by_field_name("name"))
        if _ENTITY_MARKS & set(marks):
            facts.entities.append(
                Entity(name, "document", _entity_fields(node), path, node.start_point[0] + 1, "kotlin")
            )
        kind = _spring_kind(node, marks)
        if kind:
            start, end = leading_start_row(node), node.end_point[0]
            facts.classes.append(ClassInfo(name, kind, role, _bases(node), path, start + 1, end + 1))
        if kind == "controller":
            _read_endpoints(node, name, marks, path, lines, facts)
        elif kind == "service":
            _read_service_methods(node, name, path, lines, facts)


def annotations(node: Node) -> dict[str, str]:
    """A declaration's annotations: name → its full text (`GetMapping` → `@GetMapping("/{id}")`), with those the
    grammar reads apart just above a class at the top of a file without a `package` line."""
    found: dict[str, str] = {}
    before = node.prev_named_sibling
    marks = []
    if before is not None and before.type == "annotated_expression" and before.end_point[0] + 1 >= node.start_point[0]:
        marks = [a for a in walk(before) if a.type == "annotation"]
    for modifiers in (c for c in node.named_children if c.type in ("modifiers", "parameter_modifiers")):
        marks += [c for c in modifiers.named_children if c.type == "annotation"]
    for mark in marks:
        type_ = next((n for n in walk(mark) if n.type == "user_type"), None)
        name = text_of(type_).split("<", 1)[0].rsplit(".", 1)[-1]
        if name:
            text = text_of(mark)
            if mark.parent is not None and mark.parent.type == "annotated_expression":
                arguments = mark.next_named_sibling  # `@RequestMapping` + `("/api")` read as an expression
                if arguments is not None and arguments.type == "parenthesized_expression":
                    text += text_of(arguments)
            found.setdefault(name, text)
    return found


def _is_interface(node: Node) -> bool:
    return any(c.type == "interface" for c in node.children)


def _bases(node: Node) -> tuple[str, ...]:
    """The supertypes of a class or interface as written (`JpaRepository<Owner, Long>`, `BaseService()` → its type)."""
    found = []
    for specs in (c for c in node.named_children if c.type == "delegation_specifiers"):
        for spec in specs.named_children:
            type_ = next((n for n in walk(spec) if n.type == "user_type"), None)
            if type_ is not None:
                found.append(text_of(type_))
    return tuple(found)


def _spring_kind(node: Node, marks: dict[str, str]) -> str:
    if not _is_interface(node) and _CONTROLLER_MARKS & set(marks):
        return "controller"
    if not _is_interface(node) and {"Service", "Component"} & set(marks):
        return "service"
    bases = " ".join(_bases(node))
    if "Repository" in marks or (_is_interface(node) and _SPRING_DATA.search(bases)):
        return "repository"
    return ""


def _parameters(node: Node) -> Iterator[Node]:
    for ctor in (c for c in node.named_children if c.type == "primary_constructor"):
        for params in (c for c in ctor.named_children if c.type == "class_parameters"):
            yield from (p for p in params.named_children if p.type == "class_parameter")


def _is_property(parameter: Node) -> bool:
    """A constructor parameter declared `val`/`var` (a property the class's functions can use)."""
    return any(c.type in ("val", "var") or text_of(c) in ("val", "var") for c in parameter.children)


def _type_of(node: Node) -> str:
    type_ = next((c for c in node.named_children if c.type in ("user_type", "nullable_type")), None)
    return text_of(type_)


def _property_types(node: Node) -> dict[str, str]:
    """The class's properties: name → declared type without type arguments (constructor `val`s and body ones)."""
    types: dict[str, str] = {}
    for parameter in _parameters(node):
        name = text_of(next((c for c in parameter.named_children if c.type == "identifier"), None))
        if _is_property(parameter) and name:
            types[name] = _type_of(parameter).split("<", 1)[0].rstrip("?")
    body = body_of(node)
    for member in body.named_children if body is not None else ():
        declaration = next((c for c in member.named_children if c.type == "variable_declaration"), None)
        if member.type == "property_declaration" and declaration is not None:
            name = text_of(next((c for c in declaration.named_children if c.type == "identifier"), None))
            if name and _type_of(declaration):
                types[name] = _type_of(declaration).split("<", 1)[0].rstrip("?")
    return types


def _entity_fields(node: Node) -> tuple[Field, ...]:
    fields = []
    for parameter in _parameters(node):
        name = text_of(next((c for c in parameter.named_children if c.type == "identifier"), None))
        if _is_property(parameter) and name:
            marks = annotations(parameter)
            fields.append(Field(name, _type_of(parameter), is_id="Id" in marks or "EmbeddedId" in marks))
    body = body_of(node)
    for member in body.named_children if body is not None else ():
        declaration = next((c for c in member.named_children if c.type == "variable_declaration"), None)
        if member.type == "property_declaration" and declaration is not None:
            name = text_of(next((c for c in declaration.named_children if c.type == "identifier"), None))
            marks = annotations(member)
            fields.append(Field(name, _type_of(declaration), is_id="Id" in marks or "EmbeddedId" in marks))
    return tuple(f for f in fields if f.name and f.type)


def _read_endpoints(
    node: Node, controller: str, marks: dict[str, str], path: str, lines: list[str], facts: FileFacts
) -> None:
    prefix = _route_of(marks.get("RequestMapping", ""))
    fields = _property_types(node)
    for function in _functions(node):
        route = _handler_route(annotations(function))
        if route is None:
            continue
        verb, template = route
        calls = dict.fromkeys(_field_calls(function, fields))
        span = leading_start_row(function), function.end_point[0]
        action = text_of(function.child_by_field_name("name"))
        add_handler(facts, controller, verb, (prefix, template), action, calls, span, path, lines, "kotlin")


def _functions(node: Node) -> list[Node]:
    body = body_of(node)
    return [m for m in (body.named_children if body is not None else ()) if m.type == "function_declaration"]


def _read_service_methods(node: Node, service: str, path: str, lines: list[str], facts: FileFacts) -> None:
    """A `@Service`'s functions with the calls they make on its properties (`repository.save(item)`), so a chain
    goes on from the controller through the service to the repository."""
    fields = _property_types(node)
    for function in _functions(node):
        calls = tuple(dict.fromkeys(_field_calls(function, fields)))
        start, end = leading_start_row(function), function.end_point[0]
        method = text_of(function.child_by_field_name("name"))
        facts.service_methods.append(ServiceMethod(service, method, calls, (), (), path, start + 1, end + 1))
        facts.snippets.append(snippet_of(path, lines, start, end, "kotlin"))


def _field_calls(function: Node, fields: dict[str, str]) -> Iterator[Call]:
    """`owners.save(…)` / `this.owners.save(…)` calls on the controller's properties."""
    for node in walk(function):
        if node.type != "call_expression":
            continue
        callee = node.named_children[0] if node.named_children else None
        if callee is None or callee.type != "navigation_expression" or len(callee.named_children) < 2:
            continue
        receiver, method = callee.named_children[0], callee.named_children[-1]
        if receiver.type == "navigation_expression" and receiver.named_children[0].type == "this_expression":
            receiver = receiver.named_children[-1]
        name = text_of(receiver)
        if name in fields:
            yield Call(name, text_of(method), fields[name])
