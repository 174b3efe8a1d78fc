"""StructureCollector: the facts it extracts from small inline repositories, and from the sample project."""

from __future__ import annotations

import re

import pytest

from architect_ai.analyze.roles import file_role
from architect_ai.analyze.structure import RepoStructure, StructureCollector, collect_structure
from architect_ai.analyze.structure_chains import match_endpoint, normalise_url, singular
from architect_ai.config import SAMPLE_REPO
from architect_ai.data import SourceFile
from architect_ai.ingest.files import read_source_file

CONTROLLER = """using Microsoft.AspNetCore.Mvc;

namespace Lib.Api.Controllers;

[ApiController]
[Route("api/[controller]")]
public class BooksController(IBookService books) : ControllerBase
{
    [HttpGet("{id:length(24)}")]
    public async Task<IActionResult> Get(string id)
    {
        var book = await books.GetAsync(id);
        return book is null ? NotFound() : Ok(book);
    }

    [HttpDelete("~/admin/books/{id}")]
    public async Task<IActionResult> Remove(string id)
    {
        await books.RemoveAsync(id);
        return NoContent();
    }
}
"""
SERVICE = """public class BookService : IBookService
{
    private readonly IMongoCollection<Book> _books;

    public BookService(IMongoDatabase db, IOptions<DbSettings> options)
    {
        _books = db.GetCollection<Book>(options.Value.BooksCollectionName);
    }

    public Task<Book?> GetAsync(string id) => _books.Find(b => b.Id == id).FirstOrDefaultAsync();

    public Task RemoveAsync(string id) => _books.DeleteOneAsync(b => b.Id == id);
}
"""
MODELS = """public class Book
{
    [BsonId]
    public string? Id { get; set; }
    public string AuthorId { get; set; } = "";
    public List<string> CategoryIds { get; set; } = new();
    public List<Chapter> Chapters { get; set; } = new();
}

public class Author
{
    [BsonId]
    public string? Id { get; set; }
    public string Name { get; set; } = "";
}

public class Category
{
    public string Id { get; set; } = "";
    public string? ParentCategoryId { get; set; }
}

public class Chapter
{
    public string Title { get; set; } = "";
}
"""
APPSETTINGS = """{
  "Db": { "ConnectionString": "mongodb://admin:hunter2@db.internal:27017", "DatabaseName": "Library",
          "BooksCollectionName": "books" },
  "Smtp": { "Host": "smtp.example.com", "Password": "hunter2" },
  "RabbitMQ": { "HostName": "mq" }
}"""
ENVIRONMENT = "export const environment = { production: false, apiUrl: 'http://localhost:5000/api/' };\n"
NG_SERVICE = """@Injectable({ providedIn: 'root' })
export class BookApi {
  private http = inject(HttpClient);
  private base = environment.apiUrl + 'books';

  get(id: string): Observable<Book> {
    const url = `${this.base}/${id}?expand=true`;
    return this.http.get<Book>(url);
  }

  remove(id: string) {
    return this.http.delete(`/admin/books/${id}`);
  }
}
"""
COMPONENT = """@Component({ selector: 'app-book', template: '' })
export class BookPageComponent {
  constructor(private api: BookApi, private router: Router) {}

  open(id: string) {
    this.api.get(id).subscribe();
    this.router.navigate(['/']);
  }
}
"""
PYTHON = """from dataclasses import dataclass
from pydantic import BaseModel


@dataclass
class Order:
    id: int
    customer_id: int
    line_ids: list[int]


class Customer(BaseModel):
    id: int
    name: str
"""

FILES = {
    "api/Controllers/BooksController.cs": (CONTROLLER, "csharp", "dotnet_controller"),
    "api/Services/BookService.cs": (SERVICE, "csharp", "dotnet_service"),
    "api/Models/Models.cs": (MODELS, "csharp", "dotnet_model"),
    "api/appsettings.json": (APPSETTINGS, "json", "config"),
    "web/src/environments/environment.ts": (ENVIRONMENT, "typescript", "angular_environment"),
    "web/src/app/book.api.ts": (NG_SERVICE, "typescript", "angular_service"),
    "web/src/app/book-page.component.ts": (COMPONENT, "typescript", "angular_component"),
    "tools/models.py": (PYTHON, "python", "other_python"),
}


