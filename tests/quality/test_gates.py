from architect_ai.data import Example, chat
from architect_ai.quality.dedup import Deduplicator
from architect_ai.quality.gates import MermaidGate, QualityGate
from architect_ai.quality.mermaid import shared_validator

GOOD = "The ERD:\n\n```mermaid\nerDiagram\n    CUSTOMER ||--o{ ORDER : places\n```"
BROKEN = "The ERD:\n\n```mermaid\nerDiagram\n    CUSTOMER ||--o{ : places\n```"


def ex(answer: str, group: str = "g") -> Example:
    return Example(chat("", f"draw {group}", answer), "artifact", "erd", "crm", "builtin:x", "t", group)


def gate(max_tokens: int = 4096) -> QualityGate:
    return QualityGate(max_tokens=max_tokens, mermaid=MermaidGate(shared_validator()), dedup=Deduplicator())


def test_broken_diagram_is_dropped_and_counted_valid_one_kept():
    quality = gate()
    assert quality(ex(GOOD, "a")) is None
    assert quality(ex(BROKEN, "b")) == "mermaid_invalid"
    assert (quality.mermaid.checked, quality.mermaid.invalid) == (2, 1)
    assert quality.mermaid.invalid_samples[0]["line"] == 2


def test_prevalidate_batches_and_later_checks_reuse_the_verdicts():
    quality = gate()
    validator = quality.mermaid.validator
    quality.mermaid.prevalidate([GOOD, BROKEN, GOOD])
    sent = validator.requests_sent
    assert quality(ex(BROKEN, "c")) == "mermaid_invalid"
    assert validator.requests_sent == sent


def test_answers_without_diagrams_skip_the_parser_and_long_ones_are_dropped():
    quality = gate(max_tokens=50)
    assert quality(ex("```csharp\npublic class A {}\n```", "d")) is None
    assert quality.mermaid.checked == 0
    assert quality(ex("x" * 1000, "e")) == "too_long"
