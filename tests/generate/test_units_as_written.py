"""Issue #15, found grading fastapi-realworld and spring-boot-realworld: a Python unit is asked for by its class, a
module of several things as a module with each class's own fields; FastAPI's `Depends()` is no constructor; a Java
parameter's annotation arguments never garble a signature; a test is asked for the namesake its folders mirror; a
FastAPI back end draws its repositories; a commit feature's request names every file its answer holds."""

from __future__ import annotations

import json
from pathlib import Path

import git

from architect_ai.analyze.python_module import main_symbol
from architect_ai.analyze.structure_facts import FileFacts
from architect_ai.analyze.structure_fastapi import read_fastapi
from architect_ai.config import RunConfig
from architect_ai.data import Chunk
from architect_ai.generate.code_facts import spec_facts
from architect_ai.generate.tasks import TaskContext, _tested_unit, unit_label
from architect_ai.pipeline import generate_dataset
from tests.repo_factory import make_repo

TAGS = (
    "from typing import List\n\nfrom pydantic import BaseModel\n\n\nclass TagsInList(BaseModel):\n    tags: List[str]\n"
)
USERS = (
    "from pydantic import BaseModel\n\n\nclass UserInLogin(BaseModel):\n    email: str\n    password: str\n\n\n"
    "class UserInCreate(UserInLogin):\n    username: str\n"
)
AUTH = (
    "from fastapi import Depends\n\n\nclass RWAPIKeyHeader(APIKeyHeader):\n    pass\n\n\n"
    "def _get_authorization_header(\n    api_key: str = Security(RWAPIKeyHeader(name='Authorization')),\n"
    "    settings: AppSettings = Depends(get_app_settings),\n) -> str:\n    return api_key\n"
)


def _python(path: str, text: str, role: str = "other_python") -> Chunk:
    return Chunk(path, 1, text.count("\n") + 1, text, "python", role, main_symbol(text, Path(path).stem), "file")


def test_a_python_module_with_one_class_is_that_class_and_one_with_several_is_a_module() -> None:
    assert main_symbol(TAGS, "tags") == "TagsInList"
    assert main_symbol(USERS, "users") == "users"
    assert main_symbol("class UserRepository:\n    pass\n\n\ndef helper():\n    pass\n", "user_repository") == (
        "UserRepository"
    )
    assert main_symbol("def broken(:\n", "broken") == "broken"
    schema = _python("app/models/schemas/users.py", USERS, "python_schema")
    assert unit_label(schema) == "pydantic schema module"
    assert unit_label(_python("app/services/auth.py", "def check(x):\n    return x\n")) == "Python module"
    assert unit_label(_python("app/models/schemas/tags.py", TAGS, "python_schema")) == "pydantic schema"
    facts = spec_facts(schema, None, blind=False)
    declared = next(f for f in facts if f.startswith("declares "))
    assert "`UserInLogin(BaseModel)` with `email: str`, `password: str`" in declared
    assert "`UserInCreate(UserInLogin)` with `username: str`" in declared
    assert not any(f.startswith("holds the fields") for f in facts)  # pooled fields would describe no one class


def test_fastapi_dependencies_are_taken_through_depends_and_parameters_are_no_fields() -> None:
    facts = spec_facts(_python("app/api/dependencies/authentication.py", AUTH), None, blind=False)
    assert "takes `get_app_settings` through `Depends()`" in facts
    assert not any("through its constructor" in f for f in facts)
    assert not any("api_key" in f or "settings: AppSettings" in f for f in facts if f.startswith("holds the fields"))


def test_a_java_parameter_annotation_with_arguments_keeps_the_signature_whole() -> None:
    api = (
        'package io.spring.api;\n\n@RestController\n@RequestMapping(path = "/articles/{slug}")\n'
        "public class ArticleApi {\n  @GetMapping\n  public ResponseEntity<?> article(\n"
        '      @PathVariable("slug") String slug, @AuthenticationPrincipal User user) {\n'
        "    return ResponseEntity.ok(slug);\n  }\n}\n"
    )
    chunk = Chunk("ArticleApi.java", 1, 12, api, "java", "spring_controller", "ArticleApi", "file")
    exposes = next(f for f in spec_facts(chunk, None, blind=False) if f.startswith("exposes "))
    assert "`ResponseEntity<?> article(String slug, User user)`" in exposes
    assert '("slug"' not in exposes


