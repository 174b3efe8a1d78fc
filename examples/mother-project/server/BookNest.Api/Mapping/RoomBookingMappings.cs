using BookNest.Api.Dtos;
using BookNest.Api.Models;

namespace BookNest.Api.Mapping;

/// <summary>
/// Mappings for study rooms and their bookings.
/// </summary>
public static class RoomBookingMappings
{
    public static StudyRoomDto ToDto(this StudyRoom room) => new()
    {
        Id = room.Id ?? string.Empty,
        Name = room.Name,
        BranchCode = room.BranchCode,
        Floor = room.Floor,
        Capacity = room.Capacity,
        Features = room.Features.ToList(),
        IsBookable = room.IsBookable
    };

    public static StudyRoom ToDocument(this CreateStudyRoomDto dto) => new()
    {
        Name = dto.Name.Trim(),
        BranchCode = dto.BranchCode.ToUpperInvariant(),
        Floor = dto.Floor,
        Capacity = dto.Capacity,
        Features = dto.Features.Select(f => f.Trim()).Where(f => f.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList()
    };

    public static RoomBookingDto ToDto(this RoomBooking booking, string? roomName = null) => new()
    {
        Id = booking.Id ?? string.Empty,
        RoomId = booking.RoomId,
        RoomName = roomName,
        MemberId = booking.MemberId,
        StartsAt = booking.StartsAt,
        EndsAt = booking.EndsAt,
        DurationMinutes = (int)booking.Duration.TotalMinutes,
        AttendeeCount = booking.AttendeeCount,
        Purpose = booking.Purpose,
        Status = booking.Status.ToString(),
        CheckedInAt = booking.CheckedInAt,
        CancelledAt = booking.CancelledAt
    };

    public static TimeSlotDto ToSlotDto(this RoomBooking booking) => new()
    {
        StartsAt = booking.StartsAt,
        EndsAt = booking.EndsAt
    };

    public static RoomBooking ToDocument(this CreateRoomBookingDto dto, string memberId) => new()
    {
        RoomId = dto.RoomId,
        MemberId = memberId,
        StartsAt = dto.StartsAt!.Value,
        EndsAt = dto.EndsAt!.Value,
        AttendeeCount = dto.AttendeeCount,
        Purpose = string.IsNullOrWhiteSpace(dto.Purpose) ? null : dto.Purpose.Trim()
    };
}
