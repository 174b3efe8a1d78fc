"""Spec facts read from the code text of languages the repository structure says little about: Java (Spring),
Python (classes, methods, pydantic/SQLModel fields), TypeScript/JavaScript functions (CommonJS modules and Express
routes too) and Go (struct fields, `NewX(…)` dependencies, functions and methods, gin/echo/chi routes), plus the names
a file imports (what it builds on), for every language. Each function returns facts as sentences, unfiltered: the caller
drops any that names the chunk.
"""

from __future__ import annotations

import keyword
import re

from architect_ai.analyze.code_text import code_only
from architect_ai.analyze.python_module import read_module
from architect_ai.analyze.type_facts import TypeFacts, java_type_facts
from architect_ai.data import Chunk

MAX_ITEMS = 6

_ANNOTATION = re.compile(r"@\w+(?:\([^()]*\))?\s*")
_STRING = re.compile(r'"([^"]*)"')
_PY_CLASS = re.compile(r"^class\s+(\w+)\s*\(([^)]*)\)\s*:", re.M)
_PY_METHOD = re.compile(r"^ {4}(?:async\s+)?def\s+([a-z]\w*)\s*\(\s*(?:self|cls)\s*,?\s*([^)]*)\)", re.M)
_PY_FIELD = re.compile(r"^ {4}([a-z_]\w*)\s*:\s*([^=\n#]+?)\s*(?:=|$|#)", re.M)
_TS_FUNCTION = re.compile(
    r"^export\s+(?:default\s+)?(?:async\s+)?function\s*\*?\s*(\w+)\s*(?:<[^>]*>)?\(([^)]*)\)", re.M
)
_TS_CONST = re.compile(r"^export\s+const\s+(\w+)\s*(?::[^=]+)?=\s*(?:async\s*)?(?:\(([^)]*)\)|(\w+)\s*=>)", re.M)
_NEST_ROUTE = re.compile(r"@(Controller|Get|Post|Put|Delete|Patch)\(\s*(?:['\"`]([^'\"`]*)['\"`])?")
_IMPORTS = {
    "typescript": re.compile(r"^import\s+(?:type\s+)?\{([^}]*)\}\s+from", re.M),
    "javascript": re.compile(r"^import\s+\{([^}]*)\}\s+from", re.M),
    "java": re.compile(r"^import\s+(?:static\s+)?[\w.]+\.([A-Z]\w*)\s*;", re.M),
    "python": re.compile(r"^from\s+[\w.]+\s+import\s+\(?([^)\n]*)", re.M),
}
_MAIN_FUNCTION = {
    "python": re.compile(r"^(?:async\s+)?def\s+(\w+)", re.M),
    "typescript": re.compile(r"^export\s+(?:default\s+)?(?:async\s+)?(?:function\s*\*?\s*|const\s+)(\w+)", re.M),
}
_MAIN_FUNCTION["javascript"] = _MAIN_FUNCTION["typescript"]
_MAIN_FUNCTION["go"] = re.compile(r"^func\s+(?:\([^)]*\)\s*)?(\w+)", re.M)
_JS_CONST = re.compile(
    r"^(?:const|let)\s+(\w+)\s*=\s*(?:\w+\.)?(?:\w+\s*\(\s*)?(?:async\s*)?(?:\(([^)]*)\)|(\w+))\s*=>", re.M
)
_JS_REQUIRE = re.compile(r"^(?:const|let|var)\s+(?:\{([^}]*)\}|(\w+))\s*=\s*require\(", re.M)
_JS_ROUTE = re.compile(r"\b\w+\.(get|post|put|patch|delete)\s*\(\s*['\"`]([^'\"`]*)['\"`]")
_GO_FUNC = re.compile(r"^func\s+(?:\(\s*\w+\s+\*?(\w+)\s*\)\s*)?([A-Z]\w*)\s*\(([^)]*)\)\s*([^{\n]*)\{", re.M)
_GO_FIELD = re.compile(r"^\t([A-Z]\w*)\s+([\w.*\[\]]+)(?:\s+`[^`]*`)?\s*$", re.M)
_GO_NEW = re.compile(r"^func\s+New\w*\s*\(([^)]*)\)", re.M)
_GO_ROUTE = re.compile(r"\b(\w+)\.(GET|POST|PUT|PATCH|DELETE|Get|Post|Put|Patch|Delete)\s*\(\s*\"([^\"]*)\"")
_GO_GROUP = re.compile(r"\b(\w+)\s*:?=\s*(\w+)\.Group\(\s*\"([^\"]*)\"")


def main_function(chunk: Chunk) -> str:
    """The first top-level function (or exported const) of a Python/TS/JS chunk: what a module of functions is."""
    pattern = _MAIN_FUNCTION.get(chunk.language)
    match = pattern.search(chunk.text) if pattern else None
    return match.group(1) if match else ""


_MAPPINGS = {"GetMapping": "GET", "PostMapping": "POST", "PutMapping": "PUT", "DeleteMapping": "DELETE"}
_MAPPINGS |= {"PatchMapping": "PATCH", "RequestMapping": "ANY"}
_LOMBOK_CONSTRUCTORS = ("RequiredArgsConstructor", "AllArgsConstructor")


