"""Derivable tasks over the repository's own code: what a developer would ask, with what the answer depends on.

Every prompt carries the spec of its answer (fields, routes, calls, dependencies, signatures — read from the code),
the declarations (never the bodies) of the repository types the answer uses, and for a member the class around it
as an outline — and never the answer's own path, its line range or its code. What the answer holds beyond the
prompt is the house style: what the model should learn. Each file gives several *tasks* with different answers:

- `unit` — the whole file/class/component from its spec (the strategy's lead sentences, without the file name);
- `member` — one method or function from its signature plus the outline of the class or module around it;
- `template` — a component's template from its class (the bindings it may use), its own answer.

The sibling analogies and blind specs of `generate.transfer` answer with the same unit; `answer_cap.capped` keeps
any one answer under at most three prompts.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import PurePosixPath

from architect_ai.analyze.structure import RepoStructure
from architect_ai.data import Chunk, Convention, Example, chat
from architect_ai.generate.code_facts import dependencies, spec_facts
from architect_ai.generate.outline import TypeIndex, context_block, outline
from architect_ai.generate.templates import (
    code_answer,
    convention_hint,
    conventions_shown,
    fence,
    file_label,
    plural,
    role_label,
    signature_of,
    unit_label,
)

#: Top-level keys named in the spec of a configuration file.
MAX_CONFIG_KEYS = 10
#: Units cut by lines (no declaration boundary) are not taught: their code does not stand alone.
TAUGHT_UNITS = frozenset({"file", "class", "component"})

UNIT_LEADS = (
    ("unit.implement", "Implement the `{name}` {label} based on this repository's structure."),
    ("unit.generate", "Generate code for `{name}` following the patterns of this repository's {labels}."),
    ("unit.standards", "Write `{name}` following the coding standards used in this codebase."),
)
TEMPLATE_LEADS = (
    (
        "template.write",
        "Write the template of the {label} `{name}` for this class, the way this project writes its templates.",
    ),
    (
        "template.bind",
        "Lay out the view of `{name}`: bind the state and handlers of its class below as this codebase does.",
    ),
    (
        "template.markup",
        "Produce the HTML template that `{name}` renders, following the markup conventions of this repository.",
    ),
)
MEMBER_LEADS = (
    ("member.implement", "Implement `{member}` of the {label} `{owner}` the way this codebase does it."),
    (
        "member.signature",
        "Write the body of `{member}` in the {label} `{owner}`, following the project's existing patterns.",
    ),
    ("member.add", "Add `{member}` to the {label} `{owner}`, consistent with the rest of this repository."),
)
#: The same asks for a module-level function, whose owner is its file (shown as the outline, never named by path).
MODULE_MEMBER_LEADS = {
    "member.implement": "Implement the function `{member}` of this {label} the way this codebase does it.",
    "member.signature": "Write the body of `{member}` in this {label}, following the project's existing patterns.",
    "member.add": "Add `{member}` to this {label}, consistent with the rest of this repository.",
}


def join_facts(facts: Sequence[str]) -> str:
    return facts[0] if len(facts) == 1 else "; ".join(facts[:-1]) + "; and " + facts[-1]


@dataclass(frozen=True)
class TaskContext:
    """What the task builders read: the repository's units by name, its structure and conventions."""

    index: TypeIndex
    structure: RepoStructure | None
    conventions: Sequence[Convention]
    system_prompt: str
    #: Units by symbol when several share it (Python modules are called by their file stem: `routes/comments.py`,
    #: `services/comments.py`); the index keeps the first.
    namesakes: dict[str, tuple[Chunk, ...]] = field(default_factory=dict, compare=False, repr=False)
    #: Per chunk (by `source`): its outline, spec facts, context block and conventions — read once, however many
    #: tasks and passes (capacity, generation, diagram pre-validation) ask for them.
    _memo: dict = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def of(cls, chunks: Sequence[Chunk], structure, conventions, system_prompt: str) -> TaskContext:
        declared: dict[str, list[str]] = {}
        if structure is not None:
            for record in structure.classes:
                declared.setdefault(record.path, []).append(record.name)
        by_symbol: dict[str, list[Chunk]] = {}
        for chunk in chunks:
            if chunk.unit in TAUGHT_UNITS and chunk.symbol:
                by_symbol.setdefault(chunk.symbol, []).append(chunk)
        namesakes = {name: tuple(units) for name, units in by_symbol.items() if len(units) > 1}
        return cls(TypeIndex.of(chunks, declared), structure, conventions, system_prompt, namesakes)

    def _once(self, what: str, chunk: Chunk, compute):
        key = (what, chunk.source)
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]

    def context(self, chunk: Chunk) -> str:
        """The outlines of the repository units `chunk` uses, its dependencies first."""

        def compute() -> str:
            return context_block(self.index.used_by(chunk.text, chunk.path, dependencies(chunk, ())), fence)

        return self._once("context", chunk, compute)

    def outline(self, chunk: Chunk) -> str:
        return self._once("outline", chunk, lambda: outline(chunk))

    def facts(self, chunk: Chunk) -> list[str]:
        # the task names its unit, so its facts may too (a schema's `tags` field in `tags.py`)
        return self._once("facts", chunk, lambda: spec_facts(chunk, self.structure, blind=False))

    def shown(self, chunk: Chunk) -> tuple[str, ...]:
        return self._once("shown", chunk, lambda: conventions_shown(chunk.text, self.conventions, chunk.language))


