"""House conventions, mined from the repository itself (never hard-coded to the sample).

One pass over the files with bounded state: per convention a count, a name counter and at most `MAX_EVIDENCE`
`Evidence` lines, each a real line of a real file. Structure (constructor parameters, base lists, attributes,
method return types) comes from tree-sitter; simple line facts (DI registrations, `providedIn`, hooks) from regexes.
Malformed code never raises: tree-sitter parses it into ERROR nodes and the miner skips what it cannot read.
"""

from __future__ import annotations

import re
from collections import Counter

from tree_sitter import Node

from architect_ai.analyze.chunks import split_lines
from architect_ai.analyze.code_text import code_only
from architect_ai.analyze.controller_base import FRAMEWORK_CONTROLLER_BASES as FRAMEWORK_CONTROLLER_BASES
from architect_ai.analyze.controller_base import controller_base_convention
from architect_ai.analyze.convention_tally import MAX_EVIDENCE, MAX_NAMES_SHOWN, Tally, quoted
from architect_ai.analyze.convention_tally import MAX_EVIDENCE_PER_FILE as MAX_EVIDENCE_PER_FILE
from architect_ai.analyze.convention_tally import MAX_EXAMPLES as MAX_EXAMPLES
from architect_ai.analyze.miner_conventions import ASYNC, SUFFIX_FAMILIES
from architect_ai.analyze.miner_conventions import BY_ID as MINER
from architect_ai.analyze.miner_conventions import DI_METHODS as DI_METHODS
from architect_ai.analyze.treesitter import CSHARP_TYPES, TS_TYPES, name_of, parse, text_of, walk
from architect_ai.data import Convention, Evidence, SourceFile

#: Python type hints count as a convention when at least this share of functions is annotated.
MIN_HINTED_SHARE = 0.5
SKIPPED_ROLES = frozenset({"test", "config"})

#: Suffix families of TypeScript classes only (a C# `CartSummaryComponent` is a Blazor component).
TS_SUFFIX_FAMILIES = frozenset(id_ for id_ in SUFFIX_FAMILIES if "csharp" not in MINER[id_].languages)
ASPNET_ATTRIBUTES = frozenset(
    {"ApiController", "Route", "HttpGet", "HttpPost", "HttpPut", "HttpDelete", "HttpPatch", "Authorize"}
    | {"AllowAnonymous", "FromBody", "FromQuery", "FromRoute", "FromServices", "ProducesResponseType", "Produces"}
)
#: A settings *interface* (`IMongoDBSettings`). An `IOptions<JwtSettings>` is the Options pattern (the catalogue's
#: `options_pattern`), never a settings interface.
_SETTINGS_TYPE = re.compile(r"^I\w*Settings$")
#: Line conventions are counted with the very pattern an answer is judged by (`miner_conventions`).
_DI_CALL = re.compile(MINER["di_registration"].shown_by[0])
_PROVIDED_IN_ROOT = re.compile(MINER["angular_provided_in_root"].shown_by[0])
_REACT_IMPORT = re.compile(r"from\s+['\"]react['\"]|require\(\s*['\"]react['\"]\s*\)")
_REACT_HOOK = re.compile(MINER["react_hooks"].shown_by[0])
_PY_DEF = re.compile(r"^\s*(?:async\s+)?def\s+\w+\s*\((.*)\)\s*(?:->\s*([^:]+?))?\s*:\s*(?:#.*)?$")
_ASYNC = {language: re.compile(pattern) for language, pattern in ASYNC.items()}
#: The concrete form each language writes (a convention's names must occur in the code that shows it).
_ASYNC_FORMS = {"csharp": "async Task", "typescript": "async", "javascript": "async", "python": "async def"}
_CS_ASYNC_NAME = re.compile(r"\basync\s+(?:Task|ValueTask)\b(?:<[\w<>,\s\[\]?.()]*>)?\s+(\w+)\s*\(")


def _short_type(node: Node | None) -> str:
    """`Foo.Bar<T>(x)` → `Bar`: the plain name of a type or attribute node."""
    return re.split(r"[<(]", text_of(node), maxsplit=1)[0].strip().rsplit(".", 1)[-1]


