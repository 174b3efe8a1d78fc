"""Facts of a chunk of code that describe what to build without saying what it is called.

A spec is made of what the code itself shows: the fields of its data classes, the routes it serves, the HTTP calls
it sends, the types it derives from, the dependencies its constructor takes and its method signatures. Any fact
that spells the chunk's own type or file name is left out, so a spec → code prompt never names its answer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import PurePosixPath

from architect_ai.analyze.structure import RepoStructure
from architect_ai.analyze.type_facts import ACCESS, java_type_facts
from architect_ai.data import Chunk
from architect_ai.generate.code_facts_lang import (
    commonjs_facts,
    go_facts,
    imported_names,
    java_facts,
    java_field_injections,
    main_function,
    nest_routes,
    python_facts,
    script_signatures,
)
from architect_ai.generate.code_facts_tree import TREE_LANGUAGES, tree_facts

MAX_FIELDS = 8
MAX_ROUTES = 6
MAX_SIGNATURES = 5
MAX_DEPENDENCIES = 5

_CS_CTOR = re.compile(r"^\s*(?:public|protected|internal)\s+(\w+)\s*\(([^)]*)\)", re.M)
_CS_METHOD = re.compile(
    r"^\s*public\s+(?:(?:async|virtual|override|static|sealed)\s+)*([\w<>\[\],?.]+(?:<[^()\n]*>)?)\s+(\w+)\s*\(([^)\n]*)\)",
    re.M,
)
_TS_CTOR = re.compile(r"constructor\s*\(([^)]*)\)", re.S)
_TS_INJECT = re.compile(r"=\s*inject\(\s*(\w+)")
_TS_METHOD = re.compile(r"^ {2,4}(?:public\s+|async\s+)*([a-z]\w*)\s*\(([^)\n]*)\)\s*:\s*([^{;\n]+?)\s*\{", re.M)
_PY_DEF = re.compile(r"^(?:async\s+)?def\s+([a-z]\w*)\s*\(([^)\n]*)\)\s*(?:->\s*([^:\n]+))?:", re.M)
_PY_DEPENDS = re.compile(r"Depends\(\s*(\w+)")
_CAMEL = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z0-9]+")
_KEYWORDS = frozenset({"if", "for", "while", "switch", "catch", "return", "constructor", "function", "super"})


@lru_cache(maxsize=8192)
def answer_names(path: str, symbols: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The names that would give an answer away: its file name, stem, the stem in CamelCase, its main types.

    `client/src/app/core/services/book-list.service.ts` → `book-list.service.ts`, `book-list.service`,
    `BookListService` (and `book-list`).
    """
    name = PurePosixPath(path).name
    stem = name.rsplit(".", 1)[0] if "." in name else name
    camel = "".join(word[:1].upper() + word[1:] for word in re.split(r"[.\-_]", stem) if word)
    first = stem.split(".", 1)[0]
    names = {name, stem, camel, *(s for s in symbols if s)}
    if "." in stem and len(first) > 3:
        names.add(first)
    return tuple(sorted((n for n in names if len(n) > 2), key=lambda n: (-len(n), n)))


def names_any(text: str, names: Iterable[str]) -> bool:
    """Whether `text` spells one of `names` as a whole word (case-insensitive for file-like names)."""
    return _names_pattern(tuple(names)).search(text) is not None


@lru_cache(maxsize=4096)
def _names_pattern(names: tuple[str, ...]) -> re.Pattern:
    parts = [("(?i:" if ("." in n or "-" in n or n.islower()) else "(?:") + re.escape(n) + ")" for n in names if n] or [
        "(?!x)x"
    ]
    return re.compile(rf"(?<![\w.-])(?:{'|'.join(parts)})(?![\w-])")


@dataclass(frozen=True)
class _Index:
    classes: dict[str, list]
    entities: dict[str, list]
    endpoints: dict[str, list]
    client_calls: dict[str, list]


_INDEX: dict[int, tuple[RepoStructure, _Index]] = {}


def _index(structure: RepoStructure) -> _Index:
    """The structure's facts by path (built once per structure: per-chunk scans would be quadratic)."""
    cached = _INDEX.get(id(structure))
    if cached is not None and cached[0] is structure:
        return cached[1]

    def by_path(records) -> dict[str, list]:
        out: dict[str, list] = {}
        for record in records:
            out.setdefault(record.path, []).append(record)
        return out

    index = _Index(
        by_path(structure.classes),
        by_path(structure.entities),
        by_path(structure.endpoints),
        by_path(structure.client_calls),
    )
    _INDEX.clear()
    _INDEX[id(structure)] = (structure, index)
    return index


def _types_in_chunk(chunk: Chunk, structure: RepoStructure | None) -> list:
    if structure is None:
        return []
    return [
        c
        for c in _index(structure).classes.get(chunk.path, ())
        if c.start_line >= chunk.start_line and c.end_line <= chunk.end_line
    ]