def test_a_test_is_asked_for_the_namesake_its_folders_mirror() -> None:
    routes = _python("app/api/routes/comments.py", "from fastapi import APIRouter\n\nrouter = APIRouter()\n\n\n"
                     "def list_comments() -> list:\n    return []\n", "python_router")  # fmt: skip
    dependencies = _python("app/api/dependencies/comments.py", "def get_comment(comment_id: int) -> int:\n"
                           "    return comment_id\n")  # fmt: skip
    services = _python("app/services/comments.py", "def can_modify(comment, user) -> bool:\n    return True\n")
    test = _python("tests/test_api/test_routes/test_comments.py", "def test_list(client):\n    assert client\n", "test")
    for order in ([dependencies, services, routes, test], [services, routes, dependencies, test]):
        ctx = TaskContext.of(order, None, (), "system")
        assert _tested_unit(test, ctx) is routes, [c.path for c in order]


FASTAPI_REPO = {
    "app/db/repositories/base.py": "class BaseRepository:\n    def __init__(self, conn):\n        self._conn = conn\n",
    "app/db/repositories/articles.py": "from app.db.repositories.base import BaseRepository\n\n\n"
    "class ArticlesRepository(BaseRepository):\n    async def get_article_by_slug(self, *, slug: str):\n"
    "        return await self._conn.fetchrow(slug)\n",
    "app/api/routes/articles.py": "from fastapi import APIRouter, Depends\n\n"
    "from app.db.repositories.articles import ArticlesRepository\n\nrouter = APIRouter()\n\n\n"
    '@router.get("/articles/{slug}")\nasync def retrieve_article(\n    slug: str,\n'
    "    articles_repo: ArticlesRepository = Depends(get_repository(ArticlesRepository)),\n) -> dict:\n"
    "    return await articles_repo.get_article_by_slug(slug=slug)\n",
}


def test_a_fastapi_back_end_draws_the_repositories_its_endpoints_call() -> None:
    facts = FileFacts()
    for path, text in FASTAPI_REPO.items():
        read_fastapi(path, text, "python_router", facts)
    assert [c.name for c in facts.classes if c.kind == "repository"] == ["BaseRepository", "ArticlesRepository"]
    endpoint = next(e for e in facts.endpoints if e.route == "/articles/{slug}")
    assert [(c.method, c.target) for c in endpoint.calls] == [("get_article_by_slug", "ArticlesRepository")]


def test_a_fastapi_architecture_says_and_draws_routers_and_repositories(tmp_path: Path) -> None:
    files = dict(FASTAPI_REPO)
    files["docker-compose.yml"] = "services:\n  db:\n    image: postgres:15\n"
    repo = make_repo(tmp_path, files)
    result = generate_dataset(RunConfig(repo=str(repo), target=500, test_fraction=0), out_root=tmp_path / "out")
    records = [json.loads(line) for line in (result.out_dir / "dataset.jsonl").read_text().splitlines()]
    drawn = [r["messages"][-1]["content"] for r in records if r["metadata"]["kind"] == "repo_architecture"]
    assert drawn, "no architecture was drawn"
    assert "the API routers and their repositories" in drawn[0]
    assert "api_articles --> svc_ArticlesRepository" in drawn[0]


def test_a_commit_features_request_names_the_changed_files_its_answer_holds(tmp_path: Path) -> None:
    start = {
        "app/models/article.py": "from pydantic import BaseModel\n\n\nclass Article(BaseModel):\n    title: str\n",
    }
    repo_dir = make_repo(tmp_path, start)
    repo = git.Repo(repo_dir)
    (repo_dir / "app/models/dtconfig.py").write_text(
        "from pydantic import BaseConfig\n\n\nclass ISODatetimeConfig(BaseConfig):\n    json_encoders = {}\n"
    )
    (repo_dir / "app/models/article.py").write_text(
        "from pydantic import BaseModel\n\nfrom .dtconfig import ISODatetimeConfig\n\n\n"
        "class Article(BaseModel):\n    title: str\n\n    class Config(ISODatetimeConfig):\n        pass\n"
    )
    repo.git.add(A=True)
    repo.index.commit("Send dates as ISO strings")
    result = generate_dataset(RunConfig(repo=str(repo_dir), target=500, test_fraction=0), out_root=tmp_path / "out")
    records = [json.loads(line) for line in (result.out_dir / "dataset.jsonl").read_text().splitlines()]
    features = [r for r in records if r["metadata"]["kind"] == "commit_feature"]
    assert features, "the commit gave no feature example"
    for record in features:
        user, answer = record["messages"][1]["content"], record["messages"][-1]["content"]
        for path in ("app/models/dtconfig.py", "app/models/article.py"):
            assert (f"`{path}`" in user) == (f"`{path}`" in answer), path


