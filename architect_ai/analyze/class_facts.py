"""The class-level facts statistical mining needs, read from comment-free code of any C-like language, Python or Go
(Java's from its `TypeFacts`, `analyze/type_facts.py`, the records the structure and the specs read)
(Kotlin, Swift, PHP, Ruby and Rust are read from their trees: `analyze/class_facts_tree.py`).

For each declared type: its name, its row, its base types and implemented interfaces, the types its constructor
takes, and the attributes/decorators on it. Headers may span lines (`class X\\n    : IRequestHandler<…>`).
Go: a struct's embedded types are its bases, the parameter types of its `NewX(…)` constructor what it is given.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from architect_ai.analyze.class_facts_record import ClassFact
from architect_ai.analyze.class_facts_tree import READERS, tree_class_facts
from architect_ai.analyze.type_facts import java_type_facts

_C_HEADER = re.compile(
    r"\b(?:class|record|struct|interface)\s+([A-Z]\w*)\s*(<(?:[^<>{}]|<[^<>{}]*>)*>)?([^{;]*)", re.DOTALL
)
_PY_HEADER = re.compile(r"^[ \t]*class\s+([A-Z]\w*)\s*(?:\(([^)]*)\))?\s*:", re.MULTILINE)
_CS_ATTRIBUTE = re.compile(r"^[ \t]*\[\s*([A-Z]\w*)")
_DECORATOR = re.compile(r"^[ \t]*@([A-Za-z_][\w.]*)")
_TS_CTOR = re.compile(r"\bconstructor\s*\(((?:[^()]|\([^()]*\))*)\)", re.DOTALL)
_TS_PARAM_TYPE = re.compile(r"\w+\??\s*:\s*([A-Z]\w*)")
_TS_INJECT = re.compile(r"\binject\s*\(\s*([A-Z]\w*)")
_PY_INIT = re.compile(r"\bdef\s+__init__\s*\(((?:[^()]|\([^()]*\))*)\)", re.DOTALL)
_PY_PARAM_TYPE = re.compile(r"\w+\s*:\s*([A-Z]\w*)")
_GO_TYPE = re.compile(r"^type\s+([A-Z]\w*)\s+(struct|interface)\s*\{", re.MULTILINE)
_GO_EMBEDDED = re.compile(r"^\s+\*?((?:\w+\.)?[A-Z]\w*)\s*(?:`[^`]*`)?\s*$")
_GO_PARAM_TYPE = re.compile(r"^\s*\w+\s+\*?(?:\[\])?((?:\w+\.)?[A-Z]\w*)")
_C_PARAM_TYPE = re.compile(r"(?:^|,)\s*(?:\[[^\]]*\]\s*)*(?:final\s+|readonly\s+)?([A-Z][\w.]*)(?:<[^()]*?>)?\??\s+\w+")


def _short(type_text: str) -> str:
    """`Foo.Bar<T>` → `Bar`."""
    return re.split(r"[<(\[]", type_text.strip(), maxsplit=1)[0].strip().rsplit(".", 1)[-1]


def _split_top(text: str) -> list[str]:
    """Split on commas outside <>, (), []."""
    parts, depth, current = [], 0, []
    for char in text:
        depth += char in "<(["
        depth -= char in ">)]"
        if char == "," and depth <= 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return [p.strip() for p in parts if p.strip()]


def _bases_c_like(rest: str) -> tuple[str, ...]:
    rest = re.sub(r"^\s*\((?:[^()]|\([^()]*\))*\)", "", rest)  # a primary constructor
    rest = re.split(r"\bwhere\b|\bpermits\b", rest, maxsplit=1)[0]
    names: list[str] = []
    if rest.lstrip().startswith(":"):
        names = _split_top(rest.lstrip()[1:])
    for keyword in ("extends", "implements"):
        match = re.search(rf"\b{keyword}\b(.*?)(?=\bimplements\b|$)", rest, re.DOTALL)
        if match:
            names += _split_top(match.group(1))
    return tuple(n for n in (_short(n) for n in names) if re.fullmatch(r"[A-Z]\w*", n))


def _row_of(text: str, index: int) -> int:
    return text.count("\n", 0, index)


def _markers_above(lines: list[str], row: int, pattern: re.Pattern) -> list[tuple[str, int]]:
    found = []
    probe = row - 1
    while probe >= 0 and (match := pattern.match(lines[probe])):
        found.append((_short(match.group(1)), probe))
        probe -= 1
    return found


def class_facts(lines: tuple[str, ...] | list[str], language: str, source: str | None = None) -> Iterator[ClassFact]:
    """The declared types of one file's comment-free `lines` (`source`: the file's text, when at hand: Java's facts
    are then the records the structure and the specs read, `type_facts.java_type_facts`)."""
    text = "\n".join(lines)
    lines = list(lines)
    if language in READERS:  # Kotlin, Swift, PHP, Ruby, Rust: read from their trees
        yield from tree_class_facts(text, language)
        return
    if language == "java":
        yield from _java_facts(text if source is None else source)
        return
    if language == "python":
        for match in _PY_HEADER.finditer(text):
            row = _row_of(text, match.start(1))
            bases = tuple(_short(b) for b in _split_top(match.group(2) or "") if "=" not in b)
            end = _next_class(text, match.end(), _PY_HEADER)
            injected = _ctor_types(text, match.end(), end, _PY_INIT, _PY_PARAM_TYPE)
            markers = tuple(_markers_above(lines, row, _DECORATOR))
            yield ClassFact(match.group(1), row, tuple(b for b in bases if b and b != "object"), injected, markers)
        return
    if language == "go":
        yield from _go_facts(text, lines)
        return
    marker = _CS_ATTRIBUTE if language == "csharp" else _DECORATOR
    for match in _C_HEADER.finditer(text):
        name, rest = match.group(1), match.group(3)
        row = _row_of(text, match.start(1))
        if language == "csharp" and re.match(r"\s*\(", rest):
            injected = tuple((_short(t), row) for t in _C_PARAM_TYPE.findall(re.match(r"\s*\(([^)]*)\)", rest)[1]))
        else:
            injected = ()
        end = _next_class(text, match.end(), _C_HEADER)
        if language in ("typescript", "javascript"):
            injected += _ctor_types(text, match.end(), end, _TS_CTOR, _TS_PARAM_TYPE)
            injected += tuple(
                (m.group(1), _row_of(text, m.start())) for m in _TS_INJECT.finditer(text, match.end(), end)
            )
        else:
            ctor = re.compile(
                rf"\b{re.escape(name)}\s*\(((?:[^()]|\([^()]*\))*)\)\s*(?::\s*(?:base|this)\b|\{{)", re.DOTALL
            )
            injected += _ctor_types(text, match.end(), end, ctor, _C_PARAM_TYPE)
        markers = tuple(_markers_above(lines, _row_of(text, match.start()), marker))
        yield ClassFact(name, row, _bases_c_like(rest), injected, markers)


def _java_facts(text: str) -> Iterator[ClassFact]:
    """Java's class facts from its `TypeFacts`: bases, the first constructor's parameter types, the annotations on
    it (nearest first; `@Service public class` too, which a line pattern missed)."""
    for facts in java_type_facts(text):
        if facts.kind not in ("class", "interface", "record"):
            continue
        bases = tuple(n for n in (_short(b) for b in facts.bases) if re.fullmatch(r"[A-Z]\w*", n))
        ctor = next((m for m in facts.members if m.kind == "constructor"), None)
        params = zip(ctor.parameter_types, ctor.parameter_rows, strict=True) if ctor is not None else ()
        injected = tuple((_short(type_), row) for type_, row in params if type_[:1].isupper())
        marks = zip(facts.annotations, facts.annotation_rows, strict=True)
        markers = tuple((name, row) for (name, _), row in reversed(list(marks)))
        yield ClassFact(facts.name, facts.name_row, bases, injected, markers)


def _next_class(text: str, start: int, header: re.Pattern) -> int:
    following = header.search(text, start)
    return following.start() if following else len(text)


def _ctor_types(text: str, start: int, end: int, ctor: re.Pattern, param: re.Pattern) -> tuple[tuple[str, int], ...]:
    match = ctor.search(text, start, end)
    if match is None:
        return ()
    row = _row_of(text, match.start(1))
    out = []
    for part in _split_top(match.group(1)):
        found = param.search(part if param is not _C_PARAM_TYPE else "," + part)
        if found:
            out.append(
                (
                    _short(found.group(1)),
                    row + text.count("\n", match.start(1), match.start(1) + match.group(1).find(part)),
                )
            )
    return tuple(out)


def _go_facts(text: str, lines: list[str]) -> Iterator[ClassFact]:
    for match in _GO_TYPE.finditer(text):
        name, row = match.group(1), _row_of(text, match.start(1))
        bases = []
        if match.group(2) == "struct":
            for probe in range(row + 1, len(lines)):
                if lines[probe].startswith("}"):
                    break
                embedded = _GO_EMBEDDED.match(lines[probe])
                if embedded:
                    bases.append(_short(embedded.group(1)))
        injected: tuple[tuple[str, int], ...] = ()
        ctor = re.search(rf"^func\s+New{re.escape(name)}\s*\(([^)]*)\)", text, re.MULTILINE)
        if ctor is not None:
            ctor_row = _row_of(text, ctor.start(1))
            types = (_GO_PARAM_TYPE.match(part) for part in _split_top(ctor.group(1)))
            injected = tuple((_short(t.group(1)), ctor_row) for t in types if t)
        yield ClassFact(name, row, tuple(bases), injected, ())


__all__ = ["ClassFact", "class_facts"]
