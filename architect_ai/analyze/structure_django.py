"""Request paths of Django apps: URL confs → views (DRF `APIView`s, `ViewSet`s and their `@action`s, function-based
views) → service and selector functions.

Read with `ast` (never executed). A URL conf's `path("create/", OrderCreateApi.as_view())` routes to a view class (`re_path`/`url` regexes are read
as routes: `(?P<slug>…)` → `{slug}`),
a DRF router's `router.register(r"orders", OrderViewSet)` to a viewset (its `list`/`create` on the prefix, its
`retrieve`/`update`/`partial_update`/`destroy` on `prefix/{pk}`);
`path("api/orders/", include("shop.orders.urls"))` prefixes another URL conf. Each `get`/`post`/… method of a routed
view is an `Endpoint` (controller: the view class), its calls the functions it calls that it imported from the
project's `services`/`selectors` modules. A viewset's `@action(detail=True, methods=["post"])` adds its own route
(`prefix/{pk}/<name or url_path>`). A function-based view (`path("orders/", views.order_list)`: a module-level `def`
taking `request`) is an endpoint of its module (controller: the module, e.g. `views`) for the verbs of its
`@api_view([…])`/`@require_http_methods([…])`/`@require_GET`/`@require_POST`, else GET and those its body compares
`request.method` with. The functions of a `services.py`/`selectors.py` module are the
`ServiceMethod`s of that module, with the models they touch (`Order.objects…`, `Order(…)`).

URL confs and views live in different files: each file adds `DjangoRoute`s and `DjangoView`s, and `django_endpoints`
joins them once every file has been read.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from architect_ai.analyze.structure_facts import python_def_span, snippet_of
from architect_ai.analyze.structure_records import Call, ClassInfo, Endpoint, External, ServiceMethod, Snippet

_VERBS = ("get", "post", "put", "patch", "delete")
#: A DRF viewset's actions → (verb, path after the router prefix).
_VIEWSET_ACTIONS = {
    "list": ("GET", ""),
    "create": ("POST", ""),
    "retrieve": ("GET", "{pk}"),
    "update": ("PUT", "{pk}"),
    "partial_update": ("PATCH", "{pk}"),
    "destroy": ("DELETE", "{pk}"),
}
_LAYER_MODULES = frozenset({"services", "selectors"})


@dataclass(frozen=True, slots=True)
class DjangoRoute:
    """One `path(…)` of a URL conf: the conf's dotted module, the route, and a view class or an included conf."""

    conf: str
    route: str
    view: str = ""
    include: str = ""


@dataclass(frozen=True, slots=True)
class DjangoView:
    """One HTTP method of a class-based view, before its route is known."""

    view: str
    verb: str
    action: str
    calls: tuple[Call, ...]
    path: str
    start_line: int
    end_line: int
    suffix: str = ""  # a viewset action's path after the route (`{pk}`)
    controller: str = ""  # a function-based view's module (`views`); a class-based view is its own controller


@dataclass(slots=True)
class DjangoFacts:
    routes: list[DjangoRoute]
    views: list[DjangoView]
    classes: list[ClassInfo]
    service_methods: list[ServiceMethod]
    snippets: list[Snippet]
    externals: list[External] = field(default_factory=list)


#: A settings module's `DATABASES["default"]["ENGINE"]` backend → the database it names.
_ENGINES = {
    "sqlite3": "SQLite",
    "postgresql": "PostgreSQL",
    "postgresql_psycopg2": "PostgreSQL",
    "postgis": "PostgreSQL",
}
_ENGINES |= {"mysql": "MySQL", "oracle": "Oracle", "mssql": "SQL Server"}


def _settings_database(tree: ast.Module, path: str) -> list[External]:
    """The database a settings module configures (`DATABASES = {"default": {"ENGINE": "django.db.backends.x"}}`)."""
    for node in tree.body:
        if not (
            isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "DATABASES" for t in node.targets)
        ):
            continue
        for value in ast.walk(node.value):
            if not isinstance(value, ast.Dict):
                continue
            for key, engine in zip(value.keys, value.values, strict=True):
                if isinstance(key, ast.Constant) and key.value == "ENGINE" and isinstance(engine, ast.Constant):
                    name = _ENGINES.get(str(engine.value).rsplit(".", 1)[-1])
                    if name:
                        return [External("database", name, "", (path,))]
    return []


