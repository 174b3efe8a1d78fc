"""Request paths of FastAPI apps: `@router.get("/{id}")` endpoints → module functions (`crud.get_item`) → the session.

Read with `ast` (never executed). An endpoint's controller is its module (`items`), its route the router's `prefix`
plus the decorator's path, its calls the `module.function(…)` calls on imported project modules and the calls on its
repository parameters (`articles_repo: ArticlesRepository = Depends(…)` → `ArticlesRepository`), repository classes
being `…Repository` classes and their subclasses. A module function
that takes a `session` is a `ServiceMethod` of its module whose collections are the entities it hands the session
(`session.get(Item, id)`, `select(Item)`, `session.add(db_item)` of an `Item.model_validate(…)`).
"""

from __future__ import annotations

import ast
from pathlib import PurePosixPath

from architect_ai.analyze.structure_facts import FileFacts, python_def_span, snippet_of
from architect_ai.analyze.structure_records import Call, ClassInfo, Endpoint, ServiceMethod

_VERBS = frozenset({"get", "post", "put", "patch", "delete"})
_SESSION_NAMES = frozenset({"session", "db", "db_session"})


def read_fastapi(path: str, text: str, role: str, facts: FileFacts) -> None:
    """Add FastAPI endpoints, session-using module functions and repository classes of one Python file to `facts`."""
    if "fastapi" not in text and "session" not in text.lower() and "Repository" not in text:
        return
    try:
        tree = ast.parse(text)
    except (SyntaxError, ValueError):
        return
    module = PurePosixPath(path).stem
    lines = text.split("\n")
    imported = _imported_modules(tree)
    prefixes = _router_prefixes(tree)
    is_service = False
    for node in tree.body:
        if isinstance(node, ast.ClassDef) and _is_repository(node):
            bases = tuple(ast.unparse(b) for b in node.bases)
            facts.classes.append(
                ClassInfo(node.name, "repository", role, bases, path, node.lineno, node.end_lineno or 1)
            )
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        start, end = python_def_span(node)
        route = _route(node, prefixes)
        if route is not None:
            verb, template = route
            repositories = _repository_params(node)
            calls = tuple(
                dict.fromkeys(
                    Call(owner, name, repositories.get(owner, owner))
                    for owner, name in _module_calls(node)
                    if owner in imported or owner in repositories
                )
            )
            facts.endpoints.append(Endpoint(module, verb, template, node.name, calls, (), path, start, end))
            facts.snippets.append(snippet_of(path, lines, start - 1, end - 1, "python"))
        elif _takes_session(node):
            entities, operations = _session_use(node)
            facts.service_methods.append(ServiceMethod(module, node.name, (), entities, operations, path, start, end))
            facts.snippets.append(snippet_of(path, lines, start - 1, end - 1, "python"))
            is_service = True
    if is_service:
        facts.classes.append(ClassInfo(module, "service", role, (), path, 1, len(lines)))


def _is_repository(node: ast.ClassDef) -> bool:
    """A repository class: named `…Repository` or derived from one (`class ArticlesRepository(BaseRepository)`)."""
    bases = [ast.unparse(b).rsplit(".", 1)[-1] for b in node.bases]
    return node.name.endswith("Repository") or any(b.endswith("Repository") for b in bases)


def _repository_params(node: ast.FunctionDef | ast.AsyncFunctionDef) -> dict[str, str]:
    """Parameters typed as a repository (`articles_repo: ArticlesRepository = Depends(get_repository(…))`)."""
    found = {}
    for arg in [*node.args.args, *node.args.kwonlyargs]:
        annotation = ast.unparse(arg.annotation) if arg.annotation is not None else ""
        name = annotation.rsplit(".", 1)[-1]
        if name.endswith("Repository") and name.isidentifier():
            found[arg.arg] = name
    return found


def _imported_modules(tree: ast.Module) -> set[str]:
    """Names bound to project modules: `from app import crud` → crud; `import app.crud as crud` → crud."""
    names = set()
    for node in tree.body:
        if isinstance(node, ast.ImportFrom):
            names.update(alias.asname or alias.name for alias in node.names if alias.name.islower())
        elif isinstance(node, ast.Import):
            names.update(alias.asname or alias.name.rsplit(".", 1)[-1] for alias in node.names)
    return names


def _router_prefixes(tree: ast.Module) -> dict[str, str]:
    prefixes = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call) and len(node.targets) == 1:
            func = node.value.func
            if isinstance(func, ast.Name) and func.id == "APIRouter" and isinstance(node.targets[0], ast.Name):
                prefix = next((k.value for k in node.value.keywords if k.arg == "prefix"), None)
                prefixes[node.targets[0].id] = prefix.value if isinstance(prefix, ast.Constant) else ""
    return prefixes


def _route(node: ast.FunctionDef | ast.AsyncFunctionDef, prefixes: dict[str, str]) -> tuple[str, str] | None:
    for decorator in node.decorator_list:
        if not (isinstance(decorator, ast.Call) and isinstance(decorator.func, ast.Attribute)):
            continue
        owner, verb = decorator.func.value, decorator.func.attr
        if verb in _VERBS and isinstance(owner, ast.Name) and owner.id in prefixes:
            path = decorator.args[0].value if decorator.args and isinstance(decorator.args[0], ast.Constant) else ""
            route = "/" + "/".join(p.strip("/") for p in (prefixes[owner.id], str(path)) if p.strip("/"))
            return verb.upper(), route
    return None


def _module_calls(node: ast.AST) -> list[tuple[str, str]]:
    return [
        (call.func.value.id, call.func.attr)
        for call in ast.walk(node)
        if isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and isinstance(call.func.value, ast.Name)
    ]


def _takes_session(node: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    arguments = [*node.args.args, *node.args.kwonlyargs]
    return any(a.arg in _SESSION_NAMES or "Session" in ast.unparse(a.annotation or ast.Constant("")) for a in arguments)


def _session_use(node: ast.AST) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(entities, session operations) of one function: `session.get(Item, …)`, `select(Item)`, `Item.model_validate`."""
    entities: list[str] = []
    operations: list[str] = []
    for call in ast.walk(node):
        if not isinstance(call, ast.Call):
            continue
        func = call.func
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
            if func.value.id in _SESSION_NAMES:
                operations.append(func.attr)
                entities += [a.id for a in call.args[:1] if isinstance(a, ast.Name) and a.id[:1].isupper()]
            elif func.value.id[:1].isupper() and func.attr in ("model_validate", "from_orm"):
                entities.append(func.value.id)
        elif isinstance(func, ast.Name) and func.id in ("select", "delete", "update"):
            entities += [a.id for a in call.args[:1] if isinstance(a, ast.Name) and a.id[:1].isupper()]
    return tuple(dict.fromkeys(entities)), tuple(dict.fromkeys(operations))
