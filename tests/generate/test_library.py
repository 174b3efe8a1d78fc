"""The builtin artifact library: counts, answer shape, real ERDs/diagrams/code, and the mermaid.js parser."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from pydantic import ValidationError

from architect_ai.library.erd import erd_items
from architect_ai.library.erd.model import ONE_TO_MANY, Catalog, ErdSpec, attr, entity, rel, render_erd
from architect_ai.library.item import make_answer
from architect_ai.library.phrasing import POOLS, compose_instructions
from architect_ai.quality.mermaid import MermaidValidator
from expanded_artifact_examples import ARTIFACT_EXAMPLES, DOMAINS, ArtifactItem, diagram_of, load_library

ITEMS = load_library()
FENCED = re.compile(r"^(?P<lead>[^\n]+)\n\n```(?P<lang>\w+)\n(?P<body>.*)\n```$", re.DOTALL)
ERD_ENTITY = re.compile(r"^    ([A-Z][A-Z0-9_]*) \{$", re.MULTILINE)
ERD_RELATIONSHIP = re.compile(
    r'^    ([A-Z][A-Z0-9_]*) (\|\||\|o|\}o|\}\|)(--|\.\.)(\|\||o\||o\{|\|\{) ([A-Z][A-Z0-9_]*) : "[^"]+"$'
)
ERD_ATTRIBUTE = re.compile(r'^        [a-z]+ [a-z][a-z0-9_]*( (PK|FK|UK)(, (PK|FK|UK))*)?( "[^"]*")?$')


def of_kind(kind: str) -> list[ArtifactItem]:
    return [item for item in ITEMS if item.kind == kind]


def body(item: ArtifactItem) -> str:
    match = FENCED.match(item.answer)
    assert match, item.id
    return match["body"]


# --- counts --------------------------------------------------------------------------------------------------------


def test_the_library_has_at_least_150_items_with_the_minimum_of_every_kind():
    kinds = Counter(item.kind for item in ITEMS)
    assert len(ITEMS) >= 150
    assert kinds["erd"] >= 50
    assert kinds["architecture"] >= 30
    assert kinds["sequence"] >= 30
    assert kinds["flowchart"] >= 10
    assert kinds["code_template"] >= 30


def test_every_domain_has_at_least_six_erds():
    per_domain = Counter(item.domain for item in of_kind("erd"))
    assert set(per_domain) == set(DOMAINS)
    assert min(per_domain.values()) >= 6, per_domain


@pytest.mark.parametrize(
    ("kind", "styles", "minimum"),
    [
        ("architecture", {"microservices", "serverless", "event_driven", "three_tier", "cicd", "realtime"}, 4),
        ("sequence", {"authentication", "crud", "ecommerce", "file_management", "notifications"}, 5),
        ("code_template", {"dotnet_controller", "dto", "angular_service", "validation"}, 6),
    ],
)
def test_every_style_or_family_has_its_minimum(kind, styles, minimum):
    per_style = Counter(item.style for item in of_kind(kind))
    assert set(per_style) == styles
    assert min(per_style.values()) >= minimum, per_style


def test_code_templates_span_all_seven_domains():
    assert set(DOMAINS) <= {item.domain for item in of_kind("code_template")}


# --- identity and phrasing -----------------------------------------------------------------------------------------


def test_ids_are_unique_and_the_module_constant_is_the_loaded_library():
    assert len({item.id for item in ITEMS}) == len(ITEMS)
    assert ARTIFACT_EXAMPLES == ITEMS
    assert erd_items() == erd_items()  # deterministic rendering


def test_every_item_has_at_least_three_differently_worded_instructions():
    for item in ITEMS:
        assert len(set(item.instructions)) >= 3, item.id
        openings = {" ".join(text.lower().split()[:2]) for text in item.instructions}
        assert len(openings) >= 3, (item.id, item.instructions)


def test_no_two_items_share_an_answer_or_an_instruction():
    answers = Counter(item.answer for item in ITEMS)
    assert max(answers.values()) == 1
    instructions = Counter(text for item in ITEMS for text in item.instructions)
    assert max(instructions.values()) == 1, instructions.most_common(3)


def test_the_library_uses_every_phrasing_of_every_pool():
    used: dict[str, set[str]] = {}
    for item in ITEMS:
        pool = f"code_template:{item.style}" if item.kind == "code_template" else item.kind
        used.setdefault(pool, set())
        for template in POOLS[pool]:
            prefix = template.split("{")[0]
            if any(text.startswith(prefix) for text in item.instructions):
                used[pool].add(template)
    for pool, templates in POOLS.items():
        assert used[pool] == set(templates), pool


def test_phrasings_avoid_wrong_articles_before_vowel_labels():
    wrong = re.compile(r"\ba (e-commerce|education|event-driven|inventory|order|item|ERD)\b")
    for item in ITEMS:
        for text in (*item.instructions, item.answer.splitlines()[0]):
            assert not wrong.search(text), (item.id, text)


def test_compose_instructions_rotates_through_the_pool():
    first = compose_instructions("flowchart", 0, subject="x", focus="y", domain="z")
    second = compose_instructions("flowchart", 1, subject="x", focus="y", domain="z")
    assert len(set(first)) == 4
    assert first != second


# --- answer shape ----------------------------------------------------------------------------------------------------


def test_every_answer_is_a_lead_in_a_blank_line_and_exactly_one_fence_of_the_right_language():
    for item in ITEMS:
        match = FENCED.match(item.answer)
        assert match, item.id
        assert match["lang"] == item.language
        assert "```" not in match["body"], item.id
        assert len(match["lead"]) <= 400
        expected = "mermaid" if item.kind != "code_template" else {"csharp", "typescript"}
        assert match["lang"] in expected if isinstance(expected, set) else match["lang"] == expected


def test_diagram_of_returns_the_fenced_mermaid_and_none_for_code():
    for item in ITEMS:
        if item.kind == "code_template":
            assert diagram_of(item) is None
        else:
            assert diagram_of(item) == body(item)
            assert diagram_of(item).split("\n")[0] in {
                "erDiagram",
                "sequenceDiagram",
                "flowchart LR",
                "flowchart TB",
                "flowchart TD",
            }


def test_every_item_names_its_subjects():
    assert all(item.subjects for item in ITEMS)


# --- ERDs ------------------------------------------------------------------------------------------------------------


def test_erds_have_four_entities_typed_attributes_pk_markers_and_named_relationships():
    for item in of_kind("erd"):
        text = diagram_of(item)
        lines = text.split("\n")
        assert lines[0] == "erDiagram"
        entities = ERD_ENTITY.findall(text)
        assert len(entities) >= 4, item.id
        assert set(entities) == set(item.subjects)
        relationships = [line for line in lines if ERD_RELATIONSHIP.match(line)]
        assert relationships, item.id
        in_relationships = {name for line in relationships for name in (line.split()[0], line.split()[2])}
        assert in_relationships == set(entities), item.id
        for block in re.findall(r"\{\n(.*?)\n    \}", text, re.DOTALL):
            attributes = block.split("\n")
            assert all(ERD_ATTRIBUTE.match(a) for a in attributes), (item.id, block)
            assert any(" PK" in a for a in attributes), (item.id, block)
        assert any(" FK" in line for line in lines), item.id


def test_erds_cover_the_strategy_subjects_of_every_domain():
    required = {
        "ecommerce": {"VENDOR", "CART", "WISHLIST", "ORDER", "PRODUCT"},
        "healthcare": {"PATIENT", "DEPARTMENT", "WARD", "MEDICAL_RECORD", "APPOINTMENT"},
        "education": {"COURSE", "STUDENT", "LESSON", "ASSIGNMENT", "GRADE"},
        "social_media": {"POST", "COMMENT", "POST_LIKE", "FOLLOW", "MESSAGE"},
        "crm": {"LEAD", "CONTACT", "ACCOUNT", "OPPORTUNITY", "SALES_ORDER"},
        "booking": {"HOTEL", "RESERVATION", "PAYMENT", "AMENITY"},
        "inventory": {"WAREHOUSE", "STOCK_LEVEL", "SUPPLIER", "PURCHASE_ORDER"},
    }
    for domain, entities in required.items():
        drawn = {name for item in of_kind("erd") if item.domain == domain for name in item.subjects}
        assert entities <= drawn, (domain, entities - drawn)


def test_erd_variants_of_one_domain_are_different_diagrams():
    for domain in DOMAINS:
        subsets = [frozenset(item.subjects) for item in of_kind("erd") if item.domain == domain]
        assert len(set(subsets)) == len(subsets), domain


def _catalog() -> Catalog:
    return Catalog(
        domain="test",
        entities=tuple(entity(name, "id:uuid:PK", "name:string") for name in ("A", "B", "C", "D", "E")),
        relationships=(
            rel("A", ONE_TO_MANY, "B", "has"),
            rel("B", ONE_TO_MANY, "C", "has"),
            rel("C", ONE_TO_MANY, "D", "has"),
        ),
    )


def test_render_erd_draws_only_relationships_among_the_chosen_entities():
    text = render_erd(_catalog(), ErdSpec("s", "t", "a thing", "gist", ("A", "B", "C", "D")))
    assert text.count(" ||--o{ ") == 3
    assert "    A {\n        uuid id PK\n        string name\n    }" in text


def test_render_erd_rejects_too_few_entities_and_entities_without_relationships():
    with pytest.raises(ValueError, match="at least 4"):
        render_erd(_catalog(), ErdSpec("s", "t", "a thing", "gist", ("A", "B", "C")))
    with pytest.raises(ValueError, match="without a relationship: E"):
        render_erd(_catalog(), ErdSpec("s", "t", "a thing", "gist", ("A", "B", "C", "E")))


@pytest.mark.parametrize("spec", ["full name:string", "name:varchar", "id:uuid:PRIMARY", "Name:string"])
def test_attribute_specs_must_be_single_words_with_known_types_and_keys(spec):
    with pytest.raises(ValueError):
        attr(spec)


def test_entities_need_a_primary_key_and_relationships_a_known_cardinality():
    with pytest.raises(ValueError, match="no PK"):
        entity("X", "name:string")
    with pytest.raises(ValueError, match="cardinality"):
        rel("A", "||--x", "B", "has")
    with pytest.raises(ValueError, match="unknown entity"):
        Catalog("t", (entity("A", "id:uuid:PK"),), (rel("A", ONE_TO_MANY, "Z", "has"),))


# --- architecture, sequence, flowchart -------------------------------------------------------------------------------


def test_architectures_are_flowcharts_with_subgraphs_and_cover_their_styles_technology():
    keywords = {
        "microservices": ["API Gateway", "Envoy", "RabbitMQ", "Kafka"],
        "serverless": ["Lambda", "API Gateway", "DynamoDB", "S3"],
        "event_driven": ["Command API", "Event store", "Event bus", "outbox"],
        "three_tier": ["Presentation", "Application", "Data tier"],
        "cicd": ["GitHub Actions", "docker", "Kubernetes", "Argo"],
        "realtime": ["WebSocket", "Presence", "Chat"],
    }
    for item in of_kind("architecture"):
        text = diagram_of(item)
        assert text.split("\n")[0] in {"flowchart LR", "flowchart TB"}, item.id
        assert text.count("subgraph ") >= 1 and text.count("-->") >= 4, item.id
    for style, words in keywords.items():
        joined = "\n".join(diagram_of(i) for i in of_kind("architecture") if i.style == style).lower()
        assert all(word.lower() in joined for word in words), style


def test_sequence_diagrams_use_autonumber_participants_and_blocks_and_avoid_parser_pitfalls():
    for item in of_kind("sequence"):
        text = diagram_of(item)
        lines = [line.strip() for line in text.split("\n")]
        assert lines[:2] == ["sequenceDiagram", "autonumber"], item.id
        assert any(line.startswith(("participant ", "actor ")) for line in lines), item.id
        assert any(line.split(" ")[0] in {"alt", "opt", "loop", "par"} for line in lines), item.id
        assert re.search(r"(->>|-\)|-->>)[+-]|^\s*(de)?activate ", text, re.MULTILINE), item.id
        for line in lines:
            if ":" in line and re.match(r"^\w+ ?-", line):
                message = line.split(":", 1)[1]
                assert ";" not in message and "#" not in message, (item.id, line)
                assert not re.search(r"\bend\b", message), (item.id, line)


def test_sequence_families_cover_the_strategy_flows():
    titles = " ".join(i.title.lower() for i in of_kind("sequence"))
    for flow in [
        "registration",
        "login",
        "password reset",
        "oauth 2.0",
        "checkout",
        "payment",
        "order confirmation",
        "virus scanning",
        "email",
        "sms",
        "push",
    ]:
        assert flow in titles, flow


def test_flowcharts_have_decisions_and_distinct_topics():
    items = of_kind("flowchart")
    assert len({i.style for i in items}) == len(items)
    for item in items:
        text = diagram_of(item)
        assert re.search(r'\{"[^"]+\?"\}', text), item.id
        assert text.count("-->") >= 6, item.id


# --- code templates --------------------------------------------------------------------------------------------------


def _balanced(code: str) -> bool:
    return all(code.count(a) == code.count(b) for a, b in ("{}", "()", "[]"))


def test_code_templates_look_compilable():
    for item in of_kind("code_template"):
        code = body(item)
        assert _balanced(code), item.id
        if item.language == "csharp":
            assert re.search(r"^namespace [\w.]+$", code, re.MULTILINE), item.id
        else:
            assert re.search(r"^import \{", code, re.MULTILINE), item.id


def test_controllers_inject_imongodbsettings_and_derive_from_the_base_controller():
    for item in (i for i in ITEMS if i.style == "dotnet_controller"):
        code = body(item)
        assert re.search(r"public class (\w+)Controller : BaseApiController", code), item.id
        assert re.search(r"public \w+Controller\(IMongoDBSettings settings\)", code), item.id
        assert "IMongoCollection<" in code and "Dto>" in code
        for verb in ("HttpGet", "HttpPost", "HttpPut", "HttpDelete"):
            assert f"[{verb}" in code, (item.id, verb)


def test_dtos_follow_the_naming_and_bson_conventions():
    for item in (i for i in ITEMS if i.style == "dto"):
        code = body(item)
        assert re.search(r"public class \w+Dto\b", code), item.id
        assert "[BsonId]\n        [BsonRepresentation(BsonType.ObjectId)]" in code
        assert code.count("[BsonElement(") >= 4
        assert "[Required]" in code or "[StringLength(" in code


def test_angular_services_use_httpclient_observables_and_catcherror():
    for item in (i for i in ITEMS if i.style == "angular_service"):
        code = body(item)
        assert "@Injectable({\n  providedIn: 'root'\n})" in code, item.id
        assert "constructor(private http: HttpClient)" in code
        assert re.search(r"Observable<\w+(\[\])?>", code)
        assert ".pipe(" in code and "catchError(this.handleError)" in code


def test_validation_templates_cover_problem_details_middleware_and_angular_validators():
    codes = {item.id: body(item) for item in ITEMS if item.style == "validation"}
    joined = "\n".join(codes.values())
    for needle in (
        "ProblemDetails",
        "InvokeAsync(HttpContext",
        "IValidatableObject",
        "ValidatorFn",
        "AsyncValidator",
        "HttpInterceptorFn",
        "IMongoDBSettings",
        "ValidateOnStart",
    ):
        assert needle in joined, needle
    assert {i.language for i in ITEMS if i.style == "validation"} == {"csharp", "typescript"}


# --- the record ------------------------------------------------------------------------------------------------------


def _valid_fields(**changes) -> dict:
    fields = {
        "id": "erd-test-thing",
        "kind": "erd",
        "domain": "crm",
        "style": "thing",
        "title": "Thing",
        "instructions": ("one", "two", "three"),
        "answer": make_answer("Lead in.", "mermaid", 'erDiagram\n    A ||--o{ B : "has"'),
        "language": "mermaid",
    }
    return {**fields, **changes}


def test_artifact_item_accepts_a_valid_record_and_is_frozen():
    item = ArtifactItem(**_valid_fields())
    assert diagram_of(item) == 'erDiagram\n    A ||--o{ B : "has"'
    with pytest.raises(ValidationError):
        item.title = "changed"


@pytest.mark.parametrize(
    "changes",
    [
        {"extra_field": 1},
        {"instructions": ("one", "two")},
        {"instructions": ("one", "one", "two")},
        {"domain": "fintech"},
        {"kind": "mindmap"},
        {"id": "Not A Slug"},
        {"language": "csharp"},
        {"answer": "no fence at all"},
        {"answer": "Lead.\n\n```mermaid\nerDiagram\n```\n\n```mermaid\nerDiagram\n```"},
        {"answer": "Lead.\n```mermaid\nerDiagram\n```"},
        {"kind": "code_template", "style": "dto"},
    ],
)
def test_artifact_item_rejects_invalid_records(changes):
    with pytest.raises(ValidationError):
        ArtifactItem(**_valid_fields(**changes))


# --- the real parser -------------------------------------------------------------------------------------------------


def test_every_diagram_parses_with_mermaid_js():
    diagrams = [item for item in ITEMS if diagram_of(item) is not None]
    expected_type = {"erd": "er", "sequence": "sequence", "architecture": "flowchart-v2", "flowchart": "flowchart-v2"}
    with MermaidValidator() as validator:  # mandatory: `make test` installs mermaid.js
        results = validator.validate_many(diagram_of(item) for item in diagrams)
    failures = [f"{item.id}: {result.error}" for item, result in zip(diagrams, results, strict=True) if not result.ok]
    assert not failures, "\n".join(failures)
    for item, result in zip(diagrams, results, strict=True):
        assert result.diagram_type == expected_type[item.kind], item.id
        if item.kind == "erd":
            assert result.details["entities"] == len(item.subjects) >= 4, item.id
            assert result.details["relationships"] >= 1
        if item.kind == "architecture":
            assert result.details["subgraphs"] >= 1, item.id
