"""Declarations without bodies: what a prompt may show of the code an answer builds on.

A derivable prompt carries the signatures of the types its answer uses — their declarations, never their bodies —
so the model can call them correctly, and whatever else the answer holds is the house style it should learn.
`outline(chunk)` keeps a unit's declaration lines (type headers, fields, member signatures) and collapses every
member body to `{ … }` (or `...` in Python); `TypeIndex` finds, for a unit, the repository's other units it names.
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from architect_ai.data import Chunk
from architect_ai.generate.outline_ruby import ruby_outline

#: Lines of one outline, and types shown as context of one prompt.
MAX_OUTLINE_LINES = 24
MAX_CONTEXT_TYPES = 3
MAX_CONTEXT_CHARS = 1800

_TYPE_HEADER = re.compile(
    r"\b(?:class|interface|record|struct|enum|trait|object|type)\s+[A-Z_a-z]\w*|\bexport\s+(?:default\s+)?"
    r"(?:async\s+)?(?:function|const)\s+\w+|^\s*(?:pub\s+)?(?:struct|fn|impl)\b|^func\b"
)
_SKIP = re.compile(r"^\s*(?:import\b|using\s+[\w.]+\s*;|package\b|from\s+\S+\s+import\b|#include\b|$)")
_COMMENT = re.compile(r"^\s*(?://|/\*|\*|#(?!\[))")
_STRINGS = re.compile(r"\"(?:\\.|[^\"\\])*\"|'(?:\\.|[^'\\])*'|`[^`]*`")
_PY_DECL = re.compile(r"^(\s*)(?:@\w|class\s|def\s|async\s+def\s|[A-Za-z_]\w*\s*(?::|=))")
_IDENT = re.compile(r"\b[A-Z][A-Za-z0-9_]{2,}\b|\b[a-z][A-Za-z0-9_]{3,}\b")

BRACE_LANGUAGES = frozenset(
    {"csharp", "java", "kotlin", "typescript", "javascript", "go", "rust", "scala", "php", "swift"}
)


def outline(chunk: Chunk, max_lines: int = MAX_OUTLINE_LINES) -> str:
    """The unit's declarations with member bodies collapsed; '' when it has none worth showing."""
    if chunk.language == "python":
        lines = _python_outline(chunk.text)
    elif chunk.language in BRACE_LANGUAGES:
        lines = _brace_outline(chunk.text)
    elif chunk.language == "ruby":
        lines = ruby_outline(chunk.text)
    else:
        return ""
    if len(lines) > max_lines:
        lines = [
            *lines[: max_lines - 1],
            _indent_of(lines[max_lines - 1]) + ("..." if chunk.language == "python" else "// …"),
        ]
    return "\n".join(lines)


def _indent_of(line: str) -> str:
    return line[: len(line) - len(line.lstrip())]


#: A function declared at the top of a file (Go `func`, a method with its receiver too; Rust `fn`; JS/TS/PHP
#: `function`; an arrow function assigned at the top level): its body is collapsed like a member's, never shown.
_TOP_FUNCTION = re.compile(
    r"^(?:func\b|(?:pub(?:\([^)]*\))?\s+)?(?:async\s+)?fn\b|(?:export\s+(?:default\s+)?)?(?:async\s+)?function\b"
    r"|(?:export\s+)?(?:const|let)\s+\w+[^=]*=\s*(?:async\s+)?(?:\([^)]*\)|\w+)\s*(?::\s*[^=]+)?=>\s*\{)"
)


