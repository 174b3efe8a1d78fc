using System.Text.RegularExpressions;
using BookNest.Api.Configuration;
using BookNest.Api.Models;
using MongoDB.Bson;
using MongoDB.Driver;

namespace BookNest.Api.Repositories;

public class ReadingListRepository : MongoRepository<ReadingList>, IReadingListRepository
{
    // Not one of the collections in MongoDBSettings; the name is fixed here.
    public const string CollectionName = "readingLists";

    public ReadingListRepository(IMongoDBSettings settings)
        : base(settings, CollectionName)
    {
    }

    public async Task<IReadOnlyList<ReadingList>> GetPageAsync(
        string? memberId,
        string? bookId,
        bool includePrivate,
        string? search,
        int skip,
        int limit,
        CancellationToken cancellationToken = default) =>
        await Collection.Find(BuildFilter(memberId, bookId, includePrivate, search))
            .SortByDescending(l => l.UpdatedAt)
            .ThenByDescending(l => l.CreatedAt)
            .Skip(skip)
            .Limit(limit)
            .ToListAsync(cancellationToken);

    public Task<long> CountAsync(
        string? memberId,
        string? bookId,
        bool includePrivate,
        string? search,
        CancellationToken cancellationToken = default) =>
        Collection.CountDocumentsAsync(BuildFilter(memberId, bookId, includePrivate, search), cancellationToken: cancellationToken);

    public Task<long> CountByMemberAsync(string memberId, CancellationToken cancellationToken = default) =>
        Collection.CountDocumentsAsync(l => l.MemberId == memberId, cancellationToken: cancellationToken);

    // List names are unique per member, compared case-insensitively.
    public async Task<bool> NameExistsAsync(string memberId, string name, string? exceptId = null, CancellationToken cancellationToken = default)
    {
        var pattern = new BsonRegularExpression($"^{Regex.Escape(name.Trim())}$", "i");
        var builder = Builders<ReadingList>.Filter;
        var filter = builder.Eq(l => l.MemberId, memberId) & builder.Regex(l => l.Name, pattern);
        if (exceptId is not null)
        {
            filter &= builder.Ne(l => l.Id, exceptId);
        }

        return await Collection.Find(filter).AnyAsync(cancellationToken);
    }

    private static FilterDefinition<ReadingList> BuildFilter(string? memberId, string? bookId, bool includePrivate, string? search)
    {
        var builder = Builders<ReadingList>.Filter;
        var filter = includePrivate ? builder.Empty : builder.Eq(l => l.IsPublic, true);

        if (!string.IsNullOrEmpty(memberId))
        {
            filter &= builder.Eq(l => l.MemberId, memberId);
        }

        if (!string.IsNullOrEmpty(bookId))
        {
            filter &= builder.AnyEq(l => l.BookIds, bookId);
        }

        if (!string.IsNullOrWhiteSpace(search))
        {
            filter &= builder.Regex(l => l.Name, new BsonRegularExpression(Regex.Escape(search.Trim()), "i"));
        }

        return filter;
    }
}
