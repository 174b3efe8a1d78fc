"""Entities from Python files: dataclasses, pydantic / SQLModel models, TypedDicts and Django models (read with
`ast`). A Django model is a class with `models.XField(…)` attributes in a file importing `django.db.models`; an
abstract one (`class Meta: abstract = True`) is no entity of its own, its fields are inherited — also by models of
other files: a model whose bases are not all in its file waits in `FileFacts.django_pending` until every file is read
(`django_entities`)."""

from __future__ import annotations

import ast
import re
from dataclasses import replace

from architect_ai.analyze.detectors.python import DJANGO_MODELS_IMPORT
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
    classes = {n.name: n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)}
    django = bool(_DJANGO_MODELS.search(text))
    for node in classes.values():
        elsewhere = _bases_elsewhere(node, classes) if django else ()
        if django and (_django_fields(node) or elsewhere):
            fields = tuple(_inherited_django_fields(node, classes, set()))
            if is_abstract_django_model(node):
                facts.django_abstract[node.name] = (fields, elsewhere)
            elif elsewhere:
                facts.django_pending.append(
                    (Entity(node.name, "document", fields, path, node.lineno, "python"), elsewhere)
                )
            else:
                facts.entities.append(Entity(node.name, "document", fields, path, node.lineno, "python"))
            continue
        if not _is_model(node, classes):
            continue
        fields = _fields(node, classes, set())
        if not fields:
            continue
        bases = {ast.unparse(b).rsplit(".", 1)[-1] for b in node.bases}
        if _is_table(node):
            kind = "document"
        elif node.name.endswith(_DTO_SUFFIXES):
            kind = "dto"
        elif bases & {"SQLModel", "Document", "Base", "DeclarativeBase"}:
            kind = "document"
        else:
            kind = "model"
        facts.entities.append(Entity(node.name, kind, tuple(fields), path, node.lineno, "python"))


def _is_table(node: ast.ClassDef) -> bool:
    """A SQLModel table (`class User(UserBase, table=True)`)."""
    return any(k.arg == "table" and ast.unparse(k.value) == "True" for k in node.keywords)


def _fields(node: ast.ClassDef, classes: dict[str, ast.ClassDef], seen: set[str]) -> list[Field]:
    """The annotated fields of `node`, after those it inherits from classes of the same file."""
    return _with_inherited(node, classes, seen, _annotated_fields)


def _with_inherited(node: ast.ClassDef, classes: dict[str, ast.ClassDef], seen: set[str], own) -> list[Field]:
    """`own(node)`'s fields after those of its bases in the same file (a base's field is overridden by name)."""
    seen.add(node.name)
    fields: dict[str, Field] = {}
    for base in node.bases:
        name = ast.unparse(base).rsplit(".", 1)[-1]
        if name in classes and name not in seen:
            fields.update((f.name, f) for f in _with_inherited(classes[name], classes, seen, own))
    fields.update((f.name, f) for f in own(node))
    return list(fields.values())


def _annotated_fields(node: ast.ClassDef) -> list[Field]:
    fields = []
    for stmt in node.body:
        if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
            name = stmt.target.id
            type_ = ast.unparse(stmt.annotation).replace("'", "").replace('"', "")
            value = ast.unparse(stmt.value or ast.Constant(None))
            is_id = name in ("id", "_id") or "primary_key" in value
            foreign = re.search(r"foreign_key\s*=\s*['\"](\w+)\.", value)
            fields.append(Field(name, type_, is_id=is_id, ref=foreign.group(1) if foreign else ""))
    return fields


def _is_model(node: ast.ClassDef, classes: dict[str, ast.ClassDef], depth: int = 0) -> bool:
    decorators = {ast.unparse(d).split("(", 1)[0].rsplit(".", 1)[-1] for d in node.decorator_list}
    bases = {ast.unparse(b).split("[", 1)[0].rsplit(".", 1)[-1] for b in node.bases}
    if "dataclass" in decorators or bases & set(_MODEL_BASES) or _is_table(node):
        return True
    return depth < 5 and any(b in classes and _is_model(classes[b], classes, depth + 1) for b in bases)


_DJANGO_MODELS = re.compile(DJANGO_MODELS_IMPORT, re.MULTILINE)
_DJANGO_RELATIONS = frozenset({"ForeignKey", "OneToOneField", "ManyToManyField"})


def is_abstract_django_model(node: ast.ClassDef) -> bool:
    """True for a Django model declaring `class Meta: abstract = True`."""
    for stmt in node.body:
        if isinstance(stmt, ast.ClassDef) and stmt.name == "Meta":
            for inner in stmt.body:
                if (
                    isinstance(inner, ast.Assign)
                    and any(isinstance(t, ast.Name) and t.id == "abstract" for t in inner.targets)
                    and isinstance(inner.value, ast.Constant)
                    and inner.value.value is True
                ):
                    return True
    return False


def _django_fields(node: ast.ClassDef) -> list[Field]:
    """`name = models.CharField(…)` attributes of a class (a `ForeignKey(Order, …)` refers to `Order`)."""
    fields = []
    for stmt in node.body:
        if not (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name)):
            continue
        call = stmt.value
        if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)):
            continue
        if not (isinstance(call.func.value, ast.Name) and call.func.value.id == "models"):
            continue
        kind, name = call.func.attr, stmt.targets[0].id
        if not kind.endswith(("Field", "Key")):
            continue
        ref = ""
        if kind in _DJANGO_RELATIONS and call.args:
            target = call.args[0]
            ref = target.id if isinstance(target, ast.Name) else getattr(target, "value", "") or ""
            ref = ref.rsplit(".", 1)[-1] if isinstance(ref, str) else ""
        is_id = any(k.arg == "primary_key" and ast.unparse(k.value) == "True" for k in call.keywords)
        fields.append(Field(name, ref or kind, is_id=is_id, ref=ref, many=kind == "ManyToManyField"))
    return fields


def _bases_elsewhere(node: ast.ClassDef, classes: dict[str, ast.ClassDef]) -> tuple[str, ...]:
    """The bases of a class in a Django models file that are not declared in that file (`models.Model` aside)."""
    names = (ast.unparse(b).rsplit(".", 1)[-1] for b in node.bases)
    return tuple(n for n in names if n not in classes and n != "Model")


def django_entities(
    pending: list[tuple[Entity, tuple[str, ...]]], abstract: dict[str, tuple[tuple[Field, ...], tuple[str, ...]]]
) -> list[Entity]:
    """The models that waited for bases of other files: the fields of their abstract bases (of any file, through
    abstract bases of abstract bases), then their own; a class that gains no field is no model (a `TextChoices`)."""

    def inherited(bases: tuple[str, ...], seen: frozenset[str]) -> dict[str, Field]:
        fields: dict[str, Field] = {}
        for base in bases:
            if base in abstract and base not in seen:
                own, further = abstract[base]
                fields.update(inherited(further, seen | {base}))
                fields.update((f.name, f) for f in own)
        return fields

    models = []
    for entity, bases in pending:
        fields = inherited(bases, frozenset({entity.name}))
        fields.update((f.name, f) for f in entity.fields)
        if fields:
            models.append(replace(entity, fields=tuple(fields.values())))
    return models


def _inherited_django_fields(node: ast.ClassDef, classes: dict[str, ast.ClassDef], seen: set[str]) -> list[Field]:
    """A Django model's fields after those of its bases in the same file."""
    return _with_inherited(node, classes, seen, _django_fields)
