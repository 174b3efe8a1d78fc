"""Spec facts of Kotlin, Rust, Ruby, PHP, Swift and SQL, read from their tree-sitter trees: what a reader of the code
would say of it.

- Kotlin: supertypes, primary-constructor dependencies (a data class's or an entity's `val`/`var` are its
  properties instead), public `fun` signatures, Spring routes (`@RequestMapping` prefix + `@GetMapping(…)`).
- Rust: `impl Trait for Type`, supertraits, struct fields with types, `#[derive(…)]`, the types `fn new(…)` takes,
  `pub fn` signatures (a trait's and a trait impl's functions are public through the trait), enum variants.
- Ruby: superclass, `include`/`extend`/`prepend` mixins, Rails class macros (`belongs_to`, `has_many`,
  `validates`, `before_action`…), `initialize`'s parameters, public `def` signatures.
- PHP: extends/implements, the types `__construct` takes (promoted or not), public method signatures, properties.
- Swift: inheritance and protocol conformance, stored properties, `init` dependencies, `func` signatures, cases.
- SQL: a CREATE TABLE's columns with types, primary and foreign keys; a view's source tables and columns; a
  function's parameters, result and language.

A chunk with several types says each as its own "declares" fact. Facts are sentences, unfiltered (the caller,
`code_facts.spec_facts`, drops any that names the chunk); dependencies and signatures are returned apart, for the
caller's shared "takes … through its constructor" and "exposes …" sentences.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from tree_sitter import Node

from architect_ai.analyze.treesitter import body_of, kids_of, parse_code, text_of, walk
from architect_ai.data import Chunk

MAX_ITEMS = 8
MAX_TYPES = 4
#: A Rails class macro longer than this is no one-line fact.
MAX_MACRO_CHARS = 90
RAILS_MACROS = frozenset(
    {"belongs_to", "has_many", "has_one", "has_and_belongs_to_many", "validates", "validate", "validates_presence_of"}
    | {"scope", "before_action", "after_action", "around_action", "before_save", "after_create", "after_commit"}
    | {"before_validation", "enum", "delegate", "attr_accessor", "attr_reader", "has_secure_password"}
)
_RUBY_MIXINS = frozenset({"include", "extend", "prepend"})
#: A Rails migration's schema calls beside `create_table`, and the calls of a `routes.draw` block.
_RUBY_SCHEMA = frozenset({"add_column", "add_index", "add_reference", "add_foreign_key", "remove_column"})
_RUBY_ROUTES = frozenset({"get", "post", "put", "patch", "delete", "resources", "resource", "root", "match"})
_RUBY_ROUTE_SCOPES = frozenset({"namespace", "scope", "member", "collection", "concern"})
_PHP_ROUTES = frozenset({"get", "post", "put", "patch", "delete", "any", "match", "resource", "apiResource"})
_ANNOTATION = re.compile(r"@\w+(?:\([^()]*\))?\s*")
_MAPPING = re.compile(r"@(Get|Post|Put|Delete|Patch|Request)Mapping\b(?:\s*\((.*)\))?", re.S)
_STRING = re.compile(r"\"([^\"]*)\"")
#: Values a constructor is given, not dependencies it is given (Kotlin and Swift spell them with a capital).
_VALUE_TYPES = frozenset(
    {"Int", "Long", "Short", "Byte", "Double", "Float", "Boolean", "Bool", "String", "Char", "Character", "Date"}
    | {"UUID", "URL", "Data", "Decimal", "BigDecimal", "Int64", "Int32", "UInt", "TimeInterval", "Duration", "Any"}
)
_ENTITY_ANNOTATIONS = frozenset(
    {"Entity", "Document", "Table", "Embeddable", "MappedSuperclass", "Serializable", "Parcelize"}
)


@dataclass
class TypeSpec:
    """What one declared type of a chunk shows."""

    name: str
    kind: str = ""  # what it is when not a plain class: `interface`, `data class`, `struct`, `trait`, `protocol`…
    bases: list[str] = field(default_factory=list)
    fields: list[str] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)  # sentences of its own (macros, derives, keys)


@dataclass
class TreeSpec:
    """A chunk's facts: its types, routes and loose sentences, plus dependencies and signatures."""

    types: list[TypeSpec] = field(default_factory=list)
    routes: list[str] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    dependencies: list[str] = field(default_factory=list)
    signatures: list[str] = field(default_factory=list)

    def of(self, name: str) -> TypeSpec:
        """The type called `name` (a Rust `impl` or a Swift `extension` adds to a type declared above)."""
        found = next((t for t in self.types if t.name == name), None)
        if found is None:
            found = TypeSpec(name)
            self.types.append(found)
        return found


