"""The repository's structure, as compact facts: entities, endpoints, services, client calls, externals.

One pass over the files with `StructureCollector.add(file, role)`; `result()` resolves names across files
(interfaces → implementations, `XxxId` → entity `Xxx`, `environment.apiUrl` → `/api`) and returns a frozen
`RepoStructure`. Generators build diagrams and cross-file examples from it, so every fact is extracted from the
code and configuration, never invented.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from types import MappingProxyType

from architect_ai.analyze import structure_chains
from architect_ai.analyze.code_text import code_only
from architect_ai.analyze.structure_config import externals_from_environment, is_config_file, read_config
from architect_ai.analyze.structure_csharp import read_csharp
from architect_ai.analyze.structure_django import DjangoRoute, DjangoView, django_endpoints, read_django
from architect_ai.analyze.structure_facts import FileFacts, RawClientCall
from architect_ai.analyze.structure_fastapi import read_fastapi
from architect_ai.analyze.structure_java import read_java, read_spring
from architect_ai.analyze.structure_kotlin import read_kotlin
from architect_ai.analyze.structure_minimal_api import REQUEST_TARGET, read_minimal_apis
from architect_ai.analyze.structure_model import RepoStructure
from architect_ai.analyze.structure_persistence import dbset_properties, persisted_types
from architect_ai.analyze.structure_python import django_entities, read_python
from architect_ai.analyze.structure_records import (
    Call,
    ClassInfo,
    ClientCall,
    Collection,
    ComponentUse,
    Endpoint,
    Entity,
    External,
    Field,
    ServiceMethod,
    Snippet,
)
from architect_ai.analyze.structure_resolve import (
    dbset_collections,
    element_type,
    inherited_collections,
    merge_externals,
    resolve_entities,
)
from architect_ai.analyze.structure_services import Project, providers_in, read_project
from architect_ai.analyze.structure_ts import read_typescript
from architect_ai.data import SourceFile

__all__ = [
    "Call",
    "ClassInfo",
    "ClientCall",
    "Collection",
    "ComponentUse",
    "Endpoint",
    "Entity",
    "External",
    "Field",
    "RepoStructure",
    "ServiceMethod",
    "Snippet",
    "StructureCollector",
    "collect_structure",
    "element_type",
]

_ENV_PRIORITY = ("environment.ts", "environment.development.ts", "environment.dev.ts")


_REGISTRATION = re.compile(r"\.(?:Add(?:Scoped|Singleton|Transient|HostedService)|Configure)\s*<")


def _registrations(path: str, text: str) -> list[Snippet]:
    """Each dependency-injection registration line of a startup file, verbatim."""
    return [
        Snippet(path, number, number, line, "csharp")
        for number, line in enumerate(text.split("\n"), 1)
        if _REGISTRATION.search(line)
    ]


class StructureCollector:
    """Collects structure facts file by file; keeps only compact facts and the snippets generators may quote."""

    def __init__(self) -> None:
        self._facts = FileFacts()
        self._environments: dict[str, dict[str, str]] = {}
        self._registrations: list[Snippet] = []
        self._persisted: set[tuple[str, str]] = set()
        self._dbsets: dict[str, str] = {}
        self._projects: list[Project] = []
        self._providers: list[tuple[str, str]] = []
        self._django_routes: list[DjangoRoute] = []
        self._django_views: list[DjangoView] = []

    def add(self, file: SourceFile, role: str) -> None:
        """Read one file (any language; unknown ones are ignored). Never raises on odd content."""
        path, text, language = file.path, file.text, file.language.lower()
        if role == "test":  # test doubles and fixtures are not the application's structure
            return
        try:
            self._persisted.update(persisted_types(path, text, language))
            if path.endswith(".cs") or language in ("csharp", "c#"):
                read_csharp(path, text, role, self._facts)
                read_minimal_apis(path, text, self._facts)
                if "DbSet" in text:
                    self._dbsets.update(dbset_properties(path, text))
                if ".Use" in text:
                    self._providers += providers_in(path, "\n".join(code_only(text, "csharp", path)))
                if role == "dotnet_startup":
                    self._registrations += _registrations(path, text)
            elif path.endswith((".ts", ".tsx")) and not path.endswith((".spec.ts", ".d.ts")):
                env = FileFacts()
                read_typescript(path, text, role, env)
                self._merge(env)
                if env.environment:
                    self._environments[path] = env.environment
                    externals_from_environment(path, env.environment, self._facts)
            elif path.endswith(".py") or language == "python":
                read_python(path, text, self._facts)
                read_fastapi(path, text, role, self._facts)
                django = read_django(path, text, role)
                if django is not None:
                    self._django_routes += django.routes
                    self._django_views += django.views
                    self._facts.classes += django.classes
                    self._facts.service_methods += django.service_methods
                    self._facts.snippets += django.snippets
            elif language == "java":
                read_java(path, text, language, self._facts)
                read_spring(path, text, role, self._facts)
            elif language == "kotlin":
                read_kotlin(path, text, role, self._facts)
            elif is_config_file(path):
                read_config(path, text, self._facts)
                if path.endswith(".csproj"):
                    self._projects.append(read_project(path, text))
        except (RecursionError, ValueError, UnicodeError):
            return

    def _merge(self, other: FileFacts) -> None:
        for name in ("entities", "endpoints", "service_methods", "collections", "client_calls", "component_uses"):
            getattr(self._facts, name).extend(getattr(other, name))
        for name in ("externals", "classes", "snippets", "middleware"):
            getattr(self._facts, name).extend(getattr(other, name))
        self._facts.url_fields.update(other.url_fields)

    def result(self) -> RepoStructure:
        """Resolve names across files and freeze the facts."""
        facts = self._facts
        facts.endpoints += django_endpoints(self._django_routes, self._django_views)
        self._django_routes, self._django_views = [], []  # joined once: a second result() adds none again
        facts.entities += django_entities(facts.django_pending, facts.django_abstract)
        facts.django_pending = []
        classes = tuple(sorted(set(facts.classes), key=lambda c: (c.path, c.start_line, c.name)))
        known = {c.name for c in classes if c.kind in ("service", "repository", "controller")}
        implements: dict[str, str] = {}
        for cls in classes:
            for base in cls.interfaces:
                implements.setdefault(base.split("<", 1)[0].strip(), cls.name)
                request = re.match(r"I(?:Request|Command|Query)Handler\s*<\s*([\w.]+)", base)
                if request:  # a mediator request → its handler (`ISender.Send(new X())` → XHandler.Handle)
                    implements.setdefault(REQUEST_TARGET + request.group(1).rsplit(".", 1)[-1], cls.name)

        def resolve(calls: tuple[Call, ...]) -> tuple[Call, ...]:
            out = []
            for call in calls:
                target = call.target if call.target in known else implements.get(call.target, "")
                if target:
                    out.append(replace(call, target=target))
            return tuple(out)

        endpoints = tuple(
            sorted(
                {replace(e, calls=resolve(e.calls)) for e in facts.endpoints},
                key=lambda e: (e.path, e.start_line, e.verb, e.route),
            )
        )
        services = tuple(sorted({replace(m, calls=resolve(m.calls)) for m in facts.service_methods}, key=_by_place))
        settings = dict(sorted(facts.settings.items()))
        collections = tuple(
            sorted(
                {
                    replace(c, name=settings.get(c.name[8:], "") if c.name.startswith("setting:") else c.name)
                    for c in facts.collections
                },
                key=lambda c: (c.path, c.owner, c.entity, c.name),
            )
        )
        services = inherited_collections(services, classes, collections, facts.snippets)
        services = dbset_collections(services, self._dbsets, facts.snippets)
        environment = self._environment()
        client_calls = tuple(
            sorted({_client_call(c, facts.url_fields, environment) for c in facts.client_calls}, key=_by_place)
        )
        ng_services = {c.name for c in classes if c.kind == "angular_service"}
        uses = tuple(
            sorted(
                {u for u in facts.component_uses if u.service in ng_services},
                key=lambda u: (u.path, u.line, u.component, u.caller, u.method),
            )
        )
        stored = {c.entity for c in collections} | {name for name, _ in self._persisted}
        named = {e.name for e in facts.entities}
        rich = [e for e in facts.candidates if e.name in stored and e.name not in named]
        entities = resolve_entities(facts.entities + rich, stored)
        externals = list(facts.externals)
        mongo = {name for name, store in self._persisted if store == "MongoDB"}
        mongo_collections = [c for c in collections if c.entity in mongo]
        if mongo_collections and not any(e.name == "MongoDB" for e in externals):
            paths = tuple(sorted({c.path for c in mongo_collections}))
            externals.append(External("database", "MongoDB", "", paths))
        middleware = list(dict.fromkeys(facts.middleware))
        middleware += [c.name for c in classes if c.kind == "middleware" and c.name not in middleware]
        return RepoStructure(
            entities=entities,
            endpoints=endpoints,
            services=services,
            collections=collections,
            client_calls=client_calls,
            component_uses=uses,
            externals=merge_externals(externals),
            middleware=tuple(middleware),
            classes=classes,
            settings=tuple(settings.items()),
            snippets=MappingProxyType({s.source: s for s in sorted(set(facts.snippets), key=lambda s: s.source)}),
            registrations=tuple(sorted(self._registrations, key=_by_place)),
            persisted=tuple(sorted(self._persisted)),
            projects=tuple(sorted(self._projects, key=lambda p: p.folder)),
            providers=tuple(sorted(set(self._providers))),
        )

    def _environment(self) -> dict[str, str]:
        def rank(path: str) -> tuple[int, str]:
            name = path.rsplit("/", 1)[-1]
            return (_ENV_PRIORITY.index(name) if name in _ENV_PRIORITY else len(_ENV_PRIORITY), path)

        merged: dict[str, str] = {}
        for path in sorted(self._environments, key=rank, reverse=True):
            merged.update(self._environments[path])
        return merged


def collect_structure(files: Iterable[tuple[SourceFile, str]]) -> RepoStructure:
    """`StructureCollector` over (file, role) pairs, for callers that have them at hand."""
    collector = StructureCollector()
    for file, role in files:
        collector.add(file, role)
    return collector.result()


def _by_place(record) -> tuple:
    return (record.path, record.start_line, getattr(record, "service", ""), getattr(record, "method", ""))


def _client_call(raw: RawClientCall, url_fields: dict, environment: dict[str, str]) -> ClientCall:
    url = structure_chains.normalise_url(structure_chains.render_url(raw.url, url_fields, environment))
    return ClientCall(raw.service, raw.method, raw.verb, url, raw.returns, raw.path, raw.start_line, raw.end_line)
