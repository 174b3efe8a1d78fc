"""House conventions mined from inline repositories (and the sample mother project)."""

from __future__ import annotations

from pathlib import Path

import pytest

from architect_ai.analyze.conventions import MAX_EVIDENCE, ConventionMiner
from architect_ai.analyze.roles import file_role
from architect_ai.config import SAMPLE_REPO
from architect_ai.data import Convention, SourceFile

LANGUAGES = {".cs": "csharp", ".ts": "typescript", ".tsx": "typescript", ".py": "python", ".json": "json"}

DOTNET = {
    "Api/Configuration/IMongoDBSettings.cs": """namespace Api.Configuration;

public interface IMongoDBSettings
{
    string ConnectionString { get; set; }
}
""",
    "Api/Controllers/BaseApiController.cs": """using Microsoft.AspNetCore.Mvc;

namespace Api.Controllers;

[ApiController]
[Route("api/[controller]")]
public abstract class BaseApiController : ControllerBase
{
}
""",
    "Api/Controllers/BooksController.cs": """namespace Api.Controllers;

public class BooksController : BaseApiController
{
    private readonly IBookService _books;

    public BooksController(IBookService books) => _books = books;

    [HttpGet("{id:length(24)}")]
    public async Task<ActionResult<BookDto>> GetAsync(string id) => Ok(await _books.GetAsync(id));

    [HttpPost]
    public async Task<IActionResult> CreateAsync([FromBody] BookDto dto) => Ok();
}
""",
    "Api/Controllers/AuthorsController.cs": """namespace Api.Controllers;

public class AuthorsController
    : BaseApiController
{
    [HttpGet]
    public IActionResult Get() => Ok();
}
""",
    "Api/Dtos/BookDto.cs": "namespace Api.Dtos;\n\npublic class BookDto\n{\n    public string Title { get; set; }\n}\n",
    "Api/Dtos/AuthorDto.cs": "namespace Api.Dtos;\n\npublic record AuthorDto(string Name);\n",
    "Api/Models/Book.cs": """using MongoDB.Bson;

public class Book
{
    [BsonId]
    [BsonRepresentation(BsonType.ObjectId)]
    public string Id { get; set; }

    [BsonElement("title")]
    public string Title { get; set; }

    [BsonElement("price")]
    public decimal Price { get; set; }
}
""",
    "Api/Services/BookService.cs": """public class BookService : IBookService
{
    private readonly IMongoCollection<Book> _books;

    public BookService(
        IMongoDBSettings settings,
        ILogger<BookService> logger)
    {
        var client = new MongoClient(settings.ConnectionString);
        _books = client.GetDatabase(settings.DatabaseName).GetCollection<Book>(settings.BooksCollectionName);
    }

    public async Task<Book> GetAsync(string id) => await _books.Find(b => b.Id == id).FirstOrDefaultAsync();
}
""",
    "Api/Services/AuthorService.cs": """public class AuthorService(IMongoDBSettings settings, IOptions<JwtSettings> jwt) : IAuthorService
{
}
""",
    "Api/Program.cs": """var builder = WebApplication.CreateBuilder(args);
builder.Services.Configure<MongoDBSettings>(builder.Configuration.GetSection("MongoDB"));
builder.Services.AddSingleton<IMongoDBSettings>(sp => sp.GetRequiredService<IOptions<MongoDBSettings>>().Value);
builder.Services.AddScoped<IBookService, BookService>();
builder.Services
    .AddScoped<IAuthorService, AuthorService>();
var app = builder.Build();
""",
}

ANGULAR = {
    "web/src/app/core/book.service.ts": """import { Injectable } from '@angular/core';

@Injectable({
  providedIn: 'root'
})
export class BookService {
  private readonly url = '/api/books';

  constructor(private http: HttpClient) {}

  getAll(): Observable<Book[]> {
    return this.http.get<Book[]>(this.url);
  }

  get(id: string): Observable<Book> {
    return this.http.get<Book>(`${this.url}/${id}`);
  }
}
""",
    "web/src/app/core/author.service.ts": """@Injectable({ providedIn: 'root' })
export class AuthorService {
  private http = inject(HttpClient);

  list(): Observable<Author[]> { return this.http.get<Author[]>('/api/authors'); }
}
""",
    "web/src/app/core/clock.service.ts": """@Injectable({ providedIn: 'root' })
export class ClockService {
  now(): Date { return new Date(); }
}
""",
}


def source(path: str, text: str) -> SourceFile:
    return SourceFile(path, text, LANGUAGES.get(Path(path).suffix, "text"), len(text.encode()))


