"""The facts one file declares, read with its language's `facts_query`: types, functions, methods and imports."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

import tree_sitter

from architect_ai.lang import GRAMMARS, code_grammar, grammar_handle, language


@dataclass(frozen=True)
class FileFacts:
    """Declared names in file order (0-based rows beside them) and the import texts."""

    types: tuple[tuple[str, int], ...] = ()
    functions: tuple[tuple[str, int], ...] = ()
    methods: tuple[tuple[str, int], ...] = ()
    imports: tuple[str, ...] = ()


@cache
def _parser(grammar: str) -> tree_sitter.Parser:
    return tree_sitter.Parser(tree_sitter.Language(grammar_handle(grammar)))


@cache
def _query(grammar: str, source: str) -> tree_sitter.Query:
    return tree_sitter.Query(_parser(grammar).language, source)


#: Distinct texts whose facts are remembered: a unit's label is asked by every task over it, and each pass.
FACTS_CACHE_SIZE = 4096


@lru_cache(maxsize=FACTS_CACHE_SIZE)
def file_facts(text: str, label: str, path: str = "") -> FileFacts | None:
    """The facts of `text` for a language label, or None when the language has no grammar or no facts query
    (read once per distinct text: the result is immutable)."""
    grammar, lang = code_grammar(label, path), language(label)
    if grammar is None or lang is None or not lang.facts_query or grammar not in GRAMMARS:
        return None
    root = _parser(grammar).parse(text.encode("utf-8", errors="replace")).root_node
    captures = tree_sitter.QueryCursor(_query(grammar, lang.facts_query)).captures(root)

    def named(kind: str) -> tuple[tuple[str, int], ...]:
        nodes = sorted(captures.get(kind, []), key=lambda n: n.start_byte)
        return tuple((n.text.decode("utf-8", errors="replace"), n.start_point[0]) for n in nodes)

    imports = sorted(captures.get("import", []), key=lambda n: n.start_byte)
    return FileFacts(
        named("type"),
        named("function"),
        named("method"),
        tuple(" ".join(n.text.decode("utf-8", errors="replace").split()) for n in imports),
    )
