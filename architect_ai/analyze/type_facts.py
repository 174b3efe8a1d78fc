"""The facts of a file's declared types, read once per text with the registry's grammar (#18 point 2; Java first).

One `TypeFacts` per type declaration (nested ones too, in source order): its name, kind, rows, annotations, the types
it extends and implements as written, and its members (fields, constructors, methods) with their modifiers,
annotations, types and parameters. The structure (`structure_java.read_spring`) and the transfer specs
(`generate/code_facts_lang.java_facts`) read these records; neither reads Java with regexes.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from tree_sitter import Node

from architect_ai.analyze.treesitter import leading_start_row, parse_code, text_of

#: Java's access modifiers (a field declared with one is a class's own field, not a local).
ACCESS = frozenset({"private", "protected", "public"})
#: Texts whose facts are kept (a file's, then its chunks').
FACTS_CACHE_SIZE = 256

_TYPES = frozenset(
    {"class_declaration", "interface_declaration", "enum_declaration", "record_declaration"}
    | {"annotation_type_declaration"}
)
_MEMBERS = frozenset({"field_declaration", "constant_declaration", "constructor_declaration", "method_declaration"})


@dataclass(frozen=True)
class MemberFacts:
    """One field (one per declarator), constructor or method of a type."""

    kind: str  # "field" | "constructor" | "method"
    name: str
    type: str  # a field's type, a method's return type, as written ('' for a constructor)
    modifiers: tuple[str, ...]  # keywords (`public`, `final`, …) in order
    annotations: tuple[tuple[str, str], ...]  # (name, full text): (`GetMapping`, `@GetMapping("/x")`)
    parameters: str  # a constructor's or method's parameter list as written, without its parentheses
    parameter_types: tuple[str, ...]  # the declared type of each parameter, as written
    parameter_rows: tuple[int, ...]  # 0-based row each parameter starts on (its annotations included)
    has_body: bool  # a method with a body; a field with an initialiser
    row: int  # 0-based row of the member's name

    def annotated(self, name: str) -> bool:
        return any(mark == name for mark, _ in self.annotations)


@dataclass(frozen=True)
class TypeFacts:
    """One declared type."""

    name: str
    kind: str  # "class" | "interface" | "enum" | "record" | "annotation"
    depth: int  # 0 for a top-level type, 1 for a type nested in one, …
    start_byte: int  # where its declaration node starts (a reader holding the tree finds the node by it)
    start_row: int  # 0-based, its leading annotations and comments included
    end_row: int
    name_row: int
    annotations: tuple[tuple[str, str], ...]
    annotation_rows: tuple[int, ...]
    extends: tuple[str, ...]  # as written (`BaseEntity`, `JpaRepository<Owner, Integer>`)
    implements: tuple[str, ...]
    extends_text: str  # the lists as written (`ConstraintValidator<A, B>`)
    implements_text: str
    members: tuple[MemberFacts, ...]

    @property
    def bases(self) -> tuple[str, ...]:
        """What it extends, then what it implements."""
        return self.extends + self.implements

    def annotated(self, name: str) -> bool:
        return any(mark == name for mark, _ in self.annotations)

    def marks(self) -> dict[str, str]:
        """Its annotations by name (the first of a name)."""
        return first_marks(self.annotations)


def first_marks(annotations: tuple[tuple[str, str], ...]) -> dict[str, str]:
    """Annotations by name → full text, the first of each name."""
    found: dict[str, str] = {}
    for name, text in annotations:
        found.setdefault(name, text)
    return found


def _marks(node: Node) -> list[Node]:
    modifiers = next((c for c in node.named_children if c.type == "modifiers"), None)
    kids = modifiers.named_children if modifiers is not None else ()
    return [mark for mark in kids if mark.type in ("annotation", "marker_annotation")]


def annotations(node: Node) -> tuple[tuple[str, str], ...]:
    """A declaration's annotations: (name, full text), a qualified name shortened (`@org.x.Service` → `Service`)."""
    return tuple((text_of(m.child_by_field_name("name")).rsplit(".", 1)[-1], text_of(m)) for m in _marks(node))