def chunk_names(chunk: Chunk, structure: RepoStructure | None) -> tuple[str, ...]:
    """What a prompt must not say to leave the chunk's identity out."""
    symbols = [chunk.symbol, main_function(chunk), *(c.name for c in _types_in_chunk(chunk, structure))]
    if structure is not None:
        symbols += [e.name for e in _index(structure).entities.get(chunk.path, ())]
    return answer_names(chunk.path, tuple(symbols))


def _param_types(params: str, language: str) -> list[str]:
    types = []
    for part in params.split(","):
        part = part.strip()
        if not part:
            continue
        if language == "typescript":
            type_ = part.split(":", 1)[1].strip() if ":" in part else ""
        else:
            type_ = part.rsplit(None, 1)[0] if " " in part else ""
        type_ = re.sub(r"^\[[^\]]*\]\s*", "", type_)
        if type_ and type_[:1].isupper():
            types.append(type_)
    return types


def dependencies(chunk: Chunk, class_names: Iterable[str]) -> list[str]:
    """Types the chunk's constructors (or `inject()`, `Depends()`) take, in order of appearance."""
    text, found = chunk.text, []
    if chunk.language == "csharp":
        names = set(class_names) | {chunk.symbol}
        for match in _CS_CTOR.finditer(text):
            if match.group(1) in names:
                found += _param_types(match.group(2), "csharp")
    elif chunk.language in ("typescript", "javascript"):
        for match in _TS_CTOR.finditer(text):
            found += _param_types(match.group(1), "typescript")
        found += _TS_INJECT.findall(text)
    elif chunk.language == "python":
        found += _PY_DEPENDS.findall(text)
    return list(dict.fromkeys(found))


def signatures(chunk: Chunk, class_names: Iterable[str]) -> list[str]:
    """Public method signatures as written (constructors left out)."""
    text, names, found = chunk.text, set(class_names) | {chunk.symbol}, []
    if chunk.language == "csharp":
        for ret, name, params in _CS_METHOD.findall(text):
            if name not in names and ret not in ("class", "interface", "record", "enum", "struct"):
                found.append(f"{ret} {name}({params.strip()})")
    elif chunk.language in ("typescript", "javascript"):
        for name, params, ret in _TS_METHOD.findall(text):
            if name not in _KEYWORDS:
                found.append(f"{name}({params.strip()}): {ret.strip()}")
    elif chunk.language == "python":
        for name, params, ret in _PY_DEF.findall(text):
            found.append(f"{name}({params.strip()})" + (f" -> {ret.strip()}" if ret else ""))
    return list(dict.fromkeys(found))


def spec_facts(chunk: Chunk, structure: RepoStructure | None, *, blind: bool = True) -> list[str]:
    """Sentences describing the chunk from its own code. `blind` (a transfer spec, which must not give its answer
    away) leaves out every fact naming the chunk's file or types; a task that names its unit anyway keeps them."""
    types = _types_in_chunk(chunk, structure)
    class_names = [c.name for c in types]
    names = chunk_names(chunk, structure)
    keep = (lambda items: [i for i in items if not names_any(i, names)]) if blind else list
    facts: list[str] = []
    if structure is not None:
        index = _index(structure)
        inside = lambda line: chunk.start_line <= line <= chunk.end_line  # noqa: E731
        entities = [e for e in index.entities.get(chunk.path, ()) if inside(e.line)]
        for number, entity in enumerate(entities[:2]):
            fields = ", ".join(f"`{f.name}: {f.type}`" for f in entity.fields[:MAX_FIELDS])
            if fields:
                facts.append(("holds the fields " if number == 0 else "also declares a type with ") + fields)
        routes = [f"`{e.verb} {e.route}`" for e in index.endpoints.get(chunk.path, ()) if inside(e.start_line)]
        if routes:
            facts.append("serves " + ", ".join(routes[:MAX_ROUTES]))
        calls = [f"`{c.verb} {c.url}`" for c in index.client_calls.get(chunk.path, ()) if inside(c.start_line)]
        if calls:
            facts.append("sends " + ", ".join(dict.fromkeys(calls[:MAX_ROUTES])))
        bases = keep([i for c in types for i in c.interfaces])
        if bases:
            facts.append("derives from or implements " + ", ".join(f"`{b}`" for b in dict.fromkeys(bases)))
    deps, sigs = dependencies(chunk, class_names), signatures(chunk, class_names)
    facts += _language_facts(chunk, class_names, deps, sigs, facts)
    deps = keep(list(dict.fromkeys(deps))[:MAX_DEPENDENCIES])
    if deps:
        # FastAPI's dependencies are parameters of its functions (`= Depends(get_db)`), not of a constructor
        how = " through `Depends()`" if chunk.language == "python" else " through its constructor"
        facts.append("takes " + ", ".join(f"`{d}`" for d in deps) + how)
    sigs = keep(list(dict.fromkeys(sigs))[:MAX_SIGNATURES])
    if sigs:
        facts.append("exposes " + "; ".join(f"`{s}`" for s in sigs))
    facts = keep(facts)
    if not describes_enough(facts):
        uses = keep(imported_names(chunk))
        if uses:
            facts.append("builds on " + ", ".join(f"`{u}`" for u in uses))
    return facts


