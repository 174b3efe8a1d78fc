"""What every repo-grounded code example shares: role labels, fences, the answer block, convention hints.

The answer is always the chunk's real code, verbatim, in a fenced block headed by its path (never its line range:
a prompt's task, not a file's position, is what a model should learn to answer). The tasks themselves are in
`generate.tasks` (units and members) and `generate.transfer` (blind specs and sibling analogies).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import PurePosixPath

from architect_ai.analyze.convention_evidence import conventions_shown as conventions_shown
from architect_ai.analyze.miner_conventions import HINTS
from architect_ai.data import Chunk, Convention
from architect_ai.lang import language
from architect_ai.lang.facts import file_facts

ROLE_LABELS = {
    "dotnet_controller": "controller",
    "dotnet_dto": "DTO",
    "dotnet_model": "document model",
    "dotnet_service": "service",
    "dotnet_repository": "repository",
    "dotnet_settings": "settings class",
    "dotnet_startup": "startup configuration",
    "dotnet_middleware": "middleware",
    "angular_component": "Angular component",
    "angular_service": "Angular service",
    "angular_model": "Angular model",
    "angular_module": "Angular module",
    "angular_guard": "Angular guard",
    "angular_interceptor": "Angular HTTP interceptor",
    "angular_pipe": "Angular pipe",
    "angular_routing": "Angular routing module",
    "dotnet_endpoints": "minimal-API endpoint group",
    "dotnet_request": "MediatR request",
    "dotnet_request_handler": "request handler",
    "dotnet_pipeline_behaviour": "MediatR pipeline behaviour",
    "dotnet_dbcontext": "EF Core DbContext",
    "dotnet_entity_configuration": "EF Core entity configuration",
    "dotnet_validator": "FluentValidation validator",
    "dotnet_mapping_profile": "AutoMapper profile",
    "dotnet_grpc_service": "gRPC service",
    "dotnet_hub": "SignalR hub",
    "dotnet_integration_event": "integration event",
    "dotnet_domain": "domain type",
    "spring_controller": "Spring REST controller",
    "spring_mvc_controller": "Spring MVC controller",
    "spring_service": "Spring service",
    "spring_repository": "Spring Data repository",
    "jpa_entity": "JPA entity",
    "nest_controller": "NestJS controller",
    "nest_module": "NestJS module",
    "nest_provider": "NestJS provider",
    "express_router": "Express router",
    "express_controller": "Express controller",
    "express_validation": "request validation schema",
    "express_error": "error handling module",
    "mongoose_model": "Mongoose model",
    "go_router": "Go router setup",
    "go_handler": "Go HTTP handler",
    "go_model": "GORM model",
    "go_repository": "Go repository",
    "go_errors": "Go error helpers",
    "go_validator": "Go validator",
    "go_serializer": "Go serializer",
    "python_router": "API router",
    "python_table_model": "table model",
    "python_schema": "pydantic schema",
    "python_django_model": "Django model",
    "python_view": "view",
    "python_service": "service module",
    "python_selector": "selector module",
    "python_urls": "URL conf",
    "blazor_component": "Blazor component",
    "react_component": "React component",
    "react_hook": "React hook",
    "test": "test",
    "config": "configuration file",
}

FENCE_LANGUAGES = {"csharp": "csharp", "typescript": "typescript", "javascript": "javascript", "scss": "scss"}

#: How an instruction mentions a miner convention that shows in the chunk (names[0] filled in); defined with the
#: convention (`analyze/miner_conventions.py`).
CONVENTION_HINTS = HINTS


def role_label(role: str) -> str:
    """How a sentence names a file of this role: `controller`, `Angular service`; a file no role knows is its
    language's code (`other_go` → `Go code`)."""
    if role in ROLE_LABELS:
        return ROLE_LABELS[role]
    rest = role.removeprefix("other_")
    record = language(rest)
    return f"{record.title if record is not None else rest.replace('_', ' ')} code"


def file_label(chunk: Chunk) -> str:
    """How a sentence names the file (module) a chunk is: `Go file`, `Python module`, `Angular guard file`,
    `service module` — a role's label with the file's kind, once."""
    kind = "module" if chunk.language == "python" else "file"
    if chunk.role == f"other_{chunk.language}":
        record = language(chunk.language)
        return f"{record.title if record is not None else chunk.language} {kind}"
    label = role_label(chunk.role)
    return label if label.endswith(kind) else f"{label} {kind}"