def _modifiers(node: Node) -> tuple[str, ...]:
    modifiers = next((c for c in node.named_children if c.type == "modifiers"), None)
    if modifiers is None:
        return ()
    return tuple(text_of(c) for c in modifiers.children if not c.is_named)


def _listed(node: Node, kinds: tuple[str, ...]) -> tuple[tuple[str, ...], str]:
    """The types in a declaration's `extends`/`implements` children of these kinds, and their list as written."""
    types: list[str] = []
    written: list[str] = []
    for kid in (k for k in node.named_children if k.type in kinds):
        for child in kid.named_children:
            types += [text_of(t) for t in child.named_children] if child.type == "type_list" else [text_of(child)]
            written.append(text_of(child))
    return tuple(types), ", ".join(written)


def _member(node: Node) -> list[MemberFacts]:
    marks, modifiers = annotations(node), _modifiers(node)
    row = node.start_point[0]
    if node.type in ("field_declaration", "constant_declaration"):
        type_ = text_of(node.child_by_field_name("type"))
        return [
            MemberFacts(
                "field",
                text_of(d.child_by_field_name("name")),
                type_,
                modifiers,
                marks,
                "",
                (),
                (),
                d.child_by_field_name("value") is not None,
                d.start_point[0],
            )
            for d in node.named_children
            if d.type == "variable_declarator"
        ]
    params = node.child_by_field_name("parameters")
    name = node.child_by_field_name("name")
    kinds = [p for p in (params.named_children if params is not None else ()) if "parameter" in p.type]
    return [
        MemberFacts(
            "method" if node.type == "method_declaration" else "constructor",
            text_of(name),
            text_of(node.child_by_field_name("type")),
            modifiers,
            marks,
            text_of(params)[1:-1] if params is not None else "",
            tuple(text_of(p.child_by_field_name("type")) for p in kinds),
            tuple(p.start_point[0] for p in kinds),
            node.child_by_field_name("body") is not None,
            name.start_point[0] if name is not None else row,
        )
    ]


def _body_members(body: Node | None) -> list[Node]:
    if body is None:
        return []
    nodes = list(body.named_children)
    nodes += [m for c in nodes if c.type == "enum_body_declarations" for m in c.named_children]
    return [n for n in nodes if n.type in _MEMBERS]


def _read(node: Node, depth: int, out: list[TypeFacts]) -> None:
    for kid in node.named_children:
        if kid.type in _TYPES:
            body = kid.child_by_field_name("body")
            extends, extends_text = _listed(kid, ("superclass", "extends_interfaces"))
            implements, implements_text = _listed(kid, ("super_interfaces",))
            out.append(
                TypeFacts(
                    text_of(kid.child_by_field_name("name")),
                    kid.type.removesuffix("_declaration").removesuffix("_type"),
                    depth,
                    kid.start_byte,
                    leading_start_row(kid),
                    kid.end_point[0],
                    kid.child_by_field_name("name").start_point[0],
                    annotations(kid),
                    tuple(mark.start_point[0] for mark in _marks(kid)),
                    extends,
                    implements,
                    extends_text,
                    implements_text,
                    tuple(m for n in _body_members(body) for m in _member(n)),
                )
            )
            if body is not None:
                _read(body, depth + 1, out)
        elif kid.type not in _MEMBERS and kid.type not in ("block", "constructor_body"):
            _read(kid, depth, out)


def java_type_facts(text: str) -> tuple[TypeFacts, ...]:
    """Every type a Java text declares, in source order (nested ones after their outer type); one reading per text —
    a file and a chunk that is the whole file (its text without the last newline) share the same records, so the
    structure, the specs and the statistical miner read one reading of the file."""
    return _java_type_facts(text.rstrip("\n"))


@lru_cache(maxsize=FACTS_CACHE_SIZE)
def _java_type_facts(text: str) -> tuple[TypeFacts, ...]:
    root = parse_code(text, "java")
    if root is None:
        return ()
    found: list[TypeFacts] = []
    _read(root, 0, found)
    found.sort(key=lambda t: (t.start_row, t.depth))
    return tuple(found)