def _example(chunk: Chunk, kind: str, template: str, user: str, ctx: TaskContext, group: str) -> Example:
    shown = ctx.shown(chunk)
    return Example(
        messages=chat(ctx.system_prompt, user, code_answer(chunk)),
        category="user_code",
        kind=kind,
        domain="repo",
        source=chunk.source,
        template=template,
        group=group,
        conventions=shown,
    )


def class_label(label: str) -> str:
    """The label of a type in a file labelled `label`: `view module` → `view`, `Python module` → `Python class`,
    `Go file` → `Go type`; a type's own label stays."""
    if label.endswith(" module"):
        base = label.removesuffix(" module")
        return "Python class" if base == "Python" else base
    return label.removesuffix(" file") + " type" if label.endswith(" file") else label


def module_owner(member: Chunk, owner: Chunk) -> str | None:
    """The label of the file a module-level function belongs to (`Go file`, `Angular guard file`, `Python module`):
    a member without an owner in its symbol (`Type.method` has one) is no member of the file's main type, whatever
    that type is (Go's `NewLoginValidator` beside `UserModelValidator`); None for a method."""
    return None if "." in member.symbol else file_label(owner)  # `Type.method`: the type is the owner


def unit_prompt(chunk: Chunk, lead: str, index: int, ctx: TaskContext) -> str | None:
    """The lead sentence, the unit's spec, a hint of a convention it shows, and the types it builds on."""
    facts = ctx.facts(chunk)
    if not facts:
        return None  # no spec to derive it from: the prompt would only ask to recall the unit by its name
    context = ctx.context(chunk)
    label = unit_label(chunk)
    # a file of several declarations is named by its stem (`the `utils` Go file`), never by its first type
    name = PurePosixPath(chunk.path).stem if label.endswith(" file") else chunk.symbol
    text = lead.format(name=name, label=label, labels=plural(label))
    text += f" It {join_facts(facts)}."
    text += convention_hint(ctx.shown(chunk), ctx.conventions, index)
    if context:
        text += f"\n\nIt builds on these declarations of the repository:\n\n{context}"
    return text


def unit_examples(chunks: Sequence[Chunk], ctx: TaskContext) -> Iterator[Example]:
    """Lead-major: the first phrasing of every unit before any second one (a prefix covers the most units)."""
    units = [c for c in chunks if c.unit in TAUGHT_UNITS]
    for number, (template, lead) in enumerate(UNIT_LEADS):
        for chunk in units:
            user = unit_prompt(chunk, lead, number, ctx)
            if user is not None:
                yield _example(chunk, chunk.role, template, user, ctx, f"code:{chunk.source}")


