"""Issue #15: repository examples a model can learn from — derivable prompts, true premises, whole code, bounded
repetition, the builtin share held — on fixture repositories of four stacks (C#, TypeScript, Java, Python)."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from architect_ai.config import RunConfig
from architect_ai.pipeline import generate_dataset
from architect_ai.quality.code_validity import CodeGate, parses, safe_sample_values
from architect_ai.quality.grounding import house_vocabulary
from tests.analyze import stacks
from tests.repo_factory import make_repo

STACKS = ["DOTNET_MEDIATR", "NESTJS", "SPRING_JPA", "FASTAPI_SQLMODEL"]
FENCE = re.compile(r"^(`{3,})(\w*)\n(.*?)\n\1$", re.S | re.M)
#: Words a prompt may use only where the repository shows them.
PREMISES = {"MongoDB": "Mongo", "BSON": "Bson", "Angular": "@angular", ".NET": ".cs", "DTO": "Dto"}


@pytest.fixture(scope="module", params=STACKS)
def built(request, tmp_path_factory) -> dict:
    tmp = tmp_path_factory.mktemp(request.param.lower())
    files = getattr(stacks, request.param)
    repo = make_repo(tmp, files)
    result = generate_dataset(RunConfig(repo=str(repo), target=500), out_root=tmp / "out")
    records = [json.loads(line) for line in (result.out_dir / "dataset.jsonl").read_text().splitlines()]
    grounded = [r for r in records if r["metadata"]["domain"] == "repo" and r["metadata"]["category"] != "artifact"]
    return {"files": files, "records": records, "grounded": grounded, "report": result.report, "repo": repo}


def _code(record) -> list[tuple[str, str]]:
    return [(lang, body) for _, lang, body in FENCE.findall(record["messages"][-1]["content"]) if lang != "mermaid"]


def test_no_prompt_holds_its_answers_path_lines_or_code(built) -> None:
    assert built["grounded"]
    for record in built["grounded"]:
        path, _, lines = record["metadata"]["source"].rpartition(":")
        user = record["messages"][1]["content"]
        if not path:
            continue  # a repo-wide diagram: no one file is its answer
        assert path not in user, record["metadata"]["source"]
        assert f"lines {lines.replace('-', '–')}" not in user
        for _, body in _code(record):
            distinctive = [
                ln.strip() for ln in body.split("\n") if len(ln.strip()) > 30 and not ln.strip().startswith("import")
            ]
            if record["metadata"]["kind"] != "member":  # a member's own signature line is its spec
                assert not (len(distinctive) >= 3 and all(ln in user for ln in distinctive)), record["metadata"]


def test_answer_identifiers_are_in_the_prompt_or_house_vocabulary(built) -> None:
    quality = built["report"]["quality"]
    assert quality["repo_code_examples"] > 0
    assert quality["derivable_share"] >= 0.6
    assert quality["self_reference_share"] <= 0.05


def test_no_answer_stands_under_more_than_three_prompts(built) -> None:
    per_answer = Counter(r["messages"][-1]["content"] for r in built["grounded"])
    assert max(per_answer.values()) <= 3
    assert built["report"]["quality"]["max_prompts_per_answer"] <= 3
    per_prompt: dict[str, set[str]] = {}
    for record in built["records"]:
        per_prompt.setdefault(record["messages"][1]["content"], set()).add(record["messages"][-1]["content"])
    assert all(len(answers) == 1 for answers in per_prompt.values())  # one prompt, one answer


def test_prompts_never_name_a_technology_the_repository_does_not_show(built) -> None:
    corpus = "\n".join(f"{path}\n{text}" for path, text in built["files"].items() if isinstance(text, str))
    for word, evidence in PREMISES.items():
        if evidence in corpus:
            continue
        for record in built["grounded"]:
            assert word not in record["messages"][1]["content"], (word, record["metadata"]["source"])


def test_every_code_answer_parses_and_holds_no_placeholder(built) -> None:
    for record in built["grounded"]:
        answer = record["messages"][-1]["content"]
        assert "<REDACTED" not in answer
        for language, body in _code(record):
            if language in ("csharp", "typescript", "java", "python"):
                assert parses(body, language), record["metadata"]["source"]


def test_the_builtin_share_holds_against_what_is_written(built) -> None:
    counts = built["report"]["counts"]
    assert counts["builtin_share"] <= 0.4 + 1e-9
    prefix = built["records"][:200]  # every prefix keeps the bound (the nested subsets are prefixes)
    builtin = sum(r["metadata"]["source"].startswith("builtin:") for r in prefix)
    assert builtin <= 0.4 * len(prefix) + 1


def test_a_small_repository_is_told_its_recommended_target(built) -> None:
    if built["report"]["reached"]:
        pytest.skip("the repository filled the target")
    assert any("recommended target" in message for message in built["report"]["messages"])


def test_a_secret_in_a_string_becomes_a_sample_value_and_a_bare_one_drops_the_example() -> None:
    text, count = safe_sample_values('var conn = "Server=db;Password=<REDACTED:password>";\nkey = <REDACTED:api_key>')
    assert count == 1
    assert 'Password=change-me";' in text and "<REDACTED:api_key>" in text
    commented, count = safe_sample_values("// Owner: <REDACTED:email>\nhost = '<REDACTED:private_ip>'")
    assert (commented, count) == ("// Owner: user@example.com\nhost = '192.0.2.10'", 2)
    assert parses('class A { string p = "change-me"; }', "csharp")
    assert not parses("class A { string p = <REDACTED:password>; }", "csharp")
    assert not parses("public void Cut(int a) {\n  if (a > 0) {\n    return;\n", "java")  # cut mid-method
    assert parses("public void Whole(int a) {\n  return;\n}", "java")  # a member alone, whole


def test_a_secret_committed_into_code_reaches_no_output_and_the_code_stays_valid(tmp_path: Path) -> None:
    secret = "sk_live_9fQ2xR7vL0pT4mZ8kW3nB6yH"
    files = dict(stacks.DOTNET_MEDIATR)
    files["src/Web/Payments/PaymentClient.cs"] = (
        "namespace Web.Payments;\n\npublic class PaymentClient\n{\n"
        f'    private const string ApiKey = "{secret}";\n\n'
        '    public string Header() => $"Bearer {ApiKey}";\n}\n'
    )
    repo = make_repo(tmp_path, files)
    result = generate_dataset(RunConfig(repo=str(repo), target=500), out_root=tmp_path / "out")
    for path in result.out_dir.rglob("*"):
        if path.is_file():
            text = path.read_text(encoding="utf-8", errors="replace")
            assert secret not in text, path
    records = [json.loads(line) for line in (result.out_dir / "dataset.jsonl").read_text().splitlines()]
    for record in records:
        assert "<REDACTED" not in record["messages"][-1]["content"]
    taught = [
        r for r in records if "PaymentClient" in r["messages"][-1]["content"] and r["metadata"]["domain"] == "repo"
    ]
    assert any('ApiKey = "change-me"' in r["messages"][-1]["content"] for r in taught)
    assert result.report["quality"]["secrets_as_sample_values"] >= 1


def test_code_gate_counts_what_it_makes_safe() -> None:
    from architect_ai.data import Example, chat

    gate = CodeGate()
    example = Example(
        chat("s", "q", '`a.cs`\n\n```csharp\nclass A { string p = "<REDACTED:password>"; }\n```'),
        "user_code", "k", "repo", "a.cs:1-1", "t", "g",
    )  # fmt: skip
    prepared = gate.prepare(example)
    assert gate.safe_values == 1 and gate.check(prepared) is None
    assert "change-me" in prepared.assistant and prepared.id != example.id


def test_house_vocabulary_counts_files_not_occurrences_and_holds_imported_names() -> None:
    two = [(f"f{i}.cs", "Shared Shared Shared") for i in range(2)]
    assert "Shared" not in house_vocabulary(two)
    assert "Shared" in house_vocabulary([*two, ("f2.cs", "Shared")])
    assert "Injectable" in house_vocabulary([("a.ts", "import { Injectable } from '@angular/core';")])


def test_a_property_only_csharp_class_is_specified_by_its_public_properties() -> None:
    from architect_ai.generate.code_facts import csharp_properties

    text = (
        'public class JwtSettings\n{\n    public const string SectionName = "Jwt";\n'
        "    public string Issuer { get; set; } = string.Empty;\n    public int ExpiryMinutes { get; set; } = 60;\n"
        "    private string Hidden { get; set; }\n    string Declared { get; }\n}\n"
    )
    assert csharp_properties(text) == ["`Issuer: string`", "`ExpiryMinutes: int` (default `60`)", "`Declared: string`"]


def test_a_java_data_class_is_specified_by_its_instance_fields() -> None:
    from architect_ai.generate.code_facts import java_fields

    text = (
        "@Getter\n@AllArgsConstructor\npublic class FieldErrorResource {\n  private String resource;\n"
        "  @NotBlank private String field;\n  private static final int LIMIT = 3;\n  public List<String> codes = x;\n}\n"
    )
    assert java_fields(text) == ["`resource: String`", "`field: String`", "`codes: List<String>`"]


def test_a_test_is_asked_for_the_unit_it_is_named_after_and_never_a_guess(tmp_path: Path) -> None:
    files = {
        "src/core/Comment.java": "package core;\n\npublic class Comment {\n  private String body;\n}\n",
        "src/infra/MyBatisCommentRepository.java": "package infra;\n\nimport core.Comment;\n\n"
        "public class MyBatisCommentRepository {\n  public void save(Comment comment) {\n    store(comment);\n  }\n}\n",
        "src/test/infra/MyBatisCommentRepositoryTest.java": "package infra;\n\nimport core.Comment;\n\n"
        "public class MyBatisCommentRepositoryTest {\n  @Test\n  public void saves() {\n"
        "    new MyBatisCommentRepository().save(new Comment());\n  }\n}\n",
        "src/test/infra/HelperBase.java": "package infra;\n\nimport core.Comment;\n\n"
        "public abstract class HelperBase {\n  protected Comment comment = new Comment();\n}\n",
    }
    repo = make_repo(tmp_path, files)
    result = generate_dataset(RunConfig(repo=str(repo), target=500), out_root=tmp_path / "out")
    records = [json.loads(line) for line in (result.out_dir / "dataset.jsonl").read_text().splitlines()]
    tests = {
        r["metadata"]["source"].split(":")[0]: r["messages"][1]["content"]
        for r in records
        if r["metadata"]["template"] == "extra.test"
    }
    assert "`MyBatisCommentRepository`" in tests["src/test/infra/MyBatisCommentRepositoryTest.java"]
    assert "src/test/infra/HelperBase.java" not in tests  # named after no unit: no task that guesses one


def test_a_meeting_asks_for_a_repo_diagram_by_its_subject_never_by_its_spliced_request(built) -> None:
    diagrams = [
        r for r in built["grounded"] if r["metadata"]["kind"] in ("repo_erd", "repo_sequence", "repo_architecture")
    ]
    meetings = [r for r in built["grounded"] if r["metadata"]["kind"] == "meeting_context"]
    requests = {r["messages"][1]["content"].split("\n")[0].rstrip("?.!") for r in diagrams}
    for meeting in meetings:
        assert not any(request in meeting["messages"][1]["content"] for request in requests), meeting["metadata"]


def test_python_statements_are_neither_fields_nor_declarations() -> None:
    from architect_ai.data import Chunk
    from architect_ai.generate.code_facts_lang import python_facts
    from architect_ai.generate.outline import outline

    module = (
        "async def check_taken(repo, name: str) -> bool:\n    try:\n        await repo.get(name=name)\n"
        "    except Missing:\n        return False\n    return True\n"
    )
    chunk = Chunk("app/auth.py", 1, 6, module, "python", "other_python", "auth", "file")
    assert python_facts(chunk)[1] == []
    assert "try" not in outline(chunk)
    repo = (
        "class CommentsRepository(BaseRepository):\n    async def get(\n        self,\n        *,\n"
        "        comment_id: int,\n    ) -> Comment:\n        return await self._fetch(comment_id)\n"
    )
    shown = outline(Chunk("r.py", 1, 7, repo, "python", "r", "CommentsRepository", "file"))
    assert shown.splitlines()[1] == "    async def get(self, *, comment_id: int) -> Comment: ..."
    model = "class User(Base):\n    name: str\n    email: str = ''\n"
    assert python_facts(Chunk("m.py", 1, 3, model, "python", "r", "User", "file"))[1] == ["`name: str`", "`email: str`"]


def test_a_java_interface_is_specified_by_its_abstract_methods() -> None:
    from architect_ai.data import Chunk
    from architect_ai.generate.code_facts_lang import java_facts

    text = (
        "package core;\n\n@Service\npublic interface JwtService {\n  String toToken(User user);\n\n"
        "  Optional<String> getSubFromToken(String token);\n}\n"
    )
    chunk = Chunk("JwtService.java", 1, 8, text, "java", "spring_service", "JwtService", "file")
    assert java_facts(chunk, {"JwtService"})[3] == [
        "String toToken(User user)",
        "Optional<String> getSubFromToken(String token)",
    ]


def test_a_unit_task_keeps_facts_that_name_its_own_module_and_multi_line_python_methods() -> None:
    from architect_ai.data import Chunk
    from architect_ai.generate.code_facts import spec_facts

    schema = "from typing import List\n\nfrom pydantic import BaseModel\n\n\nclass TagsInList(BaseModel):\n    tags: List[str]\n"
    chunk = Chunk("app/schemas/tags.py", 1, 7, schema, "python", "python_schema", "tags", "file")
    assert "holds the fields `tags: List[str]`" in spec_facts(chunk, None, blind=False)
    assert not any("tags: List" in fact for fact in spec_facts(chunk, None))  # a blind spec must not give it away
    repo = (
        "class UsersRepository(BaseRepository):\n    async def create_user(\n        self,\n        *,\n"
        "        username: str,\n    ) -> User:\n        return await self.save(username)\n"
    )
    facts = spec_facts(Chunk("app/users.py", 1, 7, repo, "python", "r", "UsersRepository", "file"), None, blind=False)
    assert any("`create_user(*, username: str) -> User`" in fact for fact in facts)


def test_a_configuration_file_is_specified_by_its_top_level_keys_or_not_asked_for() -> None:
    from architect_ai.generate.tasks import config_facts

    assert config_facts('{"Logging": {}, "MongoDBSettings": {"DatabaseName": "x"}}', "json") == [
        "sets `Logging`, `MongoDBSettings`"
    ]
    assert config_facts("name: Styles\non:\n  push: {}\njobs:\n  lint: {}\n", "yaml") == ["sets `name`, `on`, `jobs`"]
    assert config_facts("// a comment\n{ }", "json") == []  # unreadable: no spec, so no task


def test_the_report_says_what_the_repository_supports_and_what_was_not_read_as_code(tmp_path: Path) -> None:
    files = dict(stacks.NESTJS)
    files["tools/health/main.go"] = (
        'package main\n\nimport "fmt"\n\n// Ping reports the service health.\nfunc Ping(name string) string {\n'
        '\treturn fmt.Sprintf("%s ok", name)\n}\n\nfunc main() {\n\tfmt.Println(Ping("api"))\n}\n'
    )
    files["tools/probe/src/main.rs"] = 'fn main() {\n    println!("ok");\n}\n'
    files["tools/native/probe.c"] = '#include <stdio.h>\n\nint main(void) {\n    puts("ok");\n    return 0;\n}\n'
    repo = make_repo(tmp_path, files)
    result = generate_dataset(RunConfig(repo=str(repo), target=500), out_root=tmp_path / "out")
    support = result.report["support"]
    # Go and Rust have a grammar now (#18): read structurally; C has none: read only as text, not taught, said so.
    assert support["unread_files"] == {"c": 1}
    reading = support["reading"]
    assert reading["structural"] == {"go": 1, "rust": 1, "typescript": 4} and reading["text_only"] == {"c": 1}
    assert reading["languages"]["go"]["chunks"] == "declarations" and "gin" in reading["languages"]["go"]["detectors"]
    assert (
        "1 go file" in reading["summary"]
        and "read only as text" in reading["summary"]
        and "1 c file" in reading["summary"]
    )
    total, builtin = result.report["counts"]["total"], result.report["counts"]["builtin_examples"]
    assert support["repository_examples"] == total - builtin
    assert support["generic_share"] == round(builtin / total, 4)
    assert any("Not read as code" in m and "1 c file" in m for m in result.messages)
    assert not any("go file" in m for m in result.messages)


def test_an_autowired_field_is_said_to_be_injected_into_a_field_never_through_the_constructor() -> None:
    from architect_ai.data import Chunk
    from architect_ai.generate.code_facts import spec_facts

    validator = (
        "package app;\n\npublic class DuplicatedEmailValidator\n    implements ConstraintValidator<DuplicatedEmailConstraint,"
        " String> {\n\n  @Autowired private UserRepository userRepository;\n\n  @Override\n"
        "  public boolean isValid(String value, ConstraintValidatorContext context) {\n"
        "    return !userRepository.findByEmail(value).isPresent();\n  }\n}\n"
    )
    chunk = Chunk(
        "DuplicatedEmailValidator.java", 1, 12, validator, "java", "other_java", "DuplicatedEmailValidator", "file"
    )
    facts = spec_facts(chunk, None, blind=False)
    assert "has `UserRepository` injected into `@Autowired` fields" in facts
    assert not any("through its constructor" in fact for fact in facts)
    service = (
        "package app;\n\n@Service\npublic class TagService {\n  private final TagRepository tags;\n\n"
        "  public TagService(TagRepository tags) {\n    this.tags = tags;\n  }\n}\n"
    )
    chunk = Chunk("TagService.java", 1, 10, service, "java", "spring_service", "TagService", "file")
    assert "takes `TagRepository` through its constructor" in spec_facts(chunk, None, blind=False)


def test_a_conftest_is_no_units_tests() -> None:
    from architect_ai.data import Chunk
    from architect_ai.generate.tasks import TaskContext, _tested_unit

    settings = Chunk(
        "app/core/settings/test.py",
        1,
        3,
        "class TestAppSettings(AppSettings):\n    debug: bool = True\n",
        "python",
        "other_python",
        "test",
        "file",
    )
    conftest = Chunk(
        "tests/conftest.py",
        1,
        3,
        "import pytest\n\n@pytest.fixture\ndef app(): ...\n",
        "python",
        "test",
        "conftest",
        "file",
    )
    named = Chunk("tests/test_settings.py", 1, 2, "def test_debug(): ...\n", "python", "test", "test_settings", "file")
    context = TaskContext.of([settings], None, (), "")
    assert _tested_unit(conftest, context) is None  # `conftest` holds `test`, but tests no unit of that name
    assert _tested_unit(named, context) is None  # about `settings`: the unit called `test` is not its subject
    errors = Chunk(
        "tests/test_api/test_422_error.py", 1, 2, "def test_422(): ...\n", "python", "test", "test_422_error", "file"
    )
    assert _tested_unit(errors, context) is None
    repository = Chunk(
        "app/db/users.py", 1, 2, "class UsersRepository: ...\n", "python", "other_python", "UsersRepository", "file"
    )
    java_test = Chunk(
        "UsersRepositoryTest.java",
        1,
        2,
        "class UsersRepositoryTest {}\n",
        "java",
        "test",
        "UsersRepositoryTest",
        "file",
    )
    assert _tested_unit(java_test, TaskContext.of([repository], None, (), "")) is repository