def mine(files: dict[str, str]) -> dict[str, Convention]:
    miner = ConventionMiner()
    for path, text in files.items():
        file = source(path, text)
        miner.add(file, file_role(path, text, file.language))
    found = miner.conventions()
    assert [c.id for c in found] == sorted(c.id for c in found)
    return {c.id: c for c in found}


def assert_real_evidence(conventions: dict[str, Convention], files: dict[str, str]) -> None:
    for convention in conventions.values():
        assert convention.evidence, convention.id
        assert len(convention.evidence) <= MAX_EVIDENCE
        for evidence in convention.evidence:
            line = files[evidence.path].splitlines()[evidence.line - 1]
            assert evidence.text == line.strip(), (convention.id, evidence)


@pytest.fixture(scope="module")
def found() -> dict[str, Convention]:
    return mine(DOTNET | ANGULAR)


def test_evidence_points_at_the_real_line(found: dict[str, Convention]) -> None:
    assert_real_evidence(found, DOTNET | ANGULAR)


def test_settings_interface_injection(found: dict[str, Convention]) -> None:
    convention = found["settings_interface_injection"]
    # An `IOptions<JwtSettings>` is the Options pattern (`options_pattern`), never a settings interface.
    assert convention.names == ("IMongoDBSettings",)
    assert convention.count == 2  # BookService's constructor and AuthorService's primary constructor
    assert "IMongoDBSettings" in convention.description and "BookService" in convention.description
    assert {e.text for e in convention.evidence} >= {"IMongoDBSettings settings,"}


def test_class_name_suffixes(found: dict[str, Convention]) -> None:
    dto = found["dto_suffix"]
    assert dto.names == ("Dto",) and dto.count == 2
    assert "`Dto`" in dto.description and "BookDto" in dto.description and "AuthorDto" in dto.description
    assert found["controller_suffix"].count == 3
    services = found["service_suffix"]
    assert services.names == ("Service",) and services.count == 5  # two .NET and three Angular services
    assert "repository_suffix" not in found  # only conventions actually found


def test_controller_base_class_is_the_shared_custom_base(found: dict[str, Convention]) -> None:
    convention = found["controller_base_class"]
    assert convention.names == ("BaseApiController",)
    assert convention.count == 2
    assert "`BaseApiController` (2 of 2 controllers)" in convention.description
    assert {e.path for e in convention.evidence} == {
        "Api/Controllers/BooksController.cs",
        "Api/Controllers/AuthorsController.cs",
    }
    assert ": BaseApiController" in {e.text for e in convention.evidence}  # the base on its own line


def test_controller_base_falls_back_to_the_framework_base() -> None:
    files = {
        "A/OneController.cs": "public class OneController : ControllerBase {}\n",
        "A/TwoController.cs": "public class TwoController : MyBase {}\n",
    }
    convention = mine(files)["controller_base_class"]
    assert convention.names[0] == "ControllerBase"
    assert convention.evidence[0].path == "A/OneController.cs"


def test_bson_and_aspnet_attributes(found: dict[str, Convention]) -> None:
    bson = found["bson_attributes"]
    assert bson.names == ("BsonElement", "BsonId", "BsonRepresentation")
    assert bson.count == 4
    assert "[BsonRepresentation(BsonType.ObjectId)]" in bson.description  # one form: shown in full
    assert "[BsonElement(…)]" in bson.description  # varying arguments: elided
    aspnet = found["aspnet_attributes"]
    assert set(aspnet.names) == {"ApiController", "Route", "HttpGet", "HttpPost", "FromBody"}
    assert aspnet.names[0] == "HttpGet"  # most common first
    assert "`api/[controller]`" in aspnet.description


def test_mongo_collection_access_and_di_registration(found: dict[str, Convention]) -> None:
    mongo = found["mongo_collection_access"]
    assert set(mongo.names) == {"IMongoCollection<Book>", "GetCollection<Book>"}
    di = found["di_registration"]
    assert di.names == ("AddScoped", "AddSingleton", "Configure")
    assert di.count == 4
    assert "`AddScoped<IBookService, BookService>`" in di.description
    assert [(e.path, e.line) for e in di.evidence] == [("Api/Program.cs", 2), ("Api/Program.cs", 3)]  # ≤ 2 a file


