using BookNest.Api.Configuration;
using BookNest.Api.Models;
using MongoDB.Driver;

namespace BookNest.Api.Repositories;

public class AnnouncementRepository : MongoRepository<Announcement>, IAnnouncementRepository
{
    // Not one of the collections in MongoDBSettings; the name is fixed here.
    public const string CollectionName = "announcements";

    public AnnouncementRepository(IMongoDBSettings settings)
        : base(settings, CollectionName)
    {
    }

    public async Task<IReadOnlyList<Announcement>> GetLiveAsync(
        DateTime now,
        IReadOnlyCollection<AnnouncementAudience> audiences,
        int limit,
        CancellationToken cancellationToken = default) =>
        await Collection.Find(StateFilter(AnnouncementState.Live, now) & Builders<Announcement>.Filter.In(a => a.Audience, audiences))
            .SortByDescending(a => a.IsPinned)
            .ThenByDescending(a => a.PinnedAt)
            .ThenByDescending(a => a.PublishFrom)
            .Limit(limit)
            .ToListAsync(cancellationToken);

    public async Task<(IReadOnlyList<Announcement> Items, long Total)> GetPageAsync(
        AnnouncementAudience? audience,
        AnnouncementState? state,
        DateTime now,
        int skip,
        int limit,
        CancellationToken cancellationToken = default)
    {
        var filter = state is null ? Builders<Announcement>.Filter.Empty : StateFilter(state.Value, now);
        if (audience is not null)
        {
            filter &= Builders<Announcement>.Filter.Eq(a => a.Audience, audience.Value);
        }

        var total = await Collection.CountDocumentsAsync(filter, cancellationToken: cancellationToken);
        var items = await Collection.Find(filter)
            .SortByDescending(a => a.PublishFrom)
            .Skip(skip)
            .Limit(limit)
            .ToListAsync(cancellationToken);
        return (items, total);
    }

    public Task<long> CountPinnedLiveAsync(DateTime now, CancellationToken cancellationToken = default) =>
        Collection.CountDocumentsAsync(
            StateFilter(AnnouncementState.Live, now) & Builders<Announcement>.Filter.Eq(a => a.IsPinned, true),
            cancellationToken: cancellationToken);

    public async Task<bool> SetPinnedAsync(string id, bool pinned, DateTime changedAt, CancellationToken cancellationToken = default)
    {
        var result = await Collection.UpdateOneAsync(
            a => a.Id == id,
            Builders<Announcement>.Update
                .Set(a => a.IsPinned, pinned)
                .Set(a => a.PinnedAt, pinned ? changedAt : (DateTime?)null)
                .Set(a => a.UpdatedAt, changedAt),
            cancellationToken: cancellationToken);
        return result.MatchedCount == 1;
    }

    // The publish window as a query, mirroring Announcement.StateAt.
    private static FilterDefinition<Announcement> StateFilter(AnnouncementState state, DateTime now)
    {
        var builder = Builders<Announcement>.Filter;
        var notEnded = builder.Eq(a => a.PublishUntil, null) | builder.Gt(a => a.PublishUntil, now);
        return state switch
        {
            AnnouncementState.Scheduled => builder.Gt(a => a.PublishFrom, now),
            AnnouncementState.Expired => builder.Lte(a => a.PublishUntil, now),
            _ => builder.Lte(a => a.PublishFrom, now) & notEnded
        };
    }
}