def _flat(text: str) -> str:
    return " ".join(text.split())


def _ticks(items: Iterable[str]) -> str:
    return ", ".join(f"`{i}`" for i in dict.fromkeys(items))


def _head(node: Node, start: Node | None, stop: Node | None) -> str:
    """The source of `node` from `start` (its keyword) to `stop` (its body), flattened."""
    source = node.text or b""
    begin = (start.start_byte if start is not None else node.start_byte) - node.start_byte
    end = (stop.start_byte if stop is not None else node.end_byte) - node.start_byte
    return _flat(source[begin:end].decode("utf-8", errors="replace")).rstrip(" ={;:")


def _token(node: Node, *kinds: str) -> Node | None:
    """The first child (named or not) of one of `kinds`."""
    return next((c for c in node.children if c.type in kinds), None)


def _dependency(type_: str) -> bool:
    """A type a constructor is given as a collaborator (`BookRepository`), not a value (`Int`, `String?`)."""
    return type_[:1].isupper() and type_.split("<", 1)[0].rstrip("?!") not in _VALUE_TYPES


def _modifier_words(node: Node) -> set[str]:
    return {text_of(c) for m in kids_of(node, "modifiers") for c in walk(m) if c.child_count == 0}


# Kotlin -------------------------------------------------------------------------------------------------------------


def _kotlin_annotations(node: Node) -> list[str]:
    found = [text_of(a) for m in kids_of(node, "modifiers") for a in kids_of(m, "annotation")]
    before = node.prev_named_sibling  # annotations the grammar reads apart (a chunk without a `package` line)
    if before is not None and before.type == "annotated_expression" and before.end_point[0] + 1 >= node.start_point[0]:
        found = [text_of(a) for a in walk(before) if a.type == "annotation"] + found
    return found


def _kotlin_type(param: Node) -> Node | None:
    return next((c for c in param.named_children if c.type.endswith("_type")), None)


def _kotlin_function(node: Node) -> str:
    return _ANNOTATION.sub("", _head(node, _token(node, "fun"), _token(node, "function_body")))


def _kotlin(root: Node, spec: TreeSpec) -> None:
    for node in root.named_children:
        if node.type == "function_declaration" and not _modifier_words(node) & {"private", "internal"}:
            spec.signatures.append(_kotlin_function(node))
        if node.type not in ("class_declaration", "object_declaration"):
            continue
        name = text_of(node.child_by_field_name("name"))
        if not name:
            continue
        annotations = _kotlin_annotations(node)
        kind = spec.of(name)
        words = _modifier_words(node)
        kind.kind = (
            "interface"
            if _token(node, "interface") is not None
            else "object"
            if node.type == "object_declaration"
            else next((f"{w} class" for w in ("data", "enum", "sealed", "abstract") if w in words), "")
        )
        kind.bases += [
            text_of(next(iter(kids_of(s, "user_type")), None) or _first_user_type(s))
            for specs in kids_of(node, "delegation_specifiers")
            for s in kids_of(specs, "delegation_specifier")
        ]
        data = "data" in words or any(
            _ANNOTATION.match(a) and a[1:].split("(")[0] in _ENTITY_ANNOTATIONS for a in annotations
        )
        for params in (p for ctor in kids_of(node, "primary_constructor") for p in kids_of(ctor, "class_parameters")):
            for param in kids_of(params, "class_parameter"):
                type_ = _kotlin_type(param)
                param_name = text_of(next(iter(kids_of(param, "identifier", "simple_identifier")), None))
                if type_ is None:
                    continue
                if data and _token(param, "val", "var") is not None:
                    kind.fields.append(f"`{param_name}: {_flat(text_of(type_))}`")
                elif not data and _dependency(text_of(type_)):
                    spec.dependencies.append(_flat(text_of(type_)))
        body = body_of(node)
        for member in kids_of(body, "property_declaration"):
            if data and not _modifier_words(member) & {"private", "protected"}:
                declared = next(iter(kids_of(member, "variable_declaration")), None)
                if declared is not None:
                    kind.fields.append(f"`{_flat(text_of(declared))}`")
        prefix = ""
        for annotation in annotations:
            match = _MAPPING.match(annotation)
            if match and match.group(1) == "Request":
                prefix = next(iter(_STRING.findall(match.group(2) or "")), "").rstrip("/")
        for member in kids_of(body, "function_declaration"):
            if _modifier_words(member) & {"private", "protected", "internal"}:
                continue
            spec.signatures.append(_kotlin_function(member))
            for annotation in (text_of(a) for m in kids_of(member, "modifiers") for a in kids_of(m, "annotation")):
                match = _MAPPING.match(annotation)
                if match:
                    path = next(iter(_STRING.findall(match.group(2) or "")), "")
                    verb = match.group(1).upper() if match.group(1) != "Request" else "ANY"
                    route = prefix + (path if not path or path.startswith("/") else "/" + path)
                    spec.routes.append(f"{verb} {route or '/'}")