def template_examples(chunks: Sequence[Chunk], ctx: TaskContext) -> Iterator[Example]:
    """Each component's template (a companion `.html` part) from its class shown in full: the class fixes what the
    template binds, the markup is the house style. Lead-major, like the units."""
    pairs = [
        (chunk, part)
        for chunk in chunks
        if chunk.unit == "component"
        for part in chunk.parts
        if part[1] == "html" and part[2].strip()
    ]
    for template, lead in TEMPLATE_LEADS:
        for chunk, (path, part_language, text) in pairs:
            label = role_label(chunk.role)
            user = lead.format(name=chunk.symbol, label=label) + f"\n\n{fence(chunk.text, chunk.language)}"
            yield Example(
                messages=chat(ctx.system_prompt, user, f"`{path}`\n\n{fence(text, part_language)}"),
                category="user_code",
                kind="template",
                domain="repo",
                source=f"{path}:1-{text.count(chr(10)) + 1}",
                template=template,
                group=f"code:{chunk.source}",
                conventions=(),
            )


def _owner_of(member: Chunk, covers: dict[str, list[Chunk]]) -> Chunk | None:
    for cover in covers.get(member.path, ()):
        if cover.start_line <= member.start_line and member.end_line <= cover.end_line:
            return cover
    return None


def member_prompt(
    member: Chunk, owner: Chunk, lead: str, index: int, ctx: TaskContext, template: str = ""
) -> str | None:
    """The member's signature, the outline of its class or module, and the types its body uses."""
    around_code = ctx.outline(owner)
    signature = signature_of(member)
    if not around_code or not signature.strip("`\n "):
        return None
    name = member.symbol.rsplit(".", 1)[-1]
    owner_name = member.symbol.rsplit(".", 1)[0] if "." in member.symbol else owner.symbol
    label = around = unit_label(owner)
    module = module_owner(member, owner)
    if module is not None:  # "`CORS` of this Go file", never "of `CORS`" itself, nor `main` "of `init`"
        label, around, lead = module, module, MODULE_MEMBER_LEADS.get(template, lead)
    else:  # a method belongs to its type: "the view `RegistrationAPIView`", though the outline is its module's
        label = class_label(label)
    text = lead.format(member=name, owner=owner_name, label=label)
    text += convention_hint(ctx.shown(member), ctx.conventions, index)
    text += f"\n\nIts signature:\n\n{signature}\n\nThe {around} around it:\n\n{fence(around_code, owner.language)}"
    context = ctx.context(member)
    if context:
        text += f"\n\nThe body uses these declarations of the repository:\n\n{context}"
    return text


def member_examples(methods: Sequence[Chunk], covers: Sequence[Chunk], ctx: TaskContext) -> Iterator[Example]:
    """Each method or function from its signature and the class around it, phrasing-major."""
    by_path: dict[str, list[Chunk]] = {}
    for cover in covers:
        if cover.unit in TAUGHT_UNITS or cover.unit == "part":  # a long class's part is the outline around a member
            by_path.setdefault(cover.path, []).append(cover)
    pairs = [(m, o) for m in methods if (o := _owner_of(m, by_path)) is not None and o.source != m.source]
    for number, (template, lead) in enumerate(MEMBER_LEADS):
        for member, owner in pairs:
            user = member_prompt(member, owner, lead, number, ctx, template)
            if user is not None:
                yield _example(member, "member", template, user, ctx, f"method:{member.source}")


#: The test words around a test's subject: `test_` / `_test` (Python), `Test`/`Tests` (Java, C#), `.spec` (TS).
_TEST_AFFIX = re.compile(r"^(?:test_|tests_|Test(?=[A-Z]))|(?:_test|_tests|Tests?|\.spec|Spec|IT)$")
#: Test-folder files that are no unit's tests, whatever their name contains (`conftest` holds `test`).
NOT_TESTS_OF_A_UNIT = frozenset({"conftest", "__init__", "setup", "helpers", "fixtures"})


