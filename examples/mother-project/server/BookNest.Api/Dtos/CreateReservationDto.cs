using System.ComponentModel.DataAnnotations;
using BookNest.Api.Validation;

namespace BookNest.Api.Dtos;

/// <summary>
/// Places a hold. Members reserve for themselves (the member id comes from the token); staff placing a hold at
/// the desk pass <see cref="MemberId"/>.
/// </summary>
public class CreateReservationDto
{
    [Required]
    [ObjectId]
    public string BookId { get; set; } = string.Empty;

    [Required]
    [StringLength(8)]
    public string PickupBranchCode { get; set; } = string.Empty;

    [ObjectId]
    public string? MemberId { get; set; }
}