class ConventionMiner:
    """Collects house conventions over one pass of `add(file, role)` calls."""

    def __init__(self) -> None:
        self._tallies: dict[str, Tally] = {}
        self._attr_forms: dict[str, tuple[str, bool]] = {}  # attribute → (first full text, varies)
        self._routes: Counter = Counter()
        self._controllers: dict[str, tuple[str, Evidence]] = {}  # controller class → (first base, evidence)
        self._async_suffixed = 0
        self._async_methods = 0
        self._py_defs = 0

    def _tally(self, id_: str) -> Tally:
        return self._tallies.setdefault(id_, Tally())

    def add(self, file: SourceFile, role: str) -> None:
        """Mine one file (tests and configuration are skipped: they show how the code is checked, not written)."""
        if role in SKIPPED_ROLES or not file.text.strip():
            return
        language = file.language.lower()
        lines = split_lines(file.text)
        root = parse(file.text, language, file.path)
        if root is not None and language == "csharp":
            self._csharp(root, file.path, role, lines)
        elif root is not None and language in ("typescript", "tsx", "javascript", "jsx"):
            self._typescript(root, file.path, lines)
        code = list(code_only(file.text, language, file.path))[: len(lines)]  # line facts never come from comments
        self._line_facts(file.path, language, lines, [c.removesuffix("\r") for c in code])

    # -- C# --------------------------------------------------------------------------------------------------------
    def _csharp(self, root: Node, path: str, role: str, lines: list[str]) -> None:
        for node in walk(root):
            if node.type in CSHARP_TYPES:
                self._cs_type(node, path, role, lines)
            elif node.type == "attribute":
                self._cs_attribute(node, path, lines)
            elif node.type == "generic_name":
                head = text_of(node.named_children[0]) if node.named_children else ""
                if head in ("IMongoCollection", "GetCollection"):
                    self._tally("mongo_collection_access").hit(text_of(node), path, node.start_point[0], lines)

    def _cs_type(self, node: Node, path: str, role: str, lines: list[str]) -> None:
        name_node = node.child_by_field_name("name")
        name, row = text_of(name_node), (name_node or node).start_point[0]
        if not name:
            return
        if node.type != "interface_declaration":
            self._suffixes(name, path, row, lines, dto_role=role == "dotnet_dto", csharp=True)
        bases = next((c for c in node.named_children if c.type == "base_list"), None)
        first_base = next(iter(bases.named_children), None) if bases is not None else None
        is_controller = name.endswith("Controller") or role == "dotnet_controller"
        if node.type == "class_declaration" and first_base is not None and is_controller:
            base_row = first_base.start_point[0]
            evidence = Evidence(path, base_row + 1, lines[base_row].strip())
            self._controllers[name] = (_short_type(first_base), evidence)
        parameters = [c for c in node.named_children if c.type == "parameter_list"]  # a primary constructor
        body = node.child_by_field_name("body")
        if body is not None:
            ctors = [c for c in body.named_children if c.type == "constructor_declaration"]
            parameters += [p for c in ctors for p in c.named_children if p.type == "parameter_list"]
        for parameter in (p for plist in parameters for p in plist.named_children if p.type == "parameter"):
            type_text = re.sub(r"\s+", "", text_of(parameter.child_by_field_name("type")))
            if _SETTINGS_TYPE.match(type_text):
                tally = self._tally("settings_interface_injection")
                tally.hit(type_text, path, parameter.start_point[0], lines, example=name)

    def _cs_attribute(self, node: Node, path: str, lines: list[str]) -> None:
        name = _short_type(node.child_by_field_name("name")).removesuffix("Attribute")
        full = re.sub(r"\s+", " ", text_of(node))
        if name.startswith("Bson"):
            tally = self._tally("bson_attributes")
        elif name in ASPNET_ATTRIBUTES:
            tally = self._tally("aspnet_attributes")
            template = re.search(r"\(\s*\"([^\"]*)\"", full)
            in_class = node.parent is not None and node.parent.parent is not None
            if name == "Route" and template and in_class and node.parent.parent.type == "class_declaration":
                self._routes[template.group(1)] += 1
        else:
            return
        first, varies = self._attr_forms.get(name, (full, False))
        self._attr_forms[name] = (first, varies or full != first)
        tally.hit(name, path, node.start_point[0], lines)

    # -- TypeScript / JavaScript --------------------------------------------------------------------------------
    def _typescript(self, root: Node, path: str, lines: list[str]) -> None:
        for node in walk(root):
            if node.type not in TS_TYPES or node.type in ("interface_declaration", "enum_declaration"):
                continue
            name_node = node.child_by_field_name("name")
            if name_node is None:
                continue
            name = text_of(name_node)
            self._suffixes(name, path, name_node.start_point[0], lines, dto_role=False)
            body = node.child_by_field_name("body")
            if body is not None:
                self._http_service(name, body, path, lines)

    def _http_service(self, name: str, body: Node, path: str, lines: list[str]) -> None:
        injection: Node | None = None
        observables: list[Node] = []
        for member in body.named_children:
            if member.type == "public_field_definition" and re.search(r"inject\(\s*HttpClient\s*\)", text_of(member)):
                injection = injection or member
            elif member.type == "method_definition":
                if name_of(member) == "constructor":
                    params = member.child_by_field_name("parameters")
                    for param in params.named_children if params is not None else ():
                        if re.search(r":\s*HttpClient\b", text_of(param)):
                            injection = injection or param
                elif text_of(member.child_by_field_name("return_type")).lstrip(": ").startswith("Observable<"):
                    observables.append(member)
        if injection is None or not observables:
            return
        tally = self._tally("angular_httpclient_observable")
        tally.hit(name, path, injection.start_point[0], lines, example=str(len(observables)))
        for method in observables[:1]:
            row = (method.child_by_field_name("name") or method).start_point[0]
            if len(tally.evidence) < MAX_EVIDENCE and 0 <= row < len(lines):
                tally.evidence.append(Evidence(path, row + 1, lines[row].strip()))

    # -- shared ---------------------------------------------------------------------------------------------------
    def _suffixes(
        self, name: str, path: str, row: int, lines: list[str], *, dto_role: bool, csharp: bool = False
    ) -> None:
        for id_, (_, suffixes) in SUFFIX_FAMILIES.items():
            if csharp and id_ in TS_SUFFIX_FAMILIES:
                continue  # a C# `CartSummaryComponent` is a Blazor component, never an Angular one
            suffix = next((s for s in suffixes if name.endswith(s) and name != s), "")
            if not suffix and id_ == "dto_suffix" and dto_role:
                suffix = re.findall(r"[A-Z][a-z0-9]*|[A-Z]+(?![a-z])", name)[-1:] or [""]
                suffix = suffix[0]
            if suffix:
                self._tally(id_).hit(suffix, path, row, lines, example=name)

    def _line_facts(self, path: str, language: str, lines: list[str], code: list[str]) -> None:
        is_react = language in ("typescript", "javascript") and any(_REACT_IMPORT.search(line) for line in lines)
        async_pattern = _ASYNC.get(language)
        for row, line in enumerate(code):
            if language == "csharp":
                for match in _DI_CALL.finditer(line):
                    method, generic = match.group(1), match.group(2) or ""
                    if method != "Configure" or generic:
                        self._tally("di_registration").hit(method, path, row, lines, example=method + generic)
                named = _CS_ASYNC_NAME.search(line)
                if named:
                    self._async_methods += 1
                    self._async_suffixed += named.group(1).endswith("Async")
            if language in ("typescript", "javascript"):
                if _PROVIDED_IN_ROOT.search(line):
                    self._tally("angular_provided_in_root").hit("providedIn: 'root'", path, row, lines)
                if is_react:
                    for hook in _REACT_HOOK.findall(line):
                        self._tally("react_hooks").hit(hook, path, row, lines)
            if async_pattern is not None and async_pattern.search(line):
                self._tally("async_await").hit(_ASYNC_FORMS[language], path, row, lines)
            if language == "python":
                match = _PY_DEF.match(line)
                if match:
                    self._py_defs += 1
                    if match.group(2) or ":" in match.group(1):
                        returns = (match.group(2) or "").strip() or "(parameters only)"
                        self._tally("python_type_hints").hit(returns, path, row, lines)

    # -- results --------------------------------------------------------------------------------------------------
    def conventions(self) -> list[Convention]:
        """The conventions found so far, sorted by id (only those actually seen)."""
        found: list[Convention] = []
        for id_, tally in self._tallies.items():
            convention = self._describe(id_, tally)
            if convention is not None:
                found.append(convention)
        controller_base = controller_base_convention(self._controllers)
        if controller_base is not None:
            found.append(controller_base)
        return sorted(found, key=lambda c: c.id)

    def _describe(self, id_: str, tally: Tally) -> Convention | None:
        ranked = tally.ranked()
        if not ranked:
            return None
        if id_ in SUFFIX_FAMILIES:
            what = SUFFIX_FAMILIES[id_][0]
            top, count = ranked[0]
            examples = ", ".join(tally.examples.get(top, [])[:MAX_NAMES_SHOWN])
            others = f"; also {quoted(ranked[1:])}" if len(ranked) > 1 else ""
            return tally.convention(id_, f"{what} end in `{top}` ({count} classes: {examples}, …){others}")
        if id_ == "settings_interface_injection":
            owners = sorted({o for examples in tally.examples.values() for o in examples})
            text = f"Settings reach classes as constructor-injected interfaces: {quoted(ranked)}"
            return tally.convention(id_, f"{text}; injected into {', '.join(owners[:MAX_NAMES_SHOWN])}")
        if id_ in ("bson_attributes", "aspnet_attributes"):
            forms = [(self._attr_form(name), n) for name, n in ranked]
            if id_ == "bson_attributes":
                return tally.convention(id_, f"MongoDB documents are mapped with BSON attributes: {quoted(forms)}")
            routes = ", ".join(f"`{r}`" for r, _ in self._routes.most_common(2))
            style = f"; controller routes look like {routes}" if routes else ""
            owner = "ASP.NET controllers are" if self._controllers else "ASP.NET endpoints and requests are"
            return tally.convention(id_, f"{owner} declared with attributes: {quoted(forms)}{style}")
        if id_ == "mongo_collection_access":
            text = "MongoDB data access goes through typed collections"
            return tally.convention(id_, f"{text}: {quoted(ranked)}")
        if id_ == "di_registration":
            examples = [e for name, _ in ranked for e in tally.examples.get(name, [])][:MAX_NAMES_SHOWN]
            text = f"Services are registered with dependency injection: {quoted(ranked)}"
            return tally.convention(id_, f"{text}, e.g. {', '.join(f'`{e}`' for e in examples)}")
        if id_ == "angular_httpclient_observable":
            methods = sum(int(n) for examples in tally.examples.values() for n in examples)
            names = ", ".join(n for n, _ in ranked[:MAX_NAMES_SHOWN])
            text = f"Angular services inject `HttpClient` and return `Observable<…>` ({tally.count} services"
            return tally.convention(id_, f"{text}, {methods} methods: {names})")
        if id_ == "angular_provided_in_root":
            text = "Angular services are singletons declared with `@Injectable({ providedIn: 'root' })`"
            return tally.convention(id_, f"{text} ({tally.count} services)")
        if id_ == "react_hooks":
            return tally.convention(id_, f"React components use hooks: {quoted(ranked)}")
        if id_ == "async_await":
            suffix = f"; {self._async_suffixed} of {self._async_methods} C# async methods end in `Async`"
            suffix = suffix if self._async_suffixed else ""
            return tally.convention(id_, f"Asynchronous code uses async/await: {quoted(ranked)}{suffix}")
        if id_ == "python_type_hints":
            if tally.count < MIN_HINTED_SHARE * self._py_defs:
                return None
            text = f"Python functions carry type hints ({tally.count} of {self._py_defs} functions)"
            return tally.convention(id_, f"{text}; common return types: {quoted(ranked)}")
        return None

    def _attr_form(self, name: str) -> str:
        first, varies = self._attr_forms.get(name, (name, False))
        if varies and "(" in first:
            return f"[{name}(…)]"
        return f"[{first}]"
