using BookNest.Api.Configuration;
using BookNest.Api.Models;
using MongoDB.Driver;

namespace BookNest.Api.Repositories;

public class RoomBookingRepository : MongoRepository<RoomBooking>, IRoomBookingRepository
{
    // Not one of the collections in MongoDBSettings; the name is fixed here.
    public const string CollectionName = "roomBookings";

    public RoomBookingRepository(IMongoDBSettings settings)
        : base(settings, CollectionName)
    {
    }

    public async Task<IReadOnlyList<RoomBooking>> GetHoldingAsync(
        string roomId,
        DateTime from,
        DateTime until,
        DateTime noShowCutoff,
        CancellationToken cancellationToken = default)
    {
        var builder = Builders<RoomBooking>.Filter;
        var filter = builder.Eq(b => b.RoomId, roomId)
                     & builder.Lt(b => b.StartsAt, until)
                     & builder.Gt(b => b.EndsAt, from)
                     & (builder.Eq(b => b.Status, RoomBookingStatus.CheckedIn)
                        | (builder.Eq(b => b.Status, RoomBookingStatus.Booked) & builder.Gt(b => b.StartsAt, noShowCutoff)));
        return await Collection.Find(filter).SortBy(b => b.StartsAt).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<RoomBooking>> GetActiveForMemberOnAsync(string memberId, DateTime day, CancellationToken cancellationToken = default)
    {
        var dayStart = day.Date;
        var dayEnd = dayStart.AddDays(1);
        return await Collection.Find(b => b.MemberId == memberId && b.StartsAt >= dayStart && b.StartsAt < dayEnd &&
                                          (b.Status == RoomBookingStatus.Booked || b.Status == RoomBookingStatus.CheckedIn))
            .ToListAsync(cancellationToken);
    }

    public async Task<(IReadOnlyList<RoomBooking> Items, long Total)> GetPageAsync(
        FilterDefinition<RoomBooking> filter,
        int skip,
        int limit,
        CancellationToken cancellationToken = default)
    {
        var total = await Collection.CountDocumentsAsync(filter, cancellationToken: cancellationToken);
        var items = await Collection.Find(filter)
            .SortByDescending(b => b.StartsAt)
            .Skip(skip)
            .Limit(limit)
            .ToListAsync(cancellationToken);
        return (items, total);
    }

    public Task<long> CountUpcomingAsync(string roomId, DateTime now, CancellationToken cancellationToken = default) =>
        Collection.CountDocumentsAsync(
            b => b.RoomId == roomId && b.StartsAt > now && b.Status == RoomBookingStatus.Booked,
            cancellationToken: cancellationToken);

    public Task SetStatusAsync(RoomBooking booking, RoomBookingStatus status, CancellationToken cancellationToken = default) =>
        Collection.UpdateOneAsync(
            b => b.Id == booking.Id,
            Builders<RoomBooking>.Update
                .Set(b => b.Status, status)
                .Set(b => b.CheckedInAt, booking.CheckedInAt)
                .Set(b => b.CancelledAt, booking.CancelledAt),
            cancellationToken: cancellationToken);
}
