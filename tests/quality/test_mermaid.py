"""Mermaid validation against the real mermaid.js parser (needs `npm ci`: node_modules/mermaid and jsdom)."""

from __future__ import annotations

import json
import os
import signal
import textwrap
import time
from pathlib import Path

import pytest

from architect_ai.errors import UserError
from architect_ai.quality.mermaid import (
    MAX_DIAGRAM_CHARS,
    NODE_MODULES_ENV,
    MermaidError,
    MermaidUnavailable,
    MermaidValidator,
    check_markdown,
    extract_mermaid_blocks,
    mermaid_js_path,
    node_modules_dir,
    shared_validator,
)


@pytest.fixture(scope="module")
def validator():
    with MermaidValidator() as warm:
        yield warm


def dedent(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


VALID = {
    "er": (
        """
        erDiagram
            CUSTOMER ||--o{ ORDER : places
            ORDER ||--|{ LINE_ITEM : contains
            PRODUCT ||--o{ LINE_ITEM : "ordered in"
            CUSTOMER {
                string name
                string email PK
            }
            ORDER {
                int id PK
            }
        """,
        "er",
        {"entities": 4, "relationships": 3, "attributes": 3},
    ),
    "sequence": (
        """
        sequenceDiagram
            participant Browser
            actor User
            participant Api as API
            User->>Browser: click
            Browser->>+Api: GET /orders
            Note over Browser,Api: JWT in header
            loop every page
                Api->>Db: find()
            end
            Api-->>-Browser: 200 OK
            activate Browser
            deactivate Browser
        """,
        "sequence",
        {"participants": 4, "actors": 1, "messages": 4, "notes": 1},
    ),
    "flowchart": (
        """
        flowchart TD
            A[Start] --> B{Valid?}
            B -->|yes| C[Save] & D[Notify]
            B -->|no| E[Reject]
            subgraph Backend
                C --> F[(MongoDB)]
                subgraph Jobs
                    D
                end
            end
        """,
        "flowchart-v2",
        {"nodes": 6, "edges": 5, "subgraphs": 2},
    ),
    "graph": ("graph LR\n    A --> B --> C", "flowchart-v2", {"nodes": 3, "edges": 2, "subgraphs": 0}),
    "class": (
        """
        classDiagram
            class OrderService {
                -IMongoDBSettings settings
                +GetAsync(id) OrderDto
            }
            class OrderDto
            ControllerBase <|-- OrdersController
            OrdersController --> OrderService
            OrderService ..> OrderDto
            namespace Domain {
                class Order
            }
        """,
        "classDiagram",
        {"classes": 5, "relations": 3, "namespaces": 1},
    ),
    "state": (
        """
        stateDiagram-v2
            [*] --> Draft
            Draft --> Submitted: submit
            state Submitted {
                [*] --> Review
                Review --> [*]
            }
            Submitted --> Approved
            Approved --> [*]
            note right of Draft: editable
        """,
        "stateDiagram",
        {"states": 4, "transitions": 6},
    ),
}


@pytest.mark.parametrize("name", sorted(VALID))
def test_valid_diagrams_pass_with_their_type_and_counts(validator, name):
    text, diagram_type, details = VALID[name]
    result = validator.validate(dedent(text))
    assert result.ok, result.error
    assert result.error is None
    assert result.diagram_type == diagram_type
    assert result.details == details


# (diagram, the 1-based line that is broken)
BROKEN = {
    "er": ("erDiagram\n    CUSTOMER ||--o{ ORDER : places\n    ORDER |||--|{ ITEM : contains\n    ITEM { int id }", 3),
    "er-attributes": ("erDiagram\n    CUSTOMER {\n        string name\n    }\n    CUSTOMER ||--o{ ORDER ; places", 5),
    "sequence": ("sequenceDiagram\n    participant A\n    A->>B: hi\n    B->>: nobody\n    B-->>A: ok", 4),
    "flowchart": ("flowchart TD\n    A --> B\n    B --> C --> --> D\n    D --> E", 3),
    "flowchart-unclosed-shape": ("flowchart TD\n    A --> B\n    B --> C[Oops(\n    C --> D", 3),
    "class": ("classDiagram\n    class Animal\n    Animal <|-- Duck\n    Duck <|-- <|-- Fish\n    Animal : +eat()", 4),
    "state": ("stateDiagram-v2\n    [*] --> Still\n    Still --> Moving\n    Moving --> --> Crash\n    Crash --> A", 4),
    "state-nested": ("stateDiagram-v2\n    state Active {\n        [*] --> On\n        On --> Off :\n    }", 4),
    "pie": ('pie title Pets\n    "Dogs" : 10\n    "Cats" : many', 3),
    "unclosed-loop-at-eof": ("sequenceDiagram\n    A->>B: hi\n    loop forever\n    A->>B: again", 4),
}


DECLARED_TYPE = {
    "er": "er",
    "sequence": "sequence",
    "flowchart": "flowchart-v2",
    "class": "class",
    "state": "stateDiagram",
    "pie": "pie",
    "unclosed": "sequence",
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_broken_diagrams_are_rejected_at_the_broken_line(validator, name):
    text, line = BROKEN[name]
    result = validator.validate(text)
    assert not result.ok
    assert result.diagram_type == DECLARED_TYPE[name.split("-")[0]]  # the error still says what it was meant to be
    assert result.details == {}
    assert result.error.line == line, result.error.message
    assert f"line {line}" in result.error.message


def test_error_column_points_into_the_broken_line(validator):
    result = validator.validate("erDiagram\n    CUSTOMER ||--o{ ORDER : places\n    ORDER |||--|{ ITEM : contains")
    assert (result.error.line, result.error.column) == (3, 11)  # the first "|" of "|||" after "    ORDER "
    assert str(result.error).startswith("Parse error on line 3: Expecting")
    assert "\n" not in str(result.error)


@pytest.mark.parametrize(
    "prefix",
    [
        "---\ntitle: Orders\n---\n",
        "%%{init: {'theme': 'dark'}}%%\n%% a comment line\n",
        "\n\n   \n",
        "%%{init: {\n  'theme': 'forest'\n}}%%\r\n%% comment\r\n",
    ],
    ids=["front-matter", "directive-and-comment", "leading-blank-lines", "multiline-directive-crlf"],
)
def test_error_lines_count_front_matter_directives_and_comments(validator, prefix):
    body = "erDiagram\n    CUSTOMER ||--o{ ORDER : places\n    ORDER |||--|{ ITEM : contains"
    result = validator.validate(prefix + body)
    prefix_lines = prefix.replace("\r\n", "\n").count("\n")
    assert result.error.line == prefix_lines + 3
    assert result.error.column == 11
    assert f"Parse error on line {prefix_lines + 3}:" in result.error.message


def test_directives_and_front_matter_parse_like_plain_text(validator):
    text, diagram_type, details = VALID["er"]
    plain = dedent(text)
    for configured in ("%%{init: {'theme': 'dark'}}%%\n" + plain, "---\ntitle: Shop\n---\n" + plain):
        result = validator.validate(configured)
        assert (result.ok, result.diagram_type, result.details) == (True, diagram_type, details)
    after = validator.validate("flowchart LR\n    X --> Y")  # config from the directive does not leak
    assert (after.ok, after.details) == (True, {"nodes": 2, "edges": 1, "subgraphs": 0})


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("", "empty diagram"),
        ("   \n\t\n", "empty diagram"),
        ("Here is your diagram: it has three tables.", "No diagram type detected"),
        ("x" * (MAX_DIAGRAM_CHARS + 1), f"at most {MAX_DIAGRAM_CHARS}"),
    ],
    ids=["empty", "blank", "prose", "huge"],
)
def test_empty_prose_and_huge_text_fail_with_a_message(validator, text, needle):
    result = validator.validate(text)
    assert not result.ok
    assert needle in result.error.message
    assert result.error.line is None
    assert len(result.error.message) < 300  # mermaid's own message would quote the whole text


