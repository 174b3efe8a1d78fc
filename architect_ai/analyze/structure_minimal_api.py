"""Endpoints of ASP.NET Core minimal APIs: `app.MapGroup("/api/items")` + `group.MapGet("/{id}", GetItem)`.

Each `MapGet/MapPost/…` with a literal route becomes an `Endpoint` whose action is the handler method of the same file
(or the inline lambda), and whose calls are what the handler does: `sender.Send(new GetItemQuery(id))` becomes a call
of `Handle` on the target `request:GetItemQuery`, which `StructureCollector.result()` resolves to the class
implementing `IRequestHandler<GetItemQuery, …>`; calls on other injected parameters (`IItemService items`) are kept
for the usual interface → implementation resolution. Read with regexes over comment-free code.
"""

from __future__ import annotations

import re

from architect_ai.analyze.code_text import code_only
from architect_ai.analyze.structure_csharp import RESULT_STATUS
from architect_ai.analyze.structure_facts import FileFacts, snippet_of
from architect_ai.analyze.structure_records import Call, Endpoint

REQUEST_TARGET = "request:"
_GROUP = re.compile(r"\b(?:var\s+|RouteGroupBuilder\s+)?(\w+)\s*=\s*(\w+)\s*\.\s*MapGroup\s*\(\s*\"([^\"]*)\"")
_MAP = re.compile(r"\b(\w+)\s*\.\s*Map(Get|Post|Put|Delete|Patch)\s*\(\s*\"([^\"]*)\"\s*,\s*")
_CLASS = re.compile(r"\bclass\s+(\w+)")
_SEND = re.compile(r"\b(\w+)\s*\.\s*(?:Send|SendAsync)\s*\(\s*(?:new\s+(\w+)|(\w+)\s*[,)])")
_PARAM = re.compile(r"(?:\[\w+(?:\([^)]*\))?\]\s*)?([A-Z][\w.]*(?:<[^<>()]*>)?\??)\s+(\w+)\s*(?:[,)=])")
_CALL = re.compile(r"\b(\w+)\s*\.\s*(\w+)\s*\(")
_TYPED = re.compile(r"\b(?:TypedResults|Results)\s*\.\s*(\w+)")


def read_minimal_apis(path: str, text: str, facts: FileFacts) -> None:
    """Add the minimal-API endpoints of one C# file to `facts` (with the handler's code as a snippet)."""
    if ".Map" not in text:
        return
    code = "\n".join(code_only(text, "csharp", path))
    lines = text.split("\n")
    prefixes = {"app": ""}
    for match in _GROUP.finditer(code):
        prefixes[match.group(1)] = prefixes.get(match.group(2), "") + "/" + match.group(3).strip("/")
    owner = next((m.group(1) for m in _CLASS.finditer(code)), path.rsplit("/", 1)[-1].removesuffix(".cs"))
    for match in _MAP.finditer(code):
        receiver, verb, template = match.groups()
        route = "/" + "/".join(p for p in (prefixes.get(receiver, "").strip("/"), template.strip("/")) if p)
        route = re.sub(r"\{(\w+):[^}]*\}", r"{\1}", route)
        handler = _handler(code, match.end())
        if handler is None:
            continue
        action, start, end = handler
        body = code[start:end]
        calls = _calls(body)
        responses = tuple(dict.fromkeys(RESULT_STATUS[s] for s in _TYPED.findall(body) if s in RESULT_STATUS))
        first, last = code.count("\n", 0, start), code.count("\n", 0, end)
        facts.endpoints.append(
            Endpoint(owner, verb.upper(), route, action, calls, responses, path, first + 1, last + 1)
        )
        facts.snippets.append(snippet_of(path, lines, first, last, "csharp"))


def _handler(code: str, start: int) -> tuple[str, int, int] | None:
    """(action name, start, end) of the handler passed at `start`: a method of the file, or an inline lambda."""
    named = re.match(r"([A-Z]\w*)\s*\)", code[start:])
    if named:
        name = named.group(1)
        modifiers = r"(?:(?:public|private|internal|protected|static|async)\s+)+"
        declared = re.search(rf"^[ \t]*{modifiers}[\w<>,?\s\[\].]*?\b{name}\s*\(", code, re.M)
        if declared is None:
            return None
        return name, declared.start(), _block_end(code, declared.end())
    if code[start:].lstrip().startswith(("async", "(", "[")):
        end = _close(code, start - 1)
        return "lambda", start, end
    return None


def _close(code: str, open_paren: int) -> int:
    """The index just past the parenthesis that closes the one before `open_paren + 1`."""
    depth = 0
    for index in range(code.rfind("(", 0, open_paren + 1), len(code)):
        depth += code[index] == "("
        depth -= code[index] == ")"
        if depth == 0:
            return index + 1
    return len(code)


def _block_end(code: str, start: int) -> int:
    """The end of a method whose signature starts before `start`: its `{…}` block or its `=> …;` body."""
    brace, arrow = code.find("{", start), code.find("=>", start)
    if arrow != -1 and (brace == -1 or arrow < brace) and code.find(";", start) > arrow:
        return code.find(";", arrow) + 1
    depth = 0
    for index in range(brace, len(code)):
        depth += code[index] == "{"
        depth -= code[index] == "}"
        if depth == 0:
            return index + 1
    return len(code)


def _calls(body: str) -> tuple[Call, ...]:
    params = {name: type_ for type_, name in _PARAM.findall(body[: body.find(")") + 1] if "(" in body else "")}
    calls: list[Call] = []
    for receiver, created, variable in _SEND.findall(body):
        request = created or params.get(variable, "").rstrip("?")
        if request:
            calls.append(Call(receiver, "Handle", REQUEST_TARGET + request.rsplit(".", 1)[-1]))
    for receiver, method in _CALL.findall(body):
        type_ = params.get(receiver, "")
        if type_ and method not in ("Send", "SendAsync") and re.match(r"I[A-Z]", type_):
            call = Call(receiver, method, type_.split("<", 1)[0])
            if call not in calls:
                calls.append(call)
    return tuple(dict.fromkeys(calls))
