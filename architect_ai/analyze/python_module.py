"""What a Python module declares, read with `ast` (parsed, never executed): its classes with their bases, class-level
fields and public methods, and the name a task should call the module by.

A task names a module by its main class (`TagsInList`, not the stem `tags`), or by its stem when it holds several
things; a spec describes each class with its own fields. The chunk's name and its facts read the same text, so a
module is parsed once (`read_module` is cached by text).
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class PyClass:
    """A top-level class: `name`, its bases as written, `name: type` fields and `name(args) -> type` methods."""

    name: str
    bases: tuple[str, ...]
    fields: tuple[str, ...]
    methods: tuple[str, ...]


@dataclass(frozen=True)
class PyModule:
    """The top-level classes and public functions of a module."""

    classes: tuple[PyClass, ...]
    functions: tuple[str, ...]


#: Module texts whose declarations are remembered (the chunk's name, its spec in tasks, spec → code and siblings).
MODULES_CACHE_SIZE = 1024


@lru_cache(maxsize=MODULES_CACHE_SIZE)
def read_module(text: str) -> PyModule | None:
    """The module's declarations; None when it does not parse (a line-cut piece of a longer file)."""
    try:
        tree = ast.parse(text)
    except (SyntaxError, ValueError, RecursionError):
        return None
    classes = tuple(_class(node) for node in tree.body if isinstance(node, ast.ClassDef))
    functions = tuple(
        node.name
        for node in tree.body
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and not node.name.startswith("_")
    )
    return PyModule(classes, functions)


def _class(node: ast.ClassDef) -> PyClass:
    bases = tuple(b for b in (ast.unparse(base) for base in node.bases) if b != "object")
    fields, methods = [], []
    for item in node.body:
        if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name):
            fields.append(f"{item.target.id}: {ast.unparse(item.annotation)}")
        elif isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)) and not item.name.startswith("_"):
            methods.append(_signature(item))
    return PyClass(node.name, bases, tuple(fields), tuple(methods))


def _signature(node: ast.FunctionDef | ast.AsyncFunctionDef) -> str:
    args = ast.unparse(node.args)
    args = re.sub(r"^(?:self|cls)\b(?:,\s*)?", "", args)
    returns = f" -> {ast.unparse(node.returns)}" if node.returns is not None else ""
    return f"{node.name}({args}){returns}"


def _plain(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def main_symbol(text: str, stem: str) -> str:
    """The class named like the file (`user_repository.py` → `UserRepository`), else the module's one class when
    it has no public functions beside it, else the stem (a module of several things is called by its name)."""
    module = read_module(text)
    if module is None:
        return stem
    for cls in module.classes:
        if _plain(cls.name) == _plain(stem):
            return cls.name
    if len(module.classes) == 1 and not module.functions:
        return module.classes[0].name
    return stem
