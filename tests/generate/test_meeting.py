from architect_ai.data import Example, chat
from architect_ai.generate.meeting import diagram_subjects, meeting_examples, meeting_requests

ERD = "Here is the ERD.\n\n```mermaid\nerDiagram\n    CUSTOMER {\n        string id PK\n    }\n    ORDER {\n        string id PK\n    }\n    CUSTOMER ||--o{ ORDER : places\n```"


def test_requests_are_distinct_styles_seeded_and_name_the_subjects():
    first = meeting_requests("builtin:x", "erd", "Order management", ["Customer", "Order"], 6, seed=1)
    assert first == meeting_requests("builtin:x", "erd", "Order management", ["Customer", "Order"], 6, seed=1)
    assert len({template for template, _ in first}) == 6
    assert all("ERD" in text for _, text in first)
    assert any("Customer and Order" in text for _, text in first)
    assert first != meeting_requests("builtin:x", "erd", "Order management", ["Customer", "Order"], 6, seed=2)


def test_meeting_examples_keep_the_answer_and_group_of_their_artifact():
    base = Example(
        chat("S", "Generate an ERD", ERD), "artifact", "erd", "ecommerce", "builtin:x", "library.0", "builtin:x"
    )
    out = list(meeting_examples(base, title="Orders", subjects=["Customer"], count=4, seed=3, system_prompt="S"))
    assert len(out) == 4
    assert {(e.assistant, e.group, e.category, e.kind, e.domain) for e in out} == {
        (ERD, "builtin:x", "sweep", "meeting_context", "ecommerce")
    }


def test_diagram_subjects_reads_entities():
    assert diagram_subjects(ERD)[:2] == ["CUSTOMER", "ORDER"]
