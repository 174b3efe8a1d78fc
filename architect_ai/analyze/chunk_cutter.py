"""Cutting the rows of one file into pieces within a token budget: at syntax boundaries, else by lines.

`Cutter.split` walks a tree-sitter tree: a node that fits is one piece; one that does not is cut at its boundary
children (the declarations of a file, the members of a type), neighbouring children are packed greedily, and what has
no children is cut by lines. `Cutter.by_lines` is also the fallback for languages without a tree: it prefers to end a
piece after a blank line before a top-level statement. Every `Piece` is 0-based rows, inclusive, with its unit and
symbol; `architect_ai.analyze.chunks` turns pieces into `Chunk`s.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from tree_sitter import Node

from architect_ai.analyze.treesitter import (
    SKIPPED_KIDS,
    STANDALONE_TYPES,
    body_of,
    declarations,
    function_node,
    go_receiver,
    is_root,
    is_type,
    last_row,
    name_of,
    unwrap_export,
)
from architect_ai.data import estimate_tokens

#: A line-based cut at a "nice" place (blank line, top-level statement) must keep this share of the budget.
LINE_CUT_MIN_FILL = 0.5

#: File-header statements that do not make a chunk "more than one declaration".
_HEADER_KIDS = frozenset(
    {"using_directive", "extern_alias_directive", "file_scoped_namespace_declaration", "import_statement"}
    | {"package_clause", "import_declaration", "package_declaration"}
    | {"import_from_statement", "future_import_statement"}
    | {"package_header", "import", "import_list", "use_declaration", "php_tag", "namespace_definition"}
    | {"namespace_use_declaration"}
)
_TOP_LEVEL_SYMBOL = re.compile(
    r"^(?:export\s+)?(?:default\s+)?(?:public\s+|abstract\s+|final\s+|async\s+)*"
    r"(?:class|def|function|interface|struct|enum|fn|func|object|trait)\s+(\w+)",
    re.MULTILINE,
)


def _is_header(node: Node) -> bool:
    """A file-header statement: a using/import/package line, or Ruby's `require "…"`."""
    if node.type == "call":
        method = node.child_by_field_name("method")
        return method is not None and method.text in (b"require", b"require_relative")
    return node.type in _HEADER_KIDS


def _kids(node: Node) -> list[Node]:
    """The boundary children of a node: declarations of a file, members of a type; [] when indivisible."""
    if is_root(node):
        return declarations(node.named_children)
    inner = unwrap_export(node)
    if inner.type in STANDALONE_TYPES:
        body = body_of(inner)
        if body is not None:
            return [c for c in body.named_children if c.type not in SKIPPED_KIDS]
    return []


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of rows of a file and what it holds (`unit`: class, method, lines…; `symbol`: its name)."""

    lo: int  # 0-based rows, inclusive
    hi: int
    unit: str
    symbol: str


class Cutter:
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
    def split(self, lo: int, hi: int, node: Node, owner: str) -> Iterator[Piece]:
        """Pieces covering rows lo..hi, which hold `node` (and the lines around it that go with it)."""
        if self.fits(lo, hi):
            yield self.label(lo, hi, [node], owner)
            return
        kids = _kids(node)
        if not kids:
            yield from self.by_lines(lo, hi, self.label(lo, hi, [node], owner).symbol)
            return
        top = is_root(node)
        inner_owner = owner if top else (name_of(unwrap_export(node)) or owner)
        body = None if top else body_of(unwrap_export(node))
        header_row = body.start_point[0] if body is not None else -1
        yield from self.pack(_partition(lo, hi, kids), inner_owner, top, header_row)

    def pack(
        self, segments: list[tuple[int, int, list[Node]]], owner: str, top: bool, header_row: int = -1
    ) -> Iterator[Piece]:
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

    def label(self, lo: int, hi: int, kids: list[Node], owner: str, header_row: int = -1) -> Piece:
        if owner and lo <= header_row:
            return Piece(lo, hi, "part", owner)  # the head of a class too long for one chunk: not the whole class
        main = [k for k in kids if not _is_header(k)]
        if len(main) == 1:
            kid = unwrap_export(main[0])
            name = name_of(kid)
            if (kid.type in STANDALONE_TYPES or is_type(kid)) and name:
                return Piece(lo, hi, "class", name)
            if function_node(kid) is not None and name:
                owner = owner or go_receiver(kid)
                return Piece(lo, hi, "method", f"{owner}.{name}" if owner else name)
        if owner:
            return Piece(lo, hi, "part", owner)  # members of a class, without the rest of it
        named = [name_of(unwrap_export(k)) for k in kids if is_type(k) or function_node(k) is not None]
        return Piece(lo, hi, "lines", next((n for n in named if n), self.stem))

    # -- line-based --------------------------------------------------------------------------------------------
    def by_lines(self, lo: int, hi: int, symbol: str) -> Iterator[Piece]:
        """Rows lo..hi cut by lines, each piece within budget (a single over-long line stays whole)."""
        start = lo
        while start <= hi:
            end = self._last_fitting(start, hi)
            if end < hi:
                end = self._nice_cut(start, end)
            yield Piece(start, end, "lines", _symbol_in(self.text(start, end)) or symbol)
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
