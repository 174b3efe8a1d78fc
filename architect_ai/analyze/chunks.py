"""Chunking: cut a file at class/method boundaries within a token budget.

Every chunk is a verbatim slice of the file: `chunk.text == "\\n".join(lines[start_line - 1:end_line])` where
`lines = file.text.split("\\n")` (a trailing newline ends the last line; a `\\r` before it is dropped). The chunks
of `chunk_file` cover the file without gaps or overlap: lines between declarations (usings, imports, comments,
closing braces) go with the declaration next to them.

C#, TypeScript and JavaScript are cut with tree-sitter; other languages by lines, preferring blank lines and
top-level (column 0) statements near the budget. Python methods come from the standard `ast` module.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import PurePosixPath

from tree_sitter import Node

from architect_ai.analyze.treesitter import (
    CS_METHODS,
    CSHARP_TYPES,
    SKIPPED_KIDS,
    STANDALONE_TYPES,
    TS_TYPES,
    declarations,
    function_node,
    is_type,
    last_row,
    leading_start_row,
    name_of,
    parse,
    unwrap_export,
)
from architect_ai.config import DEFAULT_CHUNK_TOKENS
from architect_ai.data import Chunk, SourceFile, estimate_tokens

#: Methods shorter than this (in lines, without their comments) are too trivial to teach anything.
MIN_METHOD_LINES = 3
#: A line-based cut at a "nice" place (blank line, top-level statement) must keep this share of the budget.
LINE_CUT_MIN_FILL = 0.5

#: File-header statements that do not make a chunk "more than one declaration".
_HEADER_KIDS = frozenset(
    {"using_directive", "extern_alias_directive", "file_scoped_namespace_declaration", "import_statement"}
)
_TOP_LEVEL_SYMBOL = re.compile(
    r"^(?:export\s+)?(?:default\s+)?(?:public\s+|abstract\s+|final\s+|async\s+)*"
    r"(?:class|def|function|interface|struct|enum|fn|func|object|trait)\s+(\w+)",
    re.MULTILINE,
)


def split_lines(text: str) -> list[str]:
    """The lines chunks are sliced from (see the module docstring)."""
    lines = text.split("\n")
    if text.endswith("\n"):
        lines.pop()
    return [line.removesuffix("\r") for line in lines]


def _kids(node: Node) -> list[Node]:
    """The boundary children of a node: declarations of a file, members of a type; [] when indivisible."""
    if node.type in ("compilation_unit", "program"):
        return declarations(node.named_children)
    inner = unwrap_export(node)
    if inner.type in STANDALONE_TYPES:
        body = inner.child_by_field_name("body")
        if body is not None:
            return [c for c in body.named_children if c.type not in SKIPPED_KIDS]
    return []


def main_symbol(root: Node | None, path: str) -> str:
    """The main declaration of a file: the type named like the file, else the first type or function, else the stem."""
    stem = PurePosixPath(path).stem
    if root is None:
        return stem
    declared = [unwrap_export(kid) for kid in declarations(root.named_children)]
    wanted = re.sub(r"[^a-z0-9]", "", stem.lower())
    types = [name_of(n) for n in declared if n.type in STANDALONE_TYPES and name_of(n)]
    for name in types:
        if name.lower() == wanted:
            return name
    functions = [name_of(n) for n in declared if function_node(n) is not None and name_of(n)]
    return next(iter(types + functions), stem)


@dataclass(frozen=True, slots=True)
class _Piece:
    lo: int  # 0-based rows, inclusive
    hi: int
    unit: str
    symbol: str


class _Cutter:
    """Cuts the rows of one file into pieces within the budget."""

    def __init__(self, lines: list[str], max_tokens: int, stem: str) -> None:
        self.lines = lines
        self.max_tokens = max_tokens
        self.stem = stem

    def text(self, lo: int, hi: int) -> str:
        return "\n".join(self.lines[lo : hi + 1])

    def fits(self, lo: int, hi: int) -> bool:
        return estimate_tokens(self.text(lo, hi)) <= self.max_tokens

    # -- tree-based --------------------------------------------------------------------------------------------
    def split(self, lo: int, hi: int, node: Node, owner: str) -> Iterator[_Piece]:
        """Pieces covering rows lo..hi, which hold `node` (and the lines around it that go with it)."""
        if self.fits(lo, hi):
            yield self.label(lo, hi, [node], owner)
            return
        kids = _kids(node)
        if not kids:
            yield from self.by_lines(lo, hi, self.label(lo, hi, [node], owner).symbol)
            return
        top = node.type in ("compilation_unit", "program")
        inner_owner = owner if top else (name_of(unwrap_export(node)) or owner)
        body = None if top else unwrap_export(node).child_by_field_name("body")
        header_row = body.start_point[0] if body is not None else -1
        yield from self.pack(_partition(lo, hi, kids), inner_owner, top, header_row)

    def pack(
        self, segments: list[tuple[int, int, list[Node]]], owner: str, top: bool, header_row: int = -1
    ) -> Iterator[_Piece]:
        """Greedily merges neighbouring segments within the budget; at file level two types never share a chunk.

        A piece holding the owner type's header (rows up to `header_row`) is labelled as the class.
        """
        current: tuple[int, int, list[Node]] | None = None
        for lo, hi, kids in segments:
            if not self.fits(lo, hi):
                if current is not None and top and not any(is_type(k) or function_node(k) for k in current[2]):
                    lo = current[0]  # a file header (usings, imports, namespace) leads into the type below it
                elif current is not None:
                    yield self.label(*current, owner, header_row)
                current = None
                if len(kids) == 1:
                    yield from self.split(lo, hi, kids[0], owner)
                else:
                    yield from self.by_lines(lo, hi, owner or self.stem)
                continue
            if current is not None:
                both_types = top and any(map(is_type, current[2])) and any(map(is_type, kids))
                if not both_types and self.fits(current[0], hi):
                    current = (current[0], hi, current[2] + kids)
                    continue
                yield self.label(*current, owner, header_row)
            current = (lo, hi, kids)
        if current is not None:
            yield self.label(*current, owner, header_row)

    def label(self, lo: int, hi: int, kids: list[Node], owner: str, header_row: int = -1) -> _Piece:
        if owner and lo <= header_row:
            return _Piece(lo, hi, "class", owner)
        main = [k for k in kids if k.type not in _HEADER_KIDS]
        if len(main) == 1:
            kid = unwrap_export(main[0])
            name = name_of(kid)
            if kid.type in STANDALONE_TYPES and name:
                return _Piece(lo, hi, "class", name)
            if function_node(kid) is not None and name:
                return _Piece(lo, hi, "method", f"{owner}.{name}" if owner else name)
        if owner:
            return _Piece(lo, hi, "class", owner)
        named = [name_of(unwrap_export(k)) for k in kids if is_type(k) or function_node(k) is not None]
        return _Piece(lo, hi, "lines", next((n for n in named if n), self.stem))

    # -- line-based --------------------------------------------------------------------------------------------
    def by_lines(self, lo: int, hi: int, symbol: str) -> Iterator[_Piece]:
        """Rows lo..hi cut by lines, each piece within budget (a single over-long line stays whole)."""
        start = lo
        while start <= hi:
            end = self._last_fitting(start, hi)
            if end < hi:
                end = self._nice_cut(start, end)
            yield _Piece(start, end, "lines", _symbol_in(self.text(start, end)) or symbol)
            start = end + 1

    def _last_fitting(self, start: int, hi: int) -> int:
        low, high = start, hi  # invariant: the answer is in [low, high]; `start` alone always counts
        while low < high:
            middle = (low + high + 1) // 2
            if self.fits(start, middle):
                low = middle
            else:
                high = middle - 1
        return low

    def _nice_cut(self, start: int, end: int) -> int:
        """The best row to end a piece at within start..end: after a blank line before a top-level statement,
        else after a blank line, else before a top-level statement, else `end` itself."""
        floor = int(self.max_tokens * LINE_CUT_MIN_FILL)
        best, best_rank = end, 0
        for row in range(end, start - 1, -1):
            if estimate_tokens(self.text(start, row)) < floor:
                break
            blank = not self.lines[row].strip()
            following = self.lines[row + 1] if row + 1 < len(self.lines) else ""
            top_level = bool(following) and not following[0].isspace() and following[0] not in "})]"
            rank = 3 if blank and top_level else 2 if blank else 1 if top_level else 0
            if rank > best_rank:
                best, best_rank = row, rank
                if rank == 3:
                    break
        return best


def _partition(lo: int, hi: int, kids: list[Node]) -> list[tuple[int, int, list[Node]]]:
    """Rows lo..hi cut into consecutive segments, one per kid (kids sharing a row share a segment).

    A segment starts right after the previous kid's last row, so leading comments, attributes and blank lines
    belong to the kid below them; the first segment also takes the lines before the first kid, the last one
    the lines after the last kid.
    """
    segments: list[tuple[int, int, list[Node]]] = []
    seg_lo, seg_kids, prev_end = lo, [], lo - 1
    for kid in kids:
        if seg_kids and kid.start_point[0] > prev_end:
            segments.append((seg_lo, prev_end, seg_kids))
            seg_lo, seg_kids = prev_end + 1, []
        seg_kids.append(kid)
        prev_end = min(hi, max(prev_end, last_row(kid)))
    segments.append((seg_lo, hi, seg_kids))
    return segments


def _symbol_in(text: str) -> str:
    match = _TOP_LEVEL_SYMBOL.search(text)
    return match.group(1) if match else ""


def _chunk(file: SourceFile, role: str, lines: list[str], piece: _Piece, parts=()) -> Chunk:
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
    file: SourceFile, role: str, *, max_tokens: int = DEFAULT_CHUNK_TOKENS, companions: Sequence[SourceFile] = ()
) -> Iterator[Chunk]:
    """The chunks of a file: the whole file when it fits, else one per top-level type, split at members if needed.

    Args:
        file: The file to cut.
        role: Its role (`file_role`), copied into every chunk.
        max_tokens: Budget per chunk (`estimate_tokens`); only a single line longer than this can exceed it.
        companions: For an Angular component, its template and styles: shown with the component as `parts`
            when the whole unit fits (companions that do not fit are left out, in the order given).
    """
    lines = split_lines(file.text)
    if not file.text.strip():
        return
    root = parse(file.text, file.language, file.path)
    stem = PurePosixPath(file.path).stem
    cutter = _Cutter(lines, max_tokens, stem)
    last = len(lines) - 1
    if cutter.fits(0, last):
        symbol = main_symbol(root, file.path)
        if role == "angular_component":
            budget = max_tokens - estimate_tokens(cutter.text(0, last))
            parts = []
            for companion in companions:
                cost = estimate_tokens(companion.text)
                if companion.text.strip() and cost <= budget:
                    parts.append((companion.path, companion.language, companion.text))
                    budget -= cost
            yield _chunk(file, role, lines, _Piece(0, last, "component", symbol), parts)
        else:
            yield _chunk(file, role, lines, _Piece(0, last, "file", symbol))
        return
    pieces = cutter.split(0, last, root, "") if root is not None else cutter.by_lines(0, last, stem)
    for piece in pieces:
        yield _chunk(file, role, lines, piece)


def method_chunks(file: SourceFile, role: str, *, max_tokens: int = DEFAULT_CHUNK_TOKENS) -> Iterator[Chunk]:
    """One chunk per method or function (with its attributes, decorators and doc comments), in file order.

    C#: methods and constructors of classes, structs and records. TypeScript/JavaScript: class methods and
    top-level functions (including `const f = (…) => {…}`). Python: functions and methods. Methods shorter than
    `MIN_METHOD_LINES` and methods over `max_tokens` are skipped. Symbol: `Class.Method` (a bare name at top level).
    """
    lines = split_lines(file.text)
    if file.language.lower() == "python" or file.path.endswith(".py"):
        spans = _python_methods(file.text, lines)
    else:
        root = parse(file.text, file.language, file.path)
        spans = _tree_methods(root) if root is not None else iter(())
    stem = PurePosixPath(file.path).stem
    for lo, body_lo, hi, owner, name in spans:
        if hi - body_lo + 1 < MIN_METHOD_LINES:
            continue
        piece = _Piece(lo, hi, "method", f"{owner}.{name}" if owner else name or stem)
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
        if parent is not None and parent.type == "program" and function_node(node) is not None:
            yield leading_start_row(node), node.start_point[0], last_row(node), "", name_of(node)
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
