using BookNest.Api.Models;

namespace BookNest.Api.Repositories;

/// <summary>
/// Events with their embedded seats and waitlist. The seat operations are single atomic updates, so callers never
/// read-modify-write the arrays themselves.
/// </summary>
public interface ILibraryEventRepository : IRepository<LibraryEvent>
{
    Task<(IReadOnlyList<LibraryEvent> Items, long TotalCount)> SearchAsync(
        EventKind? kind,
        string? branchCode,
        DateTime from,
        DateTime? to,
        bool includeCancelled,
        bool withSeatsOnly,
        int skip,
        int limit,
        CancellationToken cancellationToken = default);

    Task<bool> TryTakeSeatAsync(string eventId, EventRegistration registration, int capacity, CancellationToken cancellationToken = default);
    Task<bool> JoinWaitlistAsync(string eventId, EventRegistration registration, CancellationToken cancellationToken = default);
    Task<bool> RemoveAttendeeAsync(string eventId, string memberId, CancellationToken cancellationToken = default);
    Task<bool> RemoveFromWaitlistAsync(string eventId, string memberId, CancellationToken cancellationToken = default);
    Task<EventRegistration?> PromoteFromWaitlistAsync(string eventId, CancellationToken cancellationToken = default);
    Task CancelAsync(string eventId, string? reason, CancellationToken cancellationToken = default);
}
