"""Structure facts from TypeScript files: Angular services' HTTP calls, components' service calls, client models
and the front-end environment (for resolving `environment.apiUrl`)."""

from __future__ import annotations

import re

from tree_sitter import Node

from architect_ai.analyze.structure_facts import FileFacts, RawClientCall, UrlPart, snippet_of, whole_file_snippet
from architect_ai.analyze.structure_records import ClassInfo, ComponentUse, Entity, Field
from architect_ai.analyze.treesitter import leading_start_row, parse, text_of, walk

HTTP_METHODS = ("get", "post", "put", "patch", "delete")
#: How deep URL expressions are followed through locals and fields.
MAX_URL_DEPTH = 6
_DTO_NAME = re.compile(r"(Dto|DTO|Request|Response)$")
_ENVIRONMENT_FILE = re.compile(r"(^|/)environments?/environment[\w.-]*\.ts$")
_CLASS_NODES = ("class_declaration", "abstract_class_declaration")


def read_typescript(path: str, text: str, role: str, facts: FileFacts) -> None:
    """Add the facts of one TypeScript file to `facts` (never raises on odd code)."""
    language = "tsx" if path.endswith(".tsx") else "typescript"
    root = parse(text, language)
    if root is None:
        return
    lines = [line.rstrip("\r") for line in text.split("\n")]
    if _ENVIRONMENT_FILE.search(path):
        _read_environment(root, facts)
    before = len(facts.classes)
    for node in root.named_children:
        inner = node.child_by_field_name("declaration") if node.type == "export_statement" else node
        if inner is None:
            continue
        if inner.type in _CLASS_NODES:
            _read_class(node, inner, path, lines, role, facts)
        elif inner.type in ("interface_declaration", "type_alias_declaration"):
            entity = _entity(inner, path)
            if entity is not None:
                facts.entities.append(entity)
                start, end = leading_start_row(node), node.end_point[0]
                facts.classes.append(ClassInfo(entity.name, "entity", role, (), path, start + 1, end + 1))
                facts.snippets.append(snippet_of(path, lines, start, end, "typescript"))
        elif inner.type == "lexical_declaration":
            for declarator in (c for c in inner.named_children if c.type == "variable_declarator"):
                value = declarator.child_by_field_name("value")
                name = text_of(declarator.child_by_field_name("name"))
                if value is not None and value.type in ("string", "template_string", "binary_expression"):
                    facts.url_fields[f"const:{name}"] = _url_parts(value, "", {}, 0)
    if len(facts.classes) > before:
        facts.snippets.append(whole_file_snippet(path, lines, "typescript"))


def _read_environment(root: Node, facts: FileFacts) -> None:
    for obj in walk(root):
        if obj.type != "variable_declarator" or text_of(obj.child_by_field_name("name")) != "environment":
            continue
        value = obj.child_by_field_name("value")
        if value is not None and value.type == "object":
            _flatten(value, "", facts.environment)


def _flatten(obj: Node, prefix: str, out: dict[str, str]) -> None:
    for pair in (c for c in obj.named_children if c.type == "pair"):
        key = text_of(pair.child_by_field_name("key")).strip("'\"")
        value = pair.child_by_field_name("value")
        if value is None:
            continue
        if value.type == "object":
            _flatten(value, f"{prefix}{key}.", out)
        elif value.type == "string":
            out[f"{prefix}{key}"] = text_of(value)[1:-1]
        else:
            out.setdefault(f"{prefix}{key}", "")


def _decorators(outer: Node, inner: Node) -> set[str]:
    names = set()
    for node in (outer, inner):
        for dec in (c for c in node.children if c.type == "decorator"):
            call = next((c for c in dec.named_children), None)
            func = call.child_by_field_name("function") if call is not None and call.type == "call_expression" else call
            names.add(text_of(func))
    return names


def _type_name(annotation: Node | None) -> str:
    """`: HttpClient` → HttpClient; `: Observable<Book[]>` → Observable<Book[]>."""
    return text_of(annotation).lstrip(":").strip()