def _first_user_type(node: Node) -> Node | None:
    return next((n for n in walk(node) if n.type == "user_type"), None)


# Rust ---------------------------------------------------------------------------------------------------------------


def _rust_derives(node: Node) -> list[str]:
    found = []
    sibling = node.prev_named_sibling
    while sibling is not None and sibling.type in ("attribute_item", "line_comment", "block_comment"):
        attribute = next(iter(kids_of(sibling, "attribute")), None)
        if attribute is not None and text_of(next(iter(kids_of(attribute, "identifier")), None)) == "derive":
            arguments = attribute.child_by_field_name("arguments") or next(iter(kids_of(attribute, "token_tree")), None)
            found = [text_of(n) for n in walk(arguments) if n.type == "identifier"] + found if arguments else found
        sibling = sibling.prev_named_sibling
    return found


def _rust_function(node: Node) -> str:
    return _head(node, _token(node, "fn"), node.child_by_field_name("body"))


def _rust_named_types(type_: Node | None) -> bool:
    return any(n.type == "type_identifier" for n in walk(type_)) if type_ is not None else False


def _rust(root: Node, spec: TreeSpec) -> None:
    for node in root.named_children:
        name = text_of(node.child_by_field_name("name"))
        if node.type == "struct_item" and name:
            kind = spec.of(name)
            kind.kind = "struct"
            for declared in kids_of(node.child_by_field_name("body"), "field_declaration"):
                field_name = text_of(declared.child_by_field_name("name"))
                kind.fields.append(f"`{field_name}: {_flat(text_of(declared.child_by_field_name('type')))}`")
            derives = _rust_derives(node)
            if derives:
                kind.lines.append(f"derives {_ticks(derives)}")
        elif node.type == "enum_item" and name:
            kind = spec.of(name)
            kind.kind = "enum"
            variants = [text_of(v.child_by_field_name("name")) for v in walk(node) if v.type == "enum_variant"]
            if variants:
                kind.lines.append(f"has the variants {_ticks(variants[:MAX_ITEMS])}")
            derives = _rust_derives(node)
            if derives:
                kind.lines.append(f"derives {_ticks(derives)}")
        elif node.type == "trait_item" and name:
            spec.of(name).kind = "trait"
            spec.of(name).bases += [text_of(b) for b in kids_of(node.child_by_field_name("bounds"), *_RUST_BOUNDS)]
            for member in kids_of(node.child_by_field_name("body"), "function_signature_item", "function_item"):
                spec.signatures.append(_rust_function(member))
        elif node.type == "impl_item":
            type_ = node.child_by_field_name("type")
            owner = next((n for n in walk(type_) if n.type == "type_identifier"), None) if type_ else None
            if owner is None:
                continue
            trait = node.child_by_field_name("trait")
            if trait is not None:
                spec.of(text_of(owner)).bases.append(_flat(text_of(trait)))
            for member in kids_of(node.child_by_field_name("body"), "function_item"):
                public = trait is not None or _token(member, "visibility_modifier") is not None
                if text_of(member.child_by_field_name("name")) == "new":
                    for param in kids_of(member.child_by_field_name("parameters"), "parameter"):
                        if _rust_named_types(param.child_by_field_name("type")):
                            spec.dependencies.append(_flat(text_of(param.child_by_field_name("type"))))
                elif public:
                    spec.signatures.append(_rust_function(member))
        elif node.type == "function_item" and _token(node, "visibility_modifier") is not None:
            spec.signatures.append(_rust_function(node))


