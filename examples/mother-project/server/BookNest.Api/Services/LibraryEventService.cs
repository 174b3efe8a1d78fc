using BookNest.Api.Configuration;
using BookNest.Api.Dtos;
using BookNest.Api.Exceptions;
using BookNest.Api.Mapping;
using BookNest.Api.Models;
using MongoDB.Bson;
using MongoDB.Driver;

namespace BookNest.Api.Services;

/// <summary>
/// Event agenda and seat registration. Seats are taken with a conditional update (array size below the capacity),
/// so two members booking the last seat at the same moment cannot both get it; the loser lands on the waitlist.
/// </summary>
public class LibraryEventService : ILibraryEventService
{
    // IMongoDBSettings only names the original collections; newer ones use a fixed name.
    private const string EventsCollectionName = "libraryEvents";

    private readonly IMongoCollection<LibraryEvent> _events;
    private readonly IMongoCollection<Member> _members;
    private readonly ILogger<LibraryEventService> _logger;

    public LibraryEventService(IMongoDBSettings settings, ILogger<LibraryEventService> logger)
    {
        var client = new MongoClient(settings.ConnectionString);
        var database = client.GetDatabase(settings.DatabaseName);
        _events = database.GetCollection<LibraryEvent>(EventsCollectionName);
        _members = database.GetCollection<Member>(settings.MembersCollectionName);
        _logger = logger;
    }

    public async Task<PagedResultDto<LibraryEventDto>> GetPagedAsync(LibraryEventQueryDto query, CancellationToken cancellationToken = default)
    {
        var builder = Builders<LibraryEvent>.Filter;
        var filter = builder.Gte(e => e.EndsAt, query.From ?? DateTime.UtcNow);
        if (query.To is not null)
        {
            filter &= builder.Lte(e => e.StartsAt, query.To.Value);
        }

        if (!string.IsNullOrEmpty(query.Kind))
        {
            filter &= builder.Eq(e => e.Kind, Enum.Parse<EventKind>(query.Kind, ignoreCase: true));
        }

        if (!string.IsNullOrEmpty(query.BranchCode))
        {
            filter &= builder.Eq(e => e.BranchCode, query.BranchCode.ToUpperInvariant());
        }

        if (!query.IncludeCancelled)
        {
            filter &= builder.Eq(e => e.IsCancelled, false);
        }

        if (query.WithSeatsOnly)
        {
            // Compares two fields of the same document, which needs $expr.
            filter &= new BsonDocumentFilterDefinition<LibraryEvent>(new BsonDocument(
                "$expr",
                new BsonDocument("$lt", new BsonArray { new BsonDocument("$size", "$attendees"), "$capacity" })));
        }

        var total = await _events.CountDocumentsAsync(filter, cancellationToken: cancellationToken);
        var events = await _events.Find(filter)
            .SortBy(e => e.StartsAt)
            .Skip(query.Skip)
            .Limit(query.PageSize)
            .ToListAsync(cancellationToken);
        return PagedResultDto<LibraryEventDto>.Create(events.Select(e => e.ToDto()).ToList(), query.Page, query.PageSize, total);
    }

    public async Task<LibraryEventDto> GetByIdAsync(string id, bool includeAttendees, CancellationToken cancellationToken = default) =>
        (await FindEventAsync(id, cancellationToken)).ToDto(includeAttendees);

    public async Task<LibraryEventDto> CreateAsync(CreateLibraryEventDto dto, CancellationToken cancellationToken = default)
    {
        if (dto.StartsAt <= DateTime.UtcNow)
        {
            throw new BusinessRuleException("event_in_past", "Events can only be scheduled in the future.");
        }

        var libraryEvent = dto.ToDocument();
        await _events.InsertOneAsync(libraryEvent, cancellationToken: cancellationToken);
        return libraryEvent.ToDto();
    }

    public async Task<LibraryEventDto> UpdateAsync(string id, CreateLibraryEventDto dto, CancellationToken cancellationToken = default)
    {
        var existing = await FindEventAsync(id, cancellationToken);
        EnsureOpenForChanges(existing);
        if (dto.Capacity < existing.Attendees.Count)
        {
            throw new BusinessRuleException(
                "capacity_below_registrations",
                $"{existing.Attendees.Count} members already have a seat; the capacity cannot go below that.");
        }

        var updated = dto.ToDocument();
        updated.Id = existing.Id;
        updated.Attendees = existing.Attendees;
        updated.Waitlist = existing.Waitlist;
        updated.CreatedAt = existing.CreatedAt;
        await _events.ReplaceOneAsync(e => e.Id == id, updated, cancellationToken: cancellationToken);

        // A larger room frees seats for the people on the waitlist.
        for (var seat = 0; seat < updated.SeatsLeft && seat < existing.Waitlist.Count; seat++)
        {
            await PromoteFromWaitlistAsync(id, cancellationToken);
        }

        return (await FindEventAsync(id, cancellationToken)).ToDto(includeAttendees: true);
    }

