using BookNest.Api.Configuration;
using BookNest.Api.Dtos;
using BookNest.Api.Exceptions;
using BookNest.Api.Mapping;
using BookNest.Api.Models;
using BookNest.Api.Repositories;
using MongoDB.Driver;

namespace BookNest.Api.Services;

/// <summary>
/// The study rooms themselves. Bookings live in <see cref="IRoomBookingRepository"/>; this service only
/// reads them to stop a room being closed while members still hold upcoming slots.
/// </summary>
public class StudyRoomService : IStudyRoomService
{
    // Collections added after MongoDBSettings was written keep their name next to the code that owns them.
    public const string StudyRoomsCollectionName = "studyRooms";

    private readonly IMongoCollection<StudyRoom> _rooms;
    private readonly IRoomBookingRepository _bookings;

    public StudyRoomService(IMongoDBSettings settings, IRoomBookingRepository bookings)
    {
        var client = new MongoClient(settings.ConnectionString);
        var database = client.GetDatabase(settings.DatabaseName);
        _rooms = database.GetCollection<StudyRoom>(StudyRoomsCollectionName);
        _bookings = bookings;
    }

    public async Task<IReadOnlyList<StudyRoomDto>> GetRoomsAsync(string? branchCode, int? minCapacity, CancellationToken cancellationToken = default)
    {
        var builder = Builders<StudyRoom>.Filter;
        var filter = builder.Empty;
        if (!string.IsNullOrEmpty(branchCode))
        {
            filter &= builder.Eq(r => r.BranchCode, branchCode.ToUpperInvariant());
        }

        if (minCapacity is not null)
        {
            filter &= builder.Gte(r => r.Capacity, minCapacity.Value);
        }

        var rooms = await _rooms.Find(filter)
            .SortBy(r => r.BranchCode)
            .ThenBy(r => r.Floor)
            .ThenBy(r => r.Name)
            .ToListAsync(cancellationToken);
        return rooms.Select(r => r.ToDto()).ToList();
    }

    public async Task<StudyRoomDto> GetByIdAsync(string id, CancellationToken cancellationToken = default) =>
        (await FindRoomAsync(id, cancellationToken)).ToDto();

    public async Task<StudyRoomDto> CreateAsync(CreateStudyRoomDto dto, CancellationToken cancellationToken = default)
    {
        var room = dto.ToDocument();
        if (await _rooms.Find(r => r.BranchCode == room.BranchCode && r.Name == room.Name).AnyAsync(cancellationToken))
        {
            throw new BusinessRuleException("duplicate_room", $"Branch {room.BranchCode} already has a room called '{room.Name}'.");
        }

        await _rooms.InsertOneAsync(room, cancellationToken: cancellationToken);
        return room.ToDto();
    }

    public async Task<StudyRoomDto> SetBookableAsync(string id, bool isBookable, CancellationToken cancellationToken = default)
    {
        var room = await FindRoomAsync(id, cancellationToken);
        if (!isBookable && room.IsBookable)
        {
            var upcoming = await _bookings.CountUpcomingAsync(id, DateTime.UtcNow, cancellationToken);
            if (upcoming > 0)
            {
                throw new BusinessRuleException("room_has_bookings", $"{room.Name} still has {upcoming} upcoming booking(s); cancel or move them first.");
            }
        }

        room.IsBookable = isBookable;
        await _rooms.UpdateOneAsync(
            r => r.Id == id,
            Builders<StudyRoom>.Update.Set(r => r.IsBookable, isBookable),
            cancellationToken: cancellationToken);
        return room.ToDto();
    }

    private async Task<StudyRoom> FindRoomAsync(string id, CancellationToken cancellationToken) =>
        await _rooms.Find(r => r.Id == id).FirstOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException(nameof(StudyRoom), id);
}
