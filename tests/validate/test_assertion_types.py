"""Every assertion type passes on a good answer and fails on a bad one, with a reason."""

from __future__ import annotations

import pytest
from pydantic import TypeAdapter, ValidationError

from architect_ai.validate.assertions import (
    ASSERTION_TYPES,
    AnswerView,
    Assertion,
    CodeBlockLanguage,
    Contains,
    MermaidKind,
    MermaidParses,
    MinEntities,
    MinParticipants,
    MinRelationships,
    NotContains,
    Regex,
    canonical_kind,
    evaluate,
)
from tests.validate.demo_answers import BAD_ANSWERS, GOOD_ANSWERS

PARSE = TypeAdapter(Assertion)


def mermaid_unavailable() -> str | None:
    """Why the real Mermaid validator cannot run here, or None when it can."""
    try:
        from architect_ai.quality.mermaid import shared_validator

        result = shared_validator().validate("erDiagram\n    A ||--o{ B : has\n")
    except Exception as exc:  # module not built yet, node or mermaid missing
        return f"Mermaid validator unavailable: {type(exc).__name__}: {exc}"
    return None if result.ok else f"Mermaid validator rejects a valid diagram: {result.error}"


MERMAID_MISSING = mermaid_unavailable()
MERMAID_SKIP = pytest.mark.skipif(MERMAID_MISSING is not None, reason=str(MERMAID_MISSING))


def check(assertion, text: str):
    return assertion.check(AnswerView(text))


AUTH = "Sequence diagram for user authentication"
CODE = "Intro\n\n```csharp\npublic class InvoiceDto : BaseDto {}\npublic class LineDto {}\n```\n"


@pytest.mark.parametrize(
    ("assertion", "good", "bad"),
    [
        (Contains(value="InvoiceDto", case_sensitive=True), CODE, CODE.lower()),
        (Contains(value="invoicedto"), CODE, "nothing"),
        (Contains(value=["kafka", "rabbitmq", "bus"]), "an event BUS", "a database"),
        (NotContains(value=["TODO", "lorem"]), CODE, "TODO: write it"),
        (Regex(pattern=r"\b[A-Z]\w*Dto\b", min_matches=2), CODE, "public class InvoiceDto {}"),
        (Regex(pattern=r"^public class", ignore_case=True), CODE, "we have a public class"),
        (CodeBlockLanguage(language="cs"), CODE, "```typescript\nx\n```"),
        (CodeBlockLanguage(language="typescript"), "```ts\nlet x = 1;\n```", CODE),
    ],
)
def test_text_assertions_pass_and_fail(assertion, good, bad):
    passed = check(assertion, good)
    failed = check(assertion, bad)
    assert passed.passed, passed.reason
    assert not failed.passed
    assert failed.reason and "\n" not in failed.reason


def test_reasons_say_what_was_found():
    assert check(Regex(pattern=r"\w+Dto\b", min_matches=4), CODE).reason == (
        "3 distinct match(es) ('InvoiceDto', 'BaseDto', 'LineDto'), wanted 4"
    )
    assert check(NotContains(value="BaseDto"), CODE).reason == "found forbidden 'BaseDto'"
    assert check(CodeBlockLanguage(language="python"), CODE).reason == "no python block; blocks: csharp"


def test_assertions_load_from_plain_data_and_reject_nonsense():
    assert isinstance(PARSE.validate_python({"type": "min_entities", "min": 4}), MinEntities)
    assert PARSE.validate_python({"type": "contains", "value": ["a", "b"]}).describe() == "contains one of 'a', 'b'"
    for bad in (
        {"type": "contains", "value": "x", "colour": "red"},  # extra key
        {"type": "no_such_check", "value": "x"},
        {"type": "regex", "pattern": "(unclosed"},
        {"type": "min_entities", "min": 0},
        {"type": "contains", "value": ""},
    ):
        with pytest.raises(ValidationError):
            PARSE.validate_python(bad)
    assert {a.model_fields["type"].default for a in Assertion.__origin__.__args__} == set(ASSERTION_TYPES)


def test_canonical_kinds():
    assert canonical_kind("erDiagram") == canonical_kind("er") == "er"
    assert canonical_kind("flowchart-v2") == canonical_kind("graph") == "flowchart"
    assert canonical_kind("sequenceDiagram") == canonical_kind("sequence") == "sequence"


def test_a_crashing_check_fails_with_reason_instead_of_raising():
    class Broken:
        def validate(self, text):
            raise RuntimeError("node exploded")

        validate_many = validate

    [(_, outcome)] = evaluate("```mermaid\nerDiagram\n```", [MermaidParses()], validator=Broken())
    assert not outcome.passed and outcome.reason == "could not check: RuntimeError: node exploded"


def test_no_diagram_fails_every_mermaid_check_without_a_validator():
    view = AnswerView("just prose, no diagram")
    for assertion in (MermaidParses(), MermaidKind(kind="erDiagram"), MinEntities(min=1), MinParticipants(min=1)):
        outcome = assertion.check(view)
        assert not outcome.passed, assertion


@MERMAID_SKIP
@pytest.mark.parametrize(
    ("assertion", "good", "bad"),
    [
        (MermaidParses(), "ERD for an e-commerce", "ERD for an e-commerce"),
        (MermaidKind(kind="erDiagram"), "ERD for an e-commerce", "architecture for a microservices"),
        (MermaidKind(kind="sequenceDiagram"), AUTH, "ERD for an e-commerce"),
        (MinEntities(min=4), "ERD for an e-commerce", "ERD for an e-commerce"),
        (MinRelationships(min=3), "ERD for an e-commerce", "ERD for an e-commerce"),
        (MinParticipants(min=3), AUTH, AUTH),
    ],
)
def test_mermaid_assertions_pass_and_fail(assertion, good, bad):
    passed = check(assertion, GOOD_ANSWERS[good])
    failed = check(assertion, BAD_ANSWERS[bad])
    assert passed.passed, passed.reason
    assert not failed.passed and failed.reason


@MERMAID_SKIP
def test_mermaid_counts_in_reasons():
    view = AnswerView(GOOD_ANSWERS["ERD for an e-commerce"])
    assert MinEntities(min=4).check(view).reason == "4 entities (≥4)"
    assert MinRelationships(min=5).check(view).reason == "only 3 relationships, wanted ≥5"
    broken = MermaidParses().check(AnswerView(BAD_ANSWERS["ERD for an e-commerce"]))
    assert broken.reason.startswith("diagram at line ")
