"""Dependency-injection style of a builtin Angular template, rewritten to the repository's own.

The templates are written with constructor parameter properties (`constructor(private http: HttpClient) {}`). A
repository whose Angular code gets its dependencies with `inject()` (and never through constructors) gets them
rewritten as fields: `private http = inject(HttpClient);`, with `inject` imported from `@angular/core`. A
constructor that does more than receive dependencies (a body, a parameter that is not a property) is left alone,
so the rewrite never changes what the code does.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from architect_ai.data import Convention

#: `constructor(private readonly http: HttpClient, public router: Router) {}` — parameters only, empty body.
_CONSTRUCTOR = re.compile(r"(?m)^(?P<indent>[ \t]*)constructor\((?P<params>[^()]*)\)\s*\{\s*\}[ \t]*$")
_PARAM = re.compile(
    r"^\s*(?P<access>private|protected|public)\s+(?P<readonly>readonly\s+)?(?P<name>\w+)\s*:\s*(?P<type>\w+)\s*$"
)
_CORE_IMPORT = re.compile(r"(?m)^(?P<indent>[ \t]*)import\s*\{(?P<names>[^}]*)\}\s*from\s*'@angular/core';")


def uses_inject_function(conventions: Sequence[Convention]) -> bool:
    """The repository's Angular code uses `inject()` and never constructor injection."""
    ids = {c.id for c in conventions}
    return "angular_inject_function" in ids and "angular_constructor_injection" not in ids


def to_inject_function(code: str) -> str:
    """Constructor parameter properties as `inject()` fields; the code unchanged where that would change it."""
    changed = False

    def fields(match: re.Match) -> str:
        nonlocal changed
        params = [p for p in match["params"].split(",") if p.strip()]
        parsed = [_PARAM.match(p) for p in params]
        if not params or not all(parsed):
            return match.group(0)
        changed = True
        indent = match["indent"]
        return "\n".join(
            f"{indent}{p['access']} {p['readonly'] or ''}{p['name']} = inject({p['type']});"
            for p in parsed  # type: ignore[index]
        )

    code = _CONSTRUCTOR.sub(fields, code)
    if not changed:
        return code
    core = _CORE_IMPORT.search(code)
    if core is None:
        return "import { inject } from '@angular/core';\n" + code
    names = [n.strip() for n in core["names"].split(",") if n.strip()]
    if "inject" in names:
        return code
    line = f"{core['indent']}import {{ {', '.join([*names, 'inject'])} }} from '@angular/core';"
    return code[: core.start()] + line + code[core.end() :]
