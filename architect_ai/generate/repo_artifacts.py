"""Diagrams of the user's own repository (sweep kinds `repo_erd`, `repo_sequence`, `repo_architecture`).

Every diagram is built from a `RepoStructure`, so its entities, participants, messages and nodes are the
repository's real classes, routes and configuration, correct by construction. Each diagram is asked for in
several phrasings; all phrasings of one diagram share a `group`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace

from architect_ai.analyze.structure import Entity, RepoStructure
from architect_ai.analyze.structure_chains import Chain
from architect_ai.data import Example, chat
from architect_ai.generate import repo_mermaid

#: Paths named in `source` before they are folded into their folders.
MAX_SOURCE_PATHS = 5
#: Names spelled out in a phrasing before "and N more".
MAX_NAMED = 6


def repo_artifact_examples(structure: RepoStructure, *, system_prompt: str) -> Iterator[Example]:
    """ERDs, request sequences and architecture views of the repository, several phrasings each."""
    yield from erd_examples(structure, system_prompt=system_prompt)
    yield from sequence_examples(structure, system_prompt=system_prompt)
    yield from architecture_examples(structure, system_prompt=system_prompt)


def join_names(names: Sequence[str], limit: int = MAX_NAMED) -> str:
    """`A`, `A and B`, `A, B and C`, `A, B, … and 4 more`."""
    names = list(names)
    if len(names) > limit:
        return ", ".join(names[:limit]) + f" and {len(names) - limit} more"
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + f" and {names[-1]}" if names else ""


def short_source(paths: Sequence[str]) -> str:
    """Comma-joined repo paths; folded into their folders when there are many."""
    unique = sorted(dict.fromkeys(p for p in paths if p))
    if len(unique) <= MAX_SOURCE_PATHS:
        return ",".join(unique)
    folders = sorted({p.rsplit("/", 1)[0] if "/" in p else "." for p in unique})
    for depth in (2, 1):
        if len(folders) <= MAX_SOURCE_PATHS:
            break
        folders = sorted({"/".join(f.split("/")[:depth]) for f in folders})
    if len(folders) <= MAX_SOURCE_PATHS:
        return ",".join(folders)
    return ",".join(folders[:MAX_SOURCE_PATHS]) + f",+{len(folders) - MAX_SOURCE_PATHS} more"


def mermaid_answer(lead_in: str, diagram: str) -> str:
    return f"{lead_in}\n\n```mermaid\n{diagram}\n```"


def _examples(
    kind: str, group: str, source: str, prompts: Sequence[tuple[str, str]], answer: str, system_prompt: str
) -> Iterator[Example]:
    for template, user in prompts:
        yield Example(
            messages=chat(system_prompt, user, answer),
            category="sweep",
            kind=kind,
            domain="repo",
            source=source,
            template=template,
            group=group,
        )


# --- ERDs ------------------------------------------------------------------------------------------------------


#: Base classes followed up for inherited fields (`Product : AuditedEntity : Entity`).
MAX_BASE_DEPTH = 5


def with_inherited(entity: Entity, structure: RepoStructure) -> Entity:
    """The entity with the fields of its base classes first (`Product : Entity` gets `Entity.Id`), when the bases
    are data classes of the repository; the entity itself when none is."""
    inherited: list = []
    seen = {entity.name}
    current = entity
    for _ in range(MAX_BASE_DEPTH):
        bases = [b for c in structure.classes_named(current.name) for b in c.interfaces]
        base = next(
            (
                found
                for name in (b.split("<", 1)[0].strip() for b in bases)
                if name not in seen and (found := structure.entity(name, entity.language)) is not None
            ),
            None,
        )
        if base is None:
            break
        seen.add(base.name)
        inherited = list(base.fields) + inherited
        current = base
    own = {f.name for f in entity.fields}
    extra = tuple(f for f in dict((f.name, f) for f in inherited).values() if f.name not in own)
    return replace(entity, fields=extra + entity.fields) if extra else entity


def erd_scope(structure: RepoStructure) -> list[Entity]:
    """The data model, one entity per name: the types the code persists (`RepoStructure.persisted`: collections,
    DbSets, tables, `@Entity`s) and the value types they embed; when the code persists nothing visibly, back-end
    documents and models (client models when there is no back end).

    Id-less models are kept only when another entity embeds them (an `Address` inside `Author`).
    """
    persisted = {name for name, _ in structure.persisted}
    if persisted:  # the types the code stores, and the types they reference (a `CategoryIds`, an owned `Address`)
        stored: dict[str, Entity] = {}
        for entity in sorted(structure.entities, key=lambda e: e.language == "typescript"):
            if entity.name in persisted and entity.kind != "dto":
                stored.setdefault(entity.name, entity)
        related = {f.ref for e in stored.values() for f in e.references}
        for entity in structure.entities:
            if entity.name in related and entity.kind != "dto" and entity.language != "typescript":
                stored.setdefault(entity.name, entity)
        return sorted((with_inherited(e, structure) for e in stored.values()), key=lambda e: (e.path, e.line))
    candidates = [e for e in structure.entities if e.kind != "dto" and e.language != "typescript"]
    candidates = candidates or [e for e in structure.entities if e.kind != "dto"]
    unique: dict[str, Entity] = {}
    for entity in candidates:
        unique.setdefault(entity.name, entity)
    referenced = {f.ref for e in unique.values() for f in e.references}
    return [e for e in unique.values() if e.kind == "document" or e.id_field is not None or e.name in referenced]


def _noun(entities: Sequence[Entity], structure: RepoStructure) -> str:
    mongo = any(e.name == "MongoDB" for e in structure.databases)
    return "MongoDB documents" if mongo and all(e.kind == "document" for e in entities) else "entities"


def erd_examples(structure: RepoStructure, *, system_prompt: str) -> Iterator[Example]:
    scope = erd_scope(structure)
    if not scope:
        return
    names = [e.name for e in scope]
    noun = _noun(scope, structure)
    folder = short_source([e.path for e in scope])
    known = set(names)
    relations = sum(1 for e in scope for f in e.references if f.ref in known)
    lead = (
        f"Here is the data model of this repository: {len(scope)} {noun} ({join_names(names)}) with their "
        f"fields and {relations} relationship{'s' if relations != 1 else ''}, as the classes define them."
    )
    prompts = [
        ("repo_erd.whole.1", "Draw an ERD of this repository's data model."),
        ("repo_erd.whole.2", f"Create a Mermaid erDiagram of our {join_names(names)} {noun} with their fields."),
        ("repo_erd.whole.3", f"What does the data model of this codebase look like? Show the {noun} as an ER diagram."),
        ("repo_erd.whole.4", f"Give me an entity-relationship diagram of the classes in {folder}."),
    ]
    whole = repo_mermaid.erd(scope)
    yield from _examples("repo_erd", "repo_erd:whole", folder, prompts, mermaid_answer(lead, whole), system_prompt)
    by_name = {e.name: e for e in scope}
    referrers: dict[str, list[str]] = {}
    for e in scope:
        for ref in dict.fromkeys(f.ref for f in e.references):
            if ref != e.name:
                referrers.setdefault(ref, []).append(e.name)
    for entity in scope:
        outgoing = [f.ref for f in entity.references if f.ref in by_name and f.ref != entity.name]
        incoming = referrers.get(entity.name, [])
        neighbours = list(dict.fromkeys(outgoing + incoming))
        members = [entity] + [by_name[n] for n in neighbours]
        diagram = repo_mermaid.erd(members, focus=entity.name)
        if not neighbours or diagram == whole:
            continue
        lead = f"Here is {entity.name} with the entities it is related to ({join_names(neighbours)}):"
        prompts = [
            ("repo_erd.focus.1", f"Draw an ERD of {entity.name} and the entities it is related to."),
            ("repo_erd.focus.2", f"Show how {entity.name} relates to {join_names(neighbours)} as a Mermaid erDiagram."),
            (
                "repo_erd.focus.3",
                f"Which entities does {entity.name} reference or belong to? Answer with an ER diagram.",
            ),
        ]
        source = short_source([m.path for m in members])
        yield from _examples(
            "repo_erd", f"repo_erd:{entity.name}", source, prompts, mermaid_answer(lead, diagram), system_prompt
        )
    dtos = list({e.name: e for e in structure.entities if e.kind == "dto" and e.language != "typescript"}.values())
    dto_names = {e.name for e in dtos}
    if len(dtos) >= 2 and any(f.ref in dto_names for e in dtos for f in e.references):
        names = [e.name for e in dtos]
        lead = f"Here are the API's transfer objects ({join_names(names)}) and how they nest:"
        prompts = [
            ("repo_erd.dto.1", "Draw an ER diagram of the DTOs of our API."),
            ("repo_erd.dto.2", f"Show {join_names(names)} and their relationships as a Mermaid erDiagram."),
        ]
        source = short_source([e.path for e in dtos])
        yield from _examples(
            "repo_erd", "repo_erd:dtos", source, prompts, mermaid_answer(lead, repo_mermaid.erd(dtos)), system_prompt
        )


# --- sequences -------------------------------------------------------------------------------------------------


def _sequence_prompts(chain: Chain, db: str) -> list[tuple[str, str]]:
    endpoint, client, use = chain.endpoint, chain.client, chain.component
    action = f"{endpoint.controller}.{endpoint.action}"
    if client is not None and use is not None:
        call = f"{client.service}.{client.method}()"
        return [
            (
                "repo_sequence.component.1",
                f"How does the {use.component} get its data in {use.caller}()? Draw the sequence diagram.",
            ),
            ("repo_sequence.component.2", f"Draw the sequence for {client.verb} {client.url}."),
            (
                "repo_sequence.component.3",
                f"Show what happens when {use.component} calls {call}, down to {db}, as a Mermaid sequence diagram.",
            ),
            (
                "repo_sequence.component.4",
                f"Which classes take part when {use.component}.{use.caller}() runs? Draw the request flow.",
            ),
        ]
    if client is not None:
        return [
            ("repo_sequence.client.1", f"Draw the sequence for {client.verb} {client.url}."),
            (
                "repo_sequence.client.2",
                f"How does the Angular {client.service}.{client.method}() reach {db}? Draw a sequence diagram.",
            ),
            (
                "repo_sequence.client.3",
                f"Show the request flow from {client.service}.{client.method}() through {action} as a sequence diagram.",
            ),
        ]
    return [
        ("repo_sequence.endpoint.1", f"Draw the sequence for {endpoint.verb} {endpoint.route}."),
        ("repo_sequence.endpoint.2", f"How does {action} handle a request? Draw a sequence diagram."),
        (
            "repo_sequence.endpoint.3",
            f"Show the call flow behind {endpoint.verb} {endpoint.route} as a Mermaid sequence diagram.",
        ),
    ]


def sequence_examples(structure: RepoStructure, *, system_prompt: str) -> Iterator[Example]:
    db = structure.databases[0].name if structure.databases else "the database"
    for chain in structure.chains():
        if not chain.steps and chain.client is None:
            continue
        endpoint = chain.endpoint
        start = chain.component.component if chain.component else (chain.client.service if chain.client else "a client")
        end = db if chain.collections else (chain.steps[-1].call.target if chain.steps else endpoint.controller)
        route = chain.client.url if chain.client is not None else endpoint.route
        lead = (
            f"Here is the request path of `{endpoint.verb} {route}`, from {start} to {end}, as the code implements it:"
        )
        paths = [endpoint.path] + [s.method.path for s in chain.steps if s.method is not None]
        if chain.client is not None:
            paths.insert(0, chain.client.path)
        if chain.component is not None:
            paths.insert(0, chain.component.path)
        diagram = repo_mermaid.sequence(chain, structure)
        yield from _examples(
            "repo_sequence",
            f"repo_sequence:{chain.key}",
            short_source(paths),
            _sequence_prompts(chain, db),
            mermaid_answer(lead, diagram),
            system_prompt,
        )


# --- architecture ----------------------------------------------------------------------------------------------


def architecture_examples(structure: RepoStructure, *, system_prompt: str) -> Iterator[Example]:
    controllers = sorted({e.controller for e in structure.endpoints})
    front = sorted({c.name for c in structure.classes if c.kind in ("component", "angular_service")})
    if not controllers and not front:
        return
    stores = join_names([e.name for e in structure.databases]) or "the data store"
    externals = [e.name for e in structure.externals if e.kind not in ("database", "cache", "search")]
    paths = [c.path for c in structure.classes if c.kind not in ("entity", "config")]
    paths += [p for e in structure.externals for p in e.sources]
    whole = repo_mermaid.architecture(structure, "whole")
    parts = ["the Angular front end"] if front else []
    if controllers:  # said as drawn: a Python API's routers, and their services only where the code has some
        handlers = "routers" if repo_mermaid.api_title(structure) == "Python API" else "controllers"
        if handlers == "routers" and all(c == "views" or c.endswith(("View", "ViewSet")) for c in controllers):
            handlers = "views"  # Django's class-based views and function views (their module `views`)
        called = repo_mermaid.backend_services(structure)
        kinds = {c.kind for c in structure.classes if c.name in called}
        layer = (
            " and their services" if "service" in kinds or not kinds <= {"repository"} else " and their repositories"
        )
        parts.append(f"the API {handlers}{layer if called else ''}")
    parts += [stores] if structure.databases else []
    parts += [f"external services ({join_names(externals)})"] if externals else []
    views = [
        (
            "whole",
            whole,
            f"Here is the architecture of this repository, from its code and configuration: {join_names(parts)}.",
            [
                ("repo_architecture.whole.1", "Draw the architecture of this repository as a Mermaid flowchart."),
                (
                    "repo_architecture.whole.2",
                    f"Give me an architecture diagram of our system, from the {'front end' if front else 'API'} to {stores}.",
                ),
                (
                    "repo_architecture.whole.3",
                    "How is this codebase structured end to end? Show the layers as a flowchart with subgraphs.",
                ),
                (
                    "repo_architecture.whole.4",
                    "Create a high-level system architecture diagram of this application, including its external dependencies.",
                ),
            ],
        )
    ]
    if controllers:
        views.append(
            (
                "backend",
                repo_mermaid.architecture(structure, "backend"),
                f"Here is the back end: {join_names(controllers)} calling the services and repositories that use {stores}.",
                [
                    (
                        "repo_architecture.backend.1",
                        "Draw the backend architecture: controllers, services, repositories and data stores.",
                    ),
                    ("repo_architecture.backend.2", f"How does our API reach {stores}? Show it as a flowchart."),
                    (
                        "repo_architecture.backend.3",
                        "Which services do our controllers depend on? Draw the API layers as a Mermaid flowchart.",
                    ),
                ],
            )
        )
    if front and controllers:
        views.append(
            (
                "frontend",
                repo_mermaid.architecture(structure, "frontend"),
                "Here is how the Angular components and services connect to the API controllers:",
                [
                    (
                        "repo_architecture.frontend.1",
                        "Which Angular components and services call which API controllers? Draw it as a flowchart.",
                    ),
                    ("repo_architecture.frontend.2", "Draw the front-end architecture and how it connects to the API."),
                ],
            )
        )
    seen: set[str] = set()
    for name, diagram, lead, prompts in views:
        if diagram in seen:
            continue
        seen.add(diagram)
        yield from _examples(
            "repo_architecture",
            f"repo_architecture:{name}",
            short_source(paths),
            prompts,
            mermaid_answer(lead, diagram),
            system_prompt,
        )