def java_field_injections(text: str) -> list[str]:
    """Types injected into `@Autowired` fields (not through a constructor: a prompt must not say they are)."""
    fields = sorted((m for t in java_type_facts(text) for m in t.members if m.kind == "field"), key=lambda m: m.row)
    return list(dict.fromkeys(m.type for m in fields if m.annotated("Autowired") and not m.has_body))


def java_facts(chunk: Chunk, names: set[str]) -> tuple[list[str], list[str], list[str], list[str], list[str]]:
    """(routes, bases, dependencies, signatures) of a Java chunk's main class (`names` gains every class name), and
    the file's other top-level classes with what they extend or implement (`UpdateUserValidator` implementing
    `ConstraintValidator<…>` beside `UserService`): the answer holds them, so the request names them. Read from the
    chunk's `TypeFacts` (`analyze/type_facts.py`), the records the structure reads too."""
    types = java_type_facts(chunk.text)
    names.update(t.name for t in types)
    tops = [t for t in types if t.depth == 0]
    others = [_declared(t) for t in tops if t.name != chunk.symbol]
    others = others if len(others) < len(types) else []
    main = next((t for t in tops if t.name == chunk.symbol), None)
    classes, region = tops, list(types)
    if main is not None and len(tops) > 1:  # `UserService.java` also holds `class UpdateUserValidator`: facts per class
        classes = [main]
        region = [t for t in types if main.start_row <= t.start_row and t.end_row <= main.end_row]
    bases = [b for t in classes for b in t.bases]
    owned = sorted(((t, m) for t in region for m in t.members), key=lambda pair: pair[1].row)
    deps = [
        p for _, m in owned if m.kind == "constructor" and m.name in names for p in m.parameter_types if p[:1].isupper()
    ]
    if any(t.annotated(mark) for t in region for mark in _LOMBOK_CONSTRUCTORS):
        deps += [
            m.type for _, m in owned if m.kind == "field" and m.modifiers == ("private", "final") and not m.has_body
        ]
    methods = [(t, m) for t, m in owned if m.kind == "method" and "public" in m.modifiers]
    if any(t.kind == "interface" for t in region):  # an interface's abstract methods are public without saying so
        methods += [(t, m) for t, m in owned if m.kind == "method" and not m.has_body and "public" not in m.modifiers]
    depth = min((t.depth for t, _ in methods), default=0)  # the outer class's; a nested class's go deeper
    sigs = [
        f"{m.type} {m.name}({' '.join(_ANNOTATION.sub('', m.parameters).split())})"
        for t, m in methods
        if t.depth == depth and m.name not in names
    ]
    return _java_routes(region), bases, deps, sigs, others


def _declared(facts: TypeFacts) -> str:
    parents = ", ".join(f"`{p}`" for p in (facts.extends_text, facts.implements_text) if p)
    return f"`{facts.name}`" + (f" (extending or implementing {parents})" if parents else "")


def _mapping(annotations: tuple[tuple[str, str], ...]) -> tuple[str, str] | None:
    """(verb, path) of the first Spring mapping annotation (`@GetMapping("/{id}")` → `GET`, `/{id}`), or None."""
    for name, text in annotations:
        if name in _MAPPINGS:
            path = next(iter(_STRING.findall(text)), "")
            method = re.search(r"RequestMethod\.(\w+)", text)
            return (method.group(1) if method and name == "RequestMapping" else _MAPPINGS[name]), path
    return None


def _java_routes(types: list[TypeFacts]) -> list[str]:
    routes = []
    for facts in types:
        mapped = _mapping(facts.annotations)
        prefix = mapped[1].rstrip("/") if mapped else ""
        for member in (m for m in facts.members if m.kind == "method"):
            found = _mapping(member.annotations)
            if found is not None:
                verb, path = found
                route = prefix + (path if not path or path.startswith("/") else "/" + path)
                routes.append(f"{verb} {route or '/'}")
    return routes


def nest_routes(chunk: Chunk) -> list[str]:
    """`@Controller('articles')` + `@Get(':slug')` → `GET /articles/:slug` (NestJS decorators)."""
    prefix, routes = "", []
    for verb, path in _NEST_ROUTE.findall(chunk.text):
        if verb == "Controller":
            prefix = "/" + path.strip("/") if path else ""
        else:
            routes.append(f"{verb.upper()} {(prefix + ('/' + path.lstrip('/') if path else '')) or '/'}")
    return routes


