"""Chunking: cut a file at class/method boundaries within a token budget.

Every chunk is a verbatim slice of the file: `chunk.text == "\\n".join(lines[start_line - 1:end_line])` where
`lines = file.text.split("\\n")` (a trailing newline ends the last line; a `\\r` before it is dropped). The chunks
of `chunk_file` cover the file without gaps or overlap: lines between declarations (usings, imports, comments,
closing braces) go with the declaration next to them.

C#, TypeScript, JavaScript, Java, Go, Kotlin, Rust, Ruby, PHP, Swift and SQL are cut with tree-sitter (the registry's
`declaration_chunks`); other languages by lines, preferring blank lines and
top-level (column 0) statements near the budget. Python methods come from the standard `ast` module.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator, Sequence
from pathlib import PurePosixPath

from tree_sitter import Node

from architect_ai.analyze.chunk_cutter import LINE_CUT_MIN_FILL as LINE_CUT_MIN_FILL
from architect_ai.analyze.chunk_cutter import Cutter, Piece
from architect_ai.analyze.python_module import main_symbol as python_main_symbol
from architect_ai.analyze.treesitter import (
    CS_METHODS,
    CSHARP_TYPES,
    MORE_FUNCTIONS,
    MORE_TYPES,
    STANDALONE_TYPES,
    TS_TYPES,
    declarations,
    function_node,
    go_receiver,
    is_type,
    last_row,
    leading_start_row,
    name_of,
    parse,
    parse_code,
    unwrap_export,
)
from architect_ai.config import DEFAULT_CHUNK_TOKENS
from architect_ai.data import Chunk, SourceFile, estimate_tokens

#: Roots whose direct children may be functions (TypeScript/JavaScript `program`, Go `source_file`).
_FUNCTION_ROOTS = frozenset({"program", "source_file"})
#: Methods of Kotlin, Rust, Ruby and Swift types (in a Rust `impl`: `Type.method`); bodiless declarations left out.
_MEMBER_FUNCTIONS = (MORE_FUNCTIONS | {"function_declaration", "method_declaration"}) - {
    "function_signature_item",
    "protocol_function_declaration",
}
#: Methods shorter than this (in lines, without their comments) are too trivial to teach anything.
MIN_METHOD_LINES = 3


def split_lines(text: str) -> list[str]:
    """The lines chunks are sliced from (see the module docstring)."""
    lines = text.split("\n")
    if text.endswith("\n"):
        lines.pop()
    return [line.removesuffix("\r") for line in lines]


def main_symbol(root: Node | None, path: str) -> str:
    """The main declaration of a file: the type named like the file, else its first type, else its one function;
    a file of several functions and no type is a module, named by its stem (`main.go` of `init` and `main`)."""
    stem = PurePosixPath(path).stem
    if root is None:
        return stem
    declared = [unwrap_export(kid) for kid in declarations(root.named_children)]
    wanted = re.sub(r"[^a-z0-9]", "", stem.lower())
    types = [name_of(n) for n in declared if (n.type in STANDALONE_TYPES or is_type(n)) and name_of(n)]
    for name in types:
        if name.lower() == wanted:
            return name
    functions = [name_of(n) for n in declared if function_node(n) is not None and name_of(n)]
    if types:
        return types[0]
    return functions[0] if len(functions) == 1 else stem


def _chunk(file: SourceFile, role: str, lines: list[str], piece: Piece, parts=()) -> Chunk:
    return Chunk(
        path=file.path,
        start_line=piece.lo + 1,
        end_line=piece.hi + 1,
        text="\n".join(lines[piece.lo : piece.hi + 1]),
        language=file.language,
        role=role,
        symbol=piece.symbol,
        unit=piece.unit,
        parts=tuple(parts),
    )


def chunk_file(
    file: SourceFile,
    role: str,
    *,
    max_tokens: int = DEFAULT_CHUNK_TOKENS,
    companions: Sequence[SourceFile] = (),
    structural: bool = True,
) -> Iterator[Chunk]:
    """The chunks of a file: the whole file when it fits, else one per top-level type, split at members if needed.

    Args:
        file: The file to cut.
        role: Its role (`file_role`), copied into every chunk.
        max_tokens: Budget per chunk (`estimate_tokens`); only a single line longer than this can exceed it.
        companions: For an Angular component, its template and styles: shown with the component as `parts`
            when the whole unit fits (companions that do not fit are left out, in the order given).
        structural: False cuts by lines without parsing (a file too large to analyse).
    """
    lines = split_lines(file.text)
    if not file.text.strip():
        return
    root = parse(file.text, file.language, file.path) if structural else None
    stem = PurePosixPath(file.path).stem
    cutter = Cutter(lines, max_tokens, stem)
    last = len(lines) - 1
    if cutter.fits(0, last):
        symbol = python_main_symbol(file.text, stem) if file.language == "python" else main_symbol(root, file.path)
        if role == "angular_component":
            budget = max_tokens - estimate_tokens(cutter.text(0, last))
            parts = []
            for companion in companions:
                cost = estimate_tokens(companion.text)
                if companion.text.strip() and cost <= budget:
                    parts.append((companion.path, companion.language, companion.text))
                    budget -= cost
            yield _chunk(file, role, lines, Piece(0, last, "component", symbol), parts)
        else:
            yield _chunk(file, role, lines, Piece(0, last, "file", symbol))
        return
    pieces = cutter.split(0, last, root, "") if root is not None else cutter.by_lines(0, last, stem)
    for piece in pieces:
        yield _chunk(file, role, lines, piece)


def method_chunks(file: SourceFile, role: str, *, max_tokens: int = DEFAULT_CHUNK_TOKENS) -> Iterator[Chunk]:
    """One chunk per method or function (with its attributes, decorators and doc comments), in file order.

    C# and Java: methods and constructors of classes, structs, records and enums (Java's grammar names them as C#'s
    does; an interface's bodiless declarations are left out). TypeScript/JavaScript: class methods and
    top-level functions (including `const f = (…) => {…}`). Go: functions and methods (`Receiver.Method`).
    Python: functions and methods. Methods shorter than
    `MIN_METHOD_LINES` and methods over `max_tokens` are skipped. Symbol: `Class.Method` (a bare name at top level).
    """
    lines = split_lines(file.text)
    if file.language.lower() == "python" or file.path.endswith(".py"):
        spans = _python_methods(file.text, lines)
    else:
        root = (parse_code if file.language.lower() == "java" else parse)(file.text, file.language, file.path)
        spans = _tree_methods(root) if root is not None else iter(())
    stem = PurePosixPath(file.path).stem
    for lo, body_lo, hi, owner, name in spans:
        if hi - body_lo + 1 < MIN_METHOD_LINES:
            continue
        piece = Piece(lo, hi, "method", f"{owner}.{name}" if owner else name or stem)
        chunk = _chunk(file, role, lines, piece)
        if estimate_tokens(chunk.text) <= max_tokens:
            yield chunk


def _tree_methods(root: Node) -> Iterator[tuple[int, int, int, str, str]]:
    """(first row with comments, first row, last row, owner, name) of each method in a C#/TS tree.

    Tracks parents on its own stack (`Node.parent` walks down from the root each call) and does not look inside
    the methods it yields.
    """
    stack: list[tuple[Node, Node | None, Node | None]] = [(root, None, None)]
    while stack:
        node, parent, owner = stack.pop()
        if node.type in CS_METHODS and owner is not None and owner.type in CSHARP_TYPES:
            has_body = node.child_by_field_name("body") is not None or any(
                c.type == "arrow_expression_clause" for c in node.named_children
            )
            if has_body:
                yield leading_start_row(node), node.start_point[0], last_row(node), name_of(owner), name_of(node)
            continue
        if node.type == "method_definition" and owner is not None and owner.type in TS_TYPES:
            yield leading_start_row(node), node.start_point[0], last_row(node), name_of(owner), name_of(node)
            continue
        if node.type in _MEMBER_FUNCTIONS and owner is not None and owner.type in MORE_TYPES:
            yield leading_start_row(node), node.start_point[0], last_row(node), name_of(owner), name_of(node)
            continue
        if parent is not None and parent.type in _FUNCTION_ROOTS and function_node(node) is not None:
            yield leading_start_row(node), node.start_point[0], last_row(node), go_receiver(node), name_of(node)
            continue
        stack.extend((child, node, parent) for child in reversed(node.named_children))


def _python_methods(text: str, lines: list[str]) -> Iterator[tuple[int, int, int, str, str]]:
    try:
        tree = ast.parse(text)
    except (SyntaxError, ValueError):
        return
    functions = (ast.FunctionDef, ast.AsyncFunctionDef)

    def spans(body: list[ast.stmt], owner: str) -> Iterator[tuple[int, int, int, str, str]]:
        for stmt in body:
            if isinstance(stmt, ast.ClassDef) and not owner:
                yield from spans(stmt.body, stmt.name)
            elif isinstance(stmt, functions):
                first = min([stmt.lineno, *(d.lineno for d in stmt.decorator_list)]) - 1
                lo = first
                while lo > 0 and lines[lo - 1].strip().startswith("#"):
                    lo -= 1
                yield lo, stmt.lineno - 1, (stmt.end_lineno or stmt.lineno) - 1, owner, stmt.name

    yield from spans(tree.body, "")