def _brace_outline(text: str) -> list[str]:
    """Lines at the type's body level or above; a deeper block, and a top-level function's body, is shown as
    `{ … }` on its opening line."""
    depth, body_depth, out, skipping, skip_to, imports = 0, None, [], False, 0, False
    for line in text.split("\n"):
        if imports or line.strip() in ("import (", "use ("):  # a Go import block: no declarations in it
            imports = line.strip() != ")"
            continue
        bare = _STRINGS.sub('""', line)
        opens, closes = bare.count("{"), bare.count("}")
        start = depth
        depth = max(0, depth + opens - closes)
        if skipping:
            if depth <= skip_to:
                skipping = False
            continue
        if start == 0 and depth > 0 and _TOP_FUNCTION.match(bare):
            out.append(f"{line[: line.rfind('{')].rstrip()} {{ … }}")  # the body's brace, not a `= {}` default
            skipping, skip_to = True, 0
            continue
        if body_depth is None and _TYPE_HEADER.search(bare):
            body_depth = start + 1
        if _SKIP.match(line) or _COMMENT.match(line):
            continue
        limit = body_depth if body_depth is not None else 1
        if start > limit:
            continue
        if depth > limit and start <= limit:  # a member body opens here: keep its signature only
            head = line[: line.find("{")].rstrip() if "{" in line else line.rstrip()
            if head.strip():
                out.append(f"{head} {{ … }}")
            elif out:  # Allman style: the brace opens on its own line, under the signature
                out[-1] += " { … }"
            skipping, skip_to = True, limit
            continue
        out.append(line.rstrip())
    return [line for line in out if line.strip()]


def _header_closed(line: str) -> bool:
    """Whether a def header ends on this line (`…) -> T:`), comments left out."""
    return line.split("#", 1)[0].rstrip().endswith(":")


def _python_outline(text: str) -> list[str]:
    """Class and def lines, decorators and class-level fields; every body shown as `...`."""
    out: list[str] = []
    body_indent: int | None = None  # inside a def: skip lines indented deeper than the def
    header_open = False  # a def whose parameters go on over more lines: joined into its line
    for line in text.split("\n"):
        if header_open:
            out[-1] += (" " if not out[-1].endswith("(") else "") + line.split("#", 1)[0].strip()
            header_open = not _header_closed(line)
            if not header_open:
                out[-1] = out[-1].replace("( ", "(").replace(", )", ")") + " ..."
            continue
        if not line.strip() or _COMMENT.match(line) or _SKIP.match(line):
            continue
        indent = len(line) - len(line.lstrip())
        if body_indent is not None:
            if indent > body_indent:
                continue
            body_indent = None
        match = _PY_DECL.match(line)
        if not match or indent > 4 or keyword.iskeyword(line.split(":", 1)[0].split("=", 1)[0].strip()):
            continue  # a statement (`try:`, `else:`) is no declaration
        if line.strip().startswith(("def ", "async def ")):
            body_indent = indent
            header_open = not _header_closed(line)
            out.append((line.split("#", 1)[0] if header_open else line).rstrip() + ("" if header_open else " ..."))
        else:
            out.append(line.rstrip())
    return out


@dataclass(frozen=True)
class TypeIndex:
    """The repository's units by the names they declare (their symbol, the types the structure finds in them)."""

    units: dict[str, Chunk]

    @classmethod
    def of(cls, chunks: Iterable[Chunk], declared: dict[str, Sequence[str]] | None = None) -> TypeIndex:
        units: dict[str, Chunk] = {}
        for chunk in chunks:
            if chunk.unit not in ("file", "class", "component", "part"):  # a part still shows its declarations
                continue
            for name in (chunk.symbol, *(declared or {}).get(chunk.path, ())):
                if name and len(name) > 2 and name not in units:
                    units[name] = chunk
        return cls(units)

    def used_by(self, text: str, own_path: str, first: Sequence[str] = ()) -> list[Chunk]:
        """Other units `text` names, the ones in `first` (its dependencies) before the rest, in order of use."""
        seen: dict[str, Chunk] = {}
        names = [*first, *_IDENT.findall(text)]
        for name in names:
            if name.islower():
                continue  # `users`, `comments`: a variable or a module, not a declaration the answer builds on
            unit = self.units.get(name.split("<", 1)[0])
            if unit is not None and unit.path != own_path and unit.source not in seen:
                seen[unit.source] = unit
            if len(seen) >= MAX_CONTEXT_TYPES:
                break
        return list(seen.values())


def context_block(units: Sequence[Chunk], fence) -> str:
    """The outlines of `units` as fenced blocks, within `MAX_CONTEXT_CHARS`; '' when none has declarations."""
    blocks: list[str] = []
    used = 0
    for unit in units:
        text = outline(unit)
        if not text or used + len(text) > MAX_CONTEXT_CHARS:
            continue
        used += len(text)
        blocks.append(fence(text, unit.language))
    return "\n\n".join(blocks)
