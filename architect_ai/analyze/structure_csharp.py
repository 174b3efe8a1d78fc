"""Structure facts from C# files: entities, controller actions with routes, services, collections, middleware.

Tree-sitter does the parsing, so malformed code yields partial facts instead of an exception.
"""

from __future__ import annotations

import re

from tree_sitter import Node

from architect_ai.analyze.csharp_syntax import (
    attributes_of,
    calls_in,
    dependencies_of,
    invocations_in,
    members_of,
    simple_type,
)
from architect_ai.analyze.structure_facts import FileFacts, snippet_of, whole_file_snippet
from architect_ai.analyze.structure_records import (
    ClassInfo,
    Collection,
    Endpoint,
    Entity,
    Field,
    ServiceMethod,
)
from architect_ai.analyze.treesitter import leading_start_row, parse, text_of, walk

_TYPE_NODES = ("class_declaration", "record_declaration", "struct_declaration", "record_struct_declaration")
_HTTP_ATTRIBUTES = {f"Http{v.title()}": v for v in ("GET", "POST", "PUT", "PATCH", "DELETE")}
#: ControllerBase helpers → the HTTP status they produce.
RESULT_STATUS = {
    "Ok": "200 OK",
    "Created": "201 Created",
    "CreatedAtAction": "201 Created",
    "CreatedAtRoute": "201 Created",
    "Accepted": "202 Accepted",
    "AcceptedAtAction": "202 Accepted",
    "NoContent": "204 No Content",
    "BadRequest": "400 Bad Request",
    "ValidationProblem": "400 Bad Request",
    "Unauthorized": "401 Unauthorized",
    "Forbid": "403 Forbidden",
    "NotFound": "404 Not Found",
    "Conflict": "409 Conflict",
    "UnprocessableEntity": "422 Unprocessable Entity",
    "Problem": "500 Internal Server Error",
}
DTO_NAME = re.compile(r"(Dto|DTO|Request|Response|Command|Query|ViewModel|Vm|Model)$")
_NOT_ENTITY_NAME = re.compile(r"(Settings|Options|Config|Configuration|Exception|Context|Profile|Extensions)$")
_SERVICE_NAME = re.compile(r"(Service|Repository|Manager|Handler|Middleware|Controller|Client|Provider)$")
_DOCUMENT_ATTRIBUTES = ("BsonId", "BsonElement", "BsonRepresentation", "BsonIgnoreExtraElements", "Key", "Table")
_ID_ATTRIBUTES = ("BsonId", "Key")
_MIDDLEWARE_USE = re.compile(r"\bapp\.(Use\w+)\s*(?:<\s*(\w+)\s*>)?\s*\(")
_STARTUP_FILES = ("Program.cs", "Startup.cs")


def read_csharp(path: str, text: str, role: str, facts: FileFacts) -> None:
    """Add the facts of one C# file to `facts` (never raises on odd code)."""
    root = parse(text, "csharp")
    if root is None:
        return
    lines = [line.rstrip("\r") for line in text.split("\n")]
    before = len(facts.classes)
    for node in walk(root):
        if node.type in _TYPE_NODES:
            _read_type(node, path, lines, role, facts)
        elif node.type == "interface_declaration":
            name = text_of(node.child_by_field_name("name"))
            start, end = leading_start_row(node), node.end_point[0]
            if name:
                facts.classes.append(ClassInfo(name, "interface", role, (), path, start + 1, end + 1))
                facts.snippets.append(snippet_of(path, lines, start, end, "csharp"))
    if len(facts.classes) > before:
        facts.snippets.append(whole_file_snippet(path, lines, "csharp"))
    if path.rsplit("/", 1)[-1] in _STARTUP_FILES:
        for match in _MIDDLEWARE_USE.finditer(text):
            facts.middleware.append(match.group(2) or match.group(1))


def _responses(method: Node) -> tuple[str, ...]:
    found: list[str] = []
    for inv in walk(method):
        if inv.type not in ("invocation_expression", "object_creation_expression"):
            continue
        func = inv.child_by_field_name("function") or inv.child_by_field_name("type")
        name = text_of(func).rsplit(".", 1)[-1].split("<", 1)[0].removesuffix("ObjectResult").removesuffix("Result")
        status = RESULT_STATUS.get(name)
        if status and status not in found:
            found.append(status)
    return tuple(sorted(found))


