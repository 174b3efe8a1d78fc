"""Datasets from repositories of one language each — Rails, Swift, SQL, Rust, Laravel-ish PHP (#18: every stack the
same depth). Before their spec facts, the first three gave no repository example at all: now each writes unit and
blind spec tasks whose prompts are derivable (no answer path, no verbatim code, no own name when blind), whose facts
are true of their answer, and whose answers parse."""

from __future__ import annotations

import json
import re

import pytest

from architect_ai.config import RunConfig
from architect_ai.generate.code_facts import answer_names, names_any
from architect_ai.pipeline import generate_dataset
from architect_ai.quality.code_validity import CODE_FENCE, parses
from tests.analyze.stacks_more import STACKS_MORE
from tests.repo_factory import make_repo

#: Files each repository must be taught from (unless held out as a test unit), by a unit task; some by a blind spec.
TAUGHT = {
    "RAILS": {
        "app/models/book.rb",
        "app/models/review.rb",
        "app/services/book_importer.rb",
        "app/controllers/books_controller.rb",
        "db/migrate/20240101000000_create_books.rb",
        "config/routes.rb",
    },
    "SWIFT_APP": {
        "Sources/Library/Models/Book.swift",
        "Sources/Library/Services/BookService.swift",
        "Sources/Library/ViewModels/BookListViewModel.swift",
    },
    "SQL_SCHEMA": {
        "db/schema/002_books.sql",
        "db/schema/003_reviews.sql",
        "db/schema/010_views.sql",
        "db/schema/020_functions.sql",
    },
    "RUST_APP": {"src/books.rs", "src/members.rs"},
    "LARAVEL": {
        "app/Http/Controllers/BookController.php",
        "app/Models/Book.php",
        "app/Services/BookService.php",
        "routes/api.php",
        "database/migrations/2024_01_01_000000_create_books_table.php",
    },
}
LANGUAGE = {"RAILS": "ruby", "SWIFT_APP": "swift", "SQL_SCHEMA": "sql", "RUST_APP": "rust", "LARAVEL": "php"}
_TICKED = re.compile(r"`([^`\n]+)`")
_BASES = re.compile(r"derives from or implements ((?:`[^`]+`(?:, )?)+)")


@pytest.fixture(scope="module", params=list(TAUGHT))
def built(request, tmp_path_factory) -> dict:
    tmp = tmp_path_factory.mktemp(request.param.lower())
    repo = make_repo(tmp, STACKS_MORE[request.param])
    result = generate_dataset(RunConfig(repo=str(repo), target=500), out_root=tmp / "out")
    records = [json.loads(line) for line in (result.out_dir / "dataset.jsonl").read_text().splitlines()]
    grounded = [r for r in records if r["metadata"]["domain"] == "repo" and r["metadata"]["category"] != "artifact"]
    held_out = set(result.report.get("held_out", {}).get("files", ()))
    return {"stack": request.param, "grounded": grounded, "report": result.report, "held_out": held_out}


def _path(record) -> str:
    return record["metadata"]["source"].rpartition(":")[0]


def _code(record) -> list[tuple[str, str]]:
    return [(lang, body) for _, lang, body in CODE_FENCE.findall(record["messages"][-1]["content"])]


def _facts_text(record) -> str:
    """The prompt's spec: a unit's first paragraph, a spec's whole text, a sibling's last paragraph (its first
    shows the model sibling, by name and code)."""
    user, template = record["messages"][1]["content"], record["metadata"]["template"]
    if template.startswith("sibling."):
        return user.rsplit("\n\n", 1)[-1]
    return user.split("\n\n", 1)[0]


def _in_code(token: str, code: str) -> bool:
    """A fact's backticked item is in the answer: verbatim with spaces ignored, or as `name: type` both words."""
    bare = lambda text: re.sub(r"\s+", "", text)  # noqa: E731
    if bare(token) in bare(code):
        return True
    field = re.fullmatch(r"(\$?\w+): (.+)", token) or re.fullmatch(r"(\w+)@(\w+)", token)  # `X@index`: X's index
    if field is not None:
        return all(bare(part) in bare(code) for part in field.groups())
    route = re.fullmatch(r"([A-Z]+|apiResource|resource) (/\S*)", token)  # `GET /v1/books`: the verb, each segment
    return route is not None and all(
        part in code
        for part in (
            (route.group(1).lower() if route.group(1).isupper() else route.group(1)) + "(",
            *route.group(2).strip("/").split("/"),
        )
    )


