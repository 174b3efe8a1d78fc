"""Transfer examples: apply the repository's conventions to a described task; every answer is its real code.

- `spec_to_code`: the prompt describes what to build from facts of the code (fields, routes, calls, base types,
  dependencies, signatures) without naming the file or its types; the answer is the chunk, verbatim.
- `sibling_analogy`: for files of one family (same role, or same name suffix such as `Handler`, `Validator`),
  "here is how A is built (its code); write the sibling that … (B's spec)" → the real B. N siblings give
  N·(N−1) ordered pairs; they are yielded in rounds (every file once as the model, once as the answer, per round)
  and families take turns, so any prefix under the target samples them fairly.

Both reuse the answer of the chunk's own variations, so they share its `code:` group (one split side, one answer),
and they are category `user_code`: woven with the variations (`TRANSFER_RATIO`), so every prefix of the dataset —
even a small target where the sweep keeps only its floor — teaches transfer, not only recall.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache

from architect_ai.analyze.structure import RepoStructure
from architect_ai.data import Chunk, Example, chat
from architect_ai.generate.code_facts import camel_words, chunk_names, names_any, spec_facts
from architect_ai.generate.mix import round_robin
from architect_ai.generate.templates import code_answer, fence, plural, unit_label

#: A sibling pair shows two files: their estimated tokens together stay under this.
PAIR_TOKENS = 2600
#: Families of at most this many members yield all their pairs; bigger ones are capped per round count.
MAX_ROUNDS = 12
#: A chunk needs this many facts (and `MIN_SPEC_CHARS` of them) to be described without its name.
MIN_FACTS = 1
MIN_SPEC_CHARS = 60
FAMILY_UNITS = frozenset({"file", "class", "component"})

SPEC_PROMPTS = (
    ("spec.write", "Write the {label} for this repository that {facts}. Follow the conventions this codebase uses."),
    ("spec.need", "We need a {label} that {facts}. Build it the way this repository builds its {labels}."),
    ("spec.add", "Add a {label} that {facts} to this codebase, written the way its {labels} are written."),
)


def describes(facts: Sequence[str]) -> bool:
    """Enough facts to tell what to build without a name."""
    return len(facts) >= MIN_FACTS and sum(len(f) for f in facts) >= MIN_SPEC_CHARS


def _join(facts: Sequence[str]) -> str:
    return facts[0] if len(facts) == 1 else "; ".join(facts[:-1]) + "; and " + facts[-1]


def _example(chunk: Chunk, kind: str, template: str, user: str, system: str) -> Example:
    return Example(
        messages=chat(system, user, code_answer(chunk)),
        category="user_code",
        kind=kind,
        domain="repo",
        source=chunk.source,
        template=template,
        group=f"code:{chunk.source}",
    )


def spec_to_code_examples(
    chunks: Sequence[Chunk], structure: RepoStructure | None, *, system_prompt: str
) -> Iterator[Example]:
    """Up to three spec-worded prompts per chunk with enough facts; a prompt that would repeat is skipped."""
    seen: set[str] = set()
    # whole units only: a spec answered by a part of a class (or lines of a file) would teach half a declaration
    specs = [(chunk, spec_facts(chunk, structure)) for chunk in chunks if chunk.unit in FAMILY_UNITS]
    for template, text in SPEC_PROMPTS:
        for chunk, facts in specs:
            if not describes(facts):
                continue
            label = unit_label(chunk)
            user = text.format(label=label, labels=plural(label), facts=_join(facts))
            if user in seen:
                continue
            seen.add(user)
            yield _example(chunk, "spec_to_code", template, user, system_prompt)


def family_key(chunk: Chunk) -> str:
    """Files of one family: the same role, or (for unclassified code) the same CamelCase name suffix."""
    if not chunk.role.startswith("other_") and chunk.role not in ("test", "config"):
        return chunk.role
    words = camel_words(chunk.symbol)
    return f"{chunk.role}:{words[-1]}" if len(words) > 1 else ""


def families(chunks: Sequence[Chunk]) -> list[list[Chunk]]:
    """Families of at least two whole files/classes, in first-seen order."""
    grouped: dict[str, list[Chunk]] = {}
    for chunk in chunks:
        key = family_key(chunk)
        if key and chunk.unit in FAMILY_UNITS:
            grouped.setdefault(key, []).append(chunk)
    return [members for members in grouped.values() if len(members) > 1]


def _sibling_prompt(model: Chunk, target: Chunk, facts: Sequence[str]) -> str:
    label = unit_label(target)
    shown = f"Here is how `{model.symbol}` is built in this repository (`{model.path}`):\n\n"
    shown += fence(model.text, model.language)
    if facts:
        return f"{shown}\n\nWrite its sibling {label} the same way: one that {_join(facts)}."
    return f"{shown}\n\nWrite the {label} `{target.symbol}` the same way."


def _family_pairs(
    members: Sequence[Chunk], structure: RepoStructure | None, system: str, blind: bool
) -> Iterator[Example]:
    """Rounds of pairs whose target can (`blind`) or cannot be described by a spec."""
    facts = {m.source: spec_facts(m, structure) for m in members}
    rounds = range(1, min(len(members), MAX_ROUNDS + 1))
    yield from _rounds(members, facts, rounds, blind, system)


def derives_from(unit: Chunk, base: Chunk) -> bool:
    """`unit` declares itself a subtype of `base` on its declaration line (`class ProfilesRepository(BaseRepository)`,
    `class A extends B`, `class A : B`): a base and its subclass are no siblings."""
    if not unit.symbol or not base.symbol:
        return False
    word = _word(base.symbol)
    return any(
        1 <= match.start() <= _WINDOW + 1
        for tail in _declaration_tails(unit.symbol, unit.text)
        for match in word.finditer(tail)
    )


#: How far after its name a declaration line may name its base (`class A … B` within this many characters).
_WINDOW = 200


@cache
def _word(symbol: str) -> re.Pattern:
    """`symbol` as a whole word (compiled once per symbol: a family's pairs ask for the same few names)."""
    return re.compile(rf"\b{re.escape(symbol)}\b")


@cache
def _declaration_tails(symbol: str, text: str) -> tuple[str, ...]:
    """What follows `class|interface|record|struct <symbol>` on each declaration of it in `text`, up to its body or
    line end, starting with the name's last character (so a word boundary reads as it does in the text)."""
    found = re.finditer(rf"\b(?:class|interface|record|struct)\s+{re.escape(symbol)}\b", text)
    tails = []
    for match in found:
        start = match.end() - 1
        stop = start + 1
        while stop < len(text) and stop - start <= 2 * _WINDOW and text[stop] not in "{;\n":
            stop += 1
        tails.append(text[start : min(stop + 1, len(text))])
    return tuple(tails)


def _rounds(members, facts, rounds, blind: bool, system: str) -> Iterator[Example]:
    for step in rounds:
        for index, target in enumerate(members):
            model = members[(index + step) % len(members)]
            if model.tokens + target.tokens > PAIR_TOKENS or describes(facts[target.source]) != blind:
                continue
            if derives_from(model, target) or derives_from(target, model):
                continue
            spec = facts[target.source] if blind else []
            user = _sibling_prompt(model, target, spec)
            if spec and names_any(user.split("\n\n", 1)[0] + user.rsplit("\n\n", 1)[-1], chunk_names(target, None)):
                continue  # the model's own name also names the target (e.g. a shared stem): not a blind spec
            yield _example(target, "sibling_analogy", f"sibling.{'spec' if spec else 'named'}", user, system)


def sibling_examples(
    chunks: Sequence[Chunk], structure: RepoStructure | None, *, system_prompt: str
) -> Iterator[Example]:
    """Every family's ordered pairs, round by round, families taking turns; every family's spec-described pairs
    come before any named one (a named sibling recalls its file, a described one applies the family's way)."""
    grouped, seen = families(chunks), set()
    for blind in (True, False):
        for example in round_robin(*(_family_pairs(members, structure, system_prompt, blind) for members in grouped)):
            if example.user not in seen:  # two siblings with the same spec: the prompt is kept for the first only
                seen.add(example.user)
                yield example
