using System.Text.RegularExpressions;
using BookNest.Api.Configuration;
using BookNest.Api.Models;
using MongoDB.Bson;
using MongoDB.Driver;

namespace BookNest.Api.Repositories;

public class PublisherRepository : MongoRepository<Publisher>, IPublisherRepository
{
    // IMongoDBSettings only names the original collections; newer ones use a fixed name.
    public const string CollectionName = "publishers";

    public PublisherRepository(IMongoDBSettings settings)
        : base(settings, CollectionName)
    {
    }

    public async Task<Publisher?> GetBySlugAsync(string slug, CancellationToken cancellationToken = default) =>
        await Collection.Find(p => p.Slug == slug).FirstOrDefaultAsync(cancellationToken);

    public async Task<Publisher?> FindByNameOrAliasAsync(string name, CancellationToken cancellationToken = default)
    {
        // Whole-value, case-insensitive match: "penguin" finds "Penguin" but not "Penguin Random House".
        var pattern = new BsonRegularExpression($"^{Regex.Escape(name.Trim())}$", "i");
        var filter = Builders<Publisher>.Filter.Regex(p => p.Name, pattern)
                     | Builders<Publisher>.Filter.Regex("aliases", pattern);
        return await Collection.Find(filter).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<(IReadOnlyList<Publisher> Items, long TotalCount)> SearchAsync(
        string? search,
        string? country,
        int skip,
        int limit,
        CancellationToken cancellationToken = default)
    {
        var builder = Builders<Publisher>.Filter;
        var filter = builder.Empty;
        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = new BsonRegularExpression(Regex.Escape(search.Trim()), "i");
            filter &= builder.Regex(p => p.Name, pattern) | builder.Regex("aliases", pattern);
        }

        if (!string.IsNullOrWhiteSpace(country))
        {
            filter &= builder.Eq(p => p.Country, country.Trim());
        }

        var total = await Collection.CountDocumentsAsync(filter, cancellationToken: cancellationToken);
        var items = await Collection.Find(filter)
            .SortBy(p => p.Name)
            .Skip(skip)
            .Limit(limit)
            .ToListAsync(cancellationToken);
        return (items, total);
    }
}
