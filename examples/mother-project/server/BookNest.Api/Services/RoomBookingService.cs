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
/// Study room bookings on a fixed slot grid. A room's slots never overlap, a member books at most
/// <see cref="RoomBookingSettings.MaxHoursPerMemberPerDay"/> hours a day, and a booking nobody checks in
/// to within <see cref="RoomBookingSettings.NoShowAfterMinutes"/> gives the room back.
/// </summary>
public class RoomBookingService : IRoomBookingService
{
    private readonly IRoomBookingRepository _bookings;
    private readonly IMongoCollection<StudyRoom> _rooms;
    private readonly RoomBookingSettings _rules;

    public RoomBookingService(IRoomBookingRepository bookings, IMongoDBSettings settings, IOptions<RoomBookingSettings> rules)
    {
        _bookings = bookings;
        var client = new MongoClient(settings.ConnectionString);
        _rooms = client.GetDatabase(settings.DatabaseName).GetCollection<StudyRoom>(StudyRoomService.StudyRoomsCollectionName);
        _rules = rules.Value;
    }

    public async Task<PagedResultDto<RoomBookingDto>> GetPagedAsync(RoomBookingQueryDto query, CancellationToken cancellationToken = default)
    {
        var builder = Builders<RoomBooking>.Filter;
        var filter = builder.Empty;
        if (!string.IsNullOrEmpty(query.RoomId))
        {
            filter &= builder.Eq(b => b.RoomId, query.RoomId);
        }

        if (!string.IsNullOrEmpty(query.MemberId))
        {
            filter &= builder.Eq(b => b.MemberId, query.MemberId);
        }

        if (query.Date is not null)
        {
            filter &= builder.Gte(b => b.StartsAt, query.Date.Value.Date) & builder.Lt(b => b.StartsAt, query.Date.Value.Date.AddDays(1));
        }

        if (!string.IsNullOrEmpty(query.Status))
        {
            filter &= builder.Eq(b => b.Status, Enum.Parse<RoomBookingStatus>(query.Status, ignoreCase: true));
        }

        var (bookings, total) = await _bookings.GetPageAsync(filter, query.Skip, query.PageSize, cancellationToken);

        var roomIds = bookings.Select(b => b.RoomId).Distinct().ToList();
        var rooms = await _rooms.Find(Builders<StudyRoom>.Filter.In(r => r.Id, roomIds)).ToListAsync(cancellationToken);
        var names = rooms.ToDictionary(r => r.Id!, r => r.Name);

        var items = bookings.Select(b => b.ToDto(names.GetValueOrDefault(b.RoomId))).ToList();
        return PagedResultDto<RoomBookingDto>.Create(items, query.Page, query.PageSize, total);
    }

    public async Task<RoomBookingDto> GetByIdAsync(string id, CancellationToken cancellationToken = default)
    {
        var booking = await _bookings.GetByIdAsync(id, cancellationToken) ?? throw new NotFoundException(nameof(RoomBooking), id);
        var room = await _rooms.Find(r => r.Id == booking.RoomId).FirstOrDefaultAsync(cancellationToken);
        return booking.ToDto(room?.Name);
    }

    public async Task<RoomBookingDto> BookAsync(CreateRoomBookingDto dto, string memberId, CancellationToken cancellationToken = default)
    {
        var room = await FindRoomAsync(dto.RoomId, cancellationToken);
        if (!room.IsBookable)
        {
            throw new BusinessRuleException("room_not_bookable", $"{room.Name} cannot be booked at the moment.");
        }

        if (dto.AttendeeCount > room.Capacity)
        {
            throw new BusinessRuleException("room_too_small", $"{room.Name} seats at most {room.Capacity} people.");
        }

        var now = DateTime.UtcNow;
        var booking = dto.ToDocument(memberId);
        EnsureOnGrid(booking, now);

        // The daily maximum counts every room, so a member cannot hop between rooms to get more time.
        var sameDay = await _bookings.GetActiveForMemberOnAsync(memberId, booking.StartsAt, cancellationToken);
        var remainingMinutes = _rules.MaxHoursPerMemberPerDay * 60 - sameDay.Sum(b => b.Duration.TotalMinutes);
        if (booking.Duration.TotalMinutes > remainingMinutes)
        {
            throw new BusinessRuleException(
                "daily_limit",
                $"Members can book {_rules.MaxHoursPerMemberPerDay} hours a day; {Math.Max(0, remainingMinutes):0} minutes are left that day.");
        }

        if (sameDay.Any(b => b.StartsAt < booking.EndsAt && b.EndsAt > booking.StartsAt))
        {
            throw new BusinessRuleException("member_double_booked", "You already have a room booked at that time.");
        }

        var holding = await _bookings.GetHoldingAsync(room.Id!, booking.StartsAt, booking.EndsAt, now.AddMinutes(-_rules.NoShowAfterMinutes), cancellationToken);
        if (holding.Count > 0)
        {
            throw new BusinessRuleException("slot_taken", $"{room.Name} is already booked for part of that time.");
        }

        await _bookings.InsertAsync(booking, cancellationToken);
        return booking.ToDto(room.Name);
    }

