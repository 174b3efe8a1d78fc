using System.Text.RegularExpressions;
using BookNest.Api.Configuration;
using BookNest.Api.Dtos;
using BookNest.Api.Exceptions;
using BookNest.Api.Mapping;
using BookNest.Api.Models;
using MongoDB.Bson;
using MongoDB.Driver;

namespace BookNest.Api.Services;

public class AuthorService : IAuthorService
{
    private readonly IMongoCollection<Author> _authors;
    private readonly IMongoCollection<Book> _books;

    public AuthorService(IMongoDBSettings settings)
    {
        var client = new MongoClient(settings.ConnectionString);
        var database = client.GetDatabase(settings.DatabaseName);
        _authors = database.GetCollection<Author>(settings.AuthorsCollectionName);
        _books = database.GetCollection<Book>(settings.BooksCollectionName);
    }

    public async Task<PagedResultDto<AuthorDto>> GetPagedAsync(PageQueryDto query, CancellationToken cancellationToken = default)
    {
        var filter = Builders<Author>.Filter.Empty;
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = new BsonRegularExpression(Regex.Escape(query.Search.Trim()), "i");
            filter = Builders<Author>.Filter.Regex(a => a.LastName, pattern)
                     | Builders<Author>.Filter.Regex(a => a.FirstName, pattern);
        }

        var total = await _authors.CountDocumentsAsync(filter, cancellationToken: cancellationToken);
        var authors = await _authors.Find(filter)
            .SortBy(a => a.LastName)
            .ThenBy(a => a.FirstName)
            .Skip(query.Skip)
            .Limit(query.PageSize)
            .ToListAsync(cancellationToken);

        var items = new List<AuthorDto>(authors.Count);
        foreach (var author in authors)
        {
            items.Add(author.ToDto(await CountBooksAsync(author.Id!, cancellationToken)));
        }

        return PagedResultDto<AuthorDto>.Create(items, query.Page, query.PageSize, total);
    }

    public async Task<AuthorDto> GetByIdAsync(string id, CancellationToken cancellationToken = default)
    {
        var author = await FindAuthorAsync(id, cancellationToken);
        return author.ToDto(await CountBooksAsync(id, cancellationToken));
    }

    public async Task<AuthorDto> CreateAsync(CreateAuthorDto dto, CancellationToken cancellationToken = default)
    {
        var author = dto.ToDocument();
        await _authors.InsertOneAsync(author, cancellationToken: cancellationToken);
        return author.ToDto();
    }

    public async Task<AuthorDto> UpdateAsync(string id, CreateAuthorDto dto, CancellationToken cancellationToken = default)
    {
        var existing = await FindAuthorAsync(id, cancellationToken);
        var updated = dto.ToDocument();
        updated.Id = existing.Id;
        updated.CreatedAt = existing.CreatedAt;

        await _authors.ReplaceOneAsync(a => a.Id == id, updated, cancellationToken: cancellationToken);
        return updated.ToDto(await CountBooksAsync(id, cancellationToken));
    }

    public async Task DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        await FindAuthorAsync(id, cancellationToken);
        if (await CountBooksAsync(id, cancellationToken) > 0)
        {
            throw new BusinessRuleException("author_has_books", "Reassign or remove the author's books first.");
        }

        await _authors.DeleteOneAsync(a => a.Id == id, cancellationToken);
    }

    private async Task<Author> FindAuthorAsync(string id, CancellationToken cancellationToken) =>
        await _authors.Find(a => a.Id == id).FirstOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException(nameof(Author), id);

    private async Task<int> CountBooksAsync(string authorId, CancellationToken cancellationToken) =>
        (int)await _books.CountDocumentsAsync(b => b.AuthorId == authorId, cancellationToken: cancellationToken);
}