def collect(paths: list[str] | None = None) -> RepoStructure:
    pairs = []
    for path in paths or sorted(FILES):
        text, language, role = FILES[path]
        pairs.append((SourceFile(path, text, language, len(text)), role))
    return collect_structure(pairs)


@pytest.fixture(scope="module")
def structure() -> RepoStructure:
    return collect()


def test_entities_have_typed_fields_ids_and_resolved_references(structure):
    book = structure.entity("Book", "csharp")
    assert book is not None and book.kind == "document" and book.path == "api/Models/Models.cs" and book.line == 1
    fields = {f.name: f for f in book.fields}
    assert fields["Id"].is_id and fields["Id"].type == "string?"
    assert (fields["AuthorId"].ref, fields["AuthorId"].many) == ("Author", False)
    assert (fields["CategoryIds"].ref, fields["CategoryIds"].many) == ("Category", True)
    assert (fields["Chapters"].ref, fields["Chapters"].many, fields["Chapters"].embedded) == ("Chapter", True, True)
    assert not fields["AuthorId"].embedded
    assert structure.entity("Chapter").id_field is None
    parent = next(f for f in structure.entity("Category").fields if f.name == "ParentCategoryId")
    assert (parent.ref, parent.many) == ("Category", False)  # a self-reference, by the name's tail


def test_python_dataclasses_and_pydantic_models_are_entities(structure):
    order = structure.entity("Order")
    assert order is not None and order.language == "python"
    refs = {f.name: (f.ref, f.many) for f in order.references}
    assert refs == {"customer_id": ("Customer", False)}
    assert structure.entity("Customer").id_field.name == "id"


def test_endpoints_resolve_class_route_tokens_constraints_and_absolute_templates(structure):
    routes = {(e.verb, e.route, e.action) for e in structure.endpoints}
    assert routes == {("GET", "/api/Books/{id}", "Get"), ("DELETE", "/admin/books/{id}", "Remove")}
    get = next(e for e in structure.endpoints if e.action == "Get")
    assert [(c.target, c.method) for c in get.calls] == [("BookService", "GetAsync")]  # IBookService → BookService
    assert get.responses == ("200 OK", "404 Not Found")
    assert (get.start_line, get.end_line) == (9, 14)
    snippet = structure.snippet(get.source)
    assert snippet.text == "\n".join(CONTROLLER.splitlines()[8:14])


def test_services_record_collections_operations_and_configured_collection_names(structure):
    get = structure.service_method("BookService", "GetAsync")
    remove = structure.service_method("BookService", "RemoveAsync")
    assert get.collections == ("Book",) and get.operations == ("Find",)
    assert remove.operations == ("DeleteOneAsync",)
    assert structure.collection_name("Book") == "books"  # BooksCollectionName from appsettings.json


def test_client_calls_are_normalised_to_route_patterns_and_matched(structure):
    calls = {c.method: c for c in structure.client_calls}
    assert (calls["get"].verb, calls["get"].url, calls["get"].returns) == ("GET", "/api/books/{id}", "Observable<Book>")
    assert (calls["remove"].verb, calls["remove"].url) == ("DELETE", "/admin/books/{id}")
    assert structure.endpoint_for(calls["get"]).action == "Get"
    assert structure.endpoint_for(calls["remove"]).action == "Remove"


def test_component_uses_keep_only_angular_services(structure):
    uses = [(u.component, u.caller, u.service, u.method) for u in structure.component_uses]
    assert uses == [("BookPageComponent", "open", "BookApi", "get")]