_RUST_BOUNDS = ("type_identifier", "generic_type", "scoped_type_identifier", "lifetime")


# Ruby ---------------------------------------------------------------------------------------------------------------


def _ruby_def(node: Node) -> str:
    params = node.child_by_field_name("parameters")
    stop = params.end_byte if params is not None else node.child_by_field_name("name").end_byte
    return _flat((node.text or b"")[: stop - node.start_byte].decode("utf-8", errors="replace"))


def _ruby(root: Node, spec: TreeSpec) -> None:
    classes = [n for n in walk(root) if n.type == "class"]
    classes += [n for n in walk(root) if n.type == "module" and not any(c.type == "class" for c in walk(n))]
    top = [n for n in root.named_children if n.type == "method"]  # a script's functions
    spec.signatures += [_ruby_def(n) for n in top]
    _ruby_draw(root, spec)
    for node in sorted(classes, key=lambda n: n.start_byte):
        name = text_of(node.child_by_field_name("name")).rsplit("::", 1)[-1]
        if not name:
            continue
        kind = spec.of(name)
        kind.kind = "module" if node.type == "module" else ""
        superclass = node.child_by_field_name("superclass")
        if superclass is not None:
            kind.bases += [text_of(c) for c in kids_of(superclass, "constant", "scope_resolution", "element_reference")]
        mixins, macros, public = [], [], True
        for statement in kids_of(node.child_by_field_name("body"), "call", "identifier", "method", "singleton_method"):
            if statement.type == "identifier":
                public = text_of(statement) == "public" or (
                    public and text_of(statement) not in ("private", "protected")
                )
                continue
            if statement.type in ("method", "singleton_method"):
                kind.lines += _ruby_schema(statement)
                if text_of(statement.child_by_field_name("name")) == "initialize":
                    params = statement.child_by_field_name("parameters")
                    if params is not None and params.named_child_count:
                        kind.lines.append(f"takes `{_flat(text_of(params)).strip('()')}` in `initialize`")
                elif public:
                    spec.signatures.append(_ruby_def(statement))
                continue
            method = text_of(statement.child_by_field_name("method"))
            if method in _RUBY_MIXINS:
                arguments = kids_of(statement.child_by_field_name("arguments"), "constant", "scope_resolution")
                mixins += [text_of(a) for a in arguments]
            elif method in RAILS_MACROS and statement.child_by_field_name("receiver") is None:
                shown = _flat(text_of(statement))
                if len(shown) <= MAX_MACRO_CHARS:
                    macros.append(shown)
        if mixins:
            kind.lines.insert(0, f"includes {_ticks(mixins)}")
        if macros:
            kind.lines.append(f"declares {_ticks(macros[:MAX_ITEMS])}")


_QUOTES = ":'\""


def _ruby_method(call: Node) -> str:
    return text_of(call.child_by_field_name("method")) if call.child_by_field_name("receiver") is None else ""


def _ruby_block(call: Node) -> Node | None:
    block = call.child_by_field_name("block") or next(iter(kids_of(call, "do_block", "block")), None)
    return next(iter(kids_of(block, "body_statement", "block_body")), None) if block is not None else None


def _ruby_call_head(call: Node) -> str:
    """A call as written up to its block (`namespace :admin`)."""
    block = call.child_by_field_name("block") or next(iter(kids_of(call, "do_block", "block")), None)
    return _head(call, None, block)


