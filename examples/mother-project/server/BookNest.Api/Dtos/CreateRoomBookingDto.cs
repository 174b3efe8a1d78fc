using System.ComponentModel.DataAnnotations;
using BookNest.Api.Validation;

namespace BookNest.Api.Dtos;

/// <summary>
/// A booking request. The member comes from the token; slot length, opening hours and the daily
/// maximum are checked by the service against <c>RoomBookingSettings</c>.
/// </summary>
public class CreateRoomBookingDto
{
    [Required]
    [ObjectId]
    public string RoomId { get; set; } = string.Empty;

    [Required]
    public DateTime? StartsAt { get; set; }

    [Required]
    [DateAfter(nameof(StartsAt))]
    public DateTime? EndsAt { get; set; }

    [Range(1, 20)]
    public int AttendeeCount { get; set; } = 1;

    [StringLength(200)]
    public string? Purpose { get; set; }
}