def test_a_base_class_and_its_subclass_are_never_offered_as_siblings() -> None:
    from architect_ai.generate.transfer import derives_from, sibling_examples

    base = _python("app/db/repositories/base.py", "class BaseRepository:\n    def __init__(self, conn):\n"
                   "        self._conn = conn\n", "repository")  # fmt: skip
    profiles = _python("app/db/repositories/profiles.py", "class ProfilesRepository(BaseRepository):\n"
                       "    async def follow(self, *, user: str) -> None:\n        await self._conn.execute(user)\n",
                       "repository")  # fmt: skip
    tags = _python("app/db/repositories/tags.py", "class TagsRepository(BaseRepository):\n"
                   "    async def all_tags(self) -> list:\n        return await self._conn.fetch()\n",
                   "repository")  # fmt: skip
    assert derives_from(profiles, base) and not derives_from(base, profiles) and not derives_from(tags, profiles)
    pairs = {
        (e.source, e.messages[1].content.split("`", 2)[1])
        for e in sibling_examples([base, profiles, tags], None, system_prompt="s")
    }
    assert pairs, "the two repositories are siblings"
    assert all("base.py" not in source and model != "BaseRepository" for source, model in pairs), pairs


def test_a_java_file_of_two_classes_is_specified_per_class() -> None:
    service = (
        "package app;\n\n@Service\npublic class UserService {\n  private UserRepository users;\n\n"
        "  public UserService(UserRepository users) {\n    this.users = users;\n  }\n\n"
        "  public User createUser(RegisterParam param) {\n    return users.save(param);\n  }\n}\n\n"
        "class UpdateUserValidator implements ConstraintValidator<UpdateUserConstraint, UpdateUserCommand> {\n"
        "  @Override\n  public boolean isValid(UpdateUserCommand value, ConstraintValidatorContext context) {\n"
        "    return true;\n  }\n}\n"
    )
    chunk = Chunk("UserService.java", 1, 20, service, "java", "spring_service", "UserService", "file")
    facts = spec_facts(chunk, None, blind=False)
    assert not any(f.startswith("derives from") for f in facts)  # the validator's base is not the service's
    assert "also declares `UpdateUserValidator` (extending or implementing " in " ".join(facts)
    exposes = next(f for f in facts if f.startswith("exposes "))
    assert "createUser" in exposes and "isValid" not in exposes
    assert "takes `UserRepository` through its constructor" in facts


def test_a_class_too_long_for_one_chunk_is_cut_into_parts_that_no_whole_unit_task_answers_with(tmp_path: Path) -> None:
    from architect_ai.analyze.chunks import chunk_file
    from architect_ai.data import SourceFile

    methods = "".join(
        f"  public String field{i}(String value) {{\n"
        + "".join(f'    String v{j} = value + "{i}-{j}";\n' for j in range(12))
        + "    return value;\n  }\n\n"
        for i in range(30)
    )
    long_class = f"package app;\n\npublic class ArticleDatafetcher {{\n{methods}}}\n"
    short = "package app;\n\npublic class TagDatafetcher {\n  public String tags(String value) {\n    return value;\n  }\n}\n"
    path = "src/main/java/app/ArticleDatafetcher.java"
    units = {c.unit for c in chunk_file(SourceFile(path, long_class, "java", len(long_class)), "other_java")}
    assert "part" in units and "class" not in units and "file" not in units, units
    repo = make_repo(tmp_path, {path: long_class, "src/main/java/app/TagDatafetcher.java": short})
    result = generate_dataset(RunConfig(repo=str(repo), target=500, test_fraction=0), out_root=tmp_path / "out")
    records = [json.loads(line) for line in (result.out_dir / "dataset.jsonl").read_text().splitlines()]
    whole_unit_kinds = ("spec_to_code", "sibling_analogy", "other_java")
    answers = [r for r in records if r["metadata"]["kind"] in whole_unit_kinds]
    assert answers, "the short class is still taught whole"
    for record in answers:
        assert record["metadata"]["source"].startswith("src/main/java/app/TagDatafetcher.java"), record["metadata"]
