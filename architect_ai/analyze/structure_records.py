"""The compact facts `StructureCollector` keeps about a repository (see `architect_ai.analyze.structure`).

Every record points back at a real path and line range, and every piece of code a generator may quote is kept
verbatim as a `Snippet`, keyed by its `source` string (`path:start-end`).
"""

from __future__ import annotations

from dataclasses import dataclass

#: Entity kinds: stored documents (BSON/EF/ORM classes), transfer objects, and plain models (client interfaces,…).
ENTITY_KINDS = ("document", "dto", "model")
#: Class kinds recorded in `RepoStructure.classes`.
CLASS_KINDS = (
    "controller",
    "service",
    "repository",
    "middleware",
    "config",
    "interface",
    "angular_service",
    "component",
    "blazor_component",
    "entity",
)
HTTP_VERBS = ("GET", "POST", "PUT", "PATCH", "DELETE")


@dataclass(frozen=True, slots=True)
class Snippet:
    """Verbatim lines `start_line..end_line` (1-based, inclusive) of `path`."""

    path: str
    start_line: int
    end_line: int
    text: str
    language: str

    @property
    def source(self) -> str:
        return f"{self.path}:{self.start_line}-{self.end_line}"


@dataclass(frozen=True, slots=True)
class Field:
    """One typed field of an entity. `ref` names the entity it points to (resolved across files)."""

    name: str
    type: str  # as written, e.g. "List<string>", "Author[]", "string?"
    is_id: bool = False
    ref: str = ""
    many: bool = False  # a list of ids / of entities
    embedded: bool = False  # the referenced type is a nested document (it has no id of its own)


@dataclass(frozen=True, slots=True)
class Entity:
    """A data class: a BSON document, a DTO, a TypeScript interface, a Python dataclass or pydantic model."""

    name: str
    kind: str  # one of ENTITY_KINDS
    fields: tuple[Field, ...]
    path: str
    line: int
    language: str

    @property
    def id_field(self) -> Field | None:
        return next((f for f in self.fields if f.is_id), None)

    @property
    def references(self) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if f.ref)


@dataclass(frozen=True, slots=True)
class Call:
    """`receiver.method(…)` on an injected dependency; `target` is the class that implements it ('' if unknown)."""

    receiver: str
    method: str
    target: str = ""
    type_arg: str = ""  # the entity of a generic dependency, e.g. Book in IRepository<Book>


@dataclass(frozen=True, slots=True)
class Endpoint:
    """A controller action with its resolved route, e.g. GET /api/Books/{id} → BooksController.Get."""

    controller: str
    verb: str
    route: str
    action: str
    calls: tuple[Call, ...]
    responses: tuple[str, ...]  # e.g. ("200 OK", "404 Not Found"), from Ok(…), NotFound(), …
    path: str
    start_line: int
    end_line: int

    @property
    def source(self) -> str:
        return f"{self.path}:{self.start_line}-{self.end_line}"


@dataclass(frozen=True, slots=True)
class ServiceMethod:
    """A method of a service or repository class, with the dependencies and collections it uses."""

    service: str
    method: str
    calls: tuple[Call, ...]
    collections: tuple[str, ...]  # entity names of the collections it touches ("T" in a generic repository)
    operations: tuple[str, ...]  # driver calls on those collections, e.g. Find, InsertOneAsync
    path: str
    start_line: int
    end_line: int

    @property
    def source(self) -> str:
        return f"{self.path}:{self.start_line}-{self.end_line}"


@dataclass(frozen=True, slots=True)
class Collection:
    """A MongoDB collection (or ORM table) of an entity, and the class that opens it."""

    entity: str
    name: str  # the collection name when known (literal or configuration), else the setting it is read from
    owner: str  # the class that holds the IMongoCollection<T> / calls GetCollection<T>
    path: str
    field: str = ""  # the member that holds it, e.g. _books (subclasses of a generic repository use it too)


@dataclass(frozen=True, slots=True)
class ClientCall:
    """An Angular service method that calls the API: verb + URL normalised to a route pattern."""

    service: str
    method: str
    verb: str
    url: str  # e.g. /api/books/{id}
    returns: str  # the declared return type, e.g. Observable<Book[]> ('' when not declared)
    path: str
    start_line: int
    end_line: int

    @property
    def source(self) -> str:
        return f"{self.path}:{self.start_line}-{self.end_line}"


@dataclass(frozen=True, slots=True)
class ComponentUse:
    """A component method (`caller`) calling an Angular service method."""

    component: str
    caller: str
    service: str
    method: str
    path: str
    line: int


@dataclass(frozen=True, slots=True)
class External:
    """An external dependency found in configuration: a database, a broker, SMTP, payment, storage, auth, …

    Only names and non-secret identifiers (database names, hosts) are kept, never credentials.
    """

    kind: str  # database | cache | broker | email | payment | storage | auth | search
    name: str  # e.g. MongoDB, RabbitMQ, SMTP
    detail: str  # e.g. "database BookNest" ('' when nothing non-secret is known)
    sources: tuple[str, ...]  # the configuration files it was found in


@dataclass(frozen=True, slots=True)
class ClassInfo:
    """A class worth quoting whole (controllers, services, components, entities …)."""

    name: str
    kind: str  # one of CLASS_KINDS
    role: str
    interfaces: tuple[str, ...]  # base types as written (interfaces a service implements, base classes)
    path: str
    start_line: int
    end_line: int

    @property
    def source(self) -> str:
        return f"{self.path}:{self.start_line}-{self.end_line}"
