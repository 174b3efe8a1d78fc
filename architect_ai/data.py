"""The records that flow through the pipeline: one definition each, used by every stage.

`SourceFile` (ingest) → `Chunk` and `Convention` (analyze) → `Example` (generate, quality, export).
`Example.to_dict()` is the JSONL shape of the data contract (README, "Data contract").
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

#: `progress(stage, done, total)`; total is 0 when unknown. The CLI and the page plug in their own.
Progress = Callable[[str, int, int], None]

CATEGORIES = ("artifact", "user_code", "sweep")
ARTIFACT_KINDS = ("erd", "architecture", "sequence", "flowchart", "code_template")
SWEEP_KINDS = (
    "meeting_context",
    "cross_file",
    "repo_erd",
    "repo_sequence",
    "repo_architecture",
    "pattern_combination",
    "additional_code",
    "commit_edit",
    "commit_feature",
)
#: Besides the file roles, the user-code category holds the transfer examples (woven with the variations).
USER_CODE_KINDS = ("spec_to_code", "sibling_analogy")

#: How tokens are counted everywhere (named in the manifest). No tokenizer download is possible
#: offline, so a conservative character estimate: code tokenizers average 3–4 characters a token.
TOKEN_METHOD = "ceil(chars / 3.5)"


def estimate_tokens(text: str) -> int:
    """Token estimate used for budgets and statistics (see `TOKEN_METHOD`)."""
    return math.ceil(len(text) / 3.5)


def no_progress(stage: str, done: int, total: int) -> None:
    """The default progress callback: report nothing."""


@dataclass(frozen=True, slots=True)
class SourceFile:
    """One readable text file of the mother project, secrets already redacted."""

    path: str  # repository-relative, POSIX separators
    text: str
    language: str  # csharp, typescript, html, scss, json, python, … ("text" when unknown)
    size: int  # bytes on disk
    redactions: int = 0  # secret values replaced in `text`
    pii_redactions: tuple[tuple[str, int], ...] = ()  # (kind, count) of PII replaced in `text` (`redact_pii` runs)

    @property
    def line_count(self) -> int:
        return self.text.count("\n") + (0 if self.text.endswith("\n") or not self.text else 1)


@dataclass(frozen=True, slots=True)
class Chunk:
    """A piece of a file cut at class/method boundaries, within the token budget."""

    path: str
    start_line: int  # 1-based, inclusive
    end_line: int  # 1-based, inclusive
    text: str
    language: str
    role: str  # file role, e.g. dotnet_controller, angular_service, other_python
    symbol: str  # class, method or component name; the file stem when there is none
    unit: str  # "file" | "class" | "method" | "component" | "part" (of a class too long for one chunk) | "lines"
    #: Companion files shown with the chunk, as (path, language, text): an Angular component's .html and .scss.
    parts: tuple[tuple[str, str, str], ...] = ()

    @property
    def source(self) -> str:
        return f"{self.path}:{self.start_line}-{self.end_line}"

    @property
    def tokens(self) -> int:
        return estimate_tokens(self.text) + sum(estimate_tokens(text) for _, _, text in self.parts)


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a convention shows: a real line of a real file."""

    path: str
    line: int  # 1-based
    text: str  # the line itself, stripped


@dataclass(frozen=True, slots=True)
class Convention:
    """A house pattern mined from the repository, e.g. `settings_interface_injection`."""

    id: str
    description: str
    count: int
    names: tuple[str, ...] = ()  # the concrete names, most common first (e.g. "IMongoDBSettings")
    evidence: tuple[Evidence, ...] = ()
    #: The languages whose code can show it (empty: any); see `analyze.convention_evidence`.
    languages: tuple[str, ...] = ()
    #: How an instruction asks for it (`{name}` → names[0]); empty: no hint.
    hint: str = ""
    #: Where it was found: `miner` (the house-pattern miner), `catalogue` (a framework detector), `statistical`.
    origin: str = "miner"
    #: False for facts an answer cannot show (folder layout, file families): described, never tagged or counted.
    teachable: bool = True

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "description": self.description,
            "count": self.count,
            "names": list(self.names),
            "evidence": [{"path": e.path, "line": e.line, "text": e.text} for e in self.evidence],
            "languages": list(self.languages),
            "origin": self.origin,
            "teachable": self.teachable,
            "hint": self.hint,
        }


@dataclass(frozen=True, slots=True)
class Message:
    role: str  # "system" | "user" | "assistant"
    content: str


@dataclass(frozen=True, slots=True)
class Example:
    """One training example: chat messages plus the metadata of the data contract."""

    messages: tuple[Message, ...]
    category: str
    kind: str
    domain: str
    source: str
    template: str
    group: str
    conventions: tuple[str, ...] = ()
    commit: str = ""  # the full sha of the commit a history example was mined from ('' for every other example)
    id: str = field(default="", compare=False)
    tokens: int = field(default=0, compare=False)

    def __post_init__(self) -> None:
        if not self.id:
            payload = json.dumps([[m.role, m.content] for m in self.messages], ensure_ascii=False)
            object.__setattr__(self, "id", hashlib.sha256(payload.encode()).hexdigest()[:16])
        if not self.tokens:
            object.__setattr__(self, "tokens", sum(estimate_tokens(m.content) for m in self.messages))

    @property
    def user(self) -> str:
        return next((m.content for m in self.messages if m.role == "user"), "")

    @property
    def assistant(self) -> str:
        return next((m.content for m in reversed(self.messages) if m.role == "assistant"), "")

    @property
    def system(self) -> str:
        return next((m.content for m in self.messages if m.role == "system"), "")

    def replace_messages(self, messages: Iterable[Message]) -> Example:
        """A copy with other messages (id and tokens recomputed)."""
        return Example(
            messages=tuple(messages),
            category=self.category,
            kind=self.kind,
            domain=self.domain,
            source=self.source,
            template=self.template,
            group=self.group,
            conventions=self.conventions,
            commit=self.commit,
        )

    def metadata(self) -> dict:
        extra = {"commit": self.commit} if self.commit else {}
        return {
            "id": self.id,
            "category": self.category,
            "kind": self.kind,
            "domain": self.domain,
            "source": self.source,
            "template": self.template,
            "conventions": list(self.conventions),
            "group": self.group,
            **extra,
            "tokens": self.tokens,
        }

    def to_dict(self) -> dict:
        return {
            "messages": [{"role": m.role, "content": m.content} for m in self.messages],
            "metadata": self.metadata(),
        }

    def to_json(self) -> str:
        """One JSONL line (without the newline); stable key order, UTF-8 kept as is."""
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, data: dict) -> Example:
        meta = data["metadata"]
        return cls(
            messages=tuple(Message(m["role"], m["content"]) for m in data["messages"]),
            category=meta["category"],
            kind=meta["kind"],
            domain=meta["domain"],
            source=meta["source"],
            template=meta["template"],
            group=meta["group"],
            conventions=tuple(meta.get("conventions", ())),
            commit=meta.get("commit", ""),
            id=meta.get("id", ""),
            tokens=meta.get("tokens", 0),
        )


def chat(system: str, user: str, assistant: str) -> tuple[Message, ...]:
    """The three messages of an example; the system message is left out when empty."""
    head = (Message("system", system),) if system else ()
    return (*head, Message("user", user), Message("assistant", assistant))