def read_django(path: str, text: str, role: str) -> DjangoFacts | None:
    """The URL routes, views and service/selector functions of one Python file (None when it has none)."""
    if "django" not in text and "rest_framework" not in text and PurePosixPath(path).stem not in _LAYER_MODULES:
        return None
    try:
        tree = ast.parse(text)
    except (SyntaxError, ValueError):
        return None
    facts = DjangoFacts([], [], [], [], [], [])
    lines = text.split("\n")
    conf = ".".join(PurePosixPath(path).with_suffix("").parts)
    facts.routes += _routes(tree, conf)
    layers = _imported_layer_functions(tree)
    for node in tree.body:
        if isinstance(node, ast.ClassDef) and _is_view(node):
            viewset = any(ast.unparse(b).endswith("ViewSet") for b in node.bases)
            for method in node.body:
                if not isinstance(method, ast.FunctionDef | ast.AsyncFunctionDef):
                    continue
                extra = _extra_action(method) if viewset else None
                if extra is not None:
                    routes = extra
                elif viewset and method.name in _VIEWSET_ACTIONS:
                    routes = [_VIEWSET_ACTIONS[method.name]]
                elif not viewset and method.name in _VERBS:
                    routes = [(method.name.upper(), "")]
                else:
                    continue
                calls = tuple(dict.fromkeys(_layer_calls(method, layers)))
                start, end = python_def_span(method)
                for verb, suffix in routes:
                    facts.views.append(DjangoView(node.name, verb, method.name, calls, path, start, end, suffix))
                facts.snippets.append(snippet_of(path, lines, start - 1, end - 1, "python"))
    module = PurePosixPath(path).stem
    if module not in _LAYER_MODULES:
        for function in tree.body:
            verbs = _function_view_verbs(function)
            if not verbs:
                continue
            calls = tuple(dict.fromkeys(_layer_calls(function, layers)))
            start, end = python_def_span(function)
            for verb in verbs:
                view = DjangoView(function.name, verb, function.name, calls, path, start, end, controller=module)
                facts.views.append(view)
            facts.snippets.append(snippet_of(path, lines, start - 1, end - 1, "python"))
    if module in _LAYER_MODULES:
        functions = [n for n in tree.body if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)]
        for function in functions:
            start, end = python_def_span(function)
            models = _models_touched(function)
            facts.service_methods.append(ServiceMethod(module, function.name, (), models, (), path, start, end))
            facts.snippets.append(snippet_of(path, lines, start - 1, end - 1, "python"))
        if functions:
            facts.classes.append(ClassInfo(module, "service", role, (), path, 1, len(lines)))
    facts.externals += _settings_database(tree, path)
    has_any = facts.routes or facts.views or facts.service_methods or facts.externals
    return facts if has_any else None


def django_endpoints(routes: list[DjangoRoute], views: list[DjangoView]) -> list[Endpoint]:
    """The endpoints of every routed view: the prefixes of the URL confs that include its conf, plus its route."""
    prefixes: dict[str, list[str]] = {}
    confs = {r.conf for r in routes}

    def conf_of(name: str) -> str:
        return next((c for c in confs if c == name or c.endswith("." + name) or name.endswith("." + c)), "")

    def prefixes_of(conf: str, depth: int = 0) -> list[str]:
        if conf in prefixes:
            return prefixes[conf]
        parents = [r for r in routes if r.include and conf_of(r.include) == conf]
        found = [""] if not parents or depth > 5 else []
        for parent in parents:
            found += [_join(p, parent.route) for p in prefixes_of(parent.conf, depth + 1)]
        prefixes[conf] = found
        return found

    by_view: dict[str, list[DjangoView]] = {}
    for view in views:
        by_view.setdefault(view.view, []).append(view)
    endpoints = []
    for route in routes:
        for view in by_view.get(route.view, []) if route.view else []:
            for prefix in prefixes_of(route.conf):
                endpoint = Endpoint(
                    view.controller or view.view, view.verb, _join(_join(prefix, route.route), view.suffix), view.action, view.calls, (),
                    view.path, view.start_line, view.end_line,
                )  # fmt: skip
                endpoints.append(endpoint)
    return endpoints


