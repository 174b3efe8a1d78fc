using BookNest.Api.Models;
using MongoDB.Driver;

namespace BookNest.Api.Repositories;

public interface IRoomBookingRepository : IRepository<RoomBooking>
{
    /// <summary>
    /// Bookings of a room overlapping [from, until) that still hold it: checked in, or booked and not yet
    /// past <paramref name="noShowCutoff"/> (bookings starting before it without a check-in are no-shows).
    /// </summary>
    Task<IReadOnlyList<RoomBooking>> GetHoldingAsync(
        string roomId,
        DateTime from,
        DateTime until,
        DateTime noShowCutoff,
        CancellationToken cancellationToken = default);

    /// <summary>The member's booked or checked-in slots starting on <paramref name="day"/>, in every room.</summary>
    Task<IReadOnlyList<RoomBooking>> GetActiveForMemberOnAsync(string memberId, DateTime day, CancellationToken cancellationToken = default);

    Task<(IReadOnlyList<RoomBooking> Items, long Total)> GetPageAsync(
        FilterDefinition<RoomBooking> filter,
        int skip,
        int limit,
        CancellationToken cancellationToken = default);

    Task<long> CountUpcomingAsync(string roomId, DateTime now, CancellationToken cancellationToken = default);
    Task SetStatusAsync(RoomBooking booking, RoomBookingStatus status, CancellationToken cancellationToken = default);
}
