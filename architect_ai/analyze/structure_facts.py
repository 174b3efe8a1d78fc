"""What one file contributes to a `RepoStructure`, before names are resolved across files.

The per-language readers (`structure_csharp`, `structure_ts`, `structure_python`, `structure_config`) fill a
`FileFacts`; `StructureCollector` merges them and resolves references (interfaces → implementations, `XxxId` →
entity `Xxx`, `this.apiUrl` → `/api/books`) once every file has been seen.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from architect_ai.analyze.structure_records import (
    ClassInfo,
    Collection,
    ComponentUse,
    Endpoint,
    Entity,
    External,
    ServiceMethod,
    Snippet,
)

#: A URL expression before resolution: ("lit", "/books"), ("ref", "this.apiUrl" | "env.apiUrl"), ("param", "id").
UrlPart = tuple[str, str]


@dataclass(frozen=True, slots=True)
class RawClientCall:
    """An Angular `this.http.<verb>(url…)` call whose URL still holds references to fields and the environment."""

    service: str
    method: str
    verb: str
    url: tuple[UrlPart, ...]
    returns: str
    path: str
    start_line: int
    end_line: int


@dataclass(slots=True)
class FileFacts:
    """Facts found in one file (mutable while a reader fills it)."""

    entities: list[Entity] = field(default_factory=list)
    #: Classes with properties *and* behaviour: entities only when the repository persists them.
    candidates: list[Entity] = field(default_factory=list)
    endpoints: list[Endpoint] = field(default_factory=list)
    service_methods: list[ServiceMethod] = field(default_factory=list)
    collections: list[Collection] = field(default_factory=list)
    client_calls: list[RawClientCall] = field(default_factory=list)
    component_uses: list[ComponentUse] = field(default_factory=list)
    externals: list[External] = field(default_factory=list)
    classes: list[ClassInfo] = field(default_factory=list)
    snippets: list[Snippet] = field(default_factory=list)
    middleware: list[str] = field(default_factory=list)
    #: Angular class fields that hold URLs: "Class.field" → parts.
    url_fields: dict[str, tuple[UrlPart, ...]] = field(default_factory=dict)
    #: Front-end environment values (non-secret strings only): key → value.
    environment: dict[str, str] = field(default_factory=dict)
    #: Non-secret configuration values used to name things: e.g. "BooksCollectionName" → "books".
    settings: dict[str, str] = field(default_factory=dict)
    #: Django: abstract models (name → their fields, their bases of other files) and the models that inherit from
    #: bases of other files, with those bases (`structure_python.django_entities` joins them once all are read).
    django_abstract: dict[str, tuple] = field(default_factory=dict)
    django_pending: list[tuple] = field(default_factory=list)


def python_def_span(node) -> tuple[int, int]:
    """First and last line (1-based) of a Python `def` read with `ast`, its decorators included."""
    start = node.decorator_list[0].lineno if node.decorator_list else node.lineno
    return start, node.end_lineno or node.lineno


def snippet_of(path: str, lines: list[str], start_row: int, end_row: int, language: str) -> Snippet:
    """The verbatim lines `start_row..end_row` (0-based, inclusive) of a file as a `Snippet`."""
    text = "\n".join(lines[start_row : end_row + 1])
    return Snippet(path, start_row + 1, end_row + 1, text, language)


def add_handler(
    facts: FileFacts,
    controller: str,
    verb: str,
    route: tuple[str, str],
    action: str,
    calls,
    span,
    path,
    lines,
    language,
) -> None:
    """One controller handler: its `Endpoint` (the class prefix and the handler's template joined: `/owners/new`)
    and its verbatim snippet. `span` is its first and last row, 0-based (its annotations included)."""
    start, end = span
    full = "/" + "/".join(p.strip("/") for p in route if p.strip("/"))
    facts.endpoints.append(Endpoint(controller, verb, full, action, tuple(calls), (), path, start + 1, end + 1))
    facts.snippets.append(snippet_of(path, lines, start, end, language))


def whole_file_snippet(path: str, lines: list[str], language: str) -> Snippet:
    """The whole file (without trailing blank lines) as a `Snippet`: what "copy this file" answers quote."""
    end = len(lines) - 1
    while end > 0 and not lines[end].strip():
        end -= 1
    return snippet_of(path, lines, 0, max(end, 0), language)
