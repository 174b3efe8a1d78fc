"""Chunking at class/method boundaries: verbatim slices, within budget, covering the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from architect_ai.analyze.chunks import chunk_file, method_chunks
from architect_ai.analyze.roles import component_units, file_role
from architect_ai.config import SAMPLE_REPO
from architect_ai.data import Chunk, SourceFile, estimate_tokens

LANGUAGES = {".cs": "csharp", ".ts": "typescript", ".tsx": "typescript", ".py": "python", ".html": "html"}


def source(path: str, text: str) -> SourceFile:
    return SourceFile(path, text, LANGUAGES.get(Path(path).suffix, "text"), len(text.encode()))


def assert_verbatim_cover(file: SourceFile, chunks: list[Chunk], budget: int) -> None:
    """Chunks are exact line slices, in order, covering every line once, each within budget."""
    lines = file.text.splitlines()
    expected_start = 1
    for chunk in chunks:
        assert chunk.start_line == expected_start, chunk.source
        assert chunk.text == "\n".join(lines[chunk.start_line - 1 : chunk.end_line])
        assert chunk.tokens <= budget or chunk.start_line == chunk.end_line, (chunk.source, chunk.tokens)
        assert chunk.path == file.path and chunk.language == file.language
        expected_start = chunk.end_line + 1
    assert expected_start == len(lines) + 1


def method(name: str, body_lines: int, *, indent: str = "    ") -> str:
    body = "\n".join(f'{indent}    var value{i} = Compute({i}, "{name}");' for i in range(body_lines))
    return f"{indent}/// <summary>{name}</summary>\n{indent}[HttpGet]\n{indent}public int {name}()\n{indent}{{\n{body}\n{indent}}}\n"


def csharp_class(name: str, methods: int, body_lines: int) -> str:
    members = "\n".join(method(f"Method{i}", body_lines) for i in range(methods))
    return f"public class {name} : ControllerBase\n{{\n    private readonly int _x;\n\n{members}}}\n"


def test_small_file_is_one_chunk_named_after_its_main_class() -> None:
    text = "using System;\n\nnamespace Api;\n\npublic class Helper {}\n\npublic class BookDto\n{\n}\n"
    file = source("Api/Dtos/BookDto.cs", text)
    [chunk] = chunk_file(file, "dotnet_dto")
    assert (chunk.unit, chunk.symbol, chunk.role) == ("file", "BookDto", "dotnet_dto")
    assert (chunk.start_line, chunk.end_line) == (1, 9)
    assert chunk.text == text.rstrip("\n")


def test_empty_file_has_no_chunks() -> None:
    assert list(chunk_file(source("a.cs", "\n  \n"), "other_csharp")) == []


def test_component_unit_carries_its_companions_within_budget() -> None:
    ts = "@Component({ selector: 'app-book-list', templateUrl: './book-list.component.html' })\nexport class BookListComponent {}\n"
    html = source("app/book-list.component.html", "<ul><li *ngFor='let b of books'>{{ b.title }}</li></ul>\n")
    scss = source("app/book-list.component.scss", "ul { margin: 0; }\n" * 40)
    file = source("app/book-list.component.ts", ts)
    [chunk] = chunk_file(file, "angular_component", companions=[html, scss])
    assert (chunk.unit, chunk.symbol) == ("component", "BookListComponent")
    assert chunk.parts == ((html.path, "html", html.text), (scss.path, "text", scss.text))
    # A tighter budget keeps the template and leaves out the style sheet that no longer fits.
    budget = estimate_tokens(ts.rstrip("\n")) + estimate_tokens(html.text) + 5
    [tight] = chunk_file(file, "angular_component", companions=[html, scss], max_tokens=budget)
    assert [path for path, _, _ in tight.parts] == [html.path]
    assert tight.tokens <= budget


def test_large_file_is_cut_per_top_level_type() -> None:
    text = (
        "using System;\n\nnamespace Api;\n\n"
        + csharp_class("FirstController", 2, 3)
        + "\n"
        + csharp_class("SecondController", 2, 3)
    )
    file = source("Api/Controllers.cs", text)
    budget = estimate_tokens(text) * 2 // 3  # each class fits, the file does not
    chunks = list(chunk_file(file, "dotnet_controller", max_tokens=budget))
    assert_verbatim_cover(file, chunks, budget)
    assert [(c.unit, c.symbol) for c in chunks] == [("class", "FirstController"), ("class", "SecondController")]
    assert chunks[0].text.startswith("using System;")  # the file header goes with the first type


def test_class_over_budget_is_split_at_method_boundaries() -> None:
    text = "namespace Api;\n\n" + csharp_class("BooksController", 8, 6)
    file = source("Api/BooksController.cs", text)
    budget = 260
    chunks = list(chunk_file(file, "dotnet_controller", max_tokens=budget))
    assert len(chunks) > 2
    assert_verbatim_cover(file, chunks, budget)
    lines = text.splitlines()
    for i in range(8):  # every method, with its doc comment and attribute, sits whole in one chunk
        first = lines.index(f"    /// <summary>Method{i}</summary>") + 1
        holder = [c for c in chunks if c.start_line <= first <= c.end_line]
        assert len(holder) == 1 and holder[0].end_line >= first + 4 + 6
    assert chunks[0].unit == "part" and chunks[0].symbol == "BooksController"
    assert {c.symbol for c in chunks if c.unit == "method"} <= {f"BooksController.Method{i}" for i in range(8)}


def test_method_over_budget_is_split_by_lines() -> None:
    text = csharp_class("Big", 1, 80)
    file = source("Big.cs", text)
    chunks = list(chunk_file(file, "other_csharp", max_tokens=150))
    assert_verbatim_cover(file, chunks, 150)
    assert "lines" in {c.unit for c in chunks}
    assert all(c.symbol in ("Big", "Big.Method0") for c in chunks)


def test_one_overlong_line_stays_whole() -> None:
    text = "x = 1\n" + "y = '" + "a" * 2000 + "'\n" + "z = 2\n"
    file = source("long.py", text)
    chunks = list(chunk_file(file, "other_python", max_tokens=100))
    assert_verbatim_cover(file, chunks, 100)
    assert any(c.start_line == c.end_line == 2 and c.tokens > 100 for c in chunks)


def test_line_fallback_prefers_top_level_boundaries() -> None:
    # Ruby has no grammar here (Python, once the example, is cut at declarations since #18).
    functions = [
        f"def function_{i}(value)\n" + "".join(f"  value += {j}\n" for j in range(8)) + "  value\nend"
        for i in range(12)
    ]
    text = "\n\n".join(functions)
    file = source("lib/module.rb", text)
    chunks = list(chunk_file(file, "other_ruby", max_tokens=120))
    assert len(chunks) > 3
    assert_verbatim_cover(file, chunks, 120)
    for chunk in chunks:
        assert chunk.text.startswith("def function_") or chunk.text.startswith("\ndef function_"), chunk.source
        assert chunk.symbol.startswith("function_")


def test_crlf_text_is_sliced_by_lines() -> None:
    text = "public class A\r\n{\r\n    public int X() { return 1; }\r\n}\r\n"
    [chunk] = chunk_file(source("A.cs", text), "other_csharp")
    assert chunk.text == "public class A\n{\n    public int X() { return 1; }\n}"
    assert (chunk.start_line, chunk.end_line) == (1, 4)


def test_malformed_code_still_chunks_within_budget() -> None:
    text = "public class }{ [BsonId(\n" * 60 + "function ( { <div> \n" * 60
    for path in ("bad.cs", "bad.ts", "bad.py"):
        file = source(path, text)
        chunks = list(chunk_file(file, "other", max_tokens=200))
        assert_verbatim_cover(file, chunks, 200)
        for chunk in method_chunks(file, "other"):
            assert chunk.text == "\n".join(file.text.splitlines()[chunk.start_line - 1 : chunk.end_line])


CSHARP_METHODS = """namespace Api;

