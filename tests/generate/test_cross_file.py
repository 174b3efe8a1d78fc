"""Cross-file and pattern-combination examples: verbatim code, the right files, budgets and determinism."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from architect_ai.analyze.roles import file_role
from architect_ai.analyze.structure import StructureCollector
from architect_ai.config import SAMPLE_REPO
from architect_ai.data import SourceFile
from architect_ai.generate.cross_file import (
    ANSWER_BUDGET,
    cross_file_examples,
    pattern_combination_examples,
)
from architect_ai.ingest.files import read_source_file
from tests.generate.mini_repo import FILES, collect, write_repo

SYSTEM = "You are Architect AI."
BLOCK = re.compile(r"^// (?P<path>\S+)\n```(?P<lang>\w+)\n(?P<code>.*?)\n```$", re.S | re.M)


@pytest.fixture(scope="module")
def root(tmp_path_factory) -> Path:
    return write_repo(tmp_path_factory.mktemp("repo"))


@pytest.fixture(scope="module")
def structure(root):
    return collect(root)


def blocks(answer: str) -> list[tuple[str, str]]:
    return [(m["path"], m["code"]) for m in BLOCK.finditer(answer)]


def is_line_slice(code: str, file_text: str) -> bool:
    """`code` is a run of whole lines of the file."""
    return f"\n{code}\n" in f"\n{file_text}\n"


def test_cross_file_answer_quotes_client_action_and_services_verbatim(root, structure):
    examples = [e for e in cross_file_examples(structure, system_prompt=SYSTEM) if "book.service.ts:17-19" in e.group]
    assert examples, "no cross-file example for BookService.getBook"
    answer = examples[0].assistant
    quoted = blocks(answer)
    assert [p for p, _ in quoted] == [
        "client/src/app/services/book.service.ts",
        "server/Shop.Api/Controllers/BooksController.cs",
        "server/Shop.Api/Services/BookService.cs",
        "server/Shop.Api/Repositories/AuthorRepository.cs",
    ]
    for path, code in quoted:
        assert is_line_slice(code, (root / path).read_text(encoding="utf-8")), path
    assert quoted[0][1].strip().startswith("getBook(id: string): Observable<Book>")
    assert '[HttpGet("{id:length(24)}")]' in quoted[1][1] and "GetById(string id)" in quoted[1][1]
    assert "public async Task<BookDto?> GetByIdAsync(string id)" in quoted[2][1]
    assert answer.startswith("`BookService.getBook()` sends `GET /api/books/{id}`")
    assert "`BooksController.GetById`" in answer and "`AuthorRepository.GetAsync`" in answer
    users = {e.user for e in examples}
    assert "How does the Angular `BookService.getBook` reach the API?" in users
    assert len(users) == len(examples) >= 3
    assert {e.group for e in examples} == {examples[0].group}
    assert examples[0].source.count(":") == 4  # path:lines of each quoted block


def test_cross_file_metadata(structure):
    examples = list(cross_file_examples(structure, system_prompt=SYSTEM))
    assert len({e.group for e in examples}) == 3  # one per client call → action path
    for e in examples:
        assert (e.category, e.kind, e.domain, e.conventions) == ("sweep", "cross_file", "repo", ())
        assert re.fullmatch(r"cross_file\.(client|endpoint)\.\d", e.template)
        assert len(e.assistant) <= ANSWER_BUDGET


def test_feature_slices_show_an_existing_feature_verbatim_without_renaming(root, structure):
    examples = list(pattern_combination_examples(structure, system_prompt=SYSTEM))
    assert examples
    assert {e.group for e in examples} == {"feature:Book"}
    assert len({e.user for e in examples}) == len(examples)  # one prompt, one answer
    first = examples[0]
    assert first.assistant.startswith("The `Book` feature is built from these files:")
    assert "`BookService.getBooks()` → `GET /api/books`" in first.assistant or "→ `BooksController." in first.assistant
    assert "→" in first.assistant and "Invoice" not in first.assistant
    paths = [p for p, _ in blocks(first.assistant)]
    assert paths[:4] == [
        "server/Shop.Api/Controllers/BooksController.cs",
        "server/Shop.Api/Services/BookService.cs",
        "server/Shop.Api/Services/IBookService.cs",
        "server/Shop.Api/Dtos/BookDto.cs",
    ]
    assert {
        "server/Shop.Api/Models/Book.cs",
        "client/src/app/services/book.service.ts",
        "client/src/app/models/book.ts",
    } <= set(paths)
    for path, code in blocks(first.assistant):  # whole files, verbatim
        assert code == (root / path).read_text(encoding="utf-8").rstrip("\n"), path
    for e in examples:
        assert (e.category, e.kind, e.domain) == ("sweep", "pattern_combination", "repo")
        assert e.template.startswith("feature_slice.") and "Book" in e.user
        assert len(e.assistant) <= ANSWER_BUDGET


def test_pattern_combination_trims_to_the_budget(tmp_path):
    """A controller too big to quote whole is cut to files and methods that fit, still verbatim."""
    actions = "\n".join(
        f'    [HttpGet("r{i}")]\n    public IActionResult Action{i}() {{\n        return Ok(_svc.Run{i}("{"x" * 300}"));\n    }}\n'
        for i in range(60)
    )
    controller = (
        '[ApiController]\n[Route("api/[controller]")]\npublic class WidgetsController : ControllerBase\n{\n'
        "    private readonly WidgetService _svc;\n\n" + actions + "}\n"
    )
    service = (
        "public class WidgetService\n{\n"
        + "".join(f"    public string Run{i}(string s) => s;\n" for i in range(60))
        + "}\n"
    )
    model = 'public class Widget\n{\n    public string Id { get; set; } = "";\n}\n'
    collector = StructureCollector()
    for path, text, role in (
        ("Controllers/WidgetsController.cs", controller, "dotnet_controller"),
        ("Services/WidgetService.cs", service, "dotnet_service"),
        ("Models/Widget.cs", model, "dotnet_model"),
    ):
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text(text, encoding="utf-8")
        collector.add(SourceFile(path, text, "csharp", len(text)), role)
    examples = list(pattern_combination_examples(collector.result(), system_prompt=SYSTEM))
    assert examples
    for e in examples:
        assert len(e.assistant) <= ANSWER_BUDGET
        quoted = blocks(e.assistant)
        assert [p for p, _ in quoted][:1] == ["Controllers/WidgetsController.cs"]
        assert len(quoted[0][1]) < len(controller)  # cut down to an excerpt
        for path, code in quoted:
            assert is_line_slice(code, (tmp_path / path).read_text(encoding="utf-8"))


def test_two_runs_give_identical_output(root):
    def run(order):
        structure = collect(root, order)
        return [
            e.to_json()
            for e in (
                *cross_file_examples(structure, system_prompt=SYSTEM),
                *pattern_combination_examples(structure, system_prompt=SYSTEM),
            )
        ]

    assert run(sorted(FILES)) == run(sorted(FILES, reverse=True))


@pytest.mark.skipif(not (SAMPLE_REPO / "server").is_dir(), reason="sample project not present")
def test_sample_project_answers_are_verbatim_and_within_budget():
    collector = StructureCollector()
    for path in sorted(p for p in SAMPLE_REPO.rglob("*") if p.is_file()):
        file = read_source_file(SAMPLE_REPO, path.relative_to(SAMPLE_REPO).as_posix())
        if not isinstance(file, str):
            collector.add(file, file_role(file.path, file.text, file.language))
    structure = collector.result()
    cross = list(cross_file_examples(structure, system_prompt=SYSTEM))
    patterns = list(pattern_combination_examples(structure, system_prompt=SYSTEM))
    assert len({e.group for e in cross}) >= 20 and len({e.group for e in patterns}) >= 8  # one per feature
    texts: dict[str, str] = {}
    for e in {e.group: e for e in cross + patterns}.values():
        assert len(e.assistant) <= ANSWER_BUDGET
        quoted = blocks(e.assistant)
        assert len(quoted) >= 2
        for path, code in quoted:
            if path not in texts:
                texts[path] = (SAMPLE_REPO / path).read_text(encoding="utf-8").replace("\r\n", "\n")
            assert is_line_slice(code, texts[path]), (e.group, path)
    books = [e for e in patterns if e.assistant.startswith("The `Book` feature is built")]
    assert books and "BooksController.cs" in books[0].assistant