def _join(prefix: str, route: str) -> str:
    return "/" + "/".join(p.strip("/") for p in (prefix, route) if p.strip("/"))


def _routes(tree: ast.Module, conf: str) -> list[DjangoRoute]:
    """The `path(…)`/`re_path(…)` entries of a module's `urlpatterns` and its DRF router registrations."""
    found = []
    mounted: dict[str, str] = {}  # a router variable → the path its `include(router.urls)` is mounted at
    for node in tree.body:
        targets = (
            node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AugAssign) else []
        )
        if not any(isinstance(t, ast.Name) and t.id == "urlpatterns" for t in targets):
            continue
        for call in ast.walk(node.value):
            if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Name)):
                continue
            if call.func.id not in ("path", "re_path", "url") or len(call.args) < 2:
                continue
            route, target = call.args[0], call.args[1]
            if not (isinstance(route, ast.Constant) and isinstance(route.value, str)):
                continue
            if call.func.id != "path":  # `re_path`/`url` (Django < 4) take a regex: read it as a route
                route = ast.Constant(_regex_route(route.value))
            router = _router_urls(target)
            if router:
                mounted[router] = route.value
                continue
            view = _view_name(target)
            include = _included(target)
            if view or include:
                found.append(DjangoRoute(conf, route.value, view, include))
    return found + _registered(tree, conf, mounted)


def _regex_route(pattern: str) -> str:
    """`^profiles/(?P<username>\\w+)/follow/?$` → `profiles/{username}/follow`."""
    route = re.sub(r"\(\?P<(\w+)>[^)]*\)", r"{\1}", pattern)
    return route.removeprefix("^").removesuffix("$").replace("/?", "/").rstrip("/")


def _router_urls(node: ast.AST) -> str:
    """`include(router.urls)` → `router`."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "include" and node.args:
        first = node.args[0]
        if isinstance(first, ast.Attribute) and first.attr == "urls" and isinstance(first.value, ast.Name):
            return first.value.id
    return ""


def _registered(tree: ast.Module, conf: str, mounted: dict[str, str]) -> list[DjangoRoute]:
    """A DRF router's `router.register(r"orders", OrderViewSet)` calls, under the path the router is mounted at."""
    found = []
    for call in ast.walk(tree):
        if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and call.func.attr == "register"):
            continue
        if len(call.args) < 2 or not (isinstance(call.args[0], ast.Constant) and isinstance(call.args[0].value, str)):
            continue
        view = call.args[1]
        name = view.attr if isinstance(view, ast.Attribute) else view.id if isinstance(view, ast.Name) else ""
        router = call.func.value.id if isinstance(call.func.value, ast.Name) else ""
        if name:
            found.append(DjangoRoute(conf, _join(mounted.get(router, ""), call.args[0].value), name))
    return found