def _ruby_schema(method: Node) -> list[str]:
    """`create_table :books do |t| … end` and `add_index …` in a migration's method, as facts."""
    facts, also = [], []
    for call in (n for n in walk(method) if n.type == "call"):
        name = _ruby_method(call)
        if name in ("create_table", "change_table"):
            table = next(iter(kids_of(call.child_by_field_name("arguments"), "simple_symbol", "string")), None)
            columns = [_flat(text_of(c)) for c in kids_of(_ruby_block(call), "call")]
            said = "creates" if name == "create_table" else "changes"
            facts.append(
                f"{said} the table `{text_of(table).strip(_QUOTES)}`"
                + (f" with {_ticks(columns[: 2 * MAX_ITEMS])}" if columns else "")
            )
        elif name in _RUBY_SCHEMA:
            also.append(_flat(text_of(call)))
    return facts + ([f"also calls {_ticks(also[:MAX_ITEMS])}"] if also else [])


def _ruby_routes(block: Node | None, scopes: tuple[str, ...], found: list[str]) -> None:
    for call in kids_of(block, "call"):
        name = _ruby_method(call)
        if name in _RUBY_ROUTE_SCOPES:
            _ruby_routes(_ruby_block(call), (*scopes, _ruby_call_head(call)), found)
        elif name in _RUBY_ROUTES:
            said = f"`{_ruby_call_head(call)}`"
            found.append(said + (f" in `{' › '.join(scopes)}`" if scopes else ""))
            _ruby_routes(_ruby_block(call), scopes, found)


def _ruby_draw(root: Node, spec: TreeSpec) -> None:
    """The routes of a `Rails.application.routes.draw do … end` file."""
    for call in kids_of(root, "call"):
        if text_of(call.child_by_field_name("method")) == "draw":
            found: list[str] = []
            _ruby_routes(_ruby_block(call), (), found)
            if found:
                spec.lines.append("draws " + ", ".join(found[: 2 * MAX_ITEMS]))  # not "routes": it names `routes.rb`


# PHP ----------------------------------------------------------------------------------------------------------------

_PHP_TYPES = ("class_declaration", "interface_declaration", "trait_declaration", "enum_declaration")


def _php_visibility(node: Node) -> str:
    return text_of(next(iter(kids_of(node, "visibility_modifier")), None)) or "public"


def _php_string(node: Node | None) -> str:
    content = next((n for n in walk(node) if n.type == "string_content"), None) if node is not None else None
    return text_of(content)


def _php_prefix(call: Node) -> str:
    """The `Route::prefix('v1')->group(function () { … })` prefixes around a route call, outermost first."""
    prefixes, node = [], call.parent
    while node is not None:
        if node.type == "member_call_expression" and text_of(node.child_by_field_name("name")) == "group":
            for inner in walk(node.child_by_field_name("object") or node):
                if inner.type in ("scoped_call_expression", "member_call_expression") and (
                    text_of(inner.child_by_field_name("name")) == "prefix"
                ):
                    prefixes.insert(0, _php_string(inner.child_by_field_name("arguments")).strip("/"))
                    break
        node = node.parent
    return "".join(f"/{p}" for p in prefixes if p)


def _php_routes(root: Node, spec: TreeSpec) -> None:
    routes = []
    for call in (n for n in walk(root) if n.type == "scoped_call_expression"):
        verb = text_of(call.child_by_field_name("name"))
        if text_of(call.child_by_field_name("scope")).rsplit("\\", 1)[-1] != "Route" or verb not in _PHP_ROUTES:
            continue
        arguments = kids_of(call.child_by_field_name("arguments"), "argument")
        if not arguments:
            continue
        path = _php_string(arguments[0])
        route = _php_prefix(call) + (path if path.startswith("/") else "/" + path)
        said = f"`{verb if verb in ('resource', 'apiResource') else verb.upper()} {route.rstrip('/') or '/'}`"
        target = arguments[1] if len(arguments) > 1 else None
        classes = (
            [
                text_of(n.child_by_field_name("class") or n.named_children[0])
                for n in walk(target)
                if n.type == "class_constant_access_expression"
            ]
            if target is not None
            else []
        )
        method = (
            [
                _php_string(n)
                for n in walk(target)
                if n.type == "array_element_initializer" and n.named_children and n.named_children[0].type == "string"
            ]
            if target is not None
            else []
        )
        if classes:
            said += f" to `{classes[0]}" + (f"@{method[0]}" if method else "") + "`"
        routes.append(said)
    if routes:
        spec.lines.append("registers the routes " + ", ".join(routes[: 2 * MAX_ITEMS]))


