"""The Angular role rule (`lang/typescript.py` and `lang/javascript.py` → `roles`): components, modules, routing,
pipes, guards, interceptors, services and models, from the file's name, folders and content."""

from __future__ import annotations

import re

_TS_ROUTES = re.compile(r":\s*Routes\s*=|RouterModule\.for(Root|Child)\s*\(|provideRouter\s*\(")
_TS_COMPONENT = re.compile(r"@Component\s*\(")
_TS_MODULE = re.compile(r"@NgModule\s*\(|:\s*ApplicationConfig\s*=")
_TS_PIPE = re.compile(r"@Pipe\s*\(")
_TS_GUARD = re.compile(r"\bCanActivate(Fn|Child|ChildFn)?\b|\bCanMatch(Fn)?\b|\bCanDeactivate(Fn)?\b")
_TS_INTERCEPTOR = re.compile(r"\bHttpInterceptor(Fn)?\b")
_TS_INJECTABLE = re.compile(r"@Injectable\s*\(")
_TS_DECLARATION = re.compile(r"^(export\s+)?(default\s+)?(declare\s+)?(abstract\s+)?(\w+)\b", re.MULTILINE)
_TS_TYPE_ONLY_KEYWORDS = frozenset({"interface", "type", "enum", "import"})


def _is_type_only(text: str) -> bool:
    """True when every top-level TypeScript statement is an interface, type alias, enum or import."""
    keywords = {m.group(5) for m in _TS_DECLARATION.finditer(text)}
    return bool(keywords & {"interface", "type", "enum"}) and keywords <= _TS_TYPE_ONLY_KEYWORDS


def angular_role(name: str, folders: tuple[str, ...], text: str, language: str) -> str:
    """The Angular role of a TypeScript/JavaScript file (`angular_component`, …), or '' when none fits."""
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
    return ""
