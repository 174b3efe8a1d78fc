"""The C# role rule (`lang/csharp.py` → `roles`): controllers, DTOs, models, services, repositories, settings,
startup and middleware of a .NET project, from the file's name, folders and content."""

from __future__ import annotations

import re
from pathlib import PurePosixPath

_CS_BASES = re.compile(r"\b(?:class|record)\s+(\w+)\s*(?:<[^>{]*>)?\s*(?:\([^)]*\)\s*)?:\s*([\w.]+)")
_CS_CONTROLLER_BASES = frozenset({"ControllerBase", "Controller", "ApiController", "ODataController"})
_CS_SETTINGS_DECL = re.compile(r"\b(?:class|interface|record)\s+I?\w*Settings\b")
_BSON = re.compile(r"\[\s*Bson(Id|Element|Representation)\b")
_MIDDLEWARE = re.compile(r"\bRequestDelegate\b|:\s*IMiddleware\b")
_CS_STARTUP = re.compile(r"WebApplication\.CreateBuilder|Host\.CreateDefaultBuilder|\bIWebHostBuilder\b")
_CS_DTO_DECL = re.compile(r"\b(?:class|record)\s+\w+(Dto|DTO)\b")


def dotnet_role(name: str, folders: tuple[str, ...], text: str, language: str) -> str:
    """The .NET role of a C# file (`dotnet_controller`, …), or '' when none fits."""
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
    return ""
