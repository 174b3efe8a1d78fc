using BookNest.Api.Configuration;
using BookNest.Api.Models;
using MongoDB.Driver;

namespace BookNest.Api.Repositories;

/// <summary>
/// Hold queues. Queue order is <see cref="Reservation.PlacedAt"/>, so every queue query sorts on it.
/// </summary>
public class ReservationRepository : MongoRepository<Reservation>, IReservationRepository
{
    // IMongoDBSettings only names the original collections; newer ones use a fixed name.
    public const string CollectionName = "reservations";

    public ReservationRepository(IMongoDBSettings settings)
        : base(settings, CollectionName)
    {
    }

    public async Task<(IReadOnlyList<Reservation> Items, long TotalCount)> SearchAsync(
        ReservationStatus? status,
        string? bookId,
        string? memberId,
        string? pickupBranchCode,
        int skip,
        int limit,
        CancellationToken cancellationToken = default)
    {
        var builder = Builders<Reservation>.Filter;
        var filter = builder.Empty;
        if (status is not null)
        {
            filter &= builder.Eq(r => r.Status, status.Value);
        }

        if (!string.IsNullOrEmpty(bookId))
        {
            filter &= builder.Eq(r => r.BookId, bookId);
        }

        if (!string.IsNullOrEmpty(memberId))
        {
            filter &= builder.Eq(r => r.MemberId, memberId);
        }

        if (!string.IsNullOrEmpty(pickupBranchCode))
        {
            filter &= builder.Eq(r => r.PickupBranchCode, pickupBranchCode.ToUpperInvariant());
        }

        var total = await Collection.CountDocumentsAsync(filter, cancellationToken: cancellationToken);
        var items = await Collection.Find(filter)
            .SortBy(r => r.PlacedAt)
            .Skip(skip)
            .Limit(limit)
            .ToListAsync(cancellationToken);
        return (items, total);
    }

    public async Task<int> CountAheadAsync(string bookId, DateTime placedAt, CancellationToken cancellationToken = default) =>
        (int)await Collection.CountDocumentsAsync(
            r => r.BookId == bookId && r.Status == ReservationStatus.Waiting && r.PlacedAt < placedAt,
            cancellationToken: cancellationToken);

    public Task<long> CountOpenForMemberAsync(string memberId, CancellationToken cancellationToken = default) =>
        Collection.CountDocumentsAsync(
            r => r.MemberId == memberId &&
                 (r.Status == ReservationStatus.Waiting || r.Status == ReservationStatus.ReadyForPickup),
            cancellationToken: cancellationToken);

    public async Task<bool> HasOpenAsync(string bookId, string memberId, CancellationToken cancellationToken = default) =>
        await Collection.Find(r => r.BookId == bookId && r.MemberId == memberId &&
                                   (r.Status == ReservationStatus.Waiting || r.Status == ReservationStatus.ReadyForPickup))
            .AnyAsync(cancellationToken);

    // Prefers the oldest hold for the copy's own branch so copies travel between branches as little as possible.
    public async Task<Reservation?> GetNextWaitingAsync(
        string bookId,
        string? preferredBranchCode,
        CancellationToken cancellationToken = default)
    {
        if (preferredBranchCode is not null)
        {
            var local = await Collection.Find(r => r.BookId == bookId && r.Status == ReservationStatus.Waiting &&
                                                   r.PickupBranchCode == preferredBranchCode)
                .SortBy(r => r.PlacedAt)
                .FirstOrDefaultAsync(cancellationToken);
            if (local is not null)
            {
                return local;
            }
        }

        return await Collection.Find(r => r.BookId == bookId && r.Status == ReservationStatus.Waiting)
            .SortBy(r => r.PlacedAt)
            .FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Reservation>> GetPastPickupDeadlineAsync(DateTime now, CancellationToken cancellationToken = default) =>
        await Collection.Find(r => r.Status == ReservationStatus.ReadyForPickup && r.PickupDeadline < now)
            .SortBy(r => r.PickupDeadline)
            .ToListAsync(cancellationToken);
}
