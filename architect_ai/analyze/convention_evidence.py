"""Does this answer show that convention? The one function every generator asks: `conventions_shown`.

An answer shows a convention only when the convention's own evidence occurs in its *code* (comments blanked), in a
language the convention belongs to — never because one of its names appears as a substring somewhere:
- a catalogue convention: one of its detector's patterns matches (`detector_miner.detector_hits`);
- a miner convention: its `shown_by` patterns (`miner_conventions.MinerConvention`, where it is defined once) match,
  with the concrete name the hint would use (a class deriving from `BaseApiController`, a class *declared* with the
  `Dto` suffix, an injected `IMongoDBSettings`);
- a statistical convention: a type deriving from / injecting / annotated with / named like the mined name.
Answers made of fenced blocks are checked block by block, each with its fence's language.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from architect_ai.analyze.code_text import code_only
from architect_ai.analyze.detector_miner import detector_hits
from architect_ai.analyze.detectors import BY_ID
from architect_ai.analyze.miner_conventions import BASE, DECL
from architect_ai.analyze.miner_conventions import BY_ID as MINER
from architect_ai.data import Convention

_FENCE = re.compile(r"^(`{3,})([\w#+-]*)\n(.*?)\n\1\s*$", re.DOTALL | re.MULTILINE)
_FENCE_LANGUAGES = {"cs": "csharp", "c#": "csharp", "ts": "typescript", "js": "javascript", "py": "python"}


def _statistical(convention_id: str) -> tuple[str, ...]:
    kind, _, name = convention_id.partition(".")
    name = re.escape(name)
    return {
        "base_type": (
            BASE + rf"({name})\b",
            # Kotlin objects, Swift protocols/extensions; Ruby `class X < Base` and mixins; Rust `impl Trait for X`
            rf"\b(?:object|protocol|extension|enum)\s+\w+\s*:[^{{;]*?\b({name})\b",
            rf"^\s*class\s+[\w:]+\s*<\s*(?:\w+::)*({name})\b",
            rf"^\s*(?:include|extend|prepend)\s+(?:\w+::)*({name})\b",
            rf"\bimpl\b(?:<[^>]*>)?\s+(?:\w+::)*({name})(?:<[^>]*>)?\s+for\b",
        ),
        "injected": (
            rf"\b({name})(?:<[^()]*?>)?\??\s+_?\w+\s*[,)]",
            rf"\w\??\s*:\s*({name})\b\s*[,)=]",
            rf"\binject\s*\(\s*({name})\b",
            rf"\b({name})\s+\$\w+\s*[,)=]",  # PHP
            rf"\w\s*:\s*(?:&(?:mut\s+)?(?:dyn\s+)?|(?:Arc|Box|Rc)<(?:dyn\s+)?|dyn\s+)({name})\b",  # Rust
        ),
        "marker": (
            rf"^\s*\[\s*({name})\b",
            rf"^\s*@({name})\b",
            rf"^\s*#\[\s*({name})\b",  # PHP
            rf"^\s*#\[derive\([^)]*\b({name})\b",  # Rust
        ),
        "suffix": (DECL + rf"(\w+{name})\b", rf"\b(?:object|protocol|trait)\s+(\w+{name})\b"),
    }.get(kind, ())


def _patterns(convention: Convention) -> tuple[tuple[re.Pattern, ...], str]:
    return _patterns_of(convention.id)


@lru_cache(maxsize=1024)
def _patterns_of(convention_id: str) -> tuple[tuple[re.Pattern, ...], str]:
    """A convention's patterns depend on its id alone (hashing the whole record, evidence and all, is slow)."""
    if convention_id in MINER:
        patterns, use = MINER[convention_id].shown_by, MINER[convention_id].names
    else:
        patterns, use = _statistical(convention_id), ""
    return tuple(re.compile(p, re.MULTILINE) for p in patterns), use


