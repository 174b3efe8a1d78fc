using BookNest.Api.Dtos;
using BookNest.Api.Models;

namespace BookNest.Api.Mapping;

/// <summary>
/// Mappings for reservations (holds). The queue position is computed by ReservationService and passed in.
/// </summary>
public static class ReservationMappings
{
    public static ReservationDto ToDto(
        this Reservation reservation,
        string? bookTitle = null,
        string? memberName = null,
        int? queuePosition = null) => new()
    {
        Id = reservation.Id ?? string.Empty,
        BookId = reservation.BookId,
        BookTitle = bookTitle,
        MemberId = reservation.MemberId,
        MemberName = memberName,
        PickupBranchCode = reservation.PickupBranchCode,
        Status = reservation.Status.ToString(),
        QueuePosition = reservation.IsOpen ? queuePosition : null,
        PlacedAt = reservation.PlacedAt,
        ReadyAt = reservation.ReadyAt,
        PickupDeadline = reservation.PickupDeadline,
        ClosedAt = reservation.ClosedAt,
        CloseReason = reservation.CloseReason
    };
}
