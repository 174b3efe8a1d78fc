"""The transfer suite's assertions: the answer shows a house convention, and its code is close to the real code.

`shows_convention` asks the same evidence function the dataset's tagging uses (`conventions_shown`), so "the
answer shows the settings-interface injection" means here what it means in the training data. `similarity` is
chrF (character n-gram F-score, sacrebleu's implementation) of the answer's code against the held-out real code,
0–1, with a pass threshold.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

from pydantic import Field

from architect_ai.data import Convention
from architect_ai.validate.answer_view import AnswerView, Outcome
from architect_ai.validate.assertion_base import AssertionBase

#: chrF (0–1) an answer's code must reach against the real code (measured on the bundled sample: generic code under
#: 0.05, another unit of the repository ~0.2, a sibling of the same family ~0.5, the real unit 1.0).
DEFAULT_MIN_SIMILARITY = 0.45


class ShowsConvention(AssertionBase):
    """The answer shows the house convention, by the evidence rule the dataset's tagging uses."""

    type: Literal["shows_convention"] = "shows_convention"
    convention: str = Field(min_length=1, description="The convention id (manifest.json → conventions).")
    description: str = ""
    names: list[str] = Field(default_factory=list)
    languages: list[str] = Field(default_factory=list)

    def _default_label(self) -> str:
        return f"shows {self.convention}"

    def check(self, view: AnswerView) -> Outcome:
        from architect_ai.analyze.convention_evidence import conventions_shown

        convention = Convention(
            id=self.convention,
            description=self.description,
            count=1,
            names=tuple(self.names),
            evidence=(),
            languages=tuple(self.languages),
        )
        if conventions_shown(view.text, [convention]):
            return Outcome(True, f"shows {self.convention}")
        return Outcome(False, f"does not show {self.convention}" + (f" ({self.names[0]})" if self.names else ""))


@lru_cache(maxsize=1)
def _chrf():
    from sacrebleu.metrics import CHRF

    return CHRF()


def chrf(hypothesis: str, reference: str) -> float:
    """chrF of `hypothesis` against `reference`, 0–1 (sacrebleu's default: character 6-grams, β = 2)."""
    if not hypothesis.strip() or not reference.strip():
        return 0.0
    return round(_chrf().sentence_score(hypothesis, [reference]).score / 100.0, 4)


def answer_code(view: AnswerView) -> str:
    """The code of an answer: its fenced blocks joined, else the whole text."""
    blocks = [content for _, content in view.code_blocks]
    return "\n".join(blocks) if blocks else view.text


class Similarity(AssertionBase):
    """chrF of the answer's code against the reference code reaches `min`."""

    type: Literal["similarity"] = "similarity"
    reference: str = Field(min_length=1, description="The real code the answer is compared with.")
    min: float = Field(default=DEFAULT_MIN_SIMILARITY, ge=0.0, le=1.0)
    metric: Literal["chrf"] = "chrf"

    def _default_label(self) -> str:
        return f"chrF ≥ {self.min:.2f} against the real code"

    def check(self, view: AnswerView) -> Outcome:
        score = chrf(answer_code(view), self.reference)
        verdict = score >= self.min
        return Outcome(verdict, f"chrF {score:.2f} ({'≥' if verdict else '<'} {self.min:.2f})", score=score)
