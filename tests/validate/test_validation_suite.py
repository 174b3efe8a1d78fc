"""Suites: the builtin one from conventions, user files in YAML/JSON, conventions from a manifest."""

from __future__ import annotations

import json

import pytest

from architect_ai.config import DEFAULT_SYSTEM_PROMPT
from architect_ai.data import Convention
from architect_ai.errors import UserError
from architect_ai.validate.assertions import AnswerView, Contains, Regex
from architect_ai.validate.suite import Suite, build_suite, load_conventions, load_suite, load_system_prompt

STRATEGY_PROMPTS = [
    "Create a registration controller with MongoDB",
    "Generate an ERD for an e-commerce system",
    "Show the architecture for a microservices app",
    "Sequence diagram for user authentication",
]


def _labels(suite: Suite, prompt_id: str) -> list[str]:
    prompt = next(p for p in suite.prompts if p.id == prompt_id)
    return [a.describe() for a in prompt.assertions]


def test_builtin_suite_has_the_strategy_prompts_and_one_per_convention(sample_conventions):
    suite = build_suite(sample_conventions)
    assert [p.prompt for p in suite.prompts[:4]] == STRATEGY_PROMPTS
    conventions = [p.id for p in suite.prompts if p.category == "convention"]
    assert len(conventions) == len(sample_conventions) - 1  # controller_suffix: every controller prompt shows it
    assert "convention-controller-suffix" not in conventions
    assert (
        _labels(suite, "convention-mongo-collection-access")[1]
        == "contains one of 'GetCollection<', 'IMongoCollection<'"
    )
    assert _labels(suite, "convention-aspnet-attributes")[1] == "contains one of '[Authorize', '[HttpGet', '[FromBody'"
    assert suite.system == DEFAULT_SYSTEM_PROMPT
    assert _labels(suite, "registration-controller") == [
        "```csharp block",
        "contains one of 'MongoDB', 'IMongoCollection'",
        "uses IMongoDBSettings",
        "derives from BaseApiController",
        "DTOs named XxxDto",
    ]
    assert _labels(suite, "ecommerce-erd") == ["erDiagram diagram", "Mermaid parses", "≥4 entities", "≥3 relationships"]
    assert "≥3 participants" in _labels(suite, "auth-sequence")


def test_builtin_suite_uses_the_repositorys_own_names():
    other = [
        Convention("settings_interface_injection", "", 3, ("IDatabaseSettings",)),
        Convention("controller_base_class", "", 3, ("ApiControllerBase",)),
        Convention("dto_suffix", "", 3, ("Model",)),
        Convention("di_registration", "", 3, ("AddTransient",)),
        Convention("house_logging", "Logs through IAppLogger", 4, ("IAppLogger",)),
        Convention("nameless", "nothing concrete", 1),
    ]
    suite = build_suite(other)
    text = suite.model_dump_json()
    assert "IMongoDBSettings" not in text and "BaseApiController" not in text
    assert "uses IDatabaseSettings" in _labels(suite, "registration-controller")
    assert "derives from ApiControllerBase" in _labels(suite, "convention-controller-base-class")
    assert _labels(suite, "convention-di-registration") == ["registers with AddTransient"]
    assert _labels(suite, "convention-house-logging") == ["contains 'IAppLogger'"]
    assert not any(p.id == "convention-nameless" for p in suite.prompts)
    dto = next(p for p in suite.prompts if p.id == "convention-dto-suffix").assertions[1]
    assert isinstance(dto, Regex)
    assert dto.check(AnswerView("class InvoiceModel {}\nclass LineModel {}")).passed
    assert not dto.check(AnswerView("class InvoiceDto {}\nclass LineDto {}")).passed


def test_without_conventions_the_strategy_prompts_still_check_something():
    suite = build_suite([])
    assert [p.prompt for p in suite.prompts] == STRATEGY_PROMPTS
    assert "declares a controller" in _labels(suite, "registration-controller")


def test_suite_round_trips_through_yaml_and_json(tmp_path, sample_conventions):
    suite = build_suite(sample_conventions)
    as_json = tmp_path / "suite.json"
    as_json.write_text(suite.model_dump_json(), encoding="utf-8")
    assert load_suite(as_json) == suite
    as_yaml = tmp_path / "suite.yaml"
    as_yaml.write_text(
        """
name: mine
system: You are terse.
prompts:
  - id: hello
    prompt: Say hello in C#
    assertions:
      - {type: contains, value: Console.WriteLine}
      - {type: code_block_language, language: csharp}
      - {type: not_contains, value: [Python, print(]}
""",
        encoding="utf-8",
    )
    loaded = load_suite(as_yaml)
    assert loaded.name == "mine" and loaded.system == "You are terse."
    assert isinstance(loaded.prompts[0].assertions[0], Contains)
    assert loaded.assertion_count == 3


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("prompts: [", "is not valid yaml"),
        ("- just a list", "must hold a mapping"),
        ("prompts: []", "prompts: List should have at least 1 item"),
        ("prompts:\n  - {id: a, prompt: x, assertions: [{type: contains, value: y}], colour: red}", "colour"),
        ("prompts:\n  - {id: a, prompt: x, assertions: [{type: psychic}]}", "psychic"),
        (
            "prompts:\n  - {id: a, prompt: x, assertions: [{type: contains, value: y}]}\n"
            "  - {id: a, prompt: z, assertions: [{type: contains, value: y}]}",
            "prompt id 'a' is used twice",
        ),
    ],
)
def test_bad_suite_files_give_one_line(tmp_path, text, message):
    path = tmp_path / "suite.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(UserError) as info:
        load_suite(path)
    assert message in str(info.value)
    assert "\n" not in str(info.value)


def test_missing_suite_file(tmp_path):
    with pytest.raises(UserError, match="does not exist"):
        load_suite(tmp_path / "nope.yaml")


def test_conventions_and_system_prompt_come_from_the_manifest(tmp_path, sample_conventions):
    manifest = {
        "config": {"system_prompt": "You are the house architect."},
        "conventions": [c.to_dict() for c in sample_conventions],
    }
    (tmp_path / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    assert load_conventions(tmp_path) == sample_conventions
    assert load_system_prompt(tmp_path) == "You are the house architect."
    assert load_conventions(tmp_path / "missing") == []
    (tmp_path / "manifest.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(UserError, match="not valid JSON"):
        load_conventions(tmp_path)