def _php_schema(root: Node, spec: TreeSpec) -> None:
    """A Laravel migration's `Schema::create('books', function (Blueprint $table) { … })`, as facts."""
    for call in (n for n in walk(root) if n.type == "scoped_call_expression"):
        name = text_of(call.child_by_field_name("name"))
        if text_of(call.child_by_field_name("scope")).rsplit("\\", 1)[-1] != "Schema" or name not in (
            "create",
            "table",
        ):
            continue
        arguments = kids_of(call.child_by_field_name("arguments"), "argument")
        table = _php_string(arguments[0]) if arguments else ""
        closure = next((n for n in walk(call) if n.type in ("anonymous_function", "arrow_function")), None)
        body = closure.child_by_field_name("body") if closure is not None else None
        columns = [_flat(text_of(s)).rstrip(";") for s in kids_of(body, "expression_statement")]
        if table:
            said = "creates" if name == "create" else "changes"
            spec.lines.append(
                f"{said} the table `{table}`" + (f" with {_ticks(columns[: 2 * MAX_ITEMS])}" if columns else "")
            )


def _php(root: Node, spec: TreeSpec) -> None:
    _php_routes(root, spec)
    _php_schema(root, spec)
    for node in (n for n in walk(root) if n.type in _PHP_TYPES):
        name = text_of(node.child_by_field_name("name"))
        if not name:
            continue
        kind = spec.of(name)
        abstract = "abstract" in {text_of(c) for c in node.children}
        kind.kind = node.type.split("_")[0] if node.type != "class_declaration" else "abstract class" * abstract
        kind.bases += [
            text_of(n)
            for c in kids_of(node, "base_clause", "class_interface_clause")
            for n in kids_of(c, "name", "qualified_name")
        ]
        body = node.child_by_field_name("body")
        for member in kids_of(body, "method_declaration"):
            method = text_of(member.child_by_field_name("name"))
            if method == "__construct":
                for param in kids_of(
                    member.child_by_field_name("parameters"), "simple_parameter", "property_promotion_parameter"
                ):
                    type_ = param.child_by_field_name("type")
                    if type_ is not None and any(n.type in ("name", "qualified_name") for n in walk(type_)):
                        spec.dependencies.append(_flat(text_of(type_)).lstrip("?\\"))
            elif _php_visibility(member) == "public" and not method.startswith("__"):
                spec.signatures.append(_head(member, _token(member, "function"), member.child_by_field_name("body")))
        for member in kids_of(body, "property_declaration"):
            if _token(member, "static_modifier") is not None:
                continue
            type_ = member.child_by_field_name("type") or next(
                (c for c in member.named_children if c.type.endswith("_type")), None
            )
            for element in kids_of(member, "property_element"):
                variable = text_of(next(iter(kids_of(element, "variable_name")), None))
                value = element.child_by_field_name("default_value") or next(
                    (c for c in element.named_children if c.type != "variable_name"), None
                )
                if type_ is not None:
                    kind.fields.append(f"`{variable}: {_flat(text_of(type_))}`")
                elif value is not None and len(text_of(value)) <= 80:
                    kind.fields.append(f"`{variable} = {_flat(text_of(value))}`")


# Swift --------------------------------------------------------------------------------------------------------------

_SWIFT_PRIVATE = frozenset({"private", "fileprivate"})


def _swift_function(node: Node) -> str:
    return _head(node, _token(node, "func"), node.child_by_field_name("body") or _token(node, "function_body"))


