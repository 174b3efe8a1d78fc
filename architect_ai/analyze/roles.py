"""File roles: what a file *is* in its project (a .NET controller, an Angular service, a test, …).

The role is decided from the path AND the content, so a repository that names things its own way is still read
right (a `BooksApi.cs` deriving `ControllerBase` is a controller). Anything unknown becomes `other_<language>`,
so any stack (Python, React, Java, …) still yields examples.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import PurePosixPath

from architect_ai.analyze.code_text import code_only
from architect_ai.analyze.detector_miner import catalogue_role
from architect_ai.lang import Language, file_language

ROLES = (
    "dotnet_controller",
    "dotnet_dto",
    "dotnet_model",
    "dotnet_service",
    "dotnet_repository",
    "dotnet_settings",
    "dotnet_startup",
    "dotnet_middleware",
    "angular_component",
    "angular_service",
    "angular_model",
    "angular_module",
    "angular_guard",
    "angular_interceptor",
    "angular_pipe",
    "angular_routing",
    "test",
    "config",
)

#: Companion files of an Angular component, in the order they are shown with it.
COMPANION_EXTENSIONS = (".html", ".scss", ".css", ".sass", ".less")
COMPONENT_SUFFIX = ".component.ts"

CONFIG_LANGUAGES = frozenset({"json", "yaml", "yml", "xml", "toml", "ini", "jsonc", "properties"})
CONFIG_EXTENSIONS = frozenset(
    {
        ".json",
        ".jsonc",
        ".yaml",
        ".yml",
        ".xml",
        ".csproj",
        ".fsproj",
        ".vbproj",
        ".props",
        ".targets",
        ".config",
        ".toml",
        ".ini",
        ".cfg",
        ".properties",
        ".editorconfig",
    }
)
_TEST_DIRS = frozenset({"__tests__", "tests", "test", "spec", "specs", "e2e"})
_TEST_NAME = re.compile(
    r"(\.(spec|test|e2e-spec)\.[jt]sx?$)|(Tests?\.cs$)|(^test_.*\.py$)|(_test\.(py|go)$)|(Tests?\.(java|kt)$)"
    r"|(_(spec|test)\.rb$)|(Tests?\.(php|swift)$)"
)


def _name_parts(path: str) -> tuple[str, tuple[str, ...]]:
    pure = PurePosixPath(path)
    return pure.name, tuple(part.lower() for part in pure.parts[:-1])


def _is_test(name: str, folders: tuple[str, ...], text: str, lang: Language | None) -> bool:
    if _TEST_NAME.search(name) or any(folder in _TEST_DIRS for folder in folders):
        return True
    if any(folder.endswith((".tests", ".test", ".unittests", ".integrationtests")) for folder in folders):
        return True
    return lang is not None and bool(lang.test_content) and re.search(lang.test_content, text) is not None


def _is_config(name: str, language: str) -> bool:
    lower = name.lower()
    return language.lower() in CONFIG_LANGUAGES or PurePosixPath(lower).suffix in CONFIG_EXTENSIONS


#: Generic roles decided by folder or name alone, which a framework detector's role refines (a handler in
#: `Services/`, a DbContext in `Models/`, a NestJS provider named `*.service.ts`).
CATALOGUE_REFINED = frozenset({"dotnet_service", "dotnet_model", "dotnet_repository", "angular_service"})


def _is_blazor_component(name: str) -> bool:
    """A `.razor` component or its `.razor.cs` code-behind (`_Imports.razor` holds directives, not a component)."""
    lower = name.lower()
    return lower.endswith((".razor", ".razor.cs")) and not lower.startswith("_imports.")


def file_role(path: str, text: str, language: str) -> str:
    """The role of a file: one of `ROLES`, a framework detector's role (`detectors`), or `other_<language>`.

    After the generic rules (tests, configuration, Blazor components) the file's registered language decides: its
    `Language.roles` rules in order (`lang/`), then the framework detectors refine a generic role.

    Args:
        path: Repository-relative POSIX path.
        text: The file's text.
        language: The language label from ingest (`csharp`, `typescript`, `json`, …).
    """
    language = (language or "text").lower()
    name, folders = _name_parts(path)
    lang = file_language(language, name)
    if _is_test(name, folders, text, lang):
        return "test"
    if _is_config(name, language):
        return "config"
    if _is_blazor_component(name):
        return "blazor_component"  # a Blazor component (or its code-behind) is never an Angular one
    rules = lang.role_rules() if lang is not None else ()
    role = next((found for rule in rules if (found := rule(name, folders, text, language))), f"other_{language}")
    if role.startswith("other_") or role in CATALOGUE_REFINED:
        role = catalogue_role(code_only(text, language, path), language, path) or role
    return role


def component_units(paths: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Angular components as units: each `*.component.ts` path → its companion `.html`/`.scss`/`.css` paths.

    Companions share the component's stem and folder (`book-list.component.html`); they belong to the component's
    unit and are not units of their own. Every component path is a key, with `()` when it has no companions.
    """
    all_paths = set(paths)
    units: dict[str, tuple[str, ...]] = {}
    for path in sorted(all_paths):
        if not path.endswith(COMPONENT_SUFFIX):
            continue
        stem = path.removesuffix(".ts")
        units[path] = tuple(stem + ext for ext in COMPANION_EXTENSIONS if stem + ext in all_paths)
    return units