def describes_enough(facts: list[str]) -> bool:
    return sum(len(f) for f in facts) >= 60


def _language_facts(chunk: Chunk, class_names: list[str], deps: list, sigs: list, known: list[str]) -> list[str]:
    """Facts read from the text for what the structure did not describe (`known`: its facts; extends `deps` and
    `sigs`)."""
    has_fields = any(f.startswith("holds the ") for f in known)
    has_routes = any(f.startswith("serves ") for f in known)
    has_bases = any(f.startswith("derives from ") for f in known)
    facts: list[str] = []
    if chunk.language in TREE_LANGUAGES:  # Kotlin, Rust, Ruby, PHP, Swift and SQL, read from their trees
        facts += tree_facts(chunk, known, deps, sigs)
    elif chunk.language == "java":
        names = set(class_names) | {chunk.symbol}
        routes, bases, java_deps, java_sigs, others = java_facts(chunk, names)
        if routes and not has_routes:  # the structure's Spring endpoints said them already
            facts.append("serves " + ", ".join(f"`{r}`" for r in routes[:MAX_ROUTES]))
        if bases and not has_bases:
            facts.append("derives from or implements " + ", ".join(f"`{b}`" for b in dict.fromkeys(bases)))
        injected = [t for t in java_field_injections(chunk.text) if t not in java_deps]
        fields = [f for f in java_fields(chunk.text) if f.split(": ", 1)[1].rstrip("`") not in (*java_deps, *injected)]
        if fields and not has_fields:
            facts.append("holds the fields " + ", ".join(fields[:MAX_FIELDS]))
        if injected:
            facts.append(
                "has " + ", ".join(f"`{t}`" for t in injected[:MAX_DEPENDENCIES]) + " injected into `@Autowired` fields"
            )
        if others:
            facts.append("also declares " + ", ".join(others))
        deps += java_deps
        sigs += java_sigs
    elif chunk.language == "python":
        bases, fields, py_sigs, declares = python_facts(chunk)
        if bases:
            facts.append("derives from " + ", ".join(f"`{b}`" for b in dict.fromkeys(bases)))
        if fields and not has_fields:
            facts.append("holds the fields " + ", ".join(fields[:MAX_FIELDS]))
        if declares:  # each class with its own fields: the structure's pooled field facts would repeat them
            known[:] = [f for f in known if not f.startswith(("holds the fields ", "also declares a type with "))]
            facts.append("declares " + "; ".join(declares))
        sigs += py_sigs
    elif chunk.language == "csharp" and not has_fields:
        properties = csharp_properties(chunk.text)
        if properties:
            facts.append("holds the properties " + ", ".join(properties[:MAX_FIELDS]))
    elif chunk.language in ("typescript", "javascript"):
        routes = nest_routes(chunk)
        js_sigs: list[str] = []
        if chunk.language == "javascript":
            express_routes, js_sigs = commonjs_facts(chunk)
            routes += express_routes
        if routes and not has_routes:
            facts.append("serves " + ", ".join(f"`{r}`" for r in routes[:MAX_ROUTES]))
        sigs += script_signatures(chunk) + js_sigs
    elif chunk.language == "go":
        routes, fields, go_deps, go_sigs = go_facts(chunk)
        if routes and not has_routes:
            facts.append("serves " + ", ".join(f"`{r}`" for r in routes[:MAX_ROUTES]))
        if fields and not has_fields:
            facts.append("holds the fields " + ", ".join(fields[:MAX_FIELDS]))
        deps += go_deps
        sigs += go_sigs
    return facts


_CS_PROPERTY = re.compile(
    r"^\s*(?!\s)(?:public\s+)?(?!(?:private|protected|internal|static)\b)(?:required\s+|virtual\s+|override\s+)*([\w<>\[\]?,. ]+?)\s+(\w+)\s*\{\s*get;[^}]*\}"
    r"(?:\s*=\s*([^;]{1,40});)?",
    re.M,
)


def java_fields(text: str) -> list[str]:
    """`name: Type` of a Java class's instance fields (a Lombok data class is its fields), from its `TypeFacts`."""
    fields = sorted((m for t in java_type_facts(text) for m in t.members if m.kind == "field"), key=lambda m: m.row)
    return [
        f"`{m.name}: {m.type}`"
        for m in fields
        if m.modifiers[:1] and m.modifiers[0] in ACCESS and set(m.modifiers[1:]) <= {"final"}
    ]


def csharp_properties(text: str) -> list[str]:
    """`Name: type` (and ` = default`) of a C# class's public auto-properties: what a settings class or a plain
    data class is, when the structure does not read it as an entity."""
    out = []
    for type_, name, default in _CS_PROPERTY.findall(text):
        shown = f"`{name}: {type_.strip()}`"
        if default and default.strip() not in ("string.Empty", '""', "new()", "null!", "default!"):
            shown += f" (default `{default.strip()}`)"
        out.append(shown)
    return out


def camel_words(name: str) -> list[str]:
    """`CreateBookCommandHandler` → `["Create", "Book", "Command", "Handler"]`."""
    return _CAMEL.findall(name)
