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
TS_LANGUAGES = frozenset({"typescript", "tsx", "javascript", "jsx"})

_TEST_DIRS = frozenset({"__tests__", "tests", "test", "spec", "specs", "e2e"})
_TEST_NAME = re.compile(
    r"(\.(spec|test|e2e-spec)\.[jt]sx?$)|(Tests?\.cs$)|(^test_.*\.py$)|(_test\.(py|go)$)|(Tests?\.(java|kt)$)"
    r"|(_(spec|test)\.rb$)|(Tests?\.(php|swift)$)"
)
_CS_TEST_CONTENT = re.compile(r"\[(Fact|Theory|Test|TestMethod|TestFixture|TestClass)\b")
_CS_BASES = re.compile(r"\b(?:class|record)\s+(\w+)\s*(?:<[^>{]*>)?\s*(?:\([^)]*\)\s*)?:\s*([\w.]+)")
_CS_CONTROLLER_BASES = frozenset({"ControllerBase", "Controller", "ApiController", "ODataController"})
_CS_SETTINGS_DECL = re.compile(r"\b(?:class|interface|record)\s+I?\w*Settings\b")
_BSON = re.compile(r"\[\s*Bson(Id|Element|Representation)\b")
_MIDDLEWARE = re.compile(r"\bRequestDelegate\b|:\s*IMiddleware\b")
_CS_STARTUP = re.compile(r"WebApplication\.CreateBuilder|Host\.CreateDefaultBuilder|\bIWebHostBuilder\b")
_CS_DTO_DECL = re.compile(r"\b(?:class|record)\s+\w+(Dto|DTO)\b")

_TS_ROUTES = re.compile(r":\s*Routes\s*=|RouterModule\.for(Root|Child)\s*\(|provideRouter\s*\(")
_TS_COMPONENT = re.compile(r"@Component\s*\(")
_TS_MODULE = re.compile(r"@NgModule\s*\(|:\s*ApplicationConfig\s*=")
_TS_PIPE = re.compile(r"@Pipe\s*\(")
_TS_GUARD = re.compile(r"\bCanActivate(Fn|Child|ChildFn)?\b|\bCanMatch(Fn)?\b|\bCanDeactivate(Fn)?\b")
_TS_INTERCEPTOR = re.compile(r"\bHttpInterceptor(Fn)?\b")
_TS_INJECTABLE = re.compile(r"@Injectable\s*\(")
_TS_DECLARATION = re.compile(r"^(export\s+)?(default\s+)?(declare\s+)?(abstract\s+)?(\w+)\b", re.MULTILINE)
_TS_TYPE_ONLY_KEYWORDS = frozenset({"interface", "type", "enum", "import"})


def _name_parts(path: str) -> tuple[str, tuple[str, ...]]:
    pure = PurePosixPath(path)
    return pure.name, tuple(part.lower() for part in pure.parts[:-1])


def _is_test(name: str, folders: tuple[str, ...], text: str, language: str) -> bool:
    if _TEST_NAME.search(name) or any(folder in _TEST_DIRS for folder in folders):
        return True
    if any(folder.endswith((".tests", ".test", ".unittests", ".integrationtests")) for folder in folders):
        return True
    return language == "csharp" and bool(_CS_TEST_CONTENT.search(text))


def _is_config(name: str, language: str) -> bool:
    lower = name.lower()
    return language.lower() in CONFIG_LANGUAGES or PurePosixPath(lower).suffix in CONFIG_EXTENSIONS


