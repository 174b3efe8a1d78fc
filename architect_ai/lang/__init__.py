"""The language registry: one `Language` record per language (`architect_ai/lang/<name>.py`).

Everything language-specific is read from here: which grammar parses a file, its comment node types, the query that
reads its declared types, functions, methods and imports, what `inspect` and the report say was read structurally —
and, named as lazy `"module:function"` references, its role rules (read by `analyze.roles.file_role`), the detector
ecosystems it brings (the catalogue `analyze.detectors.CATALOGUE` is their union) and its structure readers (called by
`analyze.structure.StructureCollector.add`). No module outside this package names a grammar package (a test holds
it). Adding a language is one module here plus its entry in `LANGUAGES`, and a fixture test; `register` adds one at
run time.
"""

from __future__ import annotations

import importlib
from functools import cache

from architect_ai.lang import csharp, go, java, javascript, kotlin, php, python, ruby, rust, sql, swift, typescript
from architect_ai.lang.record import Grammar, Language, resolve

#: Every registered language, by its ingest label (in this order the catalogue lists their detector ecosystems).
LANGUAGES: dict[str, Language] = {
    module.LANGUAGE.name: module.LANGUAGE
    for module in (csharp, typescript, python, java, javascript, go, kotlin, rust, ruby, php, swift, sql)
}
#: Every label (names and aliases) → its language.
_BY_LABEL: dict[str, Language] = {
    **{alias: lang for lang in LANGUAGES.values() for alias in lang.aliases},
    **LANGUAGES,
}
#: Every grammar by name.
GRAMMARS: dict[str, Grammar] = {g.name: g for lang in LANGUAGES.values() for g in lang.grammars}


def language(label: str) -> Language | None:
    """The registered language of a label (`go`, `tsx`, `c#`, …), or None."""
    return _BY_LABEL.get((label or "").lower())


def language_of_path(path: str) -> Language | None:
    """The registered language whose suffixes end `path`, or None."""
    return next((lang for lang in LANGUAGES.values() if path.endswith(lang.suffixes)), None)


def file_language(label: str, path: str = "") -> Language | None:
    """The language of a file: its label's, else its path suffix's (a `.cs` file labelled otherwise is C#)."""
    return language(label) or language_of_path(path)


def register(lang: Language) -> Language:
    """Add a language to the registry at run time (a plug-in, a test's toy language); replaces one of its name."""
    unregister(lang.name)
    LANGUAGES[lang.name] = lang
    _BY_LABEL.update({alias: lang for alias in lang.aliases} | {lang.name: lang})
    GRAMMARS.update({g.name: g for g in lang.grammars})
    return lang


def unregister(name: str) -> None:
    """Remove a registered language (its labels and the grammars no other language uses)."""
    lang = LANGUAGES.pop(name, None)
    if lang is None:
        return
    for label in [label for label, known in _BY_LABEL.items() if known is lang]:
        del _BY_LABEL[label]
    used = {g.name for other in LANGUAGES.values() for g in other.grammars}
    for grammar in lang.grammars:
        if grammar.name not in used:
            GRAMMARS.pop(grammar.name, None)


def code_grammar(label: str, path: str = "") -> str | None:
    """The grammar that parses a file of this label and path, or None when the language has none."""
    lang = language(label)
    return lang.grammar_for(label, path) if lang is not None else None


def chunk_grammar(label: str, path: str = "") -> str | None:
    """Like `code_grammar`, only for languages whose chunks are cut at declarations by the grammar."""
    lang = language(label)
    return lang.grammar_for(label, path) if lang is not None and lang.declaration_chunks else None


@cache
def grammar_handle(name: str) -> object:
    """The tree-sitter language handle of a grammar (imports its wheel on first use)."""
    grammar = GRAMMARS[name]
    return getattr(importlib.import_module(grammar.package), grammar.function)()


def support(label: str) -> dict:
    """How a language's files are read, in plain words (for `inspect` and `report.json`)."""
    lang = language(label)
    if lang is None:
        return {"structural": False, "chunks": "lines", "comments": "line rule", "detectors": []}
    return {
        "structural": True,
        "grammar": lang.grammar,
        "chunks": "declarations" if lang.declaration_chunks else "lines",
        "comments": "grammar",
        "detectors": list(lang.detectors),
    }


def _files(count: int, name: str) -> str:
    return f"{count:,} {name} file{'' if count == 1 else 's'}"


def reading(files_by_language: dict[str, int]) -> dict:
    """What was read structurally (a grammar: declarations, comments, facts) and what only as text, for the code
    files of each language, with one plain line (`inspect`, `report.json` → `support.reading`, the page)."""
    structural = {name: n for name, n in sorted(files_by_language.items()) if n and language(name) is not None}
    text_only = {name: n for name, n in sorted(files_by_language.items()) if n and language(name) is None}
    parts = []
    if structural:
        listed = ", ".join(
            _files(n, name) + ("" if support(name)["chunks"] == "declarations" else " (chunks by lines)")
            for name, n in structural.items()
        )
        parts.append(f"Read structurally (tree-sitter: declarations, comments, facts): {listed}")
    if text_only:
        listed = ", ".join(_files(n, name) for name, n in text_only.items())
        parts.append(f"read only as text (no grammar: no declarations, not taught): {listed}")
    summary = "; ".join(parts) + "." if parts else ""
    return {
        "structural": structural,
        "text_only": text_only,
        "languages": {name: {"files": n, **support(name)} for name, n in sorted(files_by_language.items()) if n},
        "summary": summary[:1].upper() + summary[1:],
    }


__all__ = [
    "GRAMMARS",
    "LANGUAGES",
    "Grammar",
    "Language",
    "chunk_grammar",
    "code_grammar",
    "file_language",
    "language",
    "language_of_path",
    "reading",
    "register",
    "resolve",
    "support",
    "unregister",
]