def languages_of(convention: Convention) -> tuple[str, ...]:
    """The languages whose code can show `convention` (empty: any)."""
    if convention.languages:
        return convention.languages
    if convention.id in BY_ID:
        return tuple(sorted(BY_ID[convention.id].languages))
    return MINER[convention.id].languages if convention.id in MINER else ()


def shows(convention: Convention, code: tuple[str, ...], language: str, text: str | None = None) -> bool:
    """True when comment-free `code` of `language` (joined: `text`) holds the convention's own evidence."""
    languages = languages_of(convention)
    if not convention.teachable or (languages and language not in languages):
        return False
    text = "\n".join(code) if text is None else text
    if convention.id in BY_ID:
        detector = BY_ID[convention.id]
        if detector.shown_pattern is not None and not detector.shown_pattern.search(text):
            return False
        return next(detector_hits(detector, code, language, check_requires=False), None) is not None
    patterns, use = _patterns(convention)
    if use == "all":
        return all(pattern.search(text) for pattern in patterns)
    for pattern in patterns:
        for match in pattern.finditer(text):
            name = re.sub(r"\s+", "", match.group(1)) if match.groups() else ""
            if _name_fits(name, convention, use):
                return True
    return False


def _name_fits(name: str, convention: Convention, use: str) -> bool:
    if not use:
        return True
    if not convention.names:
        return False
    if use == "first":
        return name == convention.names[0]
    if use == "suffix":
        suffix = convention.names[0]
        return name.endswith(suffix) and name != suffix
    return name in convention.names


def code_blocks(text: str, language: str | None) -> list[tuple[str, str]]:
    """(language, code) pieces of an answer: its fenced blocks when it has some, else the whole text."""
    if language is not None:
        return [(language, text)]
    blocks = [(_FENCE_LANGUAGES.get(m.group(2).lower(), m.group(2).lower()), m.group(3)) for m in _FENCE.finditer(text)]
    return blocks or [("", text)]


def conventions_shown(text: str, conventions: Sequence[Convention], language: str | None = None) -> tuple[str, ...]:
    """Ids of the `conventions` whose own evidence shows in `text` (an answer or a chunk), in their order.

    Args:
        text: Code, or an answer of fenced code blocks (each checked with its fence's language).
        conventions: The repository's conventions.
        language: The language of `text` when it is plain code; None to read the fences.
    """
    key = tuple((c.id, c.teachable, c.languages, c.names) for c in conventions)  # what `shows` reads of each
    return _shown(text, _Keyed(key, tuple(conventions)), language)


class _Keyed:
    """Conventions compared and hashed by what decides `shows` — not by their evidence, which is slow to hash."""

    __slots__ = ("conventions", "key")

    def __init__(self, key: tuple, conventions: tuple[Convention, ...]) -> None:
        self.key, self.conventions = key, conventions

    def __hash__(self) -> int:
        return hash(self.key)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Keyed) and self.key == other.key


#: Distinct (text, language) pairs remembered: a chunk is asked about once per instruction template, again when the
#: candidates are counted and when its answer's tags are re-checked. Bounded: the cache holds references to texts.
SHOWN_CACHE_SIZE = 4096


@lru_cache(maxsize=SHOWN_CACHE_SIZE)
def _shown(text: str, keyed: _Keyed, language: str | None) -> tuple[str, ...]:
    conventions = keyed.conventions
    pieces = []
    for lang, code in code_blocks(text, language):
        lines = code_only(code, lang or "text")
        pieces.append((lang, lines, "\n".join(lines)))
    out = []
    for convention in conventions:
        for lang, lines, joined in pieces:
            if shows(convention, lines, lang or _any_language(convention), joined):
                out.append(convention.id)
                break
    return tuple(out)


def _any_language(convention: Convention) -> str:
    """For a text of unknown language: the convention's first language (so language gates pass)."""
    languages = languages_of(convention)
    return languages[0] if languages else ""