def unit_label(chunk: Chunk) -> str:
    """The role's label. A file no role knows is named by what it declares: a Python module of several things is a
    module, of one class that class; otherwise the language's type, function or file (`Go type`, `Go function`,
    `Go file`)."""
    label = role_label(chunk.role)
    if chunk.language == "python" and chunk.symbol == PurePosixPath(chunk.path).stem:
        return file_label(chunk)
    if chunk.language == "python" and label == "Python code":
        return "Python class"  # a module's one class names it (`python_module.main_symbol`)
    record = language(chunk.language)
    if record is None or chunk.role != f"other_{chunk.language}" or chunk.language == "python":
        return label
    facts = file_facts(chunk.text, chunk.language, chunk.path)
    types = [n for n, _ in facts.types] if facts is not None else []
    functions = [n for n, _ in facts.functions] if facts is not None else []
    if types == [chunk.symbol] and not functions:
        return f"{record.title} type"
    if functions == [chunk.symbol] and not types:
        return f"{record.title} function"
    return file_label(chunk)  # several declarations: a type beside free functions, or many functions


def plural(label: str) -> str:
    """`service` → `services`, `settings class` → `settings classes`; a label already plural stays (`Go error
    helpers`)."""
    if label.endswith(("ss", "x", "sh", "ch")):
        return label + "es"
    return label if label.endswith("s") else label + "s"


def fence(text: str, language: str) -> str:
    """A fenced code block that survives backticks inside the code."""
    longest = max((len(m) for m in re.findall(r"`{3,}", text)), default=2)
    ticks = "`" * max(3, longest + 1)
    return f"{ticks}{FENCE_LANGUAGES.get(language, language)}\n{text.rstrip(chr(10))}\n{ticks}"


def code_answer(chunk: Chunk) -> str:
    """The chunk's real code, verbatim, each file in a fenced block headed by its path."""
    blocks = [f"`{chunk.path}`\n\n{fence(chunk.text, chunk.language)}"]
    blocks += [f"`{path}`\n\n{fence(text, language)}" for path, language, text in chunk.parts]
    return "\n\n".join(blocks)


def convention_hint(shown: Iterable[str], conventions: Sequence[Convention], salt: int) -> str:
    """A sentence naming one convention the answer shows (true by construction: `shown` is read off the answer)."""
    by_id = {c.id: c for c in conventions}
    usable = [
        cid for cid in shown if cid in by_id and (cid in CONVENTION_HINTS or by_id[cid].hint) and by_id[cid].names
    ]
    if not usable:
        return ""
    cid = usable[salt % len(usable)]
    return CONVENTION_HINTS.get(cid, by_id[cid].hint).format(name=by_id[cid].names[0])


_SIGNATURE_SKIP = ("[", "@", "//", "/*", "*", "#")


def _body_start(line: str) -> int:
    """Where a declaration line's body opens: its first `{` or `=>` outside parentheses and brackets (Go's
    `interface{}` and a `= {}` default are parameters), else the line's end."""
    depth = 0
    for index, char in enumerate(line):
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        elif depth == 0 and (char == "{" or line.startswith("=>", index)):
            return index
    return len(line)


def signature_of(chunk: Chunk) -> str:
    """The declaration lines of a method chunk (attributes, decorators and comments left out), as a code block."""
    lines: list[str] = []
    for line in chunk.text.split("\n"):
        stripped = line.strip()
        if not lines and (not stripped or stripped.startswith(_SIGNATURE_SKIP)):
            continue
        ruby = chunk.language == "ruby"  # no brace ends a Ruby `def` line: its parameters closing do
        head = line.rstrip() if ruby else line[: _body_start(line)].rstrip()
        if head.strip():
            lines.append(head)
        if head != line.rstrip() or stripped.endswith(":") or len(lines) >= 6:
            break
        if ruby and "".join(lines).count("(") <= "".join(lines).count(")"):
            break
    return fence("\n".join(lines), chunk.language)
