using BookNest.Api.Configuration;
using BookNest.Api.Dtos;
using BookNest.Api.Exceptions;
using BookNest.Api.Mapping;
using BookNest.Api.Models;
using BookNest.Api.Repositories;
using MongoDB.Driver;

namespace BookNest.Api.Services;

/// <summary>
/// Event agenda and seat registration. Seats are taken through <see cref="ILibraryEventRepository.TryTakeSeatAsync"/>,
/// a conditional update on the seat count, so two members booking the last seat at the same moment cannot both get
/// it; the one who loses the race lands on the waitlist.
/// </summary>
public class LibraryEventService : ILibraryEventService
{
    private readonly ILibraryEventRepository _events;
    private readonly IMongoCollection<Member> _members;
    private readonly ILogger<LibraryEventService> _logger;

    public LibraryEventService(ILibraryEventRepository events, IMongoDBSettings settings, ILogger<LibraryEventService> logger)
    {
        _events = events;
        var client = new MongoClient(settings.ConnectionString);
        _members = client.GetDatabase(settings.DatabaseName).GetCollection<Member>(settings.MembersCollectionName);
        _logger = logger;
    }

    public async Task<PagedResultDto<LibraryEventDto>> GetPagedAsync(LibraryEventQueryDto query, CancellationToken cancellationToken = default)
    {
        EventKind? kind = string.IsNullOrEmpty(query.Kind) ? null : Enum.Parse<EventKind>(query.Kind, ignoreCase: true);
        var (events, total) = await _events.SearchAsync(
            kind,
            query.BranchCode,
            query.From ?? DateTime.UtcNow,
            query.To,
            query.IncludeCancelled,
            query.WithSeatsOnly,
            query.Skip,
            query.PageSize,
            cancellationToken);
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
        await _events.InsertAsync(libraryEvent, cancellationToken);
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
        await _events.ReplaceAsync(updated, cancellationToken);

        // A bigger room frees seats for the members on the waitlist.
        var freedSeats = Math.Min(updated.SeatsLeft, existing.Waitlist.Count);
        for (var seat = 0; seat < freedSeats; seat++)
        {
            await _events.PromoteFromWaitlistAsync(id, cancellationToken);
        }

        return (await FindEventAsync(id, cancellationToken)).ToDto(includeAttendees: true);
    }

    public async Task<LibraryEventDto> CancelAsync(string id, string? reason, CancellationToken cancellationToken = default)
    {
        var libraryEvent = await FindEventAsync(id, cancellationToken);
        EnsureOpenForChanges(libraryEvent);

        await _events.CancelAsync(id, reason, cancellationToken);
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
        if (await _events.TryTakeSeatAsync(id, registration, libraryEvent.Capacity, cancellationToken))
        {
            return libraryEvent.ToRegistrationDto(registration, waitlistPosition: null);
        }

        if (!await _events.JoinWaitlistAsync(id, registration, cancellationToken))
        {
            throw new BusinessRuleException("already_registered", "You are already registered for this event.");
        }

        var refreshed = await FindEventAsync(id, cancellationToken);
        var position = refreshed.Waitlist.FindIndex(r => r.MemberId == memberId) + 1;
        return refreshed.ToRegistrationDto(registration, position);
    }

    public async Task UnregisterAsync(string id, string memberId, CancellationToken cancellationToken = default)
    {
        var libraryEvent = await FindEventAsync(id, cancellationToken);
        if (await _events.RemoveAttendeeAsync(id, memberId, cancellationToken))
        {
            // The freed seat goes to the head of the waitlist, unless the event is over or called off.
            if (!libraryEvent.IsCancelled && libraryEvent.StartsAt > DateTime.UtcNow)
            {
                var promoted = await _events.PromoteFromWaitlistAsync(id, cancellationToken);
                if (promoted is not null)
                {
                    _logger.LogInformation("Member {MemberId} moved from the waitlist into event {EventId}", promoted.MemberId, id);
                }
            }

            return;
        }

        if (!await _events.RemoveFromWaitlistAsync(id, memberId, cancellationToken))
        {
            throw new BusinessRuleException("not_registered", "You are not registered for this event.");
        }
    }

    private async Task<LibraryEvent> FindEventAsync(string id, CancellationToken cancellationToken) =>
        await _events.GetByIdAsync(id, cancellationToken) ?? throw new NotFoundException(nameof(LibraryEvent), id);

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
}
