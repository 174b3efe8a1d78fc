"""A small .NET + MongoDB + Angular repository, written into tmp_path by the repo-artifact and cross-file tests."""

from __future__ import annotations

from pathlib import Path

from architect_ai.analyze.structure import RepoStructure, StructureCollector
from architect_ai.data import SourceFile

FILES: dict[str, tuple[str, str]] = {
    # path: (role, text)
    "server/Shop.Api/Controllers/BooksController.cs": (
        "dotnet_controller",
        """using Microsoft.AspNetCore.Mvc;
using Shop.Api.Dtos;
using Shop.Api.Services;

namespace Shop.Api.Controllers;

[ApiController]
[Route("api/[controller]")]
public class BooksController : ControllerBase
{
    private readonly IBookService _bookService;
    private readonly ILogger<BooksController> _logger;

    public BooksController(IBookService bookService, ILogger<BooksController> logger)
    {
        _bookService = bookService;
        _logger = logger;
    }

    [HttpGet]
    public async Task<ActionResult<List<BookDto>>> GetAll()
    {
        _logger.LogInformation("Listing books");
        var books = await _bookService.GetAllAsync();
        return Ok(books);
    }

    [HttpGet("{id:length(24)}")]
    public async Task<ActionResult<BookDto>> GetById(string id)
    {
        var book = await _bookService.GetByIdAsync(id);
        if (book is null)
        {
            return NotFound();
        }
        return Ok(book);
    }

    [HttpPost]
    public async Task<IActionResult> Create([FromBody] BookDto dto)
    {
        var created = await _bookService.CreateAsync(dto);
        return CreatedAtAction(nameof(GetById), new { id = created.Id }, created);
    }
}
""",
    ),
    "server/Shop.Api/Services/IBookService.cs": (
        "dotnet_service",
        """namespace Shop.Api.Services;

public interface IBookService
{
    Task<List<BookDto>> GetAllAsync();
    Task<BookDto?> GetByIdAsync(string id);
    Task<BookDto> CreateAsync(BookDto dto);
}
""",
    ),
    "server/Shop.Api/Services/BookService.cs": (
        "dotnet_service",
        """using Microsoft.Extensions.Options;
using MongoDB.Driver;

namespace Shop.Api.Services;

public class BookService : IBookService
{
    private readonly IMongoCollection<Book> _books;
    private readonly IAuthorRepository _authors;

    public BookService(IOptions<MongoDbSettings> settings, IMongoClient client, IAuthorRepository authors)
    {
        var database = client.GetDatabase(settings.Value.DatabaseName);
        _books = database.GetCollection<Book>(settings.Value.BooksCollectionName);
        _authors = authors;
    }

    public async Task<List<BookDto>> GetAllAsync()
    {
        var books = await _books.Find(_ => true).ToListAsync();
        return books.Select(BookDto.From).ToList();
    }

    public async Task<BookDto?> GetByIdAsync(string id)
    {
        var book = await _books.Find(b => b.Id == id).FirstOrDefaultAsync();
        if (book is null)
        {
            return null;
        }
        var author = await _authors.GetAsync(book.AuthorId);
        return BookDto.From(book, author);
    }

    public async Task<BookDto> CreateAsync(BookDto dto)
    {
        var book = dto.ToModel();
        await _books.InsertOneAsync(book);
        return BookDto.From(book);
    }
}
""",
    ),
    "server/Shop.Api/Repositories/AuthorRepository.cs": (
        "dotnet_repository",
        """using MongoDB.Driver;

namespace Shop.Api.Repositories;

public interface IAuthorRepository
{
    Task<Author?> GetAsync(string id);
}

public class AuthorRepository : IAuthorRepository
{
    private readonly IMongoCollection<Author> _collection;

    public AuthorRepository(IMongoDatabase database)
    {
        _collection = database.GetCollection<Author>("authors");
    }

    public async Task<Author?> GetAsync(string id) =>
        await _collection.Find(a => a.Id == id).FirstOrDefaultAsync();
}
""",
    ),
    "server/Shop.Api/Models/Book.cs": (
        "dotnet_model",
        """using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;

namespace Shop.Api.Models;

public class Book
{
    [BsonId]
    [BsonRepresentation(BsonType.ObjectId)]
    public string? Id { get; set; }

    [BsonElement("title")]
    public string Title { get; set; } = string.Empty;

    [BsonRepresentation(BsonType.ObjectId)]
    public string AuthorId { get; set; } = string.Empty;

    public List<string> CategoryIds { get; set; } = new();

    public decimal Price { get; set; }

    public List<Review> Reviews { get; set; } = new();
}
""",
    ),
    "server/Shop.Api/Models/Author.cs": (
        "dotnet_model",
        """namespace Shop.Api.Models;

public class Author
{
    [BsonId]
    public string? Id { get; set; }
    public string Name { get; set; } = string.Empty;
    public Address? Address { get; set; }
}

public class Address
{
    public string Street { get; set; } = string.Empty;
    public string City { get; set; } = string.Empty;
}
""",
    ),
    "server/Shop.Api/Models/Category.cs": (
        "dotnet_model",
        """namespace Shop.Api.Models;

public class Category
{
    [BsonId]
    public string? Id { get; set; }
    public string Name { get; set; } = string.Empty;
}

public class Review
{
    public int Rating { get; set; }
    public string Comment { get; set; } = string.Empty;
}
""",
    ),
    "server/Shop.Api/Dtos/BookDto.cs": (
        "dotnet_dto",
        """namespace Shop.Api.Dtos;

public class BookDto
{
    public string? Id { get; set; }
    public string Title { get; set; } = string.Empty;
    public string AuthorId { get; set; } = string.Empty;
    public decimal Price { get; set; }

    public static BookDto From(Book book, Author? author = null) => new() { Id = book.Id, Title = book.Title };

    public Book ToModel() => new() { Id = Id, Title = Title, AuthorId = AuthorId, Price = Price };
}
""",
    ),
    "server/Shop.Api/Configuration/MongoDbSettings.cs": (
        "dotnet_config",
        """namespace Shop.Api.Configuration;

public class MongoDbSettings
{
    public string ConnectionString { get; set; } = string.Empty;
    public string DatabaseName { get; set; } = string.Empty;
    public string BooksCollectionName { get; set; } = string.Empty;
}
""",
    ),
    "server/Shop.Api/Middleware/ErrorHandlingMiddleware.cs": (
        "dotnet_middleware",
        """namespace Shop.Api.Middleware;

public class ErrorHandlingMiddleware
{
    private readonly RequestDelegate _next;

    public ErrorHandlingMiddleware(RequestDelegate next) => _next = next;

    public async Task InvokeAsync(HttpContext context)
    {
        await _next(context);
    }
}
""",
    ),
    "server/Shop.Api/Program.cs": (
        "dotnet_program",
        """var builder = WebApplication.CreateBuilder(args);
builder.Services.AddControllers();
var app = builder.Build();
app.UseMiddleware<ErrorHandlingMiddleware>();
app.UseCors("client");
app.UseAuthorization();
app.MapControllers();
app.Run();
""",
    ),
    "server/Shop.Api/appsettings.json": (
        "config",
        """{
  // local development defaults
  "MongoDbSettings": {
    "ConnectionString": "mongodb://localhost:27017",
    "DatabaseName": "ShopDb",
    "BooksCollectionName": "books"
  },
  "Smtp": { "Host": "smtp.example.com", "Password": "[REDACTED]" },
  "Jwt": { "Issuer": "Shop.Api", "Key": "[REDACTED]" }
}
""",
    ),
    "server/Shop.Api/Shop.Api.csproj": (
        "config",
        """<Project Sdk="Microsoft.NET.Sdk.Web">
  <ItemGroup>
    <PackageReference Include="MongoDB.Driver" Version="2.24.0" />
    <PackageReference Include="MailKit" Version="4.3.0" />
  </ItemGroup>
</Project>
""",
    ),
    "docker-compose.yml": (
        "config",
        """services:
  mongo:
    image: mongo:7
  queue:
    image: rabbitmq:3-management
""",
    ),
    "client/src/environments/environment.ts": (
        "angular_environment",
        """export const environment = {
  production: false,
  apiUrl: 'http://localhost:5000/api'
};
""",
    ),
    "client/src/app/models/book.ts": (
        "angular_model",
        """export interface Book {
  id?: string;
  title: string;
  authorId: string;
  price: number;
}
""",
    ),
    "client/src/app/services/book.service.ts": (
        "angular_service",
        """import { HttpClient } from '@angular/common/http';
import { Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import { environment } from '../../environments/environment';
import { Book } from '../models/book';

@Injectable({ providedIn: 'root' })
export class BookService {
  private apiUrl = `${environment.apiUrl}/books`;

  constructor(private http: HttpClient) {}

  getBooks(): Observable<Book[]> {
    return this.http.get<Book[]>(this.apiUrl);
  }

  getBook(id: string): Observable<Book> {
    return this.http.get<Book>(`${this.apiUrl}/${id}`);
  }

  createBook(book: Book): Observable<Book> {
    return this.http.post<Book>(this.apiUrl, book);
  }
}
""",
    ),
    "client/src/app/components/book-list/book-list.component.ts": (
        "angular_component",
        """import { Component, OnInit } from '@angular/core';
import { Book } from '../../models/book';
import { BookService } from '../../services/book.service';

@Component({
  selector: 'app-book-list',
  templateUrl: './book-list.component.html'
})
export class BookListComponent implements OnInit {
  books: Book[] = [];

  constructor(private bookService: BookService) {}

  ngOnInit(): void {
    this.loadBooks();
  }

  loadBooks(): void {
    this.bookService.getBooks().subscribe(books => (this.books = books));
  }
}
""",
    ),
    "client/src/app/components/book-detail/book-detail.component.ts": (
        "angular_component",
        """import { Component, inject, OnInit } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { BookService } from '../../services/book.service';

@Component({ selector: 'app-book-detail', standalone: true, template: '<h1>{{ book?.title }}</h1>' })
export class BookDetailComponent implements OnInit {
  private bookService = inject(BookService);
  private route = inject(ActivatedRoute);
  book?: Book;

  ngOnInit(): void {
    const id = this.route.snapshot.paramMap.get('id')!;
    this.bookService.getBook(id).subscribe(book => (this.book = book));
  }
}
""",
    ),
}

LANGUAGES = {".cs": "csharp", ".ts": "typescript", ".json": "json", ".yml": "yaml", ".csproj": "xml"}


def write_repo(root: Path) -> Path:
    """Write the mini repository under `root` and return it."""
    for path, (_, text) in FILES.items():
        target = root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    return root


def collect(root: Path, order: list[str] | None = None) -> RepoStructure:
    """Read the written repository back as `SourceFile`s (in `order`, default sorted) and collect its structure."""
    collector = StructureCollector()
    for path in order or sorted(FILES):
        text = (root / path).read_text(encoding="utf-8")
        language = next((lang for ext, lang in LANGUAGES.items() if path.endswith(ext)), "text")
        collector.add(SourceFile(path, text, language, len(text.encode())), FILES[path][0])
    return collector.result()
