"""`RepoStructure`: the repository's structure as frozen facts, with the lookups and request chains generators use.

Built by `structure.StructureCollector.result()`; see `structure` for how each fact is read.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from types import MappingProxyType

from architect_ai.analyze import structure_chains
from architect_ai.analyze.structure_records import (
    ClassInfo,
    ClientCall,
    Collection,
    ComponentUse,
    Endpoint,
    Entity,
    External,
    ServiceMethod,
    Snippet,
)
from architect_ai.analyze.structure_resolve import is_interface_name
from architect_ai.analyze.structure_services import MONGO, Project, Service, owner_of, services_of, sql_store


@dataclass(frozen=True)
class RepoStructure:
    """Everything the repo-derived generators need; each tuple is sorted by path and line."""

    entities: tuple[Entity, ...] = ()
    endpoints: tuple[Endpoint, ...] = ()
    services: tuple[ServiceMethod, ...] = ()
    collections: tuple[Collection, ...] = ()
    client_calls: tuple[ClientCall, ...] = ()
    component_uses: tuple[ComponentUse, ...] = ()
    externals: tuple[External, ...] = ()
    middleware: tuple[str, ...] = ()
    classes: tuple[ClassInfo, ...] = ()
    settings: tuple[tuple[str, str], ...] = ()  # naming settings only, e.g. ("BooksCollectionName", "books")
    snippets: Mapping[str, Snippet] = field(default_factory=lambda: MappingProxyType({}))
    registrations: tuple[Snippet, ...] = ()  # one-line DI registrations of startup files (`builder.Services.Add…`)
    #: (type, store) of the types the code persists (`structure_persistence`): the ERD's entities.
    persisted: tuple[tuple[str, str], ...] = ()
    #: The .NET projects (`structure_services`): which are web hosts and which libraries each references.
    projects: tuple[Project, ...] = ()
    #: (path, store) of the EF Core provider registrations (`UseSqlServer` → SQL Server).
    providers: tuple[tuple[str, str], ...] = ()

    def entity(self, name: str, language: str = "") -> Entity | None:
        """The entity called `name`, preferring one written in `language`."""
        matches = [e for e in self.entities if e.name == name]
        return next((e for e in matches if e.language == language), matches[0] if matches else None)

    def class_info(self, name: str, kind: str = "") -> ClassInfo | None:
        return next((c for c in self.classes_named(name) if not kind or c.kind == kind), None)

    def classes_named(self, name: str) -> tuple[ClassInfo, ...]:
        """Every class of that name, in `classes` order."""
        return self._classes_by_name.get(name, ())

    def snippet(self, source: str) -> Snippet | None:
        """The verbatim code of a record's `source` (`path:start-end`)."""
        return self.snippets.get(source)

    def file_snippet(self, path: str) -> Snippet | None:
        """The whole file, kept for files that hold a class worth quoting."""
        whole = [s for s in self.snippets_in(path) if s.start_line == 1]
        return max(whole, key=lambda s: s.end_line) if whole else None

    def snippets_in(self, path: str) -> tuple[Snippet, ...]:
        """Every snippet of one file, in source order."""
        return self._snippets_by_path.get(path, ())

    def service_method(self, service: str, method: str) -> ServiceMethod | None:
        return next((m for m in self.services if m.service == service and m.method == method), None)

    def resolve_method(self, target: str, method: str) -> tuple[ServiceMethod | None, str]:
        """The method `target.method`, looked up through base classes; with the generic argument of the base
        that declares it (`CategoryRepository : MongoRepository<Category>` → "Category")."""
        type_arg, seen = "", set()
        while target and target not in seen:
            seen.add(target)
            found = self.service_method(target, method)
            if found is not None:
                return found, type_arg
            cls = self.class_info(target, "repository") or self.class_info(target, "service")
            base = next((b for b in (cls.interfaces if cls else ()) if not is_interface_name(b)), "")
            target = base.split("<", 1)[0].strip()
            type_arg = base.split("<", 1)[1].rstrip(">").strip() if "<" in base else type_arg
        return None, ""

    def collection_name(self, entity: str) -> str:
        """The collection an entity is stored in ('' when the code and configuration do not say)."""
        for coll in self.collections:
            if coll.entity == entity and coll.name:
                return coll.name
        return structure_chains.collection_from_settings(entity, dict(self.settings))

    def endpoint_for(self, call: ClientCall) -> Endpoint | None:
        """The controller action a client call reaches: same verb, route parameters as wildcards."""
        return self._endpoint_index.match(call)

    def chains(self) -> tuple[structure_chains.Chain, ...]:
        """Every traceable request path: component → Angular service → action → services → collections."""
        return self._chains

    # Derived once per structure (the dataclass is frozen; cached_property writes the instance dict directly).
    @cached_property
    def _classes_by_name(self) -> dict[str, tuple[ClassInfo, ...]]:
        by_name: dict[str, list[ClassInfo]] = {}
        for cls in self.classes:
            by_name.setdefault(cls.name, []).append(cls)
        return {name: tuple(group) for name, group in by_name.items()}

    @cached_property
    def _snippets_by_path(self) -> dict[str, tuple[Snippet, ...]]:
        by_path: dict[str, list[Snippet]] = {}
        for snippet in self.snippets.values():
            by_path.setdefault(snippet.path, []).append(snippet)
        return {path: tuple(sorted(group, key=lambda s: s.start_line)) for path, group in by_path.items()}

    @cached_property
    def _endpoint_index(self) -> structure_chains.EndpointIndex:
        return structure_chains.EndpointIndex(self.endpoints)

    @cached_property
    def _chains(self) -> tuple[structure_chains.Chain, ...]:
        return structure_chains.build_chains(self)

    @cached_property
    def hosts(self) -> tuple[Service, ...]:
        """The services: web host projects with endpoints, each with the libraries it references."""
        return tuple(services_of(self.projects, {e.path for e in self.endpoints}))

    def service_of(self, path: str) -> Service | None:
        return owner_of(list(self.hosts), path)

    def store_of(self, entity: str, path: str = "") -> str:
        """The store an entity is kept in, seen from the file at `path`: MongoDB for a collection, the DbContext's
        provider for an EF Core type (`UseSqlServer` → SQL Server), '' when the code does not say."""
        stores = {store for name, store in self.persisted if name == entity}
        if MONGO in stores:
            return MONGO
        if stores & {"EF Core", "SQL"}:
            return sql_store(self.service_of(path) if path else None, self.providers, self.projects)
        return ""

    @property
    def databases(self) -> tuple[External, ...]:
        return tuple(e for e in self.externals if e.kind == "database")
