using BookNest.Api.Configuration;
using BookNest.Api.Models;
using MongoDB.Bson;
using MongoDB.Driver;

namespace BookNest.Api.Repositories;

public class LibraryEventRepository : MongoRepository<LibraryEvent>, ILibraryEventRepository
{
    // IMongoDBSettings only names the original collections; newer ones use a fixed name.
    public const string CollectionName = "libraryEvents";

    private static readonly FilterDefinitionBuilder<LibraryEvent> Filter = Builders<LibraryEvent>.Filter;
    private static readonly UpdateDefinitionBuilder<LibraryEvent> Update = Builders<LibraryEvent>.Update;

    public LibraryEventRepository(IMongoDBSettings settings)
        : base(settings, CollectionName)
    {
    }

    public async Task<(IReadOnlyList<LibraryEvent> Items, long TotalCount)> SearchAsync(
        EventKind? kind,
        string? branchCode,
        DateTime from,
        DateTime? to,
        bool includeCancelled,
        bool withSeatsOnly,
        int skip,
        int limit,
        CancellationToken cancellationToken = default)
    {
        var filter = Filter.Gte(e => e.EndsAt, from);
        if (to is not null)
        {
            filter &= Filter.Lte(e => e.StartsAt, to.Value);
        }

        if (kind is not null)
        {
            filter &= Filter.Eq(e => e.Kind, kind.Value);
        }

        if (!string.IsNullOrEmpty(branchCode))
        {
            filter &= Filter.Eq(e => e.BranchCode, branchCode.ToUpperInvariant());
        }

        if (!includeCancelled)
        {
            filter &= Filter.Eq(e => e.IsCancelled, false);
        }

        if (withSeatsOnly)
        {
            // Compares two fields of the same document, which needs $expr.
            filter &= new BsonDocumentFilterDefinition<LibraryEvent>(new BsonDocument(
                "$expr",
                new BsonDocument("$lt", new BsonArray { new BsonDocument("$size", "$attendees"), "$capacity" })));
        }

        var total = await Collection.CountDocumentsAsync(filter, cancellationToken: cancellationToken);
        var items = await Collection.Find(filter)
            .SortBy(e => e.StartsAt)
            .Skip(skip)
            .Limit(limit)
            .ToListAsync(cancellationToken);
        return (items, total);
    }

    // Succeeds only while fewer than `capacity` seats are taken and the member is not listed yet.
    public async Task<bool> TryTakeSeatAsync(string eventId, EventRegistration registration, int capacity, CancellationToken cancellationToken = default)
    {
        var result = await Collection.UpdateOneAsync(
            Filter.Eq(e => e.Id, eventId) & Filter.SizeLt(e => e.Attendees, capacity) & NotListed(registration.MemberId),
            Update.Push(e => e.Attendees, registration),
            cancellationToken: cancellationToken);
        return result.ModifiedCount == 1;
    }

    public async Task<bool> JoinWaitlistAsync(string eventId, EventRegistration registration, CancellationToken cancellationToken = default)
    {
        var result = await Collection.UpdateOneAsync(
            Filter.Eq(e => e.Id, eventId) & NotListed(registration.MemberId),
            Update.Push(e => e.Waitlist, registration),
            cancellationToken: cancellationToken);
        return result.ModifiedCount == 1;
    }

    public async Task<bool> RemoveAttendeeAsync(string eventId, string memberId, CancellationToken cancellationToken = default)
    {
        var result = await Collection.UpdateOneAsync(
            e => e.Id == eventId,
            Update.PullFilter(e => e.Attendees, r => r.MemberId == memberId),
            cancellationToken: cancellationToken);
        return result.ModifiedCount == 1;
    }

    public async Task<bool> RemoveFromWaitlistAsync(string eventId, string memberId, CancellationToken cancellationToken = default)
    {
        var result = await Collection.UpdateOneAsync(
            e => e.Id == eventId,
            Update.PullFilter(e => e.Waitlist, r => r.MemberId == memberId),
            cancellationToken: cancellationToken);
        return result.ModifiedCount == 1;
    }

    // Pops the head of the waitlist atomically, then gives that member a seat.
    public async Task<EventRegistration?> PromoteFromWaitlistAsync(string eventId, CancellationToken cancellationToken = default)
    {
        var before = await Collection.FindOneAndUpdateAsync(
            Filter.Eq(e => e.Id, eventId) & Filter.SizeGt(e => e.Waitlist, 0),
            Update.PopFirst(e => e.Waitlist),
            new FindOneAndUpdateOptions<LibraryEvent> { ReturnDocument = ReturnDocument.Before },
            cancellationToken);
        if (before is null)
        {
            return null;
        }

        var promoted = before.Waitlist[0];
        promoted.PromotedAt = DateTime.UtcNow;
        await Collection.UpdateOneAsync(e => e.Id == eventId, Update.Push(e => e.Attendees, promoted), cancellationToken: cancellationToken);
        return promoted;
    }

    public Task CancelAsync(string eventId, string? reason, CancellationToken cancellationToken = default) =>
        Collection.UpdateOneAsync(
            e => e.Id == eventId,
            Update.Set(e => e.IsCancelled, true).Set(e => e.CancellationReason, reason),
            cancellationToken: cancellationToken);

    private static FilterDefinition<LibraryEvent> NotListed(string memberId) =>
        Filter.Not(Filter.ElemMatch(e => e.Attendees, r => r.MemberId == memberId))
        & Filter.Not(Filter.ElemMatch(e => e.Waitlist, r => r.MemberId == memberId));
}
