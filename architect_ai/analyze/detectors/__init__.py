"""The catalogue of framework detectors, kept as data: a module per ecosystem, each detector a `Detector` record.
The catalogue is the union of the ecosystems the registered languages bring (`Language.ecosystems`, `lang/`).

A detector is an id, a description (what the evidence shows — never more), the languages it reads, and patterns:
regular expressions matched line by line against the file's code with comments blanked (`code_text.code_only`, which
uses the tree-sitter grammars), the first group naming the concrete thing (`CreateTodoCommandHandler`). `requires`,
when set, must match somewhere in the file (an import), so a `@router.get` is FastAPI's only in a FastAPI file.
`path`, when set, must match the file's repository-relative path (Django's `services.py`); an answer, which has no
path, is judged by its patterns and by `shown_by`, when set: a pattern the whole comment-free answer must match
(a service function *writes*, a selector only reads). `role` is the file role a matching file takes when the generic roles know no better (see `roles.file_role`).
`hint` is how an instruction asks for the convention (a `{name}` would be filled with names[0], which varies by instance: catalogue hints name no instance).
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from functools import cached_property


@dataclass(frozen=True)
class Detector:
    id: str
    description: str
    languages: frozenset[str]
    patterns: tuple[str, ...]
    requires: str = ""
    role: str = ""
    hint: str = ""
    path: str = ""
    shown_by: str = ""

    @cached_property
    def compiled(self) -> tuple[re.Pattern, ...]:
        return tuple(re.compile(p) for p in self.patterns)

    @cached_property
    def path_pattern(self) -> re.Pattern | None:
        return re.compile(self.path) if self.path else None

    @cached_property
    def shown_pattern(self) -> re.Pattern | None:
        return re.compile(self.shown_by, re.MULTILINE) if self.shown_by else None

    @cached_property
    def required(self) -> re.Pattern | None:
        return re.compile(self.requires, re.MULTILINE) if self.requires else None


CSHARP = frozenset({"csharp"})
#: Blazor: `.razor` components (labelled `razor`) and their C# code-behind.
BLAZOR = frozenset({"csharp", "razor"})
TS = frozenset({"typescript", "javascript"})
PYTHON = frozenset({"python"})
JVM = frozenset({"java", "kotlin"})
GO = frozenset({"go"})
JS = frozenset({"javascript"})


def ecosystem(name: str) -> tuple[Detector, ...]:
    """The detectors of one ecosystem module (`dotnet` → `analyze/detectors/dotnet.py`'s `DETECTORS`)."""
    return importlib.import_module(f"{__name__}.{name}").DETECTORS


def ecosystems() -> tuple[str, ...]:
    """Every ecosystem the registered languages bring (`Language.ecosystems`), in registry order."""
    from architect_ai.lang import LANGUAGES

    return tuple(dict.fromkeys(name for lang in LANGUAGES.values() for name in lang.ecosystems))


def _catalogue() -> tuple[Detector, ...]:
    return tuple(detector for name in ecosystems() for detector in ecosystem(name))


CATALOGUE: tuple[Detector, ...] = _catalogue()
BY_ID: dict[str, Detector] = {d.id: d for d in CATALOGUE}