def _view_name(node: ast.AST) -> str:
    """`OrderListApi.as_view()` → `OrderListApi`; `views.OrderListApi.as_view()` → `OrderListApi`; a function view
    `views.order_list` / `order_list` → `order_list` (routed only when such a view is found)."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "as_view":
        node = node.func.value
    return node.attr if isinstance(node, ast.Attribute) else node.id if isinstance(node, ast.Name) else ""


def _decorator_name(node: ast.AST) -> str:
    target = node.func if isinstance(node, ast.Call) else node
    return ast.unparse(target).rsplit(".", 1)[-1]


def _verb_list(node: ast.AST) -> list[str]:
    """`["get", "POST"]` → `["GET", "POST"]` (the known verbs of a list or tuple of strings)."""
    if not isinstance(node, ast.List | ast.Tuple):
        return []
    words = [e.value.upper() for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
    return [w for w in words if w.lower() in _VERBS]


def _extra_action(method: ast.FunctionDef | ast.AsyncFunctionDef) -> list[tuple[str, str]] | None:
    """A viewset's `@action(detail=…, methods=[…], url_path=…)`: its (verb, path after the prefix) pairs."""
    for decorator in method.decorator_list:
        if not (isinstance(decorator, ast.Call) and _decorator_name(decorator) == "action"):
            continue
        options = {k.arg: k.value for k in decorator.keywords if k.arg}
        verbs = _verb_list(options["methods"]) if "methods" in options else ["GET"]
        url = options.get("url_path")
        segment = url.value if isinstance(url, ast.Constant) and isinstance(url.value, str) else method.name
        detail = options.get("detail")
        on_one = isinstance(detail, ast.Constant) and detail.value is True
        suffix = f"{{pk}}/{segment.strip('/')}" if on_one else segment.strip("/")
        return [(verb, suffix) for verb in verbs or ["GET"]]
    return None


_REQUIRE = {"require_GET": ["GET"], "require_safe": ["GET"], "require_POST": ["POST"]}


def _function_view_verbs(node: ast.stmt) -> list[str]:
    """The verbs a module-level function view answers (empty when `node` is no function taking `request`)."""
    if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
        return []
    arguments = node.args.posonlyargs + node.args.args
    if not arguments or arguments[0].arg != "request":
        return []
    for decorator in node.decorator_list:
        name = _decorator_name(decorator)
        if name in _REQUIRE:
            return _REQUIRE[name]
        if name in ("api_view", "require_http_methods") and isinstance(decorator, ast.Call) and decorator.args:
            return _verb_list(decorator.args[0]) or ["GET"]
    compared = [
        side.value.upper()
        for sub in ast.walk(node)
        if isinstance(sub, ast.Compare) and ast.unparse(sub.left) == "request.method"
        for side in sub.comparators
        if isinstance(side, ast.Constant) and isinstance(side.value, str) and side.value.lower() in _VERBS
    ]
    return list(dict.fromkeys(["GET", *compared]))


def _included(node: ast.AST) -> str:
    """`include("shop.orders.urls")` / `include(("shop.orders.urls", "orders"))` → `shop.orders.urls`."""
    if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "include"):
        return ""
    if not node.args:
        return ""
    first = node.args[0]
    if isinstance(first, ast.Tuple) and first.elts:
        first = first.elts[0]
    return first.value if isinstance(first, ast.Constant) and isinstance(first.value, str) else ""


def _is_view(node: ast.ClassDef) -> bool:
    bases = {ast.unparse(b).rsplit(".", 1)[-1] for b in node.bases}
    return any(b.endswith(("View", "APIView", "ViewSet")) for b in bases)


def _imported_layer_functions(tree: ast.Module) -> dict[str, str]:
    """Functions imported from `services`/`selectors` modules: name → module (`order_list` → `selectors`)."""
    found = {}
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module:
            module = node.module.rsplit(".", 1)[-1]
            if module in _LAYER_MODULES:
                found.update((alias.asname or alias.name, module) for alias in node.names)
    return found


def _layer_calls(node: ast.AST, layers: dict[str, str]):
    for call in ast.walk(node):
        if isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id in layers:
            module = layers[call.func.id]
            yield Call(module, call.func.id, module)


def _models_touched(node: ast.AST) -> tuple[str, ...]:
    """Models a function uses: `Order.objects…`, `Order(…)` (capitalised names)."""
    found = []
    for sub in ast.walk(node):
        if isinstance(sub, ast.Attribute) and sub.attr == "objects" and isinstance(sub.value, ast.Name):
            found.append(sub.value.id)
        elif isinstance(sub, ast.Call) and isinstance(sub.func, ast.Name) and sub.func.id[:1].isupper():
            found.append(sub.func.id)
    return tuple(dict.fromkeys(n for n in found if n[:1].isupper()))
