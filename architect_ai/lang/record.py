"""The record one language is described by: its files, its tree-sitter grammar(s) and the queries read with them.

A `Language` names its grammar packages by import name only (`tree_sitter_go`); they are imported when a file of
the language is first parsed (`architect_ai.lang.grammar_handle`), so a command line that parses no code loads none.
"""

from __future__ import annotations

from dataclasses import dataclass, field


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
        detectors: The framework ecosystems `analyze/detectors/` has for it (said in `inspect` and the report).
        dotted_families: True where `<resource>.<layer>.<ext>` file names form families (`user.controller.js`).
        snippet_end: Appended to a code snippet before the code gate parses it (Go needs a newline to end the last
            declaration; a chunk is a slice of lines without the last newline).
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
