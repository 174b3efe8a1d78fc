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


def test_meeting_examples_keep_the_answer_group_and_category_of_their_artifact():
    """A builtin artifact's meeting contexts are builtin answers: category `artifact`, never `sweep`."""
    base = Example(
        chat("S", "Generate an ERD", ERD), "artifact", "erd", "ecommerce", "builtin:x", "library.0", "builtin:x"
    )
    out = list(meeting_examples(base, title="Orders", subjects=["Customer"], count=4, seed=3, system_prompt="S"))
    assert len(out) == 4
    assert {(e.assistant, e.group, e.category, e.kind, e.domain) for e in out} == {
        (ERD, "builtin:x", "artifact", "meeting_context", "ecommerce")
    }
    repo = Example(chat("S", "Draw the ERD", ERD), "sweep", "repo_erd", "repo", "a.cs", "repo_erd.0", "repo_erd:x")
    out = list(meeting_examples(repo, title="Repo", subjects=["Customer"], count=2, seed=3, system_prompt="S"))
    assert {e.category for e in out} == {"sweep"}


def test_diagram_subjects_reads_entities():
    assert diagram_subjects(ERD)[:2] == ["CUSTOMER", "ORDER"]
