"""Entities from Java/Kotlin files: JPA `@Entity` and Spring Data `@Document` classes and their fields (regexes over
comment-free code; a field annotated `@Id` is the key, an entity-typed field a relation resolved across files)."""

from __future__ import annotations

import re

from architect_ai.analyze.code_text import code_only
from architect_ai.analyze.structure_facts import FileFacts
from architect_ai.analyze.structure_records import Entity, Field

_ENTITY_CLASS = re.compile(
    r"@(?:Entity|Document)\b(?:\s*\([^)]*\))?(?:\s*@\w+(?:\([^)]*\))?)*\s*(?:public\s+)?(?:abstract\s+)?class\s+(\w+)[^{]*\{"
)
_FIELD = re.compile(
    r"((?:@\w+(?:\([^)]*\))?\s*)*)(?:private|protected|public)\s+(?:final\s+)?([\w.<>, ?\[\]]+?)\s+(\w+)\s*(?:=[^;]*)?;"
)


def read_java(path: str, text: str, language: str, facts: FileFacts) -> None:
    """Add the persisted classes of one Java/Kotlin file to `facts`."""
    code = "\n".join(code_only(text, language, path))
    for match in _ENTITY_CLASS.finditer(code):
        body = _body(code, match.end())
        fields = []
        for marks, type_, name in _FIELD.findall(body):
            if " static " in f" {type_} " or "(" in type_:
                continue
            fields.append(Field(name, type_.strip(), is_id="@Id" in marks or "@EmbeddedId" in marks))
        line = code.count("\n", 0, match.start(1)) + 1
        facts.entities.append(Entity(match.group(1), "document", tuple(fields), path, line, language))


def _body(code: str, start: int) -> str:
    """The class body from just after its `{` to the matching `}` (nested method bodies blanked out)."""
    depth, out = 1, []
    for char in code[start:]:
        depth += char == "{"
        depth -= char == "}"
        if depth == 0:
            break
        out.append(char if depth == 1 or char == "\n" else " ")
    return "".join(out)
