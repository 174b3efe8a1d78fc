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
from architect_ai.analyze.structure_config import is_config_file, read_config
from architect_ai.analyze.structure_django import DjangoRoute, DjangoView, django_endpoints
from architect_ai.analyze.structure_facts import FileFacts, RawClientCall
from architect_ai.analyze.structure_minimal_api import REQUEST_TARGET
from architect_ai.analyze.structure_model import RepoStructure
from architect_ai.analyze.structure_persistence import persisted_types
from architect_ai.analyze.structure_python import django_entities
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
from architect_ai.analyze.structure_services import Project, read_project
from architect_ai.data import SourceFile
from architect_ai.lang import file_language

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


class StructureCollector:
    """Collects structure facts file by file; keeps only compact facts and the snippets generators may quote."""

    def __init__(self) -> None:
        self.facts = FileFacts()
        self.environments: dict[str, dict[str, str]] = {}
        self.registrations: list[Snippet] = []
        self.persisted: set[tuple[str, str]] = set()
        self.dbsets: dict[str, str] = {}
        self.projects: list[Project] = []
        self.providers: list[tuple[str, str]] = []
        self.django_routes: list[DjangoRoute] = []
        self.django_views: list[DjangoView] = []

    def add(self, file: SourceFile, role: str) -> None:
        """Read one file (any language; unknown ones are ignored). Never raises on odd content.

        A code file is read by its registered language's structure readers (`Language.structure`, `lang/`), in
        order; a configuration file (appsettings, compose, package.json, .csproj) by the configuration reader."""
        path, text, language = file.path, file.text, file.language.lower()
        if role == "test":  # test doubles and fixtures are not the application's structure
            return
        lang = file_language(language, path)
        try:
            self.persisted.update(persisted_types(path, text, language))
            readers = lang.structure_readers() if lang is not None else ()
            for reader in readers:
                reader(file, role, self)
            if not readers and is_config_file(path):
                read_config(path, text, self.facts)
                if path.endswith(".csproj"):
                    self.projects.append(read_project(path, text))
        except (RecursionError, ValueError, UnicodeError):
            return

    def merge(self, other: FileFacts) -> None:
        """Add one file's facts read apart (a TypeScript file's, whose environment is kept by path)."""
        for name in ("entities", "endpoints", "service_methods", "collections", "client_calls", "component_uses"):
            getattr(self.facts, name).extend(getattr(other, name))
        for name in ("externals", "classes", "snippets", "middleware"):
            getattr(self.facts, name).extend(getattr(other, name))
        self.facts.url_fields.update(other.url_fields)

    def result(self) -> RepoStructure:
        """Resolve names across files and freeze the facts."""
        facts = self.facts
        facts.endpoints += django_endpoints(self.django_routes, self.django_views)
        self.django_routes, self.django_views = [], []  # joined once: a second result() adds none again
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
        services = dbset_collections(services, self.dbsets, facts.snippets)
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
        stored = {c.entity for c in collections} | {name for name, _ in self.persisted}
        named = {e.name for e in facts.entities}
        rich = [e for e in facts.candidates if e.name in stored and e.name not in named]
        entities = resolve_entities(facts.entities + rich, stored)
        externals = list(facts.externals)
        mongo = {name for name, store in self.persisted if store == "MongoDB"}
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
            registrations=tuple(sorted(self.registrations, key=_by_place)),
            persisted=tuple(sorted(self.persisted)),
            projects=tuple(sorted(self.projects, key=lambda p: p.folder)),
            providers=tuple(sorted(set(self.providers))),
        )

    def _environment(self) -> dict[str, str]:
        def rank(path: str) -> tuple[int, str]:
            name = path.rsplit("/", 1)[-1]
            return (_ENV_PRIORITY.index(name) if name in _ENV_PRIORITY else len(_ENV_PRIORITY), path)

        merged: dict[str, str] = {}
        for path in sorted(self.environments, key=rank, reverse=True):
            merged.update(self.environments[path])
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