def _dotnet_role(name: str, folders: tuple[str, ...], text: str) -> str:
    stem = PurePosixPath(name).stem
    bases = {base.rsplit(".", 1)[-1] for _, base in _CS_BASES.findall(text)}
    if stem in ("Program", "Startup") or _CS_STARTUP.search(text):
        return "dotnet_startup"
    if (
        stem.endswith("Controller")
        or bases & _CS_CONTROLLER_BASES
        or any(b.endswith("Controller") for b in bases)
        or "[ApiController]" in text
    ):
        return "dotnet_controller"
    if stem.endswith("Middleware") or _MIDDLEWARE.search(text):
        return "dotnet_middleware"
    if stem.endswith(("Settings", "Options")) or _CS_SETTINGS_DECL.search(text):
        return "dotnet_settings"
    if stem.endswith("Repository"):
        return "dotnet_repository"
    if stem.endswith("Service"):
        return "dotnet_service"
    if stem.endswith(("Dto", "DTO")) or any(f in ("dtos", "dto") for f in folders) or _CS_DTO_DECL.search(text):
        return "dotnet_dto"
    if _BSON.search(text) or any(f in ("models", "entities", "documents", "domain") for f in folders):
        return "dotnet_model"
    if "IMongoCollection<" in text:
        return "dotnet_repository"
    if any(f in ("services",) for f in folders):
        return "dotnet_service"
    if any(f in ("repositories",) for f in folders):
        return "dotnet_repository"
    if any(f in ("middleware", "middlewares") for f in folders):
        return "dotnet_middleware"
    return "other_csharp"


def _is_type_only(text: str) -> bool:
    """True when every top-level TypeScript statement is an interface, type alias, enum or import."""
    keywords = {m.group(5) for m in _TS_DECLARATION.finditer(text)}
    return bool(keywords & {"interface", "type", "enum"}) and keywords <= _TS_TYPE_ONLY_KEYWORDS


def _angular_role(name: str, folders: tuple[str, ...], text: str, language: str) -> str:
    lower = name.lower()
    if lower.endswith(("-routing.module.ts", ".routes.ts", "routing.ts")):
        return "angular_routing"
    if _TS_COMPONENT.search(text):
        return "angular_component"
    if _TS_MODULE.search(text):
        return "angular_module"  # also a standalone app's `ApplicationConfig`, which may provide the router
    if _TS_ROUTES.search(text):
        return "angular_routing"
    if _TS_PIPE.search(text) or lower.endswith(".pipe.ts"):
        return "angular_pipe"
    if lower.endswith(".guard.ts") or _TS_GUARD.search(text):
        return "angular_guard"
    if lower.endswith(".interceptor.ts") or _TS_INTERCEPTOR.search(text):
        return "angular_interceptor"
    if lower.endswith(".service.ts") or _TS_INJECTABLE.search(text):
        return "angular_service"
    angular_path = "app" in folders or "@angular/" in text
    if lower.endswith((".model.ts", ".models.ts", ".interface.ts", ".interfaces.ts")) or (
        angular_path and ("models" in folders or _is_type_only(text))
    ):
        return "angular_model"
    return f"other_{language}"


#: Generic roles decided by folder or name alone, which a framework detector's role refines (a handler in
#: `Services/`, a DbContext in `Models/`, a NestJS provider named `*.service.ts`).
CATALOGUE_REFINED = frozenset({"dotnet_service", "dotnet_model", "dotnet_repository", "angular_service"})


def _is_blazor_component(name: str) -> bool:
    """A `.razor` component or its `.razor.cs` code-behind (`_Imports.razor` holds directives, not a component)."""
    lower = name.lower()
    return lower.endswith((".razor", ".razor.cs")) and not lower.startswith("_imports.")


def file_role(path: str, text: str, language: str) -> str:
    """The role of a file: one of `ROLES`, a framework detector's role (`detectors`), or `other_<language>`.

    Args:
        path: Repository-relative POSIX path.
        text: The file's text.
        language: The language label from ingest (`csharp`, `typescript`, `json`, …).
    """
    language = (language or "text").lower()
    name, folders = _name_parts(path)
    if _is_test(name, folders, text, language):
        return "test"
    if _is_config(name, language):
        return "config"
    if _is_blazor_component(name):
        return "blazor_component"  # a Blazor component (or its code-behind) is never an Angular one
    if language == "csharp" or name.endswith(".cs"):
        role = _dotnet_role(name, folders, text)
    elif language in TS_LANGUAGES or name.endswith((".ts", ".tsx")):
        role = _angular_role(name, folders, text, language)
    else:
        role = f"other_{language}"
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
