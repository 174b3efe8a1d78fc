using BookNest.Api.Models;

namespace BookNest.Api.Repositories;

public interface IReservationRepository : IRepository<Reservation>
{
    Task<(IReadOnlyList<Reservation> Items, long TotalCount)> SearchAsync(
        ReservationStatus? status,
        string? bookId,
        string? memberId,
        string? pickupBranchCode,
        int skip,
        int limit,
        CancellationToken cancellationToken = default);

    Task<int> CountAheadAsync(string bookId, DateTime placedAt, CancellationToken cancellationToken = default);
    Task<long> CountOpenForMemberAsync(string memberId, CancellationToken cancellationToken = default);
    Task<bool> HasOpenAsync(string bookId, string memberId, CancellationToken cancellationToken = default);
    Task<Reservation?> GetNextWaitingAsync(string bookId, string? preferredBranchCode, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<Reservation>> GetPastPickupDeadlineAsync(DateTime now, CancellationToken cancellationToken = default);
}
