"""The structure readers of the registered languages (`Language.structure` in `lang/`): each
`reader(file, role, collector)` reads one file's facts into the `StructureCollector` that `add` was called on."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from architect_ai.analyze.code_text import code_only
from architect_ai.analyze.miner_conventions import DI_METHODS
from architect_ai.analyze.structure_config import externals_from_environment
from architect_ai.analyze.structure_csharp import read_csharp
from architect_ai.analyze.structure_django import read_django
from architect_ai.analyze.structure_facts import FileFacts
from architect_ai.analyze.structure_fastapi import read_fastapi
from architect_ai.analyze.structure_java import read_java, read_spring
from architect_ai.analyze.structure_kotlin import read_kotlin
from architect_ai.analyze.structure_minimal_api import read_minimal_apis
from architect_ai.analyze.structure_persistence import dbset_properties
from architect_ai.analyze.structure_python import read_python
from architect_ai.analyze.structure_records import Snippet
from architect_ai.analyze.structure_services import providers_in
from architect_ai.analyze.structure_ts import read_typescript
from architect_ai.data import SourceFile

if TYPE_CHECKING:
    from architect_ai.analyze.structure import StructureCollector

#: A generic registration (`.AddScoped<I, T>(`, `.AddHttpClient<I, T>(`, `.Configure<T>(`): the miner's one list.
_REGISTRATION = re.compile(rf"\.(?:{DI_METHODS})\s*<")


def _registrations(path: str, text: str) -> list[Snippet]:
    """Each dependency-injection registration line of a startup file, verbatim."""
    return [
        Snippet(path, number, number, line, "csharp")
        for number, line in enumerate(text.split("\n"), 1)
        if _REGISTRATION.search(line)
    ]


def dotnet(file: SourceFile, role: str, into: StructureCollector) -> None:
    """C#: classes, controllers' endpoints, minimal APIs, `DbSet`s, middleware providers, DI registrations."""
    path, text = file.path, file.text
    read_csharp(path, text, role, into.facts)
    read_minimal_apis(path, text, into.facts)
    if "DbSet" in text:
        into.dbsets.update(dbset_properties(path, text))
    if ".Use" in text:
        into.providers += providers_in(path, "\n".join(code_only(text, "csharp", path)))
    if role == "dotnet_startup":
        into.registrations += _registrations(path, text)


def typescript(file: SourceFile, role: str, into: StructureCollector) -> None:
    """`.ts`/`.tsx` (not specs, not declarations): Angular services, components, client calls, environments."""
    path = file.path
    if not path.endswith((".ts", ".tsx")) or path.endswith((".spec.ts", ".d.ts")):
        return
    env = FileFacts()
    read_typescript(path, file.text, role, env)
    into.merge(env)
    if env.environment:
        into.environments[path] = env.environment
        externals_from_environment(path, env.environment, into.facts)


def python_modules(file: SourceFile, role: str, into: StructureCollector) -> None:
    """Python classes and module functions."""
    read_python(file.path, file.text, into.facts)


def fastapi(file: SourceFile, role: str, into: StructureCollector) -> None:
    """FastAPI routes and their dependencies."""
    read_fastapi(file.path, file.text, role, into.facts)


def django(file: SourceFile, role: str, into: StructureCollector) -> None:
    """Django URL confs, views, models and services (routes and views are joined in `result()`)."""
    found = read_django(file.path, file.text, role)
    if found is not None:
        into.django_routes += found.routes
        into.django_views += found.views
        into.facts.classes += found.classes
        into.facts.service_methods += found.service_methods
        into.facts.snippets += found.snippets
        into.facts.externals += found.externals  # the settings module's database


def jpa_entities(file: SourceFile, role: str, into: StructureCollector) -> None:
    """JPA `@Entity` / Spring Data `@Document` classes and their fields."""
    read_java(file.path, file.text, file.language.lower(), into.facts)


def spring(file: SourceFile, role: str, into: StructureCollector) -> None:
    """Spring controllers (and their endpoints), services and repositories."""
    read_spring(file.path, file.text, role, into.facts)


def kotlin_spring(file: SourceFile, role: str, into: StructureCollector) -> None:
    """Kotlin Spring controllers (and their endpoints), services, repositories and JPA entities."""
    read_kotlin(file.path, file.text, role, into.facts)
