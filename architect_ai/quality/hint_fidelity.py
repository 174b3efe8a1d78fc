"""Are the dataset's convention hints and tags true? Each tag and each hint is re-checked against the answer.

A tag (`metadata.conventions`) is true when the answer shows the convention by its own evidence
(`analyze.convention_evidence.conventions_shown`); a hint is the instruction asking for a convention (its hint text
in the prompt) and is true when the answer shows that convention. Only true tags count as "taught" — the
success criteria's "convention in ≥ N examples" counts those.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from architect_ai.analyze.convention_evidence import conventions_shown
from architect_ai.data import Convention, Example
from architect_ai.generate.answer_cap import answer_key
from architect_ai.generate.templates import CONVENTION_HINTS


class HintFidelity:
    def __init__(self, conventions: Sequence[Convention]) -> None:
        self._by_id = {c.id: c for c in conventions}
        self._hints = {c.id: _hint_text(c) for c in conventions}
        self.tags = 0
        self.true_tags = 0
        self.hinted = 0
        self.true_hints = 0
        self.taught: Counter = Counter()

    def add(self, example: Example) -> None:
        hinted = [cid for cid, text in self._hints.items() if text and text in example.user]
        candidates = [self._by_id[cid] for cid in dict.fromkeys((*example.conventions, *hinted)) if cid in self._by_id]
        if not candidates:
            return
        shown = set(conventions_shown(example.assistant, candidates))
        for cid in example.conventions:
            self.tags += 1
            if cid in shown:
                self.true_tags += 1
                self.taught[cid] += 1
        self.hinted += len(hinted)
        self.true_hints += sum(cid in shown for cid in hinted)

    def to_dict(self) -> dict:
        return {
            "hinted": self.hinted,
            "true_hints": self.true_hints,
            "hint_fidelity": round(self.true_hints / self.hinted, 4) if self.hinted else 1.0,
            "tags": self.tags,
            "true_tags": self.true_tags,
            "tag_fidelity": round(self.true_tags / self.tags, 4) if self.tags else 1.0,
            "taught_by_convention": dict(sorted(self.taught.items())),
        }


def _hint_text(convention: Convention) -> str:
    template = CONVENTION_HINTS.get(convention.id) or convention.hint
    if not template or not convention.names:
        return ""
    return template.format(name=convention.names[0]).strip()


class ConventionReach:
    """How many examples each convention *could* be taught in: its distinct repository answers (among the candidates,
    counted while capacity is planned) times the prompts one answer may stand under. A convention shown in three
    files cannot reach 20 examples at three prompts per answer — the success criterion asks for what the repository
    allows, never for repetition. State: one digest per distinct tagged answer (the repository's size)."""

    def __init__(self, prompts_per_answer: int) -> None:
        self.prompts_per_answer = prompts_per_answer
        self._answers: dict[str, set[bytes]] = {}

    def observe(self, example: Example) -> None:
        if example.domain != "repo" or not example.conventions:
            return
        key = answer_key(example.assistant)
        for cid in example.conventions:
            self._answers.setdefault(cid, set()).add(key)

    def reachable(self) -> dict[str, int]:
        return {cid: len(keys) * self.prompts_per_answer for cid, keys in sorted(self._answers.items())}
