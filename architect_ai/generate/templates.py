"""Instruction variations for the user's own code: the strategy document's 6 base templates plus the
type-specific additions (Angular component +2, Angular service +2, .NET controller/DTO +3) → 8–10 per chunk.

The answer is always the chunk's real code, verbatim, in a fenced block headed by its path.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from architect_ai.analyze.convention_evidence import conventions_shown as conventions_shown
from architect_ai.data import Chunk, Convention, Example, chat


@dataclass(frozen=True, slots=True)
class Template:
    id: str
    text: str  # fields: {component} {file} {type} {file_type} {hint}


BASE_TEMPLATES = (
    Template("base.generate", "Generate code for {component} following the patterns in {file}.{hint}"),
    Template("base.implement", "Implement the {component} {type} based on this repository's structure.{hint}"),
    Template("base.similar", "Create a {file_type} component similar to {file}.{hint}"),
    Template("base.adapt", "Show the {component} {type} of {file}: the pattern a new feature adapts here."),
    Template("base.standards", "Write {component} following the coding standards used in this codebase.{hint}"),
    Template("base.replicate", "Replicate the structure and patterns from {file}."),
)

ROLE_TEMPLATES: dict[str, tuple[Template, ...]] = {
    "angular_component": (
        Template("ng_component.styling", "Update the Angular component {component} to match the project styling."),
        Template(
            "ng_component.like",
            "Build an Angular component like {component} with the same structure (class, template and styles).",
        ),
    ),
    "angular_service": (
        Template("ng_service.backend", "Produce the Angular service methods of {component} for the backend API.{hint}"),
        Template("ng_service.similar", "Implement a service similar to {component} for API communication.{hint}"),
    ),
    "dotnet_controller": (
        Template(
            "dotnet.api_docs",
            "Generate the .NET API code for {component} with this project's DTO naming and validation patterns.",
        ),
        Template("dotnet.mongo", "Create the .NET {type} {component} following the MongoDB integration pattern.{hint}"),
        Template("dotnet.di", "Build {component} with the same dependency injection pattern as the rest of the API."),
    ),
}
ROLE_TEMPLATES["dotnet_dto"] = ROLE_TEMPLATES["dotnet_controller"]
ROLE_TEMPLATES["dotnet_startup"] = (
    Template(
        "dotnet_startup.register", "Register the application's services in {file} following its DI pattern.{hint}"
    ),
    Template(
        "dotnet_startup.configure", "Configure the API's startup the way {file} does (settings, services, middleware)."
    ),
    Template(
        "dotnet_startup.wire", "Wire the MongoDB settings, services and middleware pipeline as {file} does.{hint}"
    ),
)
ROLE_TEMPLATES["dotnet_model"] = (
    Template(
        "dotnet_model.document", "Define the MongoDB document {component} with this project's BSON mapping.{hint}"
    ),
    Template("dotnet_model.like", "Create a document model like {component} for a new collection."),
)

#: The strategy's "+2" for every other role, so each chunk gets at least 8 variations.
GENERIC_ADDITIONS = (
    Template("role.consistent", "Write a {type} named {component} consistent with the rest of this repository.{hint}"),
    Template("role.structure", "Show how this project structures its {type} {component}, as it stands in {file}."),
)

#: Method-level tasks of the repo-wide sweep (`additional_code`).
METHOD_TEMPLATES = (
    Template("method.write", "Write the {component} method the way this codebase does it (see {file}).{hint}"),
    Template("method.implement", "Implement {component} in {file}, following the project's existing patterns."),
    Template("method.show", "Show me how {component} is implemented in our repository."),
    Template(
        "method.signature",
        "Given the signature of {component}:\n\n{signature}\n\nwrite its body as our codebase would.{hint}",
    ),
    Template("method.recreate", "Recreate {component} from {file} with the same signature, style and error handling."),
)

#: File-level tasks for files outside the first pass (tests, configuration).
FILE_TEMPLATES = (
    Template("file.write", "Write {file} ({type}) as it stands in this repository."),
    Template("file.similar", "Create a {type} like {file} for this project."),
    Template("file.replicate", "Reproduce the {type} {component} following this codebase's conventions."),
)

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
    "spring_service": "Spring service",
    "spring_repository": "Spring Data repository",
    "jpa_entity": "JPA entity",
    "nest_controller": "NestJS controller",
    "nest_module": "NestJS module",
    "nest_provider": "NestJS provider",
    "express_router": "Express router",
    "python_router": "API router",
    "python_table_model": "table model",
    "python_schema": "pydantic schema",
    "python_django_model": "Django model",
    "python_view": "view",
    "react_component": "React component",
    "react_hook": "React hook",
    "test": "test",
    "config": "configuration file",
}

FENCE_LANGUAGES = {"csharp": "csharp", "typescript": "typescript", "javascript": "javascript", "scss": "scss"}

#: How an instruction mentions a convention that shows in the chunk (names[0] filled in).
CONVENTION_HINTS = {
    "settings_interface_injection": " Inject the `{name}` settings interface through the constructor.",
    "controller_base_class": " Derive from `{name}` like the other controllers.",
    "dto_suffix": " Name data-transfer classes with the `{name}` suffix.",
    "bson_attributes": " Map the MongoDB document with the BSON attributes (`{name}`).",
    "mongo_collection_access": " Access MongoDB through `IMongoCollection<T>`.",
    "angular_httpclient_observable": " Use `HttpClient` and return `Observable`s.",
    "angular_provided_in_root": " Register it with `@Injectable({{ providedIn: 'root' }})`.",
    "di_registration": " Register dependencies the way `Program.cs` does.",
}


def role_label(role: str) -> str:
    if role in ROLE_LABELS:
        return ROLE_LABELS[role]
    return role.removeprefix("other_").replace("_", " ") + " code"


def templates_for(role: str) -> tuple[Template, ...]:
    """The 8–10 instruction templates of a chunk of this role (6 base + the role's additions)."""
    return BASE_TEMPLATES + ROLE_TEMPLATES.get(role, GENERIC_ADDITIONS)


def fence(text: str, language: str) -> str:
    """A fenced code block that survives backticks inside the code."""
    longest = max((len(m) for m in re.findall(r"`{3,}", text)), default=2)
    ticks = "`" * max(3, longest + 1)
    return f"{ticks}{FENCE_LANGUAGES.get(language, language)}\n{text.rstrip(chr(10))}\n{ticks}"


def code_answer(chunk: Chunk) -> str:
    """The chunk's real code, verbatim, each file in a fenced block headed by its path."""
    blocks = [f"`{chunk.path}` (lines {chunk.start_line}–{chunk.end_line})\n\n{fence(chunk.text, chunk.language)}"]
    blocks += [f"`{path}`\n\n{fence(text, language)}" for path, language, text in chunk.parts]
    return "\n\n".join(blocks)


def _hint(shown: Iterable[str], conventions: Sequence[Convention], salt: int) -> str:
    by_id = {c.id: c for c in conventions}
    usable = [cid for cid in shown if (cid in CONVENTION_HINTS or by_id[cid].hint) and by_id[cid].names]
    if not usable:
        return ""
    cid = usable[salt % len(usable)]
    return CONVENTION_HINTS.get(cid, by_id[cid].hint).format(name=by_id[cid].names[0])


_SIGNATURE_SKIP = ("[", "@", "//", "/*", "*", "#")


def signature_of(chunk: Chunk) -> str:
    """The declaration lines of a method chunk (attributes, decorators and comments left out), as a code block."""
    lines: list[str] = []
    for line in chunk.text.split("\n"):
        stripped = line.strip()
        if not lines and (not stripped or stripped.startswith(_SIGNATURE_SKIP)):
            continue
        head = re.split(r"\{|=>", line, maxsplit=1)[0].rstrip()
        if head.strip():
            lines.append(head)
        if head != line.rstrip() or stripped.endswith(":") or len(lines) >= 6:
            break
    return fence("\n".join(lines), chunk.language)


def _fields(chunk: Chunk, located: bool = False, placed: bool = False) -> dict[str, str]:
    """Template fields; `located` names the lines too, for a symbol that more than one chunk shares, and `placed`
    the file, for a symbol that files in different folders share (`Constants` in two projects)."""
    file_type = {"csharp": "C#", "typescript": "TypeScript"}.get(chunk.language, chunk.language)
    lines = f" (lines {chunk.start_line}–{chunk.end_line})" if located else ""
    lines = f" ({chunk.path}, lines {chunk.start_line}–{chunk.end_line})" if placed else lines
    fields = {
        "component": chunk.symbol + lines,
        "file": chunk.path + lines,
        "type": role_label(chunk.role),
        "file_type": file_type,
    }
    return {**fields, "signature": signature_of(chunk) if chunk.unit == "method" else ""}


def render_example(
    chunk: Chunk,
    template: Template,
    index: int,
    *,
    category: str,
    kind: str,
    conventions: Sequence[Convention],
    system_prompt: str,
    group_prefix: str,
    located: bool = False,
    placed: bool = False,
) -> Example:
    """The example of `chunk` for one template; the answer is the verbatim code."""
    answer = code_answer(chunk)
    shown = conventions_shown(chunk.text, conventions, chunk.language)
    fields = _fields(chunk, located, placed)
    if "{component}" in template.text:
        fields["file"] = chunk.path  # the lines are named once, with the component
    user = template.text.format(**fields, hint=_hint(shown, conventions, index))
    return Example(
        messages=chat(system_prompt, user, answer),
        category=category,
        kind=kind or chunk.role,
        domain="repo",
        source=chunk.source,
        template=template.id,
        group=f"{group_prefix}:{chunk.source}",
        conventions=shown,
    )


def template_major(
    chunks: Sequence[Chunk],
    templates_of: Callable[[Chunk], Sequence[Template]],
    **render: object,
) -> Iterator[Example]:
    """Every (chunk, template) pair once, template-major: any prefix covers as many chunks as it can.

    A symbol several chunks share (the chunks of one long file, overloads) is named with its lines, so one prompt
    never has two answers.
    """
    counts = Counter(key for chunk in chunks for key in (chunk.symbol, "path:" + chunk.path))
    shared = {key for key, n in counts.items() if n > 1}
    paths: dict[str, set[str]] = {}
    for chunk in chunks:
        paths.setdefault(chunk.symbol, set()).add(chunk.path)
    rounds = max((len(templates_of(chunk)) for chunk in chunks), default=0)
    for index in range(rounds):
        for chunk in chunks:
            templates = templates_of(chunk)
            if index < len(templates):
                located = chunk.symbol in shared or (chunk.unit != "method" and "path:" + chunk.path in shared)
                placed = len(paths[chunk.symbol]) > 1
                yield render_example(chunk, templates[index], index, located=located, placed=placed, **render)  # type: ignore[arg-type]
