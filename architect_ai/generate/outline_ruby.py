"""The outline of Ruby code, read from its tree: class and module lines, their class macros (`belongs_to :author`,
`include Loggable`, `private`), each `def` line with its body collapsed to `… end`, and the closing `end`s. Ruby has
no braces, so `outline._brace_outline` cannot read it."""

from __future__ import annotations

from tree_sitter import Node

from architect_ai.analyze.treesitter import parse_code

#: Nodes of a class body shown by their first line (a macro, a mixin, a constant, `private`).
_SHOWN = frozenset({"call", "identifier", "assignment"})
_METHODS = frozenset({"method", "singleton_method"})


def ruby_outline(text: str) -> list[str]:
    """The declaration lines of `text`, indented as written; [] when it does not parse or declares nothing."""
    root = parse_code(text, "ruby")
    if root is None:
        return []
    lines = text.split("\n")
    out: list[str] = []
    for node in root.named_children:
        _declaration(node, lines, out)
    return out


def _first_line(node: Node, lines: list[str]) -> str:
    return lines[node.start_point[0]].rstrip()


def _declaration(node: Node, lines: list[str], out: list[str]) -> None:
    if node.type in _METHODS:
        head = _head(node, lines)
        out.append(f"{head} … end")
    elif node.type in ("class", "module"):
        out.append(_first_line(node, lines))
        body = node.child_by_field_name("body")
        for child in body.named_children if body is not None else ():
            if child.type in _SHOWN and child.start_point[0] == child.end_point[0]:
                out.append(_first_line(child, lines))
            else:
                _declaration(child, lines, out)
        end_row = node.end_point[0]
        if end_row < len(lines) and lines[end_row].strip() == "end":
            out.append(lines[end_row].rstrip())


def _head(node: Node, lines: list[str]) -> str:
    """A `def` line up to its parameters' end (`def call(isbn, overwrite: false)`), however many lines they take."""
    params = node.child_by_field_name("parameters")
    last = params if params is not None else node.child_by_field_name("name")
    if last is None:
        return _first_line(node, lines)
    rows = lines[node.start_point[0] : last.end_point[0] + 1]
    rows[-1] = rows[-1][: last.end_point[1]]
    return rows[0].rstrip() + "".join(" " + r.strip() for r in rows[1:])
