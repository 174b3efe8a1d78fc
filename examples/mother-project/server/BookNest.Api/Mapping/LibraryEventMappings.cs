using BookNest.Api.Dtos;
using BookNest.Api.Models;

namespace BookNest.Api.Mapping;

/// <summary>
/// Mappings for library events and event registrations.
/// </summary>
public static class LibraryEventMappings
{
    public static LibraryEventDto ToDto(this LibraryEvent libraryEvent, bool includeAttendees = false) => new()
    {
        Id = libraryEvent.Id ?? string.Empty,
        Title = libraryEvent.Title,
        Description = libraryEvent.Description,
        Kind = libraryEvent.Kind.ToString(),
        BranchCode = libraryEvent.BranchCode,
        StartsAt = libraryEvent.StartsAt,
        EndsAt = libraryEvent.EndsAt,
        Capacity = libraryEvent.Capacity,
        RegisteredCount = libraryEvent.Attendees.Count,
        WaitlistCount = libraryEvent.Waitlist.Count,
        SeatsLeft = libraryEvent.SeatsLeft,
        IsFull = libraryEvent.SeatsLeft == 0,
        IsCancelled = libraryEvent.IsCancelled,
        CancellationReason = libraryEvent.CancellationReason,
        AttendeeMemberIds = includeAttendees ? libraryEvent.Attendees.Select(a => a.MemberId).ToList() : null
    };

    public static LibraryEvent ToDocument(this CreateLibraryEventDto dto)
    {
        var startsAt = DateTime.SpecifyKind(dto.StartsAt, DateTimeKind.Utc);
        return new LibraryEvent
        {
            Title = dto.Title.Trim(),
            Description = dto.Description,
            Kind = Enum.Parse<EventKind>(dto.Kind, ignoreCase: true),
            BranchCode = dto.BranchCode.ToUpperInvariant(),
            StartsAt = startsAt,
            EndsAt = startsAt.AddMinutes(dto.DurationMinutes),
            Capacity = dto.Capacity
        };
    }

    public static EventRegistrationDto ToRegistrationDto(
        this LibraryEvent libraryEvent,
        EventRegistration registration,
        int? waitlistPosition) => new()
    {
        EventId = libraryEvent.Id ?? string.Empty,
        EventTitle = libraryEvent.Title,
        MemberId = registration.MemberId,
        Status = waitlistPosition is null ? EventRegistrationDto.Registered : EventRegistrationDto.Waitlisted,
        WaitlistPosition = waitlistPosition,
        RegisteredAt = registration.RegisteredAt
    };
}