def test_the_process_survives_bad_input_and_keeps_answering(validator):
    assert validator.validate("graph TD\n    Warm --> Up").ok
    starts = validator.starts
    odd = [
        "flowchart TD\n    A --> --> B",
        "erDiagram\n    \ud800 ||--o{ B : lone-surrogate",
        "flowchart TD\n    A\x00 --> B",
        "sequenceDiagram\n" + "    A->>B: x\n" * 2000,
        'graph TD\n    A["emoji 🚀 and ünïcode"] --> B',
    ]
    results = validator.validate_many(odd)
    assert [(r.ok, r.error and r.error.line) for r in results[:3]] == [(False, 2), (True, None), (False, 2)]
    assert results[3].details["messages"] == 2000
    assert results[4].ok and results[4].details["nodes"] == 2
    final = validator.validate("flowchart LR\n    Still --> Alive")
    assert final.ok and final.details == {"nodes": 2, "edges": 1, "subgraphs": 0}
    assert validator.starts == starts


def test_a_batch_of_200_comes_back_in_order(validator):
    texts = []
    for i in range(200):
        if i % 17 == 5:
            texts.append(f"flowchart TD\n    N{i} --> M{i}\n    M{i} --> --> broken{i}")
        else:
            chain = " --> ".join(f"N{i}_{k}" for k in range(i % 9 + 2))
            texts.append(f"flowchart LR\n    {chain}")
    sent_before = validator.requests_sent
    results = validator.validate_many(texts)
    assert validator.requests_sent - sent_before == 200
    assert len(results) == 200
    for i, result in enumerate(results):
        if i % 17 == 5:
            assert not result.ok and result.error.line == 3, i
        else:
            assert result.ok and result.details["nodes"] == i % 9 + 2, i