public interface IBookService
{
    Task<Book> GetAsync(string id);
}

public class BookService : IBookService
{
    private readonly IMongoCollection<Book> _books;

    /// <summary>Creates the service.</summary>
    public BookService(IMongoDBSettings settings)
    {
        _books = Open(settings);
    }

    public int Trivial() => 1;

    // Loads one book.
    [Obsolete]
    public async Task<Book> GetAsync(string id)
    {
        return await _books.Find(b => b.Id == id).FirstAsync();
    }
}
"""


def test_method_chunks_csharp() -> None:
    file = source("Api/BookService.cs", CSHARP_METHODS)
    chunks = list(method_chunks(file, "dotnet_service"))
    assert [(c.symbol, c.start_line, c.end_line, c.unit) for c in chunks] == [
        ("BookService.BookService", 12, 16, "method"),
        ("BookService.GetAsync", 20, 25, "method"),
    ]
    lines = CSHARP_METHODS.splitlines()
    for chunk in chunks:
        assert chunk.text == "\n".join(lines[chunk.start_line - 1 : chunk.end_line])
    assert chunks[1].text.startswith("    // Loads one book.\n    [Obsolete]\n")


def test_a_trailing_comment_of_the_line_above_is_not_part_of_the_method() -> None:
    text = (
        "class A\n{\n    private int _x = 1; // counter\n    public int Next()\n    {\n        return ++_x;\n    }\n"
        "    // Resets.\n    public void Reset()\n    {\n        _x = 0;\n    }\n}\n"
    )
    chunks = list(method_chunks(source("A.cs", text), "other_csharp"))
    assert [(c.symbol, c.start_line, c.end_line) for c in chunks] == [("A.Next", 4, 7), ("A.Reset", 8, 12)]


TS_METHODS = """import { Injectable } from '@angular/core';

@Injectable({ providedIn: 'root' })
export class BookService {
  constructor(private http: HttpClient) {}

  /** All books. */
  @Memoize()
  getAll(): Observable<Book[]> {
    return this.http.get<Book[]>('/api/books');
  }
}