def python_facts(chunk: Chunk) -> tuple[list[str], list[str], list[str], list[str]]:
    """(bases, fields, method signatures, declared classes) of a Python chunk, read with `ast`.

    One class: its bases, class-level fields and public methods. Several: each as "`Name(Base)` with `field: type`…"
    (a module of schemas is its classes; their fields pooled would describe none of them). A chunk that does not
    parse (a line-cut piece) is read with the line patterns, class-level names only.
    """
    module = read_module(chunk.text)
    if module is None:
        return (*_python_facts_by_lines(chunk), [])
    bases = [b for cls in module.classes for b in cls.bases if "=" not in b]
    sigs = [m for cls in module.classes for m in cls.methods]
    if len(module.classes) < 2:
        fields = [f"`{f}`" for cls in module.classes for f in cls.fields]
        return bases, fields, sigs, []
    declares = []
    for cls in module.classes[:MAX_ITEMS]:
        head = f"`{cls.name}({', '.join(cls.bases)})`" if cls.bases else f"`{cls.name}`"
        fields = ", ".join(f"`{f}`" for f in cls.fields[:MAX_ITEMS])
        declares.append(f"{head} with {fields}" if fields else head)
    return [], [], sigs, declares


def _python_facts_by_lines(chunk: Chunk) -> tuple[list[str], list[str], list[str]]:
    bases: list[str] = []
    for _, parents in _PY_CLASS.findall(chunk.text):
        bases += [p.strip() for p in parents.split(",") if p.strip() and "=" not in p and p.strip() != "object"]
    fields = (
        [  # class-level annotated names (a `try:` in a function body is no field)
            f"`{n}: {t.strip()}`" for n, t in _PY_FIELD.findall(chunk.text) if "(" not in n and not keyword.iskeyword(n)
        ]
        if bases or _PY_CLASS.search(chunk.text)
        else []
    )
    sigs = [
        f"{n}({' '.join(p.split()).rstrip(',')})" for n, p in _PY_METHOD.findall(chunk.text) if not n.startswith("_")
    ]
    return bases, fields, sigs


def script_signatures(chunk: Chunk) -> list[str]:
    """Exported functions and arrow-function consts of a TS/JS module, as written."""
    found = [f"{n}({' '.join(p.split())})" for n, p in _TS_FUNCTION.findall(chunk.text)]
    found += [f"{n}({' '.join((p or a).split())})" for n, p, a in _TS_CONST.findall(chunk.text)]
    return found


def commonjs_facts(chunk: Chunk) -> tuple[list[str], list[str]]:
    """(routes, signatures) of a JavaScript module: Express routes (`router.get('/x', …)`) and top-level
    arrow-function consts (`const listUsers = catchAsync(async (req, res) => …)`)."""
    text = "\n".join(code_only(chunk.text, chunk.language))  # a commented-out route is no fact
    routes = [f"{verb.upper()} {path or '/'}" for verb, path in _JS_ROUTE.findall(text)]
    sigs = [f"{n}({' '.join((p or a).split())})" for n, p, a in _JS_CONST.findall(text)]
    return routes, sigs


def go_facts(chunk: Chunk) -> tuple[list[str], list[str], list[str], list[str]]:
    """(routes, fields, dependencies, signatures) of a Go chunk: gin/echo/chi routes, exported struct fields, the
    parameter types of its `NewX(…)` constructors, exported functions and methods as written."""
    text = "\n".join(code_only(chunk.text, chunk.language))
    prefixes: dict[str, str] = {}
    for name, parent, path in _GO_GROUP.findall(text):
        prefixes[name] = prefixes.get(parent, "") + path
    routes = [
        f"{verb.upper()} {(prefixes.get(group, '') + path) or '/'}" for group, verb, path in _GO_ROUTE.findall(text)
    ]
    fields = list(dict.fromkeys(f"`{name}: {type_}`" for name, type_ in _GO_FIELD.findall(text)))  # a field once
    deps = []
    for params in _GO_NEW.findall(text):
        for part in params.split(","):
            words = part.split()
            if len(words) == 2 and words[1].lstrip("*").rsplit(".", 1)[-1][:1].isupper():
                deps.append(words[1].lstrip("*"))
    sigs = []
    for _receiver, name, params, result in _GO_FUNC.findall(text):
        if not name.startswith("New"):
            sigs.append(f"{name}({' '.join(params.split())})" + (f" {result.strip()}" if result.strip() else ""))
    return routes, fields, deps, sigs


def imported_names(chunk: Chunk) -> list[str]:
    """The names a chunk imports (what it builds on), in order, at most `MAX_ITEMS`."""
    if chunk.language == "go":
        packages = re.findall(r"^\s*(?:import\s+)?(?:\w+\s+)?\"([\w./-]+)\"\s*$", chunk.text, re.M)
        names = [p.rstrip("/").rsplit("/", 1)[-1] for p in packages]
        return list(dict.fromkeys(n for n in names if re.fullmatch(r"[A-Za-z_]\w{2,}", n)))[:MAX_ITEMS]
    pattern = _IMPORTS.get(chunk.language)
    if pattern is None:
        return []
    names: list[str] = []
    if chunk.language == "javascript":
        for braces, single in _JS_REQUIRE.findall(chunk.text):
            names += [part.strip().split(":")[0].strip() for part in (braces or single).split(",")]
    for group in pattern.findall(chunk.text):
        for part in group.split(","):
            name = part.strip().split(" as ")[0].strip().removeprefix("type ").strip()
            if re.fullmatch(r"[A-Za-z_]\w{2,}", name):
                names.append(name)
    return list(dict.fromkeys(names))[:MAX_ITEMS]
