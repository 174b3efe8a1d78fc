"""The record one language is described by: its files, its tree-sitter grammar(s) and the queries read with them,
its role rules, the detector ecosystems it brings and its structure readers.

A `Language` names its grammar packages by import name only (`tree_sitter_go`); they are imported when a file of
the language is first parsed (`architect_ai.lang.grammar_handle`), so a command line that parses no code loads none.
Role rules and structure readers are named the same way, as `"module:function"` references resolved on first use
(`resolve`), so importing the registry imports no reader.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

#: A function, or a `"module:function"` reference to one (imported on first use).
Ref = str | Callable[..., Any]


@cache
def _imported(ref: str) -> Callable[..., Any]:
    module, _, name = ref.partition(":")
    return getattr(importlib.import_module(module), name)


def resolve(ref: Ref) -> Callable[..., Any]:
    """The function a reference names (a function is its own reference)."""
    return _imported(ref) if isinstance(ref, str) else ref


@dataclass(frozen=True)
class Grammar:
    """One tree-sitter grammar: its name here (`tsx`), the wheel's import name and the function giving its handle."""

    name: str
    package: str
    function: str = "language"


@dataclass(frozen=True)
class Language:
    """What the product knows about one language, in one place.

    Attributes:
        name: The language label ingest gives its files (`go`, `javascript`).
        title: How a sentence names it (`Go`, `C#`): "the Go file `cors`".
        suffixes: File suffixes of the language (ingest labels them with `name`).
        grammars: Its grammars, the default first.
        aliases: Other labels of the language → the grammar they use (`tsx` → `tsx`, `c#` → `csharp`).
        path_grammars: File suffix → grammar for files that need another grammar (`.tsx` → `tsx`).
        declaration_chunks: True when chunks are cut at its declarations with the grammar; False when they are cut
            by lines (methods may still come from elsewhere, e.g. Python's `ast`).
        comment_types: Node types of comments in its grammar (blanked before convention evidence is read).
        facts_query: A tree-sitter query whose captures `@type`, `@function`, `@method` and `@import` are the
            file's declared types, functions, methods and imports (`lang.facts.file_facts`).
        sample: A small, valid file of the language (the registry test parses it and reads its facts).
        detectors: The frameworks its detectors recognise, in plain names (said in `inspect` and the report).
        dotted_families: True where `<resource>.<layer>.<ext>` file names form families (`user.controller.js`).
        snippet_end: Appended to a code snippet before the code gate parses it (Go needs a newline to end the last
            declaration; a chunk is a slice of lines without the last newline).
        roles: Role rules, tried in order by `analyze.roles.file_role` after the generic test/config rules: each
            `rule(name, folders, text, label) -> str` gives a role, or '' to leave it to the next rule (none left:
            `other_<label>`, which the framework detectors may still refine).
        test_content: A pattern whose match in a file's text makes it a test (C#'s `[Fact]`), beside the generic
            test names and folders.
        ecosystems: The detector ecosystems this language brings: modules of `analyze/detectors/` (`dotnet`), each a
            tuple `DETECTORS`, listed once in the registry (by the language the ecosystem is chiefly written in; each
            detector says which languages it reads). The catalogue is their union, in registry order.
        structure: Structure readers, each `reader(file, role, collector)` called in order by
            `analyze.structure.StructureCollector.add` on every non-test file of the language.
    """

    name: str
    title: str
    suffixes: tuple[str, ...]
    grammars: tuple[Grammar, ...]
    aliases: dict[str, str] = field(default_factory=dict)
    path_grammars: dict[str, str] = field(default_factory=dict)
    declaration_chunks: bool = True
    comment_types: tuple[str, ...] = ("comment",)
    facts_query: str = ""
    sample: str = ""
    detectors: tuple[str, ...] = ()
    dotted_families: bool = False
    snippet_end: str = ""
    roles: tuple[Ref, ...] = ()
    test_content: str = ""
    ecosystems: tuple[str, ...] = ()
    structure: tuple[Ref, ...] = ()

    def role_rules(self) -> tuple[Callable[..., str], ...]:
        """The role rules, resolved."""
        return tuple(resolve(rule) for rule in self.roles)

    def structure_readers(self) -> tuple[Callable[..., None], ...]:
        """The structure readers, resolved."""
        return tuple(resolve(reader) for reader in self.structure)

    @property
    def grammar(self) -> str:
        """The default grammar's name."""
        return self.grammars[0].name

    def grammar_for(self, label: str = "", path: str = "") -> str:
        """The grammar for a file labelled `label` at `path` (a path suffix wins over an alias)."""
        for suffix, grammar in self.path_grammars.items():
            if path.endswith(suffix):
                return grammar
        return self.aliases.get(label.lower(), self.grammar)
