"""Figures about what prompts and answers teach, gathered while the dataset streams (bounded state, no texts).

- **transfer share**: of the repo-grounded code examples, how many prompts do not name their answer's file or
  main type (the model has to apply the conventions, not recall a file by its name).
- **self reference**: prompts that hold their answer's path, a line range or the answer's code (recall, goal 0).
- **derivable share**: code examples whose answer identifiers are at least `DERIVABLE_MIN` in the prompt, in the
  house vocabulary (names ≥ 3 files share, imported names, keywords) or introduced by the answer itself (its own
  declarations, members reached through a dot) — what is left is what a model would have to recall: names private
  to one file that the prompt never gives.
- **prompts per answer**: how many prompts stand over each distinct repo answer (goal ≤ 3).
- **prompt ambiguity**: prompts that map to more than one distinct answer (goal 0).
- **split overlap**: valid examples whose code is all verbatim in train answers (goal ≤ 5 %), measured on
  normalised code lines: a valid block counts as leaked when every one of its meaningful lines occurs in train.
"""

from __future__ import annotations

import hashlib
import keyword
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from architect_ai.data import Example
from architect_ai.generate.answer_cap import answer_key
from architect_ai.generate.code_facts import answer_names, names_any
from architect_ai.quality.code_validity import CODE_FENCE

