"""Class facts of Kotlin, Swift, PHP, Ruby and Rust, read from their tree-sitter trees (`analyze/class_facts.py` reads
the other languages with patterns).

- Kotlin: `class X(private val repo: Repo) : Base<T>(), Iface` — supertypes, primary-constructor parameter types,
  annotations (`@Service`).
- Swift: `class X: Base, Proto` — inherited types, `init(…)` parameter types, attributes (`@MainActor`); an
  `extension X: Proto` adds `Proto` to `X` without declaring it again.
- PHP: `class X extends Base implements Iface` — `__construct(…)` parameter types (promoted or not), `#[Attr]`.
- Ruby: `class X < Base` and the `include`/`extend`/`prepend` mixins of its body.
- Rust: structs, enums and traits; `impl Trait for Type` gives `Type` the base `Trait`, `impl Type { fn new(…) }` the
  types `new` is given (`Arc<dyn Repo>` → `Repo`); `#[derive(…)]` names are markers.

The text is parsed as it is given (comment-free lines, rows unchanged).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from tree_sitter import Node

from architect_ai.analyze.class_facts_record import ClassFact
from architect_ai.analyze.treesitter import body_of, kids_of, parse_code, text_of, walk

#: Types that wrap the dependency a Rust constructor is given (`Arc<dyn Repo>` → `Repo`).
_RUST_WRAPPERS = frozenset({"Arc", "Box", "Rc", "Option", "Mutex", "RwLock", "Weak", "Cell", "RefCell", "Vec"})


def _short(text: str) -> str:
    """`a.b.Base<T>` / `\\App\\Base` / `A::B` / `fmt::Display` → the last name, without type arguments."""
    head = text.split("<", 1)[0].split("(", 1)[0].strip().rstrip("?")
    for separator in (".", "\\", "::"):
        head = head.rsplit(separator, 1)[-1]
    return head.strip()


def _first(node: Node | None, *kinds: str) -> Node | None:
    """The first node of one of `kinds` below `node` (itself included), in document order."""
    if node is None:
        return None
    return next((n for n in walk(node) if n.type in kinds), None)


def _row(node: Node) -> int:
    return node.start_point[0]


def _named(
    node: Node, name: Node | None, bases, injected, markers, declares: bool = True, bases_at: Node | None = None
) -> ClassFact | None:
    title = _short(text_of(name)) if name is not None else ""
    if not title or not title[:1].isupper():
        return None
    bases_row = _row(bases_at) if bases_at is not None else -1
    return ClassFact(
        title, _row(name), tuple(b for b in bases if b), tuple(injected), tuple(markers), declares, bases_row
    )


def _kotlin(root: Node) -> Iterator[ClassFact]:
    for node in walk(root):
        if node.type not in ("class_declaration", "object_declaration"):
            continue
        bases = [
            _short(text_of(_first(spec, "user_type")))
            for specs in kids_of(node, "delegation_specifiers")
            for spec in kids_of(specs, "delegation_specifier")
        ]
        bases += [_short(text_of(_first(spec, "user_type"))) for spec in kids_of(node, "delegation_specifier")]
        injected = [
            (_short(text_of(type_)), _row(param))
            for ctor in kids_of(node, "primary_constructor")
            for params in kids_of(ctor, "class_parameters")
            for param in kids_of(params, "class_parameter")
            if (type_ := _first(param, "user_type")) is not None
        ]
        annotations = [a for modifiers in kids_of(node, "modifiers") for a in kids_of(modifiers, "annotation")]
        before = node.prev_named_sibling  # annotations the grammar reads apart (a file without a `package` line)
        if before is not None and before.type == "annotated_expression" and before.end_point[0] + 1 >= _row(node):
            annotations = [a for a in walk(before) if a.type == "annotation"] + annotations
        markers = [(_short(text_of(_first(a, "user_type"))), _row(a)) for a in annotations]
        supertypes = next(iter(kids_of(node, "delegation_specifiers", "delegation_specifier")), None)
        fact = _named(node, node.child_by_field_name("name"), bases, injected, markers, bases_at=supertypes)
        if fact is not None:
            yield fact


def _swift(root: Node) -> Iterator[ClassFact]:
    for node in walk(root):
        if node.type not in ("class_declaration", "protocol_declaration"):
            continue
        extension = any(c.type == "extension" for c in node.children)
        bases = [_short(text_of(_first(spec, "user_type"))) for spec in kids_of(node, "inheritance_specifier")]
        injected = [
            (_short(text_of(type_)), _row(param))
            for init in kids_of(body_of(node), "init_declaration")
            for param in kids_of(init, "parameter")
            if (type_ := _first(param, "user_type")) is not None
        ]
        markers = [
            (_short(text_of(_first(attribute, "user_type"))), _row(attribute))
            for modifiers in kids_of(node, "modifiers")
            for attribute in kids_of(modifiers, "attribute")
        ]
        inherited = next(iter(kids_of(node, "inheritance_specifier")), None)
        fact = _named(node, node.child_by_field_name("name"), bases, injected, markers, not extension, inherited)
        if fact is not None:
            yield fact


def _php(root: Node) -> Iterator[ClassFact]:
    for node in walk(root):
        if node.type not in ("class_declaration", "interface_declaration", "trait_declaration", "enum_declaration"):
            continue
        bases = [
            _short(text_of(name))
            for clause in kids_of(node, "base_clause", "class_interface_clause")
            for name in kids_of(clause, "name", "qualified_name")
        ]
        injected = []
        for method in kids_of(body_of(node), "method_declaration"):
            if text_of(method.child_by_field_name("name")) != "__construct":
                continue
            for param in kids_of(
                method.child_by_field_name("parameters"), "simple_parameter", "property_promotion_parameter"
            ):
                type_ = _first(param.child_by_field_name("type"), "name", "qualified_name")
                if type_ is not None:
                    injected.append((_short(text_of(type_)), _row(param)))
        markers = [
            (_short(text_of(_first(attribute, "name", "qualified_name"))), _row(attribute))
            for attributes in kids_of(node, "attribute_list")
            for group in kids_of(attributes, "attribute_group")
            for attribute in kids_of(group, "attribute")
        ]
        clause = next(iter(kids_of(node, "base_clause", "class_interface_clause")), None)
        fact = _named(node, node.child_by_field_name("name"), bases, injected, markers, bases_at=clause)
        if fact is not None:
            yield fact


def _ruby(root: Node) -> Iterator[ClassFact]:
    for node in walk(root):
        if node.type not in ("class", "module"):
            continue
        bases = [
            _short(text_of(c)) for c in kids_of(node.child_by_field_name("superclass"), "constant", "scope_resolution")
        ]
        for call in kids_of(node.child_by_field_name("body"), "call"):
            if text_of(call.child_by_field_name("method")) in ("include", "extend", "prepend"):
                arguments = kids_of(call.child_by_field_name("arguments"), "constant", "scope_resolution")
                bases += [_short(text_of(a)) for a in arguments]
        fact = _named(node, node.child_by_field_name("name"), bases, (), ())
        if fact is not None:
            yield fact


def _rust_derives(node: Node) -> list[tuple[str, int]]:
    """The `#[derive(…)]` names in the attributes right above an item."""
    found = []
    sibling = node.prev_named_sibling
    while sibling is not None and sibling.type == "attribute_item":
        attribute = _first(sibling, "attribute")
        if attribute is not None and text_of(_first(attribute, "identifier")) == "derive":
            arguments = attribute.child_by_field_name("arguments")
            names = [n for n in walk(arguments) if n.type == "identifier"] if arguments is not None else []
            found += [(text_of(n), _row(n)) for n in names]
        sibling = sibling.prev_named_sibling
    return found


def _rust_new_types(impl: Node) -> list[tuple[str, int]]:
    """The parameter types of `fn new(…)` in an `impl` block, through `Arc<dyn …>`-like wrappers."""
    found = []
    for function in kids_of(impl.child_by_field_name("body"), "function_item"):
        if text_of(function.child_by_field_name("name")) != "new":
            continue
        for param in kids_of(function.child_by_field_name("parameters"), "parameter"):
            names = [text_of(n) for n in walk(param.child_by_field_name("type")) if n.type == "type_identifier"]
            names = [n for n in names if n not in _RUST_WRAPPERS]
            if names:
                found.append((names[0], _row(param)))
    return found


def _rust(root: Node) -> Iterator[ClassFact]:
    for node in walk(root):
        if node.type in ("struct_item", "enum_item", "trait_item", "union_item"):
            fact = _named(node, node.child_by_field_name("name"), (), (), _rust_derives(node))
        elif node.type == "impl_item":
            type_ = node.child_by_field_name("type")
            name = _first(type_, "type_identifier") if type_ is not None else None
            trait = node.child_by_field_name("trait")
            bases = [_short(text_of(trait))] if trait is not None else []
            fact = _named(node, name, bases, _rust_new_types(node), (), declares=False)
            if fact is not None:  # the `impl` line is the evidence of its trait
                fact = ClassFact(fact.name, _row(node), fact.bases, fact.injected, fact.markers, False, _row(node))
        else:
            continue
        if fact is not None:
            yield fact


READERS: dict[str, Callable[[Node], Iterator[ClassFact]]] = {
    "kotlin": _kotlin,
    "swift": _swift,
    "php": _php,
    "ruby": _ruby,
    "rust": _rust,
}


def tree_class_facts(text: str, language: str) -> Iterator[ClassFact]:
    """The declared types of a file of one of `READERS`' languages (nothing when it does not parse at all)."""
    root = parse_code(text, language)
    if root is not None:
        yield from READERS[language](root)