def _route(class_route: str, controller: str, action: str, template: str) -> str:
    """Combine the class `[Route]` and the action template, resolve tokens and drop constraints."""
    if template.startswith(("/", "~/")):
        combined = template.lstrip("~")
    else:
        combined = "/".join(p for p in (class_route, template) if p)
    combined = re.sub(r"\[controller\]", controller.removesuffix("Controller"), combined, flags=re.I)
    combined = re.sub(r"\[action\]", action, combined, flags=re.I)
    combined = re.sub(r"\{\*{0,2}(\w+)[^}]*\}", r"{\1}", combined)
    return "/" + re.sub(r"/+", "/", combined).strip("/")


#: Base classes of Blazor components (a `.razor.cs` code-behind is one by its role too).
_BLAZOR_BASES = frozenset({"ComponentBase", "LayoutComponentBase", "OwningComponentBase"})


def _read_type(node: Node, path: str, lines: list[str], role: str, facts: FileFacts) -> None:
    name = text_of(node.child_by_field_name("name"))
    if not name:
        return
    body = node.child_by_field_name("body")
    attributes = attributes_of(node)
    attr_names = {a for a, _ in attributes}
    bases = tuple(
        text_of(c) for b in node.named_children if b.type == "base_list" for c in b.named_children if c.is_named
    )
    base_names = {simple_type(b)[0] for b in bases}
    methods = members_of(body, ("method_declaration",))
    start, end = leading_start_row(node), node.end_point[0]
    is_controller = (
        name.endswith("Controller")
        or "ApiController" in attr_names
        or base_names
        & {
            "ControllerBase",
            "Controller",
        }
    )
    # Static members are shared instances (`Colour.Red`) or helpers, never an entity's fields.
    properties = [
        p
        for p in members_of(body, ("property_declaration",))
        if not any(c.type == "modifier" and text_of(c) == "static" for c in p.children)
    ]
    record_params = [
        p for c in node.named_children if c.type == "parameter_list" for p in c.named_children if p.type == "parameter"
    ]
    plain_methods = [m for m in methods if "override" not in text_of(m).split("(", 1)[0]]
    if role == "blazor_component" or base_names & _BLAZOR_BASES:
        kind = "blazor_component"  # its `[Parameter]` properties are inputs, never an entity's fields
    elif is_controller:
        kind = "controller"
        _read_controller(node, name, attributes, body, methods, path, lines, facts)
    elif _is_entity(name, properties, record_params, plain_methods, dependencies_of(node, body)):
        kind = "entity"
        facts.entities.append(_entity(node, name, role, properties, record_params, path))
    elif _NOT_ENTITY_NAME.search(name) and re.search(r"(Settings|Options|Config|Configuration)$", name):
        kind = "config"
    elif name.endswith("Middleware"):
        kind = "middleware"
    else:
        kind = "repository" if "Repository" in name or any("Repository" in b for b in bases) else "service"
        _read_service(node, name, body, methods, path, lines, facts)
        if properties:  # a rich domain class (an aggregate with behaviour): an entity if the code persists it
            facts.candidates.append(_entity(node, name, role, properties, record_params, path))
    facts.classes.append(ClassInfo(name, kind, role, bases, path, start + 1, end + 1))
    facts.snippets.append(snippet_of(path, lines, start, end, "csharp"))


def _is_entity(name: str, properties: list, params: list, methods: list, deps: dict[str, str]) -> bool:
    """Data classes: properties (or record parameters) and at most a few helper methods, nothing injected."""
    if not (properties or params) or _NOT_ENTITY_NAME.search(name) or _SERVICE_NAME.search(name):
        return False
    injected = any(simple_type(t)[0][:1] == "I" and simple_type(t)[0][1:2].isupper() for t in deps.values())
    if injected and not params:
        return False
    return not methods or bool(DTO_NAME.search(name)) or len(properties) + len(params) >= 2 * len(methods)