def _swift(root: Node, spec: TreeSpec) -> None:
    for node in root.named_children:
        if node.type == "function_declaration" and not _modifier_words(node) & _SWIFT_PRIVATE:
            spec.signatures.append(_swift_function(node))
        if node.type not in ("class_declaration", "protocol_declaration"):
            continue
        name = text_of(node.child_by_field_name("name"))
        if not name:
            continue
        kind = spec.of(name)
        keyword = _token(node, "struct", "enum", "extension", "actor", "protocol")
        kind.kind = keyword.type if keyword is not None else ""
        kind.bases += [_flat(text_of(s)) for s in kids_of(node, "inheritance_specifier")]
        body = body_of(node)
        cases = []
        for member in body.named_children if body is not None else ():
            private = bool(_modifier_words(member) & _SWIFT_PRIVATE)
            if member.type == "property_declaration" and not private and "static" not in _modifier_words(member):
                if any(
                    c.type in ("computed_property", "protocol_property_requirements") for c in member.named_children
                ):
                    continue
                pattern = text_of(member.child_by_field_name("name") or next(iter(kids_of(member, "pattern")), None))
                annotation = next(iter(kids_of(member, "type_annotation")), None)
                if pattern and annotation is not None:
                    kind.fields.append(f"`{pattern}: {_flat(text_of(annotation)).lstrip(': ')}`")
            elif member.type == "init_declaration" and not private:
                for param in kids_of(member, "parameter"):
                    type_ = next((c for c in param.named_children if c.type.endswith("_type")), None)
                    if type_ is not None and _dependency(text_of(type_)):
                        spec.dependencies.append(_flat(text_of(type_)))
            elif member.type in ("function_declaration", "protocol_function_declaration") and not private:
                spec.signatures.append(_swift_function(member))
            elif member.type == "enum_entry":
                cases += [text_of(c) for c in kids_of(member, "simple_identifier")]
        if cases:
            kind.lines.append(f"has the cases {_ticks(cases[:MAX_ITEMS])}")


# SQL ----------------------------------------------------------------------------------------------------------------


def _sql_table(node: Node, spec: TreeSpec) -> None:
    columns, keys, references = [], [], []
    for column in (c for d in kids_of(node, "column_definitions") for c in kids_of(d, "column_definition")):
        parts = column.named_children
        if len(parts) < 2:
            continue
        name = text_of(parts[0])
        columns.append(f"{name} {_flat(text_of(parts[1]))}")
        kinds = [p.type for p in parts]
        if "keyword_primary" in kinds:
            keys.append(name)
        if "keyword_references" in kinds:
            at = kinds.index("keyword_references")
            target = [text_of(p) for p in parts[at + 1 : at + 3]]
            references.append(f"`{name}` → `{target[0]}({target[1]})`" if len(target) == 2 else f"`{name}`")
    for constraint in (
        c
        for d in kids_of(node, "column_definitions")
        for s in kids_of(d, "constraints")
        for c in kids_of(s, "constraint")
    ):
        kinds = [p.type for p in constraint.named_children]
        own = [text_of(c) for o in kids_of(constraint, "ordered_columns") for c in kids_of(o, "column")]
        if "keyword_primary" in kinds:
            keys += own
        elif "keyword_foreign" in kinds and "keyword_references" in kinds:
            table = text_of(next(iter(kids_of(constraint, "object_reference")), None))
            target = [text_of(c) for c in kids_of(constraint, "identifier")]
            references.append(f"`{', '.join(own)}` → `{table}({', '.join(target)})`")
    if columns:
        spec.lines.append(f"creates a table with the columns {_ticks(columns[: 2 * MAX_ITEMS])}")
    if keys:
        spec.lines.append(f"has the primary key `{', '.join(keys)}`")
    if references:
        spec.lines.append("has the foreign keys " + ", ".join(references))


def _sql_relations(node: Node) -> list[str]:
    return [text_of(next(iter(kids_of(r, "object_reference")), None)) for r in walk(node) if r.type == "relation"]


def _sql_view(node: Node, spec: TreeSpec) -> None:
    tables = [t for t in _sql_relations(node) if t]
    selected = []
    for term in (t for s in walk(node) if s.type == "select_expression" for t in kids_of(s, "term")):
        alias = next(iter(kids_of(term, "identifier")), None)
        column = alias if alias is not None else next((n for n in walk(term) if n.type == "identifier"), None)
        if term.named_children and term.named_children[-1].type == "field":
            column = next(iter(kids_of(term.named_children[-1], "identifier")), column)
        if column is not None:
            selected.append(text_of(column))
        break_after = len(selected) >= MAX_ITEMS
        if break_after:
            break
    if tables:
        spec.lines.append(f"creates a view over {_ticks(tables)}")
    if selected:
        spec.lines.append(f"selects {_ticks(selected)}")


