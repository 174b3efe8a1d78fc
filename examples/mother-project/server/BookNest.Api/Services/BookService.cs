using System.Text.RegularExpressions;
using BookNest.Api.Configuration;
using BookNest.Api.Dtos;
using BookNest.Api.Exceptions;
using BookNest.Api.Mapping;
using BookNest.Api.Models;
using MongoDB.Bson;
using MongoDB.Driver;

namespace BookNest.Api.Services;

public class BookService : IBookService
{
    private readonly IMongoCollection<Book> _books;
    private readonly IMongoCollection<Author> _authors;
    private readonly IMongoCollection<InventoryItem> _inventory;
    private readonly ILogger<BookService> _logger;

    public BookService(IMongoDBSettings settings, ILogger<BookService> logger)
    {
        var client = new MongoClient(settings.ConnectionString);
        var database = client.GetDatabase(settings.DatabaseName);
        _books = database.GetCollection<Book>(settings.BooksCollectionName);
        _authors = database.GetCollection<Author>(settings.AuthorsCollectionName);
        _inventory = database.GetCollection<InventoryItem>(settings.InventoryCollectionName);
        _logger = logger;
    }

    public async Task<PagedResultDto<BookDto>> GetPagedAsync(BookQueryDto query, CancellationToken cancellationToken = default)
    {
        var builder = Builders<Book>.Filter;
        var filter = builder.Empty;

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = new BsonRegularExpression(Regex.Escape(query.Search.Trim()), "i");
            filter &= builder.Regex(b => b.Title, pattern) | builder.Regex(b => b.Isbn, pattern);
        }

        if (!string.IsNullOrEmpty(query.AuthorId))
        {
            filter &= builder.Eq(b => b.AuthorId, query.AuthorId);
        }

        if (!string.IsNullOrEmpty(query.CategoryId))
        {
            filter &= builder.AnyEq(b => b.CategoryIds, query.CategoryId);
        }

        if (query.AvailableOnly)
        {
            using var cursor = await _inventory.DistinctAsync(
                i => i.BookId,
                i => i.Status == CopyStatus.Available,
                cancellationToken: cancellationToken);
            var availableBookIds = await cursor.ToListAsync(cancellationToken);
            filter &= builder.In(b => b.Id, availableBookIds);
        }

        var total = await _books.CountDocumentsAsync(filter, cancellationToken: cancellationToken);
        var books = await _books.Find(filter)
            .SortBy(b => b.Title)
            .Skip(query.Skip)
            .Limit(query.PageSize)
            .ToListAsync(cancellationToken);

        var authorNames = await GetAuthorNamesAsync(books.Select(b => b.AuthorId), cancellationToken);
        var items = books.Select(b => b.ToDto(authorNames.GetValueOrDefault(b.AuthorId))).ToList();
        return PagedResultDto<BookDto>.Create(items, query.Page, query.PageSize, total);
    }

    public async Task<BookDto> GetByIdAsync(string id, CancellationToken cancellationToken = default)
    {
        var book = await FindBookAsync(id, cancellationToken);
        var author = await _authors.Find(a => a.Id == book.AuthorId).FirstOrDefaultAsync(cancellationToken);
        return book.ToDto(author?.FullName);
    }

    public async Task<IReadOnlyList<BookDto>> GetByAuthorAsync(string authorId, CancellationToken cancellationToken = default)
    {
        var books = await _books.Find(b => b.AuthorId == authorId)
            .SortByDescending(b => b.PublishedYear)
            .ToListAsync(cancellationToken);
        return books.Select(b => b.ToDto()).ToList();
    }

    public async Task<BookDto> CreateAsync(CreateBookDto dto, CancellationToken cancellationToken = default)
    {
        var author = await EnsureAuthorExistsAsync(dto.AuthorId, cancellationToken);

        if (await _books.Find(b => b.Isbn == dto.Isbn).AnyAsync(cancellationToken))
        {
            throw new BusinessRuleException("duplicate_isbn", $"A book with ISBN {dto.Isbn} already exists.");
        }

        var book = dto.ToDocument();
        await _books.InsertOneAsync(book, cancellationToken: cancellationToken);
        _logger.LogInformation("Book {BookId} '{Title}' added to the catalogue", book.Id, book.Title);
        return book.ToDto(author.FullName);
    }

    public async Task<BookDto> UpdateAsync(string id, CreateBookDto dto, CancellationToken cancellationToken = default)
    {
        var existing = await FindBookAsync(id, cancellationToken);
        var author = await EnsureAuthorExistsAsync(dto.AuthorId, cancellationToken);

        var updated = dto.ToDocument();
        updated.Id = existing.Id;
        updated.CreatedAt = existing.CreatedAt;
        updated.UpdatedAt = DateTime.UtcNow;
        // Ratings are owned by ReviewService; never overwrite them from the edit form.
        updated.AverageRating = existing.AverageRating;
        updated.ReviewCount = existing.ReviewCount;

        await _books.ReplaceOneAsync(b => b.Id == id, updated, cancellationToken: cancellationToken);
        return updated.ToDto(author.FullName);
    }

    public async Task DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        await FindBookAsync(id, cancellationToken);

        var copiesOnLoan = await _inventory.CountDocumentsAsync(
            i => i.BookId == id && i.Status == CopyStatus.OnLoan,
            cancellationToken: cancellationToken);
        if (copiesOnLoan > 0)
        {
            throw new BusinessRuleException("book_on_loan", "Books with copies on loan cannot be removed.");
        }

        await _inventory.DeleteManyAsync(i => i.BookId == id, cancellationToken);
        await _books.DeleteOneAsync(b => b.Id == id, cancellationToken);
        _logger.LogInformation("Book {BookId} and its copies were removed", id);
    }

    private async Task<Book> FindBookAsync(string id, CancellationToken cancellationToken) =>
        await _books.Find(b => b.Id == id).FirstOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException(nameof(Book), id);

    private async Task<Author> EnsureAuthorExistsAsync(string authorId, CancellationToken cancellationToken) =>
        await _authors.Find(a => a.Id == authorId).FirstOrDefaultAsync(cancellationToken)
        ?? throw new BusinessRuleException("unknown_author", $"Author '{authorId}' does not exist.");

    private async Task<Dictionary<string, string>> GetAuthorNamesAsync(
        IEnumerable<string> authorIds,
        CancellationToken cancellationToken)
    {
        var ids = authorIds.Distinct().ToList();
        var authors = await _authors.Find(Builders<Author>.Filter.In(a => a.Id, ids)).ToListAsync(cancellationToken);
        return authors.ToDictionary(a => a.Id!, a => a.FullName);
    }
}
