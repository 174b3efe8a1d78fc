"""A tiny shared loader for the tree-sitter grammars of the language registry (`architect_ai.lang`) and a few node
helpers.

Parsing never raises: malformed code yields a tree with ERROR nodes, and a language without a grammar yields
`None`, so callers fall back to line-based handling. Which grammar reads which file, and its comment node types,
come from the registry; this module names no grammar.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from functools import cache, lru_cache

import tree_sitter
from tree_sitter import Node

from architect_ai.lang import chunk_grammar, code_grammar, grammar_handle
from architect_ai.lang import language as language_record

#: Parsed trees kept in memory, so roles, conventions and chunks parse a file once between them.
PARSE_CACHE_SIZE = 64

CSHARP_TYPES = frozenset(
    {
        "class_declaration",
        "struct_declaration",
        "record_declaration",
        "record_struct_declaration",
        "interface_declaration",
        "enum_declaration",
    }
)
TS_TYPES = frozenset(
    {
        "class_declaration",
        "abstract_class_declaration",
        "class",
        "interface_declaration",
        "enum_declaration",
        "type_alias_declaration",
    }
)


#: Kotlin (`class`, `interface`, `object`), Rust items, Ruby classes and modules, PHP and Swift types (a Swift
#: `class_declaration` is also a struct, enum or extension; a Rust `impl` block is a type's body).
KOTLIN_TYPES = frozenset({"class_declaration", "object_declaration"})
RUST_TYPES = frozenset({"struct_item", "enum_item", "trait_item", "impl_item", "union_item", "mod_item"})
RUBY_TYPES = frozenset({"class", "module"})
PHP_TYPES = frozenset({"class_declaration", "interface_declaration", "trait_declaration", "enum_declaration"})
SWIFT_TYPES = frozenset({"class_declaration", "protocol_declaration"})
MORE_TYPES = KOTLIN_TYPES | RUST_TYPES | RUBY_TYPES | PHP_TYPES | SWIFT_TYPES
#: Functions and methods of those languages (Kotlin and Swift `function_declaration`, PHP `function_definition` and
#: `method_declaration` are named as TypeScript's and C#'s are).
MORE_FUNCTIONS = frozenset(
    {"function_item", "function_signature_item", "method", "singleton_method", "init_declaration"}
    | {"secondary_constructor", "protocol_function_declaration"}
)
#: A SQL statement's `create_*` child that makes it a type (tables, views) or a function.
SQL_TYPES = frozenset({"create_table", "create_view", "create_materialized_view", "create_type"})
SQL_FUNCTIONS = frozenset({"create_function", "create_procedure", "create_trigger"})
#: Go's type declarations (`type X struct {…}`); only structs and interfaces count as types (`is_type`).
GO_TYPES = frozenset({"type_declaration"})
#: Python's classes (a decorated one is unwrapped first, see `unwrap_export`).
PY_TYPES = frozenset({"class_definition"})
#: Root node types of a file (C#, TypeScript/JavaScript, Go; Java's `program`). Python's `module` counts as a root
#: only as the tree's root (`is_root`).
ROOT_TYPES = frozenset({"compilation_unit", "program", "source_file"})

#: Declarations that stand alone as a chunk (type aliases are too small to).
STANDALONE_TYPES = (CSHARP_TYPES | TS_TYPES | GO_TYPES | PY_TYPES | MORE_TYPES) - {"type_alias_declaration"}
CS_METHODS = frozenset({"method_declaration", "constructor_declaration"})
TS_FUNCTIONS = frozenset({"function_declaration", "generator_function_declaration", "function_definition"})
FUNCTION_VALUES = frozenset({"arrow_function", "function_expression", "function"})
#: Nodes that belong to the declaration below them rather than being one.
#: (Java, Kotlin and Rust `line_comment`/`block_comment`, Swift `multiline_comment`, SQL `marginalia`, Rust
#: `#[…]` attributes, Kotlin annotations the grammar reads apart from a class at the top of a file without a
#: `package` line.)
SKIPPED_KIDS = frozenset(
    {"comment", "decorator", "line_comment", "block_comment", "multiline_comment", "marginalia", "attribute_item"}
    | {"annotated_expression"}
)


def grammar_of(language: str, path: str = "") -> str | None:
    """The grammar that cuts chunks of one of our language names (`csharp`, `typescript`, `go`, …), or None;
    `.tsx` paths use TSX (`lang.typescript`)."""
    return chunk_grammar(language, path)


@cache
def _parser(grammar: str) -> tree_sitter.Parser:
    return tree_sitter.Parser(tree_sitter.Language(grammar_handle(grammar)))


#: Whether a parsed text's tree has ERROR or MISSING nodes, by grammar and digest, kept after its tree is evicted: the
#: code gate asks it of answers whose code the convention evidence parsed long before (#21 point 1). Bounded.
ERROR_FLAGS_SIZE = 200_000
_has_error: dict[tuple[str, bytes], bool] = {}


def _digest(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", errors="replace"), digest_size=16).digest()


@lru_cache(maxsize=PARSE_CACHE_SIZE)
def _parse_cached(grammar: str, text: str) -> tree_sitter.Tree:
    tree = _parser(grammar).parse(text.encode("utf-8", errors="replace"))
    if len(_has_error) >= ERROR_FLAGS_SIZE:
        _has_error.clear()
    _has_error[(grammar, _digest(text))] = tree.root_node.has_error
    return tree


def has_error(text: str, language: str, path: str = "") -> bool | None:
    """Whether `text` parsed with every registered grammar (as `parse_code`) has ERROR or MISSING nodes; None when
    there is no grammar. Parses only a text not parsed before."""
    grammar = code_grammar(language, path)
    if grammar is None:
        return None
    known = _has_error.get((grammar, _digest(text)))
    return _parse_cached(grammar, text).root_node.has_error if known is None else known


def parse(text: str, language: str, path: str = "") -> tree_sitter.Node | None:
    """The root node of `text` parsed with the grammar of `language` (and `path`); None when there is no grammar."""
    grammar = grammar_of(language, path)
    if grammar is None:
        return None
    return _parse_cached(grammar, text).root_node


def parse_code(text: str, language: str, path: str = "") -> tree_sitter.Node | None:
    """Like `parse`, with every registered grammar (Python and Java too: convention evidence, comment removal)."""
    grammar = code_grammar(language, path)
    if grammar is None:
        return None
    return _parse_cached(grammar, text).root_node


def text_of(node: tree_sitter.Node | None) -> str:
    """The source text of a node ('' for None)."""
    if node is None or node.text is None:
        return ""
    return node.text.decode("utf-8", errors="replace")


def kids_of(node: tree_sitter.Node | None, *kinds: str) -> list[tree_sitter.Node]:
    """The named children of `node` of one of `kinds` ([] for no node)."""
    return [c for c in node.named_children if c.type in kinds] if node is not None else []


def walk(node: tree_sitter.Node) -> Iterator[tree_sitter.Node]:
    """Every node below `node` (itself included), in document order."""
    cursor = node.walk()
    visited_children = False
    while True:
        if not visited_children:
            yield cursor.node
            if cursor.goto_first_child():
                continue
        if cursor.goto_next_sibling():
            visited_children = False
        elif cursor.goto_parent():
            visited_children = True
            if cursor.node == node:
                return
        else:
            return


def name_of(node: tree_sitter.Node) -> str:
    """The declared name of a declaration node ('' when it has none)."""
    name = node.child_by_field_name("name")
    if name is None and node.type == "decorated_definition":  # Python: `@app.get(…)` above a `def`
        return name_of(unwrap_export(node))
    if name is None and node.type == "export_statement":
        declaration = node.child_by_field_name("declaration")
        return name_of(declaration) if declaration is not None else ""
    if name is None and node.type == "type_declaration":  # Go: `type X struct {…}`
        spec = next((c for c in node.named_children if c.type in ("type_spec", "type_alias")), None)
        return name_of(spec) if spec is not None else ""
    if name is None and node.type == "impl_item":  # Rust: `impl Trait for Type` is named by its type
        return text_of(node.child_by_field_name("type"))
    if name is None and node.type == "init_declaration":  # Swift
        return "init"
    if name is None and node.type == "secondary_constructor":  # Kotlin
        return "constructor"
    if name is None and node.type == "statement":  # SQL: the object a CREATE statement makes
        create = sql_create(node)
        return text_of(create.child_by_field_name("name") or _first_of(create, "object_reference")) if create else ""
    if name is None and node.type == "lexical_declaration":
        declarator = next((c for c in node.named_children if c.type == "variable_declarator"), None)
        return name_of(declarator) if declarator is not None else ""
    return text_of(name)


def _first_of(node: Node, kind: str) -> Node | None:
    return next((c for c in node.named_children if c.type == kind), None)


def sql_create(node: Node) -> Node | None:
    """The `create_*` node of a SQL statement, or None (for any other node and any other statement)."""
    if node.type != "statement":
        return None
    return next((c for c in node.named_children if c.type.startswith("create_")), None)


def body_of(node: Node) -> Node | None:
    """The body of a type declaration (its `body` field; Kotlin's `class_body`, which has no field name)."""
    body = node.child_by_field_name("body")
    if body is None and node.type in KOTLIN_TYPES:
        body = _first_of(node, "class_body") or _first_of(node, "enum_class_body")
    return body


def is_root(node: tree_sitter.Node) -> bool:
    """True for the root of a file's tree."""
    return node.type in ROOT_TYPES or (node.type == "module" and node.parent is None)


def unwrap_export(node: tree_sitter.Node) -> tree_sitter.Node:
    """The declaration inside a TypeScript `export …` statement or under Python decorators (the node itself
    otherwise)."""
    if node.type == "decorated_definition":
        definition = node.child_by_field_name("definition")
        return definition if definition is not None else node
    if node.type == "export_statement":
        declaration = node.child_by_field_name("declaration")
        if declaration is not None:
            return declaration
        value = node.child_by_field_name("value")
        if value is not None:
            return value
    return node


def leading_start_row(node: tree_sitter.Node) -> int:
    """The first row of `node` including comments and decorators directly above it (no blank line between)."""
    row = node.start_point[0]
    sibling = node.prev_named_sibling
    while sibling is not None and sibling.type in SKIPPED_KIDS and row - 1 <= sibling.end_point[0] <= row:
        before = sibling.prev_sibling
        if before is not None and before.end_point[0] == sibling.start_point[0]:
            break  # a trailing comment shares its line with the code before it
        row = sibling.start_point[0]
        sibling = sibling.prev_named_sibling
    return row


def last_row(node: Node) -> int:
    """The last row holding text of `node` (a node ending at column 0 ended with the row before)."""
    row, column = node.end_point
    return row - 1 if column == 0 and row > node.start_point[0] else row


def is_type(node: Node) -> bool:
    """True for a class, struct, record, interface or enum declaration (exported or not); a Go `type` declaration
    only when it declares a struct or an interface."""
    inner = unwrap_export(node)
    if inner.type in GO_TYPES:
        return any(
            (spec.child_by_field_name("type") or spec).type in ("struct_type", "interface_type")
            for spec in inner.named_children
            if spec.type == "type_spec"
        )
    if inner.type == "statement":
        create = sql_create(inner)
        return create is not None and create.type in SQL_TYPES
    return inner.type in STANDALONE_TYPES


def go_receiver(node: Node) -> str:
    """The receiver type of a Go method declaration (`func (h *Handler) Get…` → `Handler`; '' otherwise)."""
    if node.type != "method_declaration":
        return ""
    receiver = node.child_by_field_name("receiver")
    if receiver is None:
        return ""
    for kid in walk(receiver):
        if kid.type == "type_identifier":
            return text_of(kid)
    return ""


def function_node(node: Node) -> Node | None:
    """The function a top-level statement declares (a function or a `const f = () => …`), or None."""
    inner = unwrap_export(node)
    if inner.type in TS_FUNCTIONS or inner.type in CS_METHODS or inner.type == "method_definition":
        return inner
    if inner.type in MORE_FUNCTIONS:
        return inner
    if inner.type == "statement":
        create = sql_create(inner)
        return inner if create is not None and create.type in SQL_FUNCTIONS else None
    if inner.type in ("lexical_declaration", "variable_declaration"):
        for declarator in inner.named_children:
            value = declarator.child_by_field_name("value") if declarator.type == "variable_declarator" else None
            if value is not None and value.type in FUNCTION_VALUES:
                return inner
    return None


def declarations(nodes: Sequence[Node]) -> list[Node]:
    """The declarations among `nodes`, looking through C# namespaces (comments and decorators left out)."""
    kids: list[Node] = []
    for node in nodes:
        if node.type in SKIPPED_KIDS:
            continue
        if node.type == "namespace_declaration" and node.child_by_field_name("body") is not None:
            kids.extend(declarations(node.child_by_field_name("body").named_children))
        elif node.type == "file_scoped_namespace_declaration":
            members = [c for c in node.named_children if c.type not in ("identifier", "qualified_name")]
            members = declarations(members)
            kids.extend(members if members else [node])
        else:
            kids.append(node)
    return kids


@cache
def _comment_query(grammar: str, kinds: tuple[str, ...]) -> tree_sitter.Query | None:
    grammar_language = _parser(grammar).language
    patterns = []
    for kind in kinds:
        try:
            tree_sitter.Query(grammar_language, f"({kind}) @c")
        except (tree_sitter.QueryError, NameError, ValueError):
            continue  # not a node type of this grammar
        patterns.append(f"({kind}) @c")
    return tree_sitter.Query(grammar_language, " ".join(patterns)) if patterns else None


def comment_nodes(text: str, language: str, path: str = "") -> list[tree_sitter.Node] | None:
    """The comment nodes of `text` (found by a query, in C), or None when `language` has no grammar."""
    grammar = code_grammar(language, path)
    if grammar is None:
        return None
    query = _comment_query(grammar, language_record(language).comment_types)
    if query is None:
        return []
    root = _parse_cached(grammar, text).root_node
    return tree_sitter.QueryCursor(query).captures(root).get("c", [])
