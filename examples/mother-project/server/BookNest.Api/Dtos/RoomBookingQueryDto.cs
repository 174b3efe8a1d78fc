using System.ComponentModel.DataAnnotations;
using BookNest.Api.Models;
using BookNest.Api.Validation;

namespace BookNest.Api.Dtos;

/// <summary>
/// Filters for GET api/roombookings. Members always get their own bookings, whatever <see cref="MemberId"/> says.
/// </summary>
public class RoomBookingQueryDto : PageQueryDto
{
    [ObjectId]
    public string? RoomId { get; set; }

    [ObjectId]
    public string? MemberId { get; set; }

    /// <summary>Bookings starting on this calendar day.</summary>
    public DateTime? Date { get; set; }

    [EnumDataType(typeof(RoomBookingStatus))]
    public string? Status { get; set; }
}