def _tested_unit(test: Chunk, ctx: TaskContext) -> Chunk | None:
    """The unit a test file is named after — the longest unit name in its symbol (`MyBatisCommentRepositoryTest`
    → `MyBatisCommentRepository`, not `Comment`); None when no unit gives it its name (the prompt would ask for
    tests of one thing and answer with another)."""
    if PurePosixPath(test.path).stem in NOT_TESTS_OF_A_UNIT:
        return None  # shared fixtures (`conftest.py`) test nothing by the name in theirs
    subject = _TEST_AFFIX.sub("", test.symbol)  # `test_422_error` is about `422_error`, not a unit called `test`
    named = [
        (name, unit)
        for name, unit in ctx.index.units.items()
        if unit.path != test.path and len(name) > 3 and name in subject and name != test.symbol
    ]
    if not named:
        return None
    name, unit = max(named, key=lambda pair: len(pair[0]))
    return _nearest(test, ctx.namesakes.get(name, ()), unit)


def _folder_words(path: str, *, test: bool = False) -> set[str]:
    folders = PurePosixPath(path).parts[:-1]
    return {_TEST_AFFIX.sub("", f) if test else f for f in folders} - {"", "tests", "test", "src", "app"}


def _nearest(test: Chunk, namesakes: Sequence[Chunk], first: Chunk) -> Chunk:
    """Of the units sharing the test's subject name, the one in the test's language whose folders the test's
    mirror most (`tests/test_api/test_routes/test_comments.py` → `app/api/routes/comments.py`, not
    `app/services/comments.py`); `first` when nothing tells them apart."""
    candidates = [u for u in namesakes if u.language == test.language and u.path != test.path]
    if len(candidates) < 2:
        return first
    words = _folder_words(test.path, test=True)
    overlap = {u.source: len(words & _folder_words(u.path)) for u in candidates}
    best = max(overlap.values())
    chosen = [u for u in candidates if overlap[u.source] == best]
    return first if first in chosen or len(chosen) != 1 else chosen[0]


_YAML_KEY = re.compile(r"^([A-Za-z_][\w.-]*):", re.M)


def config_facts(text: str, language: str) -> list[str]:
    """What a JSON or YAML configuration file sets, by its top-level keys (its values are the house's own)."""
    keys: list[str] = []
    if language == "json":
        with contextlib.suppress(ValueError):
            data = json.loads(text)
            keys = list(data) if isinstance(data, dict) else []
    elif language in ("yaml", "yml"):
        keys = list(dict.fromkeys(_YAML_KEY.findall(text)))
    keys = [k for k in keys if k and not k.startswith("$")][:MAX_CONFIG_KEYS]
    return ["sets " + ", ".join(f"`{k}`" for k in keys)] if keys else []


def extra_prompt(chunk: Chunk, ctx: TaskContext) -> str | None:
    """Tests from the outline of the code under test; configuration from its facts, named by its file name."""
    if chunk.role == "test":
        tested = _tested_unit(chunk, ctx)
        around = ctx.outline(tested) if tested is not None else ""
        if tested is None or not around:
            return None
        label = unit_label(tested)
        return (
            f"Write the tests for the {label} `{tested.symbol}`, the way this repository writes its tests."
            f"\n\nThe code under test:\n\n{fence(around, tested.language)}"
        )
    facts = ctx.facts(chunk) or config_facts(chunk.text, chunk.language)
    if not facts:
        return None  # a file asked for by its name alone: recall, not a task
    name = chunk.path.rsplit("/", 1)[-1]
    return f"Write this project's {role_label(chunk.role)} `{name}` for the code it configures. It {join_facts(facts)}."


def extra_examples(chunks: Sequence[Chunk], ctx: TaskContext) -> Iterator[Example]:
    """One task per test or configuration file (files outside the first pass)."""
    for chunk in chunks:
        if chunk.unit in ("lines", "part") and chunk.role == "test":
            continue
        user = extra_prompt(chunk, ctx)
        if user is not None:
            example = _example(chunk, chunk.role, f"extra.{chunk.role}", user, ctx, f"file:{chunk.source}")
            yield replace(example, category="sweep", kind="additional_code")