def test_externals_keep_names_not_secrets(structure):
    externals = {(e.kind, e.name): e for e in structure.externals}
    assert externals["database", "MongoDB"].detail == "database Library"
    assert ("email", "SMTP") in externals and ("broker", "RabbitMQ") in externals
    assert "hunter2" not in repr(structure.externals) + repr(structure.settings)
    assert "hunter2" not in repr(structure.collections)


def test_chain_runs_from_component_to_collection(structure):
    chain = next(c for c in structure.chains() if c.component is not None)
    assert chain.client.method == "get" and chain.endpoint.action == "Get"
    assert [(s.call.target, s.call.method) for s in chain.steps] == [("BookService", "GetAsync")]
    assert chain.collections == ("Book",)


def test_file_order_does_not_change_the_result():
    assert collect(sorted(FILES)) == collect(sorted(FILES, reverse=True))


@pytest.mark.parametrize(
    ("path", "language"),
    [
        ("a.cs", "csharp"),
        ("a.ts", "typescript"),
        ("appsettings.json", "json"),
        ("docker-compose.yml", "yaml"),
        ("a.py", "python"),
        ("package.json", "json"),
        ("a.csproj", "xml"),
    ],
)
@pytest.mark.parametrize(
    "text",
    [
        "",
        "class {{{ [Http",
        'public class X : { [HttpGet("',
        "@Component(\nexport class",
        '{"a": [1,',
        "\x00\xff",
        "services: [: -",
        "def (:",
        "}" * 500,
    ],
)
def test_malformed_input_never_raises(path, language, text):
    collector = StructureCollector()
    collector.add(SourceFile(path, text, language, len(text)), "other")
    assert isinstance(collector.result(), RepoStructure)


def test_helpers():
    assert [singular(w) for w in ("Categories", "Books", "Addresses", "Status")] == [
        "Category",
        "Book",
        "Address",
        "Statu",
    ]
    assert normalise_url("https://h:1/api//books/?page=2#x") == "/api/books"
    assert normalise_url("{apiUrl}/books/") == "/{apiUrl}/books"


def test_unresolved_base_urls_match_on_their_tail():
    structure = collect(["api/Controllers/BooksController.cs", "api/Services/BookService.cs"])
    from architect_ai.analyze.structure import ClientCall

    call = ClientCall("S", "m", "GET", "/{apiUrl}/books/{id}", "", "x.ts", 1, 2)
    assert match_endpoint(call, structure.endpoints).action == "Get"
    assert (
        match_endpoint(ClientCall("S", "m", "POST", "/api/books/{id}", "", "x.ts", 1, 2), structure.endpoints) is None
    )


# --- the sample project ------------------------------------------------------------------------------------------


def sample_structure() -> RepoStructure:
    collector = StructureCollector()
    for path in sorted(p for p in SAMPLE_REPO.rglob("*") if p.is_file()):
        file = read_source_file(SAMPLE_REPO, path.relative_to(SAMPLE_REPO).as_posix())
        if not isinstance(file, str):
            collector.add(file, file_role(file.path, file.text, file.language))
    return collector.result()


@pytest.mark.skipif(not (SAMPLE_REPO / "server").is_dir(), reason="sample project not present")
def test_sample_project_structure():
    structure = sample_structure()
    book = structure.entity("Book", "csharp")
    assert {f.ref for f in book.references} >= {"Author", "Category"}
    assert any(e.verb == "GET" and re.fullmatch(r"/api/books/\{\w+\}", e.route, re.I) for e in structure.endpoints)
    unmatched = [c for c in structure.client_calls if structure.endpoint_for(c) is None]
    assert structure.client_calls and not unmatched
    assert any(e.name == "MongoDB" for e in structure.databases)
    assert any(c.steps and c.collections and c.component for c in structure.chains())
    for endpoint in structure.endpoints:  # every quoted snippet is a verbatim slice of its file
        snippet = structure.snippet(endpoint.source)
        lines = (SAMPLE_REPO / snippet.path).read_text(encoding="utf-8").splitlines()
        assert snippet.text == "\n".join(lines[snippet.start_line - 1 : snippet.end_line])