def test_cache_hits_and_in_batch_duplicates_skip_the_round_trip(validator):
    text = "erDiagram\n    CACHED_A ||--o{ CACHED_B : has"
    first = validator.validate(text)
    sent = validator.requests_sent
    again = validator.validate(text)
    assert again is first
    assert validator.requests_sent == sent
    batch = validator.validate_many(["graph TD\n    Dup1 --> Dup2"] * 5 + [text])
    assert validator.requests_sent == sent + 1
    assert all(result is batch[0] for result in batch[:5])
    assert batch[5] is first


def test_a_killed_process_is_restarted_on_the_next_call():
    with MermaidValidator() as fresh:
        assert fresh.validate("graph TD\n    A --> B").ok
        os.kill(fresh.pid, signal.SIGKILL)
        time.sleep(0.2)
        result = fresh.validate("graph TD\n    C --> D")
        assert result.ok
        assert fresh.starts == 2


def test_check_markdown_reports_the_markdowns_own_line_numbers(validator):
    answer = dedent(
        """
        # Orders

        The ERD:

        ```mermaid
        erDiagram
            CUSTOMER ||--o{ ORDER : places
        ```

        ```python
        print("not a diagram")
        ```

        And the flow:

        ~~~mermaid
        flowchart TD
            A --> B
            B --> --> C
        ~~~
        """
    )
    broken_line = answer.splitlines().index("    B --> --> C") + 1
    results = check_markdown(answer, validator)
    assert [r.ok for r in results] == [True, False]
    assert results[0].details == {"entities": 2, "relationships": 1, "attributes": 0}
    assert results[1].error.line == broken_line == 19
    assert f"Parse error on line {broken_line}:" in results[1].error.message


def test_check_markdown_without_diagrams_is_empty(validator):
    assert check_markdown("No diagram here.\n\n```js\nlet a = 1\n```", validator) == []


def test_extract_mermaid_blocks_finds_fences_and_their_first_lines():
    markdown = dedent(
        """
        intro
        ```mermaid
        graph TD
          A --> B
        ```
        - a list item:

          ``` Mermaid title="x"
          erDiagram
          ```
        > quoted
        > ```mermaid
        > sequenceDiagram
        > ```
        ````mermaid
        flowchart LR
        ```
        still inside
        ````
        ```mermaid
        stateDiagram-v2
        """
    )
    blocks = extract_mermaid_blocks(markdown)
    assert blocks == [
        ("graph TD\n  A --> B\n", 3),
        ("erDiagram\n", 9),
        ("sequenceDiagram\n", 13),
        ("flowchart LR\n```\nstill inside\n", 16),
        ("stateDiagram-v2", 21),  # an unclosed fence runs to the end (a truncated model answer)
    ]


@pytest.mark.parametrize("how", ["argument", "environment"])
def test_empty_node_modules_raises_mermaid_unavailable(tmp_path, monkeypatch, how):
    if how == "environment":
        monkeypatch.setenv(NODE_MODULES_ENV, str(tmp_path))
        checker = MermaidValidator()
    else:
        checker = MermaidValidator(node_modules=tmp_path)
    with pytest.raises(MermaidUnavailable) as caught:
        checker.validate("graph TD\n    A --> B")
    message = str(caught.value)
    assert isinstance(caught.value, UserError)
    assert "make setup" in message and str(tmp_path) in message
    assert "\n" not in message