#: A fenced block's header line: `path` (lines a–b) / `path` / // path / # path.
_HEADER = re.compile(r"^(?:`([^`\n]+\.\w+)`(?: \(lines [^)]*\))?|(?://|#) (\S+\.\w+))\s*$", re.M)
_DIAGRAM_LANGUAGES = frozenset({"mermaid"})
_IDENT = re.compile(r"\b[A-Za-z_][A-Za-z0-9_]{2,}\b")
_LINES = re.compile(r"\blines? \d+\s*[–-]\s*\d+")
#: An answer identifier counts as derivable when the prompt holds it or this many repository files use it.
HOUSE_FILES = 3
#: A code example is derivable when at least this share of its answer's identifiers are.
DERIVABLE_MIN = 0.8
#: Lines shorter than this (braces, `else`, blank) say nothing about where code comes from.
MIN_LINE_CHARS = 12
#: Three consecutive lines this long (not imports or braces) of the answer in its prompt: the answer itself.
DISTINCTIVE_CHARS = 25
_TRIVIAL = re.compile(r"^\s*(?:import|using|from|package|#include|export \{|\}|\{|//|/\*|\*)")
_STRINGS_AND_COMMENTS = re.compile(
    r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'|`[^`]*`|//[^\n]*|/\*[\s\S]*?\*/|#[^\n]*'
)
_INTRODUCED = (
    re.compile(r"\b(?:def|class|function|const|let|var|val|fun|func|interface|type|record|struct|enum)\s+(\w+)"),
    re.compile(r"\b(\w+)\s*(?:=(?!=)|:(?!:))"),  # assignment / keyword argument / annotated name
    re.compile(r"(?<=[\w>\]?])\s+(\w+)\s*(?=[,);=])"),  # `Type name` in a parameter list or a field
    re.compile(r"\.(\w+)"),  # a member reached through a dot
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


def _key(text: str) -> bytes:
    return hashlib.blake2b(text.encode(), digest_size=12).digest()


#: Distinct answers whose facts (paths, code blocks, distinctive lines, names) are remembered: an answer stands under
#: up to three prompts and is read again when it is written, its facts depend on it alone (#21 point 1). Bounded: the
#: caches hold references to answers.
ANSWER_FACTS_CACHE_SIZE = 4096


def answer_paths(answer: str) -> list[str]:
    """Repository paths named in the headers of an answer's code blocks."""
    return list(_paths(answer))


def code_blocks(text: str) -> list[str]:
    """Bodies of the fenced code blocks (diagrams left out)."""
    return list(_blocks(text))


@lru_cache(maxsize=ANSWER_FACTS_CACHE_SIZE)
def _paths(answer: str) -> tuple[str, ...]:
    return tuple(a or b for a, b in _HEADER.findall(answer))


@lru_cache(maxsize=ANSWER_FACTS_CACHE_SIZE)
def _blocks(text: str) -> tuple[str, ...]:
    return tuple(body for _, lang, body in CODE_FENCE.findall(text) if lang not in _DIAGRAM_LANGUAGES)


@lru_cache(maxsize=ANSWER_FACTS_CACHE_SIZE)
def _shown_pieces(answer: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Per code block of `answer`: its stripped text and its distinctive lines (what `self_references` looks for)."""
    return tuple((block.strip(), tuple(_distinctive(block))) for block in _blocks(answer))


@lru_cache(maxsize=ANSWER_FACTS_CACHE_SIZE)
def _answer_names(answer: str) -> tuple[frozenset[str], frozenset[str]]:
    """The identifiers of `answer`'s code blocks and those it introduces itself (`_derivable`)."""
    blocks = _blocks(answer)
    names = frozenset(n for block in blocks for n in code_names(block))
    own = frozenset(n for block in blocks for n in introduced_names(block)) if names else frozenset()
    return names, own


def is_repo_code(example: Example) -> bool:
    """A repo-grounded example whose answer is code of the repository."""
    return example.domain == "repo" and example.category != "artifact" and bool(_paths(example.assistant))


def names_its_answer(example: Example) -> bool:
    """Whether the prompt spells the file name, stem or main type of any file of its answer."""
    return any(names_any(example.user, answer_names(path)) for path in _paths(example.assistant))


def _distinctive(code: str) -> list[str]:
    return [
        s for s in (line.strip() for line in code.split("\n")) if len(s) >= DISTINCTIVE_CHARS and not _TRIVIAL.match(s)
    ]


def self_references(example: Example) -> bool:
    """Whether the prompt holds its answer's own path, a line range, a code block of the answer verbatim, or three
    consecutive distinctive lines of it (the answer itself, shown)."""
    user, answer = example.user, example.assistant
    if _LINES.search(user) or any(path in user for path in _paths(answer)):
        return True
    for stripped, lines in _shown_pieces(answer):
        if len(stripped) >= MIN_LINE_CHARS and stripped in user:
            return True
        if any(all(line in user for line in lines[i : i + 3]) for i in range(len(lines) - 2)):
            return True
    return False


def code_names(code: str) -> set[str]:
    """The identifiers of code, its strings and comments left out."""
    return set(_IDENT.findall(_STRINGS_AND_COMMENTS.sub(" ", code)))


def introduced_names(code: str) -> set[str]:
    """Names an answer may choose or that belong to an API rather than a file: what it declares itself (after a
    declaration keyword, an assignment or keyword-argument target, a typed parameter or field) and members it
    reaches through a dot (the framework's or a declared type's API)."""
    bare = _STRINGS_AND_COMMENTS.sub(" ", code)
    return {m for pattern in _INTRODUCED for m in pattern.findall(bare)}


def house_vocabulary(texts_by_path: Iterable[tuple[str, str]]) -> frozenset[str]:
    """What an answer may use without its prompt naming it: identifiers used in at least `HOUSE_FILES` files, every
    name some file imports (the frameworks' and libraries' vocabulary) and the languages' keywords.
    `texts_by_path` yields (path, text)."""
    files: dict[str, set[str]] = {}
    imported: set[str] = set()
    for path, text in texts_by_path:
        for name in set(_IDENT.findall(text)):
            files.setdefault(name, set()).add(path)
        for line in _IMPORT_LINE.findall(text):
            imported.update(_IDENT.findall(line))
    house = {name for name, paths in files.items() if len(paths) >= HOUSE_FILES}
    return frozenset(house | imported | KEYWORDS)


@lru_cache(maxsize=ANSWER_FACTS_CACHE_SIZE)
def _line_keys(block: str) -> frozenset[bytes]:
    return frozenset(_key(s) for s in (line.strip() for line in block.splitlines()) if len(s) >= MIN_LINE_CHARS)


@dataclass
class GroundingStats:
    repo_code: int = 0
    unnamed: int = 0
    self_reference: int = 0
    derivable: int = 0
    vocabulary: frozenset[str] = frozenset()  # house vocabulary (`house_vocabulary`)
    _prompts_per_answer: dict[bytes, int] = field(default_factory=dict)  # normalised repo answer → prompts
    _answer_of: dict[bytes, bytes] = field(default_factory=dict)  # prompt → first answer
    _ambiguous: set[bytes] = field(default_factory=set)
    _train_lines: set[bytes] = field(default_factory=set)
    _valid_blocks: list[tuple[frozenset[bytes], ...]] = field(default_factory=list)  # per valid repo example

    def add(self, example: Example, split: str) -> None:
        prompt, answer = _key(example.system + "\x00" + example.user), _key(example.assistant)
        first = self._answer_of.setdefault(prompt, answer)
        if first != answer:
            self._ambiguous.add(prompt)
        if not is_repo_code(example):
            return
        self.repo_code += 1
        self.unnamed += not names_its_answer(example)
        refers = self_references(example)
        self.self_reference += refers
        self.derivable += not refers and self._derivable(example)
        normalised = answer_key(example.assistant)
        self._prompts_per_answer[normalised] = self._prompts_per_answer.get(normalised, 0) + 1
        blocks = tuple(k for k in (_line_keys(b) for b in _blocks(example.assistant)) if k)
        if split == "train":
            for keys in blocks:
                self._train_lines.update(keys)
        elif blocks:
            self._valid_blocks.append(blocks)

    def _derivable(self, example: Example) -> bool:
        names, own = _answer_names(example.assistant)
        if not names:
            return False
        prompt = set(_IDENT.findall(example.user))
        known = sum(1 for n in names if n in prompt or n in self.vocabulary or n in own)
        return known / len(names) >= DERIVABLE_MIN

    def prompts_per_answer(self) -> dict[str, int]:
        """How many repo answers (normalised text) stand under 1, 2, 3 … prompts."""
        histogram: dict[int, int] = {}
        for count in self._prompts_per_answer.values():
            histogram[count] = histogram.get(count, 0) + 1
        return {str(k): histogram[k] for k in sorted(histogram)}

    @property
    def ambiguous_prompts(self) -> int:
        return len(self._ambiguous)

    @property
    def valid_code_examples(self) -> int:
        return len(self._valid_blocks)

    @property
    def valid_in_train(self) -> int:
        return sum(all(keys <= self._train_lines for keys in blocks) for blocks in self._valid_blocks)

    def to_dict(self) -> dict:
        valid, leaked = self.valid_code_examples, self.valid_in_train
        return {
            "repo_code_examples": self.repo_code,
            "unnamed_answer_examples": self.unnamed,
            "unnamed_answer_share": round(self.unnamed / self.repo_code, 4) if self.repo_code else 0.0,
            "self_reference": self.self_reference,
            "self_reference_share": round(self.self_reference / self.repo_code, 4) if self.repo_code else 0.0,
            "derivable_examples": self.derivable,
            "derivable_share": round(self.derivable / self.repo_code, 4) if self.repo_code else 0.0,
            "prompts_per_answer": self.prompts_per_answer(),
            "max_prompts_per_answer": max(self._prompts_per_answer.values(), default=0),
            "ambiguous_prompts": self.ambiguous_prompts,
            "valid_code_examples": valid,
            "valid_code_in_train": leaked,
            "split_overlap": round(leaked / valid, 4) if valid else 0.0,
        }
