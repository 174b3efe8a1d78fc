using BookNest.Api.Configuration;
using BookNest.Api.Dtos;
using BookNest.Api.Exceptions;
using BookNest.Api.Mapping;
using BookNest.Api.Models;
using BookNest.Api.Repositories;
using Microsoft.Extensions.Options;
using MongoDB.Driver;

namespace BookNest.Api.Services;

/// <summary>
/// The study rooms and their daily slot grid. Bookings live in <see cref="IRoomBookingRepository"/>; this
/// service only reads them, for the grid and to stop a room being closed while members hold upcoming slots.
/// </summary>
public class StudyRoomService : IStudyRoomService
{
    // Collections added after MongoDBSettings was written keep their name next to the code that owns them.
    public const string StudyRoomsCollectionName = "studyRooms";

    private readonly IMongoCollection<StudyRoom> _rooms;
    private readonly IRoomBookingRepository _bookings;
    private readonly RoomBookingSettings _rules;

    public StudyRoomService(IMongoDBSettings settings, IRoomBookingRepository bookings, IOptions<RoomBookingSettings> rules)
    {
        var client = new MongoClient(settings.ConnectionString);
        var database = client.GetDatabase(settings.DatabaseName);
        _rooms = database.GetCollection<StudyRoom>(StudyRoomsCollectionName);
        _bookings = bookings;
        _rules = rules.Value;
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

    public async Task<RoomAvailabilityDto> GetAvailabilityAsync(string id, DateTime date, CancellationToken cancellationToken = default)
    {
        var room = await FindRoomAsync(id, cancellationToken);
        var opens = date.Date.AddHours(_rules.OpensAtHour);
        var closes = date.Date.AddHours(_rules.ClosesAtHour);
        var now = DateTime.UtcNow;
        var taken = await _bookings.GetHoldingAsync(id, opens, closes, now.AddMinutes(-_rules.NoShowAfterMinutes), cancellationToken);

        var freeSlots = new List<TimeSlotDto>();
        for (var start = opens; start < closes; start = start.AddMinutes(_rules.SlotMinutes))
        {
            var end = start.AddMinutes(_rules.SlotMinutes);
            if (start > now && room.IsBookable && !taken.Any(b => b.StartsAt < end && b.EndsAt > start))
            {
                freeSlots.Add(new TimeSlotDto { StartsAt = start, EndsAt = end });
            }
        }

        return new RoomAvailabilityDto
        {
            RoomId = room.Id!,
            RoomName = room.Name,
            Date = date.Date,
            SlotMinutes = _rules.SlotMinutes,
            FreeSlots = freeSlots,
            BookedSlots = taken.Select(b => b.ToSlotDto()).ToList()
        };
    }

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