def _fake_mermaid_package(root: Path, module_source: str) -> Path:
    """A node_modules whose `mermaid` is a stand-in package (the real jsdom is linked in)."""
    node_modules = root / "node_modules"
    dist = node_modules / "mermaid" / "dist"
    dist.mkdir(parents=True)
    (node_modules / "mermaid" / "package.json").write_text(json.dumps({"name": "mermaid", "version": "0.0.0-fake"}))
    (dist / "mermaid.core.mjs").write_text(module_source)
    (node_modules / "jsdom").symlink_to(node_modules_dir().resolve() / "jsdom")
    return node_modules


FAKE_HANGING_MERMAID = """
const diagram = async (text) => {
  if (text.includes("HANG")) { for (;;) {} }
  return { type: "fake", db: {} };
};
export default { initialize() {}, parse: diagram, mermaidAPI: { getDiagramFromText: diagram, reset() {} } };
"""


def test_a_hung_process_times_out_with_a_user_error_and_is_replaced(tmp_path):
    node_modules = _fake_mermaid_package(tmp_path, FAKE_HANGING_MERMAID)
    with MermaidValidator(timeout=20, node_modules=node_modules) as checker:  # a generous start on a busy machine
        assert checker.validate("graph TD\n    A --> B").diagram_type == "fake"
        assert checker.mermaid_version == "0.0.0-fake"
        checker.timeout = 1.0
        hung_pid = checker.pid
        started = time.monotonic()
        with pytest.raises(UserError, match="did not answer within 1 s"):
            checker.validate("graph TD\n    HANG")
        assert time.monotonic() - started < 5
        assert checker.pid is None
        with pytest.raises(ProcessLookupError):
            os.kill(hung_pid, 0)  # the spinning process was killed, not left behind
        checker.timeout = 20
        assert checker.validate("graph TD\n    C --> D").diagram_type == "fake"
        assert checker.starts == 2


def test_a_mermaid_that_fails_to_load_is_reported_as_unavailable(tmp_path):
    node_modules = _fake_mermaid_package(tmp_path, 'throw new Error("corrupt bundle");\n')
    checker = MermaidValidator(timeout=10, node_modules=node_modules)
    with pytest.raises(MermaidUnavailable) as caught:
        checker.validate("graph TD\n    A --> B")
    assert "corrupt bundle" in str(caught.value) and "make setup" in str(caught.value)
    assert checker.pid is None


def test_mermaid_js_path_follows_the_node_modules_setting(tmp_path, monkeypatch):
    assert mermaid_js_path().is_file()
    monkeypatch.setenv(NODE_MODULES_ENV, str(tmp_path))
    assert mermaid_js_path() == tmp_path / "mermaid" / "dist" / "mermaid.min.js"


def test_shared_validator_is_one_warm_instance():
    first = shared_validator()
    assert shared_validator() is first
    assert first.validate("graph TD\n    Shared --> Instance").ok


def test_error_summary_is_one_line():
    error = MermaidError("Parse error on line 2:\n...A -->\n------^\nExpecting 'ID', got 'EOF'", 2, 7)
    assert str(error) == "Parse error on line 2: Expecting 'ID', got 'EOF'"
    assert str(MermaidError("no such id", 4, 1)) == "line 4, column 1: no such id"
    assert str(MermaidError("no line", None, None)) == "no line"


def test_prefetched_diagrams_are_parsed_while_the_caller_works_and_collected_later_without_resending():
    with MermaidValidator() as fresh:
        texts = [f"flowchart LR\n    A{n} --> B{n}" for n in range(5)] + ["flowchart LR\n    A --> "]
        assert fresh.prefetch(texts) == 6
        assert fresh.prefetch(texts[:2]) == 0  # already on its way: not sent twice
        results = fresh.validate_many([texts[5], texts[3], "flowchart LR\n    X --> Y"])
        assert [r.ok for r in results] == [False, True, True]
        assert fresh.requests_sent == 7  # only the one text nobody prefetched was sent now
        assert all(r.ok for r in fresh.validate_many(texts[:5])) and fresh.requests_sent == 7
