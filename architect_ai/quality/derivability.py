"""Can the answer be derived from its prompt plus the house style? Measured per written repository example.

- `derivable_share`: of the identifiers in an answer's code (strings and comments left out), the share that the
  prompt names, that the repository shares (in at least `HOUSE_FILES` files: house vocabulary), that some file
  imports (framework names) or that are keywords. The rest is what the model would have to recall — a file's
  private names.
- `self_reference`: prompts that hold their answer's own path, its line range, or three consecutive distinctive
  lines of its code (the answer itself).
- `prompts_per_answer`: how many prompts stand over each distinct repository answer (a histogram).

State: one count per repository identifier and one per distinct answer — the repository's size.
"""

from __future__ import annotations

import hashlib
import keyword
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from architect_ai.data import Chunk, Example

HOUSE_FILES = 3
DERIVABLE = 0.6
_IDENT = re.compile(r"\b[A-Za-z_][A-Za-z0-9_]{2,}\b")
_CODE_FENCE = re.compile(r"^(`{3,})(\w*)\n(.*?)\n\1$", re.S | re.M)
_TRIVIAL = re.compile(r"^\s*(?:import|using|from|package|#include|export \{|\}|\{|//|/\*|\*)")
_STRINGS_AND_COMMENTS = re.compile(
    r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'|`[^`]*`|//[^\n]*|/\*[\s\S]*?\*/|#[^\n]*'
)
_IMPORT_LINE = re.compile(r"^\s*(?:import|from|using|package|export\s+\{)[^\n]*", re.M)
KEYWORDS = frozenset(keyword.kwlist) | frozenset(
    [
        "abstract",
        "async",
        "await",
        "boolean",
        "break",
        "case",
        "catch",
        "class",
        "const",
        "continue",
        "default",
        "delete",
        "else",
        "enum",
        "export",
        "extends",
        "false",
        "final",
        "finally",
        "function",
        "get",
        "implements",
        "interface",
        "internal",
        "let",
        "namespace",
        "new",
        "null",
        "override",
        "private",
        "protected",
        "public",
        "readonly",
        "record",
        "return",
        "sealed",
        "set",
        "static",
        "string",
        "super",
        "switch",
        "this",
        "throw",
        "throws",
        "true",
        "try",
        "typeof",
        "var",
        "virtual",
        "void",
        "volatile",
        "while",
        "yield",
        "int",
        "long",
        "double",
        "float",
        "bool",
        "char",
        "byte",
        "object",
        "decimal",
    ]
)


def code_names(code: str) -> set[str]:
    """The identifiers of code, its strings and comments left out."""
    return set(_IDENT.findall(_STRINGS_AND_COMMENTS.sub(" ", code)))


def imported_names(chunks: Iterable[Chunk]) -> frozenset[str]:
    """Every name some file of the repository imports: the frameworks' and libraries' vocabulary."""
    names: set[str] = set()
    for chunk in chunks:
        for line in _IMPORT_LINE.findall(chunk.text):
            names.update(_IDENT.findall(line))
    return frozenset(names)


def file_frequencies(chunks: Iterable[Chunk]) -> Counter:
    """Identifier → the number of files it occurs in."""
    by_path: dict[str, set[str]] = {}
    for chunk in chunks:
        by_path.setdefault(chunk.path, set()).update(_IDENT.findall(chunk.text))
    counts: Counter = Counter()
    for names in by_path.values():
        counts.update(names)
    return counts


def _distinctive(code: str) -> list[str]:
    return [line.strip() for line in code.split("\n") if len(line.strip()) >= 25 and not _TRIVIAL.match(line)]


def self_referent(example: Example, code: str) -> bool:
    path, _, lines = example.source.rpartition(":")
    user = example.user
    if path and (path in user or f"lines {lines.replace('-', '–')}" in user or f":{lines}" in user):
        return True
    distinctive = _distinctive(code)
    return any(all(line in user for line in distinctive[i : i + 3]) for i in range(max(0, len(distinctive) - 2)))


@dataclass
class Derivability:
    files_with: Counter
    imported: frozenset[str] = frozenset()
    scores: list[float] = field(default_factory=list)
    self_references: int = 0
    repo_examples: int = 0
    prompts: Counter = field(default_factory=Counter)  # answer digest → prompts written over it

    def add(self, example: Example) -> None:
        if example.domain != "repo" or example.category == "artifact":
            return
        self.repo_examples += 1
        self.prompts[hashlib.blake2b(example.assistant.encode(), digest_size=12).digest()] += 1
        code = "\n".join(body for _, language, body in _CODE_FENCE.findall(example.assistant) if language != "mermaid")
        if not code:
            return
        names = code_names(code)
        if names:
            asked = set(_IDENT.findall(example.user))
            known = sum(1 for n in names if n in asked or n in KEYWORDS or n in self.imported or self.known(n))
            self.scores.append(known / len(names))
        self.self_references += self_referent(example, code)

    def known(self, name: str) -> bool:
        return self.files_with[name] >= HOUSE_FILES

    def to_dict(self) -> dict:
        scored = len(self.scores)
        histogram = Counter(self.prompts.values())
        return {
            "code_examples": scored,
            "derivable_share": round(sum(self.scores) / scored, 4) if scored else 0.0,
            "derivable_examples_share": round(sum(s >= DERIVABLE for s in self.scores) / scored, 4) if scored else 0.0,
            "self_reference": self.self_references,
            "self_reference_share": round(self.self_references / max(1, self.repo_examples), 4),
            "prompts_per_answer": {str(k): histogram[k] for k in sorted(histogram)},
            "max_prompts_per_answer": max(histogram, default=0),
        }
