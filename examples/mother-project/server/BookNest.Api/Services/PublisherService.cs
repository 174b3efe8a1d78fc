using System.Text.RegularExpressions;
using BookNest.Api.Configuration;
using BookNest.Api.Dtos;
using BookNest.Api.Exceptions;
using BookNest.Api.Mapping;
using BookNest.Api.Models;
using BookNest.Api.Repositories;
using MongoDB.Driver;

namespace BookNest.Api.Services;

/// <summary>
/// Publisher catalogue on top of <see cref="IPublisherRepository"/>. Books are matched by publisher name, so renaming
/// or merging a publisher also rewrites <see cref="Book.Publisher"/> on the affected books.
/// </summary>
public class PublisherService : IPublisherService
{
    private readonly IPublisherRepository _publishers;
    private readonly IMongoCollection<Book> _books;
    private readonly ILogger<PublisherService> _logger;

    public PublisherService(IPublisherRepository publishers, IMongoDBSettings settings, ILogger<PublisherService> logger)
    {
        _publishers = publishers;
        var client = new MongoClient(settings.ConnectionString);
        _books = client.GetDatabase(settings.DatabaseName).GetCollection<Book>(settings.BooksCollectionName);
        _logger = logger;
    }

    public async Task<PagedResultDto<PublisherDto>> GetPagedAsync(PublisherQueryDto query, CancellationToken cancellationToken = default)
    {
        var (publishers, total) = await _publishers.SearchAsync(query.Search, query.Country, query.Skip, query.PageSize, cancellationToken);

        // One grouped count over the page's names instead of a count query per publisher.
        var names = publishers.SelectMany(p => p.AllNames).Distinct().ToList();
        var counts = await _books.Aggregate()
            .Match(Builders<Book>.Filter.In(b => b.Publisher, names))
            .Group(b => b.Publisher, g => new { Name = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var byName = counts.Where(c => c.Name != null).ToDictionary(c => c.Name!, c => c.Count);

        var items = publishers
            .Select(p => p.ToDto(p.AllNames.Sum(n => byName.GetValueOrDefault(n))))
            .ToList();
        return PagedResultDto<PublisherDto>.Create(items, query.Page, query.PageSize, total);
    }

    public async Task<PublisherDto> GetByIdAsync(string id, CancellationToken cancellationToken = default)
    {
        var publisher = await FindPublisherAsync(id, cancellationToken);
        return publisher.ToDto(await CountBooksAsync(publisher, cancellationToken));
    }

    public async Task<IReadOnlyList<BookDto>> GetBooksAsync(string id, CancellationToken cancellationToken = default)
    {
        var publisher = await FindPublisherAsync(id, cancellationToken);
        var books = await _books.Find(Builders<Book>.Filter.In(b => b.Publisher, publisher.AllNames))
            .SortByDescending(b => b.PublishedYear)
            .ThenBy(b => b.Title)
            .ToListAsync(cancellationToken);
        return books.Select(b => b.ToDto()).ToList();
    }

    public async Task<PublisherDto> CreateAsync(CreatePublisherDto dto, CancellationToken cancellationToken = default)
    {
        await EnsureNameIsFreeAsync(dto.Name, null, cancellationToken);

        var publisher = dto.ToDocument();
        publisher.Slug = ToSlug(dto.Name);
        await _publishers.InsertAsync(publisher, cancellationToken);
        return publisher.ToDto(await CountBooksAsync(publisher, cancellationToken));
    }

    public async Task<PublisherDto> UpdateAsync(string id, CreatePublisherDto dto, CancellationToken cancellationToken = default)
    {
        var existing = await FindPublisherAsync(id, cancellationToken);
        await EnsureNameIsFreeAsync(dto.Name, id, cancellationToken);

        var updated = dto.ToDocument();
        updated.Id = existing.Id;
        updated.Slug = ToSlug(dto.Name);
        updated.CreatedAt = existing.CreatedAt;
        updated.UpdatedAt = DateTime.UtcNow;
        await _publishers.ReplaceAsync(updated, cancellationToken);

        if (!string.Equals(existing.Name, updated.Name, StringComparison.Ordinal))
        {
            await RenameBooksAsync(new[] { existing.Name }, updated.Name, cancellationToken);
        }

        return updated.ToDto(await CountBooksAsync(updated, cancellationToken));
    }

    public async Task<PublisherDto> MergeAsync(string targetId, MergePublishersDto dto, CancellationToken cancellationToken = default)
    {
        if (dto.SourcePublisherId == targetId)
        {
            throw new BusinessRuleException("merge_into_self", "A publisher cannot be merged into itself.");
        }

        var target = await FindPublisherAsync(targetId, cancellationToken);
        var source = await FindPublisherAsync(dto.SourcePublisherId, cancellationToken);

        var movedBooks = await RenameBooksAsync(source.AllNames, target.Name, cancellationToken);
        var inherited = dto.KeepSourceNameAsAlias ? source.AllNames : source.Aliases;
        target.Aliases = target.Aliases
            .Concat(inherited)
            .Where(n => !string.Equals(n, target.Name, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        target.UpdatedAt = DateTime.UtcNow;

        await _publishers.ReplaceAsync(target, cancellationToken);
        await _publishers.DeleteAsync(source.Id!, cancellationToken);
        _logger.LogInformation("Publisher {SourceId} merged into {TargetId}; {BookCount} books moved", source.Id, target.Id, movedBooks);
        return target.ToDto(await CountBooksAsync(target, cancellationToken));
    }

    public async Task DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        var publisher = await FindPublisherAsync(id, cancellationToken);
        if (await CountBooksAsync(publisher, cancellationToken) > 0)
        {
            throw new BusinessRuleException("publisher_has_books", "Merge the publisher into another one instead of deleting it.");
        }

        await _publishers.DeleteAsync(id, cancellationToken);
    }

    private async Task<Publisher> FindPublisherAsync(string id, CancellationToken cancellationToken) =>
        await _publishers.GetByIdAsync(id, cancellationToken) ?? throw new NotFoundException(nameof(Publisher), id);

    private async Task EnsureNameIsFreeAsync(string name, string? ownId, CancellationToken cancellationToken)
    {
        var clash = await _publishers.FindByNameOrAliasAsync(name, cancellationToken);
        if (clash is not null && clash.Id != ownId)
        {
            throw new BusinessRuleException("duplicate_publisher", $"'{name}' is already used by publisher '{clash.Name}'.");
        }
    }

    private async Task<int> CountBooksAsync(Publisher publisher, CancellationToken cancellationToken) =>
        (int)await _books.CountDocumentsAsync(
            Builders<Book>.Filter.In(b => b.Publisher, publisher.AllNames),
            cancellationToken: cancellationToken);

    private async Task<long> RenameBooksAsync(IEnumerable<string> oldNames, string newName, CancellationToken cancellationToken)
    {
        var result = await _books.UpdateManyAsync(
            Builders<Book>.Filter.In(b => b.Publisher, oldNames),
            Builders<Book>.Update.Set(b => b.Publisher, newName).Set(b => b.UpdatedAt, DateTime.UtcNow),
            cancellationToken: cancellationToken);
        return result.ModifiedCount;
    }

    private static string ToSlug(string name) =>
        Regex.Replace(name.Trim().ToLowerInvariant(), @"[^a-z0-9]+", "-").Trim('-');
}
