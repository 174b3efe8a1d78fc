"""Which types the repository persists, and in which store: the ERD's entities and the architecture's databases.

A type is persisted when the code stores it: a MongoDB collection (`IMongoCollection<T>`, `GetCollection<T>`), an
EF Core `DbSet<T>` / `IEntityTypeConfiguration<T>` / `modelBuilder.Entity<T>()`, a repository of it
(`IRepository<T>`), a SQLModel `table=True` class, a SQLAlchemy model with `__tablename__` or `Mapped[…]` columns,
a Django `models.Model`, a JPA `@Entity` or Spring Data `@Document`, a TypeORM `@Entity()`. Read from comment-free
code; tests and generated code never reach here (see `analysis`).
"""

from __future__ import annotations

import re

from architect_ai.analyze.code_text import code_only

_CSHARP = (
    ("MongoDB", re.compile(r"\b(?:IMongoCollection|GetCollection)\s*<\s*(\w+)\s*>")),
    ("EF Core", re.compile(r"\bDbSet\s*<\s*(\w+)\s*>")),
    ("EF Core", re.compile(r"\bIEntityTypeConfiguration\s*<\s*(\w+)\s*>")),
    ("EF Core", re.compile(r"\.\s*Entity\s*<\s*(\w+)\s*>\s*\(")),
    ("", re.compile(r"\bI?(?:ReadOnly|Read)?Repository(?:Base)?\s*<\s*(\w+)\s*>")),
)
_PY_CLASS = re.compile(r"^class\s+(\w+)\s*\(([^)]*)\)\s*:", re.MULTILINE)
_PY_TABLE_BODY = re.compile(
    r"^\s+(?:__tablename__\s*=|\w+\s*:\s*Mapped\[|\w+\s*=\s*(?:Column|mapped_column)\()", re.MULTILINE
)
_ANNOTATED = (
    (
        "SQL",
        re.compile(
            r"@Entity\b(?:\s*\([^)]*\))?(?:\s*@\w+(?:\([^)]*\))?)*\s*(?:export\s+)?(?:public\s+)?(?:abstract\s+)?class\s+(\w+)"
        ),
    ),
    ("MongoDB", re.compile(r"@Document\b(?:\s*\([^)]*\))?(?:\s*@\w+(?:\([^)]*\))?)*\s*(?:public\s+)?class\s+(\w+)")),
)
_GENERIC_PARAMETER = re.compile(r"^T(?:[A-Z]\w*)?$")


def persisted_types(path: str, text: str, language: str) -> list[tuple[str, str]]:
    """(type name, store) of every persisted type one file names; the store is '' when the code does not say."""
    language = language.lower()
    if language == "csharp":
        patterns = _CSHARP
    elif language == "python":
        return _python_tables("\n".join(code_only(text, language, path)))
    elif language in ("java", "kotlin", "typescript", "javascript"):
        patterns = _ANNOTATED
    else:
        return []
    code = "\n".join(code_only(text, language, path))
    found = []
    for store, pattern in patterns:
        for match in pattern.finditer(code):
            name = match.group(1)
            if not _GENERIC_PARAMETER.match(name):
                found.append((name, store))
    return found


#: A Django model's field (`number = models.CharField(…)`) and an abstract model's `Meta`.
_DJANGO_FIELD = re.compile(r"^\s+\w+\s*=\s*models\.\w+(?:Field|Key)\s*\(", re.MULTILINE)
#: Each line of the `Meta` block is matched one way only (possessive), so a `Meta` without `abstract` fails in linear
#: time: `(?:[ \t]+[^\n]*\n)*?` could split each line's indentation many ways and backtracked exponentially (a
#: 60-line DRF serializer's `Meta` hung the analysis of django-realworld).
_DJANGO_ABSTRACT = re.compile(
    r"^[ \t]+class[ \t]+Meta\b[^\n]*+\n(?:[ \t]++[^\n]*+\n)*?[ \t]+abstract\s*=\s*True\b", re.MULTILINE
)


def _python_tables(code: str) -> list[tuple[str, str]]:
    """SQLModel `table=True`, Django `models.Model`, SQLAlchemy classes with `__tablename__`/`Mapped[…]` columns."""
    headers = list(_PY_CLASS.finditer(code))
    found = []
    for index, match in enumerate(headers):
        name, bases = match.group(1), match.group(2)
        body = code[match.end() : headers[index + 1].start() if index + 1 < len(headers) else len(code)]
        if _DJANGO_ABSTRACT.search(body):
            continue  # an abstract Django model has no table of its own
        if (
            re.search(r"\btable\s*=\s*True\b", bases)
            or re.search(r"\bmodels\.Model\b", bases)
            or _DJANGO_FIELD.search(body)
            or ("table" not in bases and _PY_TABLE_BODY.search(body) and "BaseModel" not in bases)
        ):
            found.append((name, "SQL"))
    return found


_DBSET_PROPERTY = re.compile(r"\bDbSet\s*<\s*(\w+)\s*>\s+(\w+)\s*(?:\{|=>)")


def dbset_properties(path: str, text: str) -> dict[str, str]:
    """A DbContext's `DbSet<CatalogItem> Items` properties: property name → entity."""
    code = "\n".join(code_only(text, "csharp", path))
    return {prop: entity for entity, prop in _DBSET_PROPERTY.findall(code)}