def _entity(node: Node, name: str, role: str, properties: list[Node], params: list[Node], path: str) -> Entity:
    fields = []
    is_document = False
    for member in [*params, *properties]:
        field_name = text_of(member.child_by_field_name("name"))
        type_ = text_of(member.child_by_field_name("type"))
        attrs = {a for a, _ in attributes_of(member)}
        is_document = is_document or bool(attrs & set(_DOCUMENT_ATTRIBUTES))
        is_id = bool(attrs & set(_ID_ATTRIBUTES)) or field_name.lower() in ("id", "_id")
        if field_name and type_ and field_name.lower() not in {f.name.lower() for f in fields}:
            fields.append(Field(field_name, type_, is_id=is_id))  # a property mirroring a constructor parameter: once
    class_attrs = {a for a, _ in attributes_of(node)}
    is_document = is_document or bool(class_attrs & set(_DOCUMENT_ATTRIBUTES))
    if "dto" in role.lower() or DTO_NAME.search(name):
        kind = "dto"
    elif is_document or any(w in role.lower() for w in ("document", "entity")):
        kind = "document"
    else:
        kind = "model"
    # A single id field only: when [BsonId]/[Key] marks one, plain "Id" names do not count twice.
    marked = [f for f in fields if f.is_id]
    if len(marked) > 1:
        keep = next((f for f in marked if f.name.lower() not in ("id", "_id")), marked[0])
        fields = [Field(f.name, f.type, is_id=f is keep) for f in fields]
    return Entity(name, kind, tuple(fields), path, node.start_point[0] + 1, "csharp")


def _read_controller(node, name, attributes, body, methods, path, lines, facts: FileFacts) -> None:
    class_route = next((arg for attr, arg in attributes if attr == "Route"), "")
    deps = dependencies_of(node, body)
    for method in methods:
        attrs = attributes_of(method)
        verbs = [(_HTTP_ATTRIBUTES[a], arg) for a, arg in attrs if a in _HTTP_ATTRIBUTES]
        if not verbs:
            continue
        action = text_of(method.child_by_field_name("name"))
        method_route = next((arg for attr, arg in attrs if attr == "Route"), "")
        start, end = leading_start_row(method), method.end_point[0]
        calls = calls_in(method, deps, set())
        responses = _responses(method)
        for verb, template in verbs:
            route = _route(class_route, name, action, template or method_route)
            facts.endpoints.append(Endpoint(name, verb, route, action, calls, responses, path, start + 1, end + 1))
        facts.snippets.append(snippet_of(path, lines, start, end, "csharp"))


def _read_service(node, name, body, methods, path, lines, facts: FileFacts) -> None:
    deps = dependencies_of(node, body)
    collection_fields = {}
    for dep, type_ in deps.items():
        base, arg = simple_type(type_)
        if base in ("IMongoCollection", "DbSet") and arg:
            collection_fields[dep] = arg
    for _receiver, method_name, inv in invocations_in(node):
        if method_name != "GetCollection":
            continue
        func = inv.child_by_field_name("function")
        type_args = [c for c in walk(func) if c.type == "type_argument_list"] if func is not None else []
        entity = text_of(type_args[0]).strip("<> ") if type_args else ""
        args = inv.child_by_field_name("arguments")
        first = args.named_children[0] if args is not None and args.named_children else None
        label = text_of(first).strip()
        label = label.strip('"') if label.startswith('"') else "setting:" + label.rsplit(".", 1)[-1]
        parent = inv.parent
        target = ""
        if parent is not None and parent.type == "assignment_expression":
            target = text_of(parent.child_by_field_name("left")).removeprefix("this.")
            if entity and target:
                collection_fields[target] = entity
        if entity:
            facts.collections.append(Collection(entity.rsplit(".", 1)[-1], label, name, path, target))
    for field_name, entity in collection_fields.items():
        if not any(c.owner == name and c.entity == entity for c in facts.collections):
            facts.collections.append(Collection(entity, "", name, path, field_name))
    own_methods = {text_of(m.child_by_field_name("name")) for m in methods}
    for method in methods:
        method_name = text_of(method.child_by_field_name("name"))
        start, end = leading_start_row(method), method.end_point[0]
        used, ops = [], []
        for receiver, op, inv in invocations_in(method):
            entity = collection_fields.get(receiver)
            if op == "GetCollection":
                func = inv.child_by_field_name("function")
                type_args = [c for c in walk(func) if c.type == "type_argument_list"] if func is not None else []
                entity = text_of(type_args[0]).strip("<> ") if type_args else None
            elif entity and op not in ops:
                ops.append(op)
            if entity and entity not in used:
                used.append(entity)
        calls = calls_in(method, deps, set(collection_fields), (name, own_methods - {method_name}))
        facts.service_methods.append(
            ServiceMethod(name, method_name, calls, tuple(used), tuple(ops), path, start + 1, end + 1)
        )
        facts.snippets.append(snippet_of(path, lines, start, end, "csharp"))