    public async Task<LibraryEventDto> CancelAsync(string id, string? reason, CancellationToken cancellationToken = default)
    {
        var libraryEvent = await FindEventAsync(id, cancellationToken);
        EnsureOpenForChanges(libraryEvent);

        await _events.UpdateOneAsync(
            e => e.Id == id,
            Builders<LibraryEvent>.Update.Set(e => e.IsCancelled, true).Set(e => e.CancellationReason, reason),
            cancellationToken: cancellationToken);
        _logger.LogInformation("Event {EventId} cancelled with {Count} registrations", id, libraryEvent.Attendees.Count);
        return (await FindEventAsync(id, cancellationToken)).ToDto(includeAttendees: true);
    }

    public async Task<EventRegistrationDto> RegisterAsync(string id, string memberId, CancellationToken cancellationToken = default)
    {
        var libraryEvent = await FindEventAsync(id, cancellationToken);
        EnsureOpenForChanges(libraryEvent);
        var member = await _members.Find(m => m.Id == memberId).FirstOrDefaultAsync(cancellationToken)
                     ?? throw new NotFoundException(nameof(Member), memberId);
        if (!member.IsActive)
        {
            throw new BusinessRuleException("member_inactive", "The membership is not active.");
        }

        if (libraryEvent.Attendees.Concat(libraryEvent.Waitlist).Any(r => r.MemberId == memberId))
        {
            throw new BusinessRuleException("already_registered", "You are already registered for this event.");
        }

        var registration = new EventRegistration { MemberId = memberId };
        var filter = Builders<LibraryEvent>.Filter;
        var notYetListed = filter.Not(filter.ElemMatch(e => e.Attendees, r => r.MemberId == memberId))
                           & filter.Not(filter.ElemMatch(e => e.Waitlist, r => r.MemberId == memberId));

        var seat = await _events.UpdateOneAsync(
            filter.Eq(e => e.Id, id) & filter.SizeLt(e => e.Attendees, libraryEvent.Capacity) & notYetListed,
            Builders<LibraryEvent>.Update.Push(e => e.Attendees, registration),
            cancellationToken: cancellationToken);
        if (seat.ModifiedCount == 1)
        {
            return libraryEvent.ToRegistrationDto(registration, waitlistPosition: null);
        }

        await _events.UpdateOneAsync(
            filter.Eq(e => e.Id, id) & notYetListed,
            Builders<LibraryEvent>.Update.Push(e => e.Waitlist, registration),
            cancellationToken: cancellationToken);
        var refreshed = await FindEventAsync(id, cancellationToken);
        var position = refreshed.Waitlist.FindIndex(r => r.MemberId == memberId) + 1;
        return refreshed.ToRegistrationDto(registration, position);
    }

    public async Task UnregisterAsync(string id, string memberId, CancellationToken cancellationToken = default)
    {
        var libraryEvent = await FindEventAsync(id, cancellationToken);
        var update = Builders<LibraryEvent>.Update;

        if (libraryEvent.Attendees.Any(r => r.MemberId == memberId))
        {
            await _events.UpdateOneAsync(
                e => e.Id == id,
                update.PullFilter(e => e.Attendees, r => r.MemberId == memberId),
                cancellationToken: cancellationToken);
            if (!libraryEvent.IsCancelled && libraryEvent.StartsAt > DateTime.UtcNow)
            {
                await PromoteFromWaitlistAsync(id, cancellationToken);
            }

            return;
        }

        var result = await _events.UpdateOneAsync(
            e => e.Id == id,
            update.PullFilter(e => e.Waitlist, r => r.MemberId == memberId),
            cancellationToken: cancellationToken);
        if (result.ModifiedCount == 0)
        {
            throw new BusinessRuleException("not_registered", "You are not registered for this event.");
        }
    }

    private async Task<LibraryEvent> FindEventAsync(string id, CancellationToken cancellationToken) =>
        await _events.Find(e => e.Id == id).FirstOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException(nameof(LibraryEvent), id);

    private static void EnsureOpenForChanges(LibraryEvent libraryEvent)
    {
        if (libraryEvent.IsCancelled)
        {
            throw new BusinessRuleException("event_cancelled", "This event has been cancelled.");
        }

        if (libraryEvent.StartsAt <= DateTime.UtcNow)
        {
            throw new BusinessRuleException("event_started", "This event has already started.");
        }
    }

    // Takes the head of the waitlist off atomically, then gives that member the freed seat.
    private async Task PromoteFromWaitlistAsync(string id, CancellationToken cancellationToken)
    {
        var before = await _events.FindOneAndUpdateAsync(
            Builders<LibraryEvent>.Filter.Eq(e => e.Id, id) & Builders<LibraryEvent>.Filter.SizeGt(e => e.Waitlist, 0),
            Builders<LibraryEvent>.Update.PopFirst(e => e.Waitlist),
            new FindOneAndUpdateOptions<LibraryEvent> { ReturnDocument = ReturnDocument.Before },
            cancellationToken);
        if (before is null)
        {
            return;
        }

        var promoted = before.Waitlist[0];
        promoted.PromotedAt = DateTime.UtcNow;
        await _events.UpdateOneAsync(
            e => e.Id == id,
            Builders<LibraryEvent>.Update.Push(e => e.Attendees, promoted),
            cancellationToken: cancellationToken);
        _logger.LogInformation("Member {MemberId} moved from the waitlist into event {EventId}", promoted.MemberId, id);
    }
}