    public async Task<RoomBookingDto> CheckInAsync(string id, string? memberId, bool isStaff, CancellationToken cancellationToken = default)
    {
        var booking = await FindBookingForAsync(id, memberId, isStaff, cancellationToken);
        var now = DateTime.UtcNow;
        if (now < booking.StartsAt.AddMinutes(-_rules.CheckInOpensMinutesBefore))
        {
            throw new BusinessRuleException("check_in_too_early", $"Check-in opens {_rules.CheckInOpensMinutesBefore} minutes before the booking starts.");
        }

        if (now > booking.StartsAt.AddMinutes(_rules.NoShowAfterMinutes))
        {
            await _bookings.SetStatusAsync(booking, RoomBookingStatus.NoShow, cancellationToken);
            throw new BusinessRuleException("booking_no_show", "The booking was released because nobody checked in on time.");
        }

        booking.CheckedInAt = now;
        await _bookings.SetStatusAsync(booking, RoomBookingStatus.CheckedIn, cancellationToken);
        return await GetByIdAsync(id, cancellationToken);
    }

    public async Task<RoomBookingDto> CancelAsync(string id, string? memberId, bool isStaff, CancellationToken cancellationToken = default)
    {
        var booking = await FindBookingForAsync(id, memberId, isStaff, cancellationToken);
        if (!isStaff && booking.StartsAt <= DateTime.UtcNow)
        {
            throw new BusinessRuleException("booking_started", "A booking that has started can only be cancelled at the desk.");
        }

        booking.CancelledAt = DateTime.UtcNow;
        await _bookings.SetStatusAsync(booking, RoomBookingStatus.Cancelled, cancellationToken);
        return await GetByIdAsync(id, cancellationToken);
    }

    private async Task<StudyRoom> FindRoomAsync(string id, CancellationToken cancellationToken) =>
        await _rooms.Find(r => r.Id == id).FirstOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException(nameof(StudyRoom), id);

    // Members only act on their own bookings, and only while the booking is still open.
    private async Task<RoomBooking> FindBookingForAsync(string id, string? memberId, bool isStaff, CancellationToken cancellationToken)
    {
        var booking = await _bookings.GetByIdAsync(id, cancellationToken);
        if (booking is null || (!isStaff && booking.MemberId != memberId))
        {
            throw new NotFoundException(nameof(RoomBooking), id);
        }

        return booking.Status == RoomBookingStatus.Booked
            ? booking
            : throw new BusinessRuleException("booking_closed", $"This booking is {booking.Status.ToString().ToLowerInvariant()}.");
    }

    private void EnsureOnGrid(RoomBooking booking, DateTime now)
    {
        var opens = booking.StartsAt.Date.AddHours(_rules.OpensAtHour);
        var closes = booking.StartsAt.Date.AddHours(_rules.ClosesAtHour);
        if (booking.StartsAt < opens || booking.EndsAt > closes)
        {
            throw new BusinessRuleException("outside_opening_hours", $"Rooms can be booked between {_rules.OpensAtHour}:00 and {_rules.ClosesAtHour}:00.");
        }

        if (booking.StartsAt.TimeOfDay.TotalMinutes % _rules.SlotMinutes != 0 || booking.EndsAt.TimeOfDay.TotalMinutes % _rules.SlotMinutes != 0)
        {
            throw new BusinessRuleException("off_grid", $"Bookings start and end on {_rules.SlotMinutes}-minute slots.");
        }

        if (booking.StartsAt <= now || booking.StartsAt.Date > now.Date.AddDays(_rules.MaxDaysAhead))
        {
            throw new BusinessRuleException("outside_booking_window", $"Rooms can be booked up to {_rules.MaxDaysAhead} days ahead.");
        }
    }
}