def test_every_file_is_taught_by_a_unit_task_and_a_blind_spec(built) -> None:
    units = {_path(r) for r in built["grounded"] if r["metadata"]["template"].startswith("unit.")}
    blind = {_path(r) for r in built["grounded"] if r["metadata"]["template"].startswith(("spec.", "sibling.spec"))}
    expected = TAUGHT[built["stack"]] - built["held_out"]
    assert len(expected) >= 2 and expected <= units
    assert blind & expected
    assert built["report"]["quality"]["repo_code_examples"] >= 2 * len(expected)


def test_no_prompt_holds_its_answers_path_or_code_and_a_blind_one_not_its_name(built) -> None:
    for record in built["grounded"]:
        if record["metadata"]["template"] == "extra.config":
            continue  # a configuration file is asked for by its file name
        path, user = _path(record), record["messages"][1]["content"]
        assert path and path not in user, record["metadata"]["source"]
        for _, body in _code(record):
            distinctive = [ln.strip() for ln in body.split("\n") if len(ln.strip()) > 30]
            if record["metadata"]["kind"] != "member":
                assert not (len(distinctive) >= 3 and all(ln in user for ln in distinctive)), record["metadata"]
        if record["metadata"]["template"].startswith(("spec.", "sibling.spec")):
            symbols = tuple(re.findall(r"(?:class|module|struct|protocol|TABLE|VIEW|FUNCTION)\s+(\w+)", path))
            assert not names_any(_facts_text(record), answer_names(path, symbols)), record["metadata"]["source"]


def test_every_fact_of_a_prompt_is_true_of_its_answer(built) -> None:
    checked = 0
    for record in built["grounded"]:
        if not record["metadata"]["template"].startswith(("unit.", "spec.", "sibling.spec")):
            continue
        code = "\n".join(body for _, body in _code(record))
        facts = _facts_text(record)
        tokens = _TICKED.findall(facts)
        if record["metadata"]["template"].startswith("unit."):
            tokens = tokens[1:]  # the unit's name, by which its task asks for it (a migration's file stem)
        for token in tokens:
            assert _in_code(token, code), (token, record["metadata"]["source"])
            checked += 1
        for group in _BASES.findall(facts):  # a base is named on the answer's declaration line
            for base in _TICKED.findall(group):
                short = re.split(r"[<(]", base)[0].rsplit("::", 1)[-1]
                declaring = [ln for ln in code.split("\n") if re.search(r"\b(class|struct|impl|protocol)\b", ln)]
                assert any(short in line for line in declaring), (base, record["metadata"]["source"])
    assert checked > 0


def test_every_answer_parses_in_its_language(built) -> None:
    language = LANGUAGE[built["stack"]]
    seen = 0
    for record in built["grounded"]:
        for fence_language, body in _code(record):
            if fence_language == language:
                assert parses(body, language), record["metadata"]["source"]
                seen += 1
    assert seen > 0


@pytest.mark.parametrize(
    ("path", "language", "expected"),
    [
        ("lib/book_spec.rb", "ruby", "test"),
        ("lib/book_test.rb", "ruby", "test"),
        ("app/Feature/BookControllerTest.php", "php", "test"),
        ("Sources/Checks/BookServiceTests.swift", "swift", "test"),
        ("lib/contest.rb", "ruby", "other_ruby"),
        ("app/Latest.php", "php", "other_php"),
    ],
)
def test_ruby_php_and_swift_tests_are_known_by_their_names_outside_test_folders(path, language, expected) -> None:
    from architect_ai.analyze.roles import file_role

    assert file_role(path, "x = 1\n", language) == expected


def test_ruby_and_swift_members_are_asked_by_their_signature_with_the_outline_around_them(built) -> None:
    if built["stack"] not in ("RAILS", "SWIFT_APP"):
        pytest.skip("Rust and PHP members were asked for before (brace outlines)")
    members = [r for r in built["grounded"] if r["metadata"]["kind"] == "member"]
    assert len({r["metadata"]["source"] for r in members}) >= 5
    for record in members:
        user = record["messages"][1]["content"]
        signature = user.split("Its signature:\n\n", 1)[1].split("\n\n", 1)[0].split("\n")[1:-1]
        (_, body), *_ = _code(record)
        assert signature == [body.split("\n")[0].rstrip(" {")], record["metadata"]["source"]  # the head, no body
        rows = [ln.strip() for ln in body.split("\n")[1:] if len(ln.strip()) > 12]
        assert not any(row in user for row in rows), record["metadata"]["source"]
        around = user.split("around it:\n\n", 1)[1].split("\n\n", 1)[0]
        assert ("… end" if built["stack"] == "RAILS" else "{ … }") in around