def _sql_function(node: Node, spec: TreeSpec) -> None:
    arguments = next(iter(kids_of(node, "function_arguments")), None)
    returns = _token(node, "keyword_returns")
    body = next(iter(kids_of(node, "function_body")), None)
    result = ""
    if returns is not None:
        source = node.text or b""
        stop = body.start_byte if body is not None else node.end_byte
        result = _flat(source[returns.end_byte - node.start_byte : stop - node.start_byte].decode("utf-8", "replace"))
    taken = _flat(text_of(arguments)).strip("()") if arguments is not None else ""
    said = f"takes `{taken}`" if taken else "takes no arguments"
    spec.lines.append(said + (f" and returns `{result}`" if result else ""))
    language = next((text_of(c) for n in kids_of(node, "function_language") for c in kids_of(n, "identifier")), "")
    tables = [t for t in _sql_relations(body) if t] if body is not None else []
    if tables or language:
        spec.lines.append(
            "is written in "
            + (f"`{language}`" if language else "SQL")
            + (f", reading {_ticks(tables)}" if tables else "")
        )


def _sql(root: Node, spec: TreeSpec) -> None:
    for statement in kids_of(root, "statement"):
        for node in statement.named_children:
            if node.type == "create_table":
                _sql_table(node, spec)
            elif node.type in ("create_view", "create_materialized_view"):
                _sql_view(node, spec)
            elif node.type == "create_function":
                _sql_function(node, spec)


READERS: dict[str, Callable[[Node, TreeSpec], None]] = {
    "kotlin": _kotlin,
    "rust": _rust,
    "ruby": _ruby,
    "php": _php,
    "swift": _swift,
    "sql": _sql,
}
TREE_LANGUAGES = frozenset(READERS)


def tree_spec(chunk: Chunk) -> TreeSpec:
    """What the chunk's code declares (empty when its language has no reader or the text does not parse)."""
    spec = TreeSpec()
    reader = READERS.get(chunk.language)
    text = chunk.text
    if chunk.language == "php" and "<?php" not in text:
        text = "<?php\n" + text  # a class cut out of its file: without the tag, PHP's grammar reads HTML text
    root = parse_code(text, chunk.language, chunk.path) if reader is not None else None
    if root is not None:
        reader(root, spec)
    return spec


def tree_facts(chunk: Chunk, known: list[str], deps: list[str], sigs: list[str]) -> list[str]:
    """The chunk's facts as sentences for what the structure did not say (`known`: its facts); extends `deps` and
    `sigs`. One type: its bases, fields and own sentences; several: each as "declares `Name` …"."""
    spec = tree_spec(chunk)
    has_fields = any(f.startswith("holds the ") for f in known)
    has_routes = any(f.startswith("serves ") for f in known)
    has_bases = any(f.startswith("derives from ") for f in known)
    facts: list[str] = []
    for declared in spec.types:  # a field set from the constructor is said as what the constructor takes
        declared.fields = [f for f in declared.fields if f.rstrip("`").split(": ", 1)[-1] not in spec.dependencies]
    types = [t for t in spec.types if t.kind or t.bases or t.fields or t.lines] or spec.types[:1]
    if len(types) == 1:
        only = types[0]
        if only.kind:
            facts.append(f"is {'an' if only.kind[0] in 'aeiou' else 'a'} `{only.kind}`")
        if only.bases and not has_bases:
            facts.append(f"derives from or implements {_ticks(only.bases)}")
        if only.fields and not has_fields:
            facts.append(f"holds the fields {', '.join(dict.fromkeys(only.fields[:MAX_ITEMS]))}")
        facts += only.lines
    else:
        for declared in types[:MAX_TYPES]:
            said = [f"deriving from or implementing {_ticks(declared.bases)}"] if declared.bases else []
            said += [f"with {', '.join(dict.fromkeys(declared.fields[:MAX_ITEMS]))}"] if declared.fields else []
            said += declared.lines
            head = f"declares the {declared.kind} `{declared.name}`" if declared.kind else f"declares `{declared.name}`"
            facts.append(head + (" " + ", ".join(said) if said else ""))
    if spec.routes and not has_routes:
        facts.append(f"serves {_ticks(spec.routes[:MAX_ITEMS])}")
    facts += spec.lines
    deps += spec.dependencies
    sigs += [s for s in spec.signatures if s]
    return facts
