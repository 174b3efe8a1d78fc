"""Reading pieces of a C# syntax tree: attributes, type names, injected members, and the calls made on them.

Helpers for `structure_csharp`; every function takes tree-sitter nodes and never raises on odd code.
"""

from __future__ import annotations

import re

from tree_sitter import Node

from architect_ai.analyze.structure_records import Call
from architect_ai.analyze.treesitter import text_of, walk


def attributes_of(node: Node) -> list[tuple[str, str]]:
    """(name, first string argument) of every attribute directly on `node`."""
    found = []
    for attr_list in (c for c in node.named_children if c.type == "attribute_list"):
        for attr in (c for c in attr_list.named_children if c.type == "attribute"):
            name = text_of(attr.child_by_field_name("name")).rsplit(".", 1)[-1].removesuffix("Attribute")
            arg = ""
            for literal in walk(attr):
                if literal.type in ("string_literal", "verbatim_string_literal", "raw_string_literal"):
                    parent = literal.parent
                    if parent is not None and parent.child_by_field_name("name") is None:
                        arg = text_of(literal).strip('@"')
                        break
            found.append((name, arg))
    return found


def simple_type(type_text: str) -> tuple[str, str]:
    """`IRepository<Book>` → ("IRepository", "Book"); `IBooksService` → ("IBooksService", "")."""
    match = re.match(r"\s*([\w.]+)\s*(?:<\s*([\w.]+)\s*>)?", type_text)
    if not match:
        return type_text.strip(), ""
    return match.group(1).rsplit(".", 1)[-1], (match.group(2) or "").rsplit(".", 1)[-1]


def members_of(body: Node | None, kinds: tuple[str, ...]) -> list[Node]:
    """The direct members of a type body whose node type is one of `kinds`."""
    return [c for c in (body.named_children if body is not None else []) if c.type in kinds]


def dependencies_of(node: Node, body: Node | None) -> dict[str, str]:
    """Members methods can use: field / property / primary-constructor-parameter name → type text.

    Ordinary constructor parameters are left out: methods reach them only through the fields they are stored in.
    """
    deps: dict[str, str] = {}
    for prop in members_of(body, ("property_declaration",)):
        deps[text_of(prop.child_by_field_name("name"))] = text_of(prop.child_by_field_name("type"))
    for plist in (c for c in node.named_children if c.type == "parameter_list"):
        for param in (p for p in plist.named_children if p.type == "parameter"):
            name, type_ = text_of(param.child_by_field_name("name")), text_of(param.child_by_field_name("type"))
            if name and type_:
                deps[name] = type_
    for field_decl in members_of(body, ("field_declaration",)):
        decl = next((c for c in field_decl.named_children if c.type == "variable_declaration"), None)
        if decl is None:
            continue
        type_ = text_of(decl.child_by_field_name("type"))
        for declarator in (c for c in decl.named_children if c.type == "variable_declarator"):
            deps[text_of(declarator.child_by_field_name("name"))] = type_
    return deps


def invocations_in(node: Node) -> list[tuple[str, str, Node]]:
    """(receiver, method, invocation) for every `receiver.Method(…)` / `this.receiver.Method(…)` in `node`."""
    found = []
    for inv in walk(node):
        if inv.type != "invocation_expression":
            continue
        func = inv.child_by_field_name("function")
        if func is None or func.type != "member_access_expression":
            continue
        receiver = func.child_by_field_name("expression")
        method = text_of(func.child_by_field_name("name")).split("<", 1)[0]
        if (
            receiver is not None
            and receiver.type == "member_access_expression"
            and text_of(receiver.child_by_field_name("expression")) == "this"
        ):
            receiver = receiver.child_by_field_name("name")
        if receiver is not None and receiver.type == "identifier":
            found.append((text_of(receiver), method, inv))
    return found


def calls_in(
    method: Node, deps: dict[str, str], skip: set[str], own: tuple[str, set[str]] = ("", set())
) -> tuple[Call, ...]:
    """Calls on injected members, plus calls of the class's own methods (`FindBookAsync(id)`) when `own` is given."""
    calls: list[Call] = []
    cls, own_methods = own
    for inv in walk(method):
        func = inv.child_by_field_name("function") if inv.type == "invocation_expression" else None
        if func is not None and func.type == "identifier" and text_of(func) in own_methods:
            call = Call("this", text_of(func), cls)
            if call not in calls:
                calls.append(call)
    for receiver, name, _ in invocations_in(method):
        if receiver in deps and receiver not in skip:
            target, type_arg = simple_type(deps[receiver])
            call = Call(receiver, name, target, type_arg)
            if call not in calls:
                calls.append(call)
    return tuple(calls)