def test_angular_conventions(found: dict[str, Convention]) -> None:
    http = found["angular_httpclient_observable"]
    assert http.names == ("AuthorService", "BookService")  # ClockService injects no HttpClient
    assert http.count == 2
    assert "3 methods" in http.description
    assert "constructor(private http: HttpClient) {}" in {e.text for e in http.evidence}
    assert "getAll(): Observable<Book[]> {" in {e.text for e in http.evidence}
    root = found["angular_provided_in_root"]
    assert root.count == 3
    assert root.evidence[0].text == "providedIn: 'root'"


def test_async_await(found: dict[str, Convention]) -> None:
    convention = found["async_await"]
    assert convention.names == ("async Task",)
    assert convention.count == 3
    assert "3 of 3 C# async methods end in `Async`" in convention.description


def test_other_stacks_and_other_names() -> None:
    files = {
        "Svc/Config/IDatabaseSettings.cs": "public interface IDatabaseSettings { }\n",
        "Svc/Web/OrdersController.cs": "public class OrdersController : ApiControllerBase\n{\n"
        "    public OrdersController(IDatabaseSettings db) {}\n}\n",
        "Svc/Web/ItemsController.cs": "public class ItemsController : ApiControllerBase\n{\n}\n",
        "Svc/Contracts/OrderDTO.cs": "public class OrderDTO {}\n",
        "py/app.py": "def load(path: str) -> dict:\n    return {}\n\n\nasync def fetch(url: str) -> bytes:\n"
        "    return b''\n\n\ndef plain(x):\n    return x\n",
        "web/src/App.tsx": "import { useState, useEffect } from 'react';\n\nexport function App() {\n"
        "  const [n, setN] = useState(0);\n  useEffect(() => {}, []);\n  const [m] = useState(1);\n"
        "  return <div>{n}</div>;\n}\n",
    }
    found = mine(files)
    assert_real_evidence(found, files)
    assert found["settings_interface_injection"].names == ("IDatabaseSettings",)
    assert found["controller_base_class"].names == ("ApiControllerBase",)
    assert found["dto_suffix"].names == ("DTO",)
    hints = found["python_type_hints"]
    assert hints.count == 2 and hints.names == ("bytes", "dict")
    assert "2 of 3 functions" in hints.description
    hooks = found["react_hooks"]
    assert hooks.names == ("useState", "useEffect") and hooks.count == 3
    assert "async def" in found["async_await"].names


def test_python_without_hints_is_not_a_convention() -> None:
    files = {"a.py": "def f(x):\n    return x\n\ndef g(y):\n    return y\n\ndef h(z: int) -> int:\n    return z\n"}
    assert "python_type_hints" not in mine(files)


def test_tests_and_configuration_are_not_mined() -> None:
    files = {
        "tests/Api.Tests/BookServiceTests.cs": "public class FakeService { public FakeService(IMongoDBSettings s) {} }",
        "appsettings.json": "{\"providedIn: 'root'\": 1}",
    }
    assert mine(files) == {}


def test_malformed_code_does_not_raise() -> None:
    files = {
        "Broken.cs": "public class }{ [BsonId( : IMongoCollection< public X(IFooSettings\n#if\n",
        "Broken2.cs": "class A : { public A(IMongoDBSettings) { }",
        "broken.ts": "@Injectable({ providedIn: 'root' \nexport class { constructor(private http: HttpClient { get(): Obs",
        "broken.py": "def (:\n  ->\n",
        "empty.cs": "",
        "binaryish.ts": "\x00\x01\ufffd" * 50,
    }
    found = mine(files)
    assert_real_evidence(found, files)


def test_mining_is_deterministic() -> None:
    files = DOTNET | ANGULAR
    assert mine(files) == mine(files)


@pytest.mark.skipif(not (SAMPLE_REPO / "server").is_dir(), reason="sample mother project not present")
def test_conventions_of_the_sample_project() -> None:
    files = {}
    for file in sorted(SAMPLE_REPO.rglob("*")):
        if file.is_file() and file.suffix in LANGUAGES and "node_modules" not in file.parts:
            files[file.relative_to(SAMPLE_REPO).as_posix()] = file.read_text(encoding="utf-8")
    found = mine(files)
    assert_real_evidence(found, files)
    assert "IMongoDBSettings" in found["settings_interface_injection"].names
    assert found["controller_base_class"].names[0] == "BaseApiController"
    assert found["dto_suffix"].names[0] == "Dto"
    assert {"BsonId", "BsonElement"} <= set(found["bson_attributes"].names)
    assert {"mongo_collection_access", "di_registration", "aspnet_attributes"} <= set(found)
    if (SAMPLE_REPO / "client" / "src" / "app").is_dir():
        assert "BookService" in found["angular_httpclient_observable"].names
        assert found["angular_provided_in_root"].count >= 1