def _read_class(outer: Node, node: Node, path: str, lines: list[str], role: str, facts: FileFacts) -> None:
    name = text_of(node.child_by_field_name("name"))
    body = node.child_by_field_name("body")
    if not name or body is None:
        return
    decorators = _decorators(outer, node)
    deps: dict[str, str] = {}
    methods = [c for c in body.named_children if c.type == "method_definition"]
    fields = [c for c in body.named_children if c.type == "public_field_definition"]
    for field in fields:
        field_name = text_of(field.child_by_field_name("name"))
        value = field.child_by_field_name("value")
        if (
            value is not None
            and value.type == "call_expression"
            and text_of(value.child_by_field_name("function")) == ("inject")
        ):
            args = value.child_by_field_name("arguments")
            deps[field_name] = text_of(args.named_children[0]) if args is not None and args.named_children else ""
        elif value is not None:
            facts.url_fields[f"{name}.{field_name}"] = _url_parts(value, name, {}, 0)
        if field.child_by_field_name("type") is not None:
            deps.setdefault(field_name, _type_name(field.child_by_field_name("type")))
    for method in methods:
        if text_of(method.child_by_field_name("name")) != "constructor":
            continue
        params = method.child_by_field_name("parameters")
        for param in params.named_children if params is not None else []:
            pname = text_of(param.child_by_field_name("pattern"))
            if pname:
                deps[pname] = _type_name(param.child_by_field_name("type"))
        for assign in walk(method):
            if assign.type == "assignment_expression":
                left = text_of(assign.child_by_field_name("left"))
                right = assign.child_by_field_name("right")
                if left.startswith("this.") and right is not None:
                    facts.url_fields[f"{name}.{left[5:]}"] = _url_parts(right, name, {}, 0)
    if "Component" in decorators:
        kind = "component"
    elif "Injectable" in decorators or name.endswith("Service"):
        kind = "angular_service"
    elif fields and not methods:
        entity = _entity(node, path)
        if entity is not None:
            facts.entities.append(entity)
        kind = "entity"
    else:
        return
    start, end = leading_start_row(outer), outer.end_point[0]
    facts.classes.append(ClassInfo(name, kind, role, (), path, start + 1, end + 1))
    facts.snippets.append(snippet_of(path, lines, start, end, "typescript"))
    http_fields = {d for d, t in deps.items() if t == "HttpClient" or (not t and "http" in d.lower())}
    for method in methods:
        method_name = text_of(method.child_by_field_name("name"))
        m_start, m_end = leading_start_row(method), method.end_point[0]
        quoted = False
        for call in walk(method):
            if call.type != "call_expression":
                continue
            receiver, prop = _this_member_call(call)
            if receiver in http_fields and prop in HTTP_METHODS and kind == "angular_service":
                args = call.child_by_field_name("arguments")
                first = args.named_children[0] if args is not None and args.named_children else None
                url = _url_parts(first, name, _locals(method), 0) if first is not None else ()
                returns = _type_name(method.child_by_field_name("return_type"))
                facts.client_calls.append(
                    RawClientCall(name, method_name, prop.upper(), url, returns, path, m_start + 1, m_end + 1)
                )
                quoted = True
            elif kind == "component" and receiver in deps and receiver not in http_fields and prop:
                use = ComponentUse(name, method_name, deps[receiver], prop, path, call.start_point[0] + 1)
                if use not in facts.component_uses:
                    facts.component_uses.append(use)
        if quoted:
            facts.snippets.append(snippet_of(path, lines, m_start, m_end, "typescript"))


def _this_member_call(call: Node) -> tuple[str, str]:
    """`this.http.get<T>(…)` → ("http", "get"); anything else → ("", "")."""
    func = call.child_by_field_name("function")
    if func is None or func.type != "member_expression":
        return "", ""
    obj = func.child_by_field_name("object")
    if obj is None or obj.type != "member_expression" or text_of(obj.child_by_field_name("object")) != "this":
        return "", ""
    return text_of(obj.child_by_field_name("property")), text_of(func.child_by_field_name("property"))


def _locals(method: Node) -> dict[str, Node]:
    found = {}
    for declarator in walk(method):
        if declarator.type == "variable_declarator":
            value = declarator.child_by_field_name("value")
            if value is not None:
                found[text_of(declarator.child_by_field_name("name"))] = value
    return found


def _url_parts(node: Node, cls: str, locals_: dict[str, Node], depth: int) -> tuple[UrlPart, ...]:
    """A URL expression as literal pieces, references to fields/environment, and parameters."""
    if depth > MAX_URL_DEPTH:
        return (("param", "url"),)
    kind = node.type
    if kind == "string":
        return (("lit", text_of(node)[1:-1]),)
    if kind == "template_string":
        parts: list[UrlPart] = []
        for child in node.named_children:
            if child.type == "string_fragment":
                parts.append(("lit", text_of(child)))
            elif child.type == "template_substitution" and child.named_children:
                parts.extend(_url_parts(child.named_children[0], cls, locals_, depth + 1))
        return tuple(parts)
    if kind == "binary_expression" and text_of(node.child_by_field_name("operator")) == "+":
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        if left is not None and right is not None:
            return _url_parts(left, cls, locals_, depth + 1) + _url_parts(right, cls, locals_, depth + 1)
    if kind == "parenthesized_expression" and node.named_children:
        return _url_parts(node.named_children[0], cls, locals_, depth + 1)
    if kind == "member_expression":
        obj, prop = text_of(node.child_by_field_name("object")), text_of(node.child_by_field_name("property"))
        if obj == "this" and cls:
            return (("ref", f"{cls}.{prop}"),)
        if obj == "environment":
            return (("env", prop),)
        if obj.startswith("environment."):
            return (("env", f"{obj.removeprefix('environment.')}.{prop}"),)
        return (("param", prop),)
    if kind == "identifier":
        name = text_of(node)
        if name in locals_:
            return _url_parts(locals_[name], cls, {k: v for k, v in locals_.items() if k != name}, depth + 1)
        return (("ref", f"const:{name}"),)
    return (("param", re.sub(r"\W+", "", text_of(node))[:20] or "value"),)


def _entity(node: Node, path: str) -> Entity | None:
    name = text_of(node.child_by_field_name("name"))
    body = node.child_by_field_name("body") or node.child_by_field_name("value")
    if not name or body is None:
        return None
    fields = []
    for member in body.named_children:
        if member.type not in ("property_signature", "public_field_definition"):
            continue
        field_name = text_of(member.child_by_field_name("name"))
        type_ = _type_name(member.child_by_field_name("type")) or "any"
        if field_name:
            fields.append(Field(field_name, type_, is_id=field_name in ("id", "_id")))
    if not fields:
        return None
    kind = "dto" if _DTO_NAME.search(name) else "model"
    return Entity(name, kind, tuple(fields), path, node.start_point[0] + 1, "typescript")
