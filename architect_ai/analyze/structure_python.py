"""Entities from Python files: dataclasses, pydantic / SQLModel models and TypedDicts (read with `ast`)."""

from __future__ import annotations

import ast

from architect_ai.analyze.structure_facts import FileFacts
from architect_ai.analyze.structure_records import Entity, Field

_MODEL_BASES = ("BaseModel", "SQLModel", "TypedDict", "Document", "Base", "DeclarativeBase")
_DTO_SUFFIXES = ("Dto", "DTO", "Request", "Response", "Schema", "In", "Out", "Create", "Update")


def read_python(path: str, text: str, facts: FileFacts) -> None:
    """Add the data classes of one Python file to `facts` (syntax errors yield nothing)."""
    try:
        tree = ast.parse(text)
    except (SyntaxError, ValueError):
        return
    for node in ast.walk(tree):
        if not isinstance(node, ast.ClassDef) or not _is_model(node):
            continue
        fields = []
        for stmt in node.body:
            if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
                name = stmt.target.id
                type_ = ast.unparse(stmt.annotation)
                is_id = name in ("id", "_id") or "primary_key" in ast.unparse(stmt.value or ast.Constant(None))
                fields.append(Field(name, type_, is_id=is_id))
        if not fields:
            continue
        bases = {ast.unparse(b).rsplit(".", 1)[-1] for b in node.bases}
        if node.name.endswith(_DTO_SUFFIXES):
            kind = "dto"
        elif bases & {"SQLModel", "Document", "Base", "DeclarativeBase"}:
            kind = "document"
        else:
            kind = "model"
        facts.entities.append(Entity(node.name, kind, tuple(fields), path, node.lineno, "python"))


def _is_model(node: ast.ClassDef) -> bool:
    decorators = {ast.unparse(d).split("(", 1)[0].rsplit(".", 1)[-1] for d in node.decorator_list}
    bases = {ast.unparse(b).split("[", 1)[0].rsplit(".", 1)[-1] for b in node.bases}
    return "dataclass" in decorators or bool(bases & set(_MODEL_BASES))
