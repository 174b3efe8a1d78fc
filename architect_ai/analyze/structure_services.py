"""The services of a repository and the store each one writes to: what a true architecture and sequence draw.

A service is a host project — a .NET web project (`Sdk="Microsoft.NET.Sdk.Web"`) with endpoints — together with the
class libraries it references (`<ProjectReference>`). A store is read from the code: an EF Core `DbContext` goes to
the provider its registration names (`UseSqlServer` → SQL Server, `UseNpgsql` → PostgreSQL …; else the provider
package of its project, else "SQL database"), a MongoDB collection to MongoDB. Never a default: a DbContext is never
drawn as MongoDB.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePosixPath

from architect_ai.analyze.structure_config import classify

_WEB_SDK = re.compile(r'<Project\s+Sdk\s*=\s*"Microsoft\.NET\.Sdk\.Web"', re.I)
_PROJECT_REF = re.compile(r'<ProjectReference\s+Include\s*=\s*"([^"]+)"', re.I)
_PACKAGE_REF = re.compile(r'<PackageReference\s+Include\s*=\s*"([^"]+)"', re.I)
#: EF Core provider registrations → the store's name.
PROVIDERS = {
    "UseSqlServer": "SQL Server",
    "UseAzureSql": "SQL Server",
    "UseNpgsql": "PostgreSQL",
    "UseSqlite": "SQLite",
    "UseMySql": "MySQL",
    "UseMySQL": "MySQL",
    "UseCosmos": "Azure Cosmos DB",
    "UseOracle": "Oracle",
    "UseInMemoryDatabase": "in-memory database",
}
_PROVIDER = re.compile(r"\.\s*(" + "|".join(PROVIDERS) + r")\s*\(")
SQL_FALLBACK = "SQL database"
MONGO = "MongoDB"


@dataclass(frozen=True, slots=True)
class Project:
    """A .csproj: its folder, name, whether it hosts a web app, the project folders it references, its packages."""

    folder: str
    name: str
    web: bool
    references: tuple[str, ...]
    packages: tuple[str, ...]


def read_project(path: str, text: str) -> Project:
    """A project file's facts (references resolved against its folder)."""
    folder = PurePosixPath(path).parent
    references = []
    for include in _PROJECT_REF.findall(text):
        target = PurePosixPath(*(folder.parts + tuple(include.replace("\\", "/").split("/")))).parent
        parts: list[str] = []
        for part in target.parts:
            if part == "..":
                if parts:
                    parts.pop()
            elif part != ".":
                parts.append(part)
        references.append("/".join(parts))
    return Project(
        folder=str(folder) if str(folder) != "." else "",
        name=PurePosixPath(path).stem,
        web=bool(_WEB_SDK.search(text)),
        references=tuple(references),
        packages=tuple(_PACKAGE_REF.findall(text)),
    )


def providers_in(path: str, code: str) -> list[tuple[str, str]]:
    """(path, store) of every EF Core provider registration in one file's code."""
    return [(path, PROVIDERS[name]) for name in _PROVIDER.findall(code)]


def _inside(path: str, folder: str) -> bool:
    return not folder or path == folder or path.startswith(folder + "/")


@dataclass(frozen=True, slots=True)
class Service:
    """A host project and the folders of the libraries it references (transitively)."""

    project: Project
    folders: tuple[str, ...]

    @property
    def name(self) -> str:
        return self.project.name

    def owns(self, path: str) -> bool:
        return any(_inside(path, folder) for folder in self.folders)


def services_of(projects: tuple[Project, ...], endpoint_paths: set[str]) -> list[Service]:
    """The web projects that have endpoints, each with the libraries it references; sorted by folder."""
    by_folder = {p.folder: p for p in projects}
    found = []
    for project in sorted(projects, key=lambda p: p.folder):
        if not project.web:
            continue
        folders, todo = [project.folder], list(project.references)
        while todo:
            folder = todo.pop()
            if folder not in folders:
                folders.append(folder)
                library = by_folder.get(folder)
                todo.extend(library.references if library else ())
        service = Service(project, tuple(folders))
        if any(_inside(path, project.folder) for path in endpoint_paths):
            found.append(service)
    return found


def owner_of(services: list[Service], path: str) -> Service | None:
    """The service a file belongs to: its host's folder first, else the one host referencing its library."""
    for service in services:
        if _inside(path, service.project.folder):
            return service
    owners = [s for s in services if s.owns(path)]
    return owners[0] if len(owners) == 1 else None


def sql_store(service: Service | None, providers: tuple[tuple[str, str], ...], projects: tuple[Project, ...]) -> str:
    """The relational store a service's DbContext uses: its provider registration, else its provider package."""
    registered = [store for path, store in providers if service is None or service.owns(path)]
    if registered:
        return registered[0]
    packages = [pkg for p in projects if service is None or p.folder in service.folders for pkg in p.packages]
    for package in packages:
        found = classify(package)
        if found and found[0] == "database" and found[1] != MONGO and "entityframework" in package.lower():
            return found[1]
    return SQL_FALLBACK