const helpers = {
  format(value: string) {
    return value
      .trim();
  },
};

export function toTitle(book: Book): string {
  const title = book.title;
  return title.toUpperCase();
}

export const authGuard: CanActivateFn = (route) => {
  const auth = inject(AuthService);
  return auth.isLoggedIn();
};
"""


def test_method_chunks_typescript() -> None:
    file = source("web/book.service.ts", TS_METHODS)
    chunks = list(method_chunks(file, "angular_service"))
    assert [(c.symbol, c.start_line, c.end_line) for c in chunks] == [
        ("BookService.getAll", 7, 11),
        ("toTitle", 21, 24),
        ("authGuard", 26, 29),
    ]
    assert chunks[0].text.startswith("  /** All books. */\n  @Memoize()\n  getAll()")


def test_method_chunks_tsx_and_python() -> None:
    tsx = "export function App() {\n  const [n] = useState(0);\n  return <div className='x'>{n}</div>;\n}\n"
    [app] = method_chunks(source("web/App.tsx", tsx), "other_typescript")
    assert (app.symbol, app.start_line, app.end_line) == ("App", 1, 4)
    python = (
        "import functools\n\n\n# Cached.\n@functools.cache\ndef load(path):\n    with open(path) as f:\n"
        "        return f.read()\n\n\nclass Repo:\n    def short(self): return 1\n\n    def find(self, key):\n"
        "        value = self.data[key]\n        return value\n"
    )
    chunks = list(method_chunks(source("pkg/repo.py", python), "other_python"))
    assert [(c.symbol, c.start_line, c.end_line) for c in chunks] == [("load", 4, 8), ("Repo.find", 14, 16)]
    assert list(method_chunks(source("pkg/bad.py", "def (:\n"), "other_python")) == []


def test_method_chunks_skip_methods_over_budget() -> None:
    file = source("Big.cs", csharp_class("Big", 2, 60))
    assert [c.symbol for c in method_chunks(file, "x")] == ["Big.Method0", "Big.Method1"]
    assert list(method_chunks(file, "x", max_tokens=100)) == []


def test_chunking_is_deterministic() -> None:
    file = source("Api/BooksController.cs", csharp_class("BooksController", 8, 6))
    first = list(chunk_file(file, "dotnet_controller", max_tokens=200))
    assert first == list(chunk_file(file, "dotnet_controller", max_tokens=200))


@pytest.mark.skipif(not (SAMPLE_REPO / "server").is_dir(), reason="sample mother project not present")
@pytest.mark.parametrize("budget", [1500, 120])
def test_sample_project_chunks(budget: int) -> None:
    files = []
    for path in sorted(SAMPLE_REPO.rglob("*")):
        if path.is_file() and path.suffix in LANGUAGES and "node_modules" not in path.parts:
            files.append(source(path.relative_to(SAMPLE_REPO).as_posix(), path.read_text(encoding="utf-8")))
    by_path = {f.path: f for f in files}
    units = component_units(by_path)
    companions = {p for parts in units.values() for p in parts}
    methods, components = 0, []
    for file in files:
        if file.path in companions or file.language == "html":
            continue
        role = file_role(file.path, file.text, file.language)
        parts = [by_path[p] for p in units.get(file.path, ())]
        chunks = list(chunk_file(file, role, max_tokens=budget, companions=parts))
        assert_verbatim_cover(file, chunks, budget)
        components += [c for c in chunks if c.unit == "component" and c.parts]
        for chunk in method_chunks(file, role, max_tokens=budget):
            assert chunk.text == "\n".join(file.text.splitlines()[chunk.start_line - 1 : chunk.end_line])
            assert chunk.tokens <= budget and chunk.unit == "method"
            assert "." in chunk.symbol or file.language != "csharp"
            methods += 1
    assert methods > 20
    if budget >= 1500 and (SAMPLE_REPO / "client" / "src" / "app").is_dir():
        assert any(c.parts[0][0].endswith(".component.html") for c in components)
        assert all(c.tokens <= budget for c in components)


JAVA_METHODS = """package io.shop.api;

public interface ArticleRepository {
  void save(Article article);
}

@RestController
public class ArticleApi {
  private final ArticleRepository articles;

  public ArticleApi(ArticleRepository articles) {
    this.articles = articles;
    log("ready");
  }

  /** Creates one article. */
  @PostMapping
  public ResponseEntity<?> create(@RequestBody Article article) {
    articles.save(article);
    return ResponseEntity.ok(article);
  }
}
"""


def test_method_chunks_java_with_annotations_and_doc_comments_and_no_bodiless_declarations() -> None:
    file = SourceFile("src/ArticleApi.java", JAVA_METHODS, "java", len(JAVA_METHODS))
    chunks = list(method_chunks(file, "spring_controller"))
    assert [(c.symbol, c.start_line, c.end_line) for c in chunks] == [
        ("ArticleApi.ArticleApi", 11, 14),
        ("ArticleApi.create", 16, 21),
    ]
    assert chunks[1].text.startswith("  /** Creates one article. */\n  @PostMapping\n")
