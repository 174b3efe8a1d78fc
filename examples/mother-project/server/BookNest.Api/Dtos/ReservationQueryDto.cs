using System.ComponentModel.DataAnnotations;
using BookNest.Api.Models;
using BookNest.Api.Validation;

namespace BookNest.Api.Dtos;

public class ReservationQueryDto : PageQueryDto
{
    [EnumDataType(typeof(ReservationStatus))]
    public string? Status { get; set; }

    [ObjectId]
    public string? BookId { get; set; }

    [ObjectId]
    public string? MemberId { get; set; }

    [StringLength(8)]
    public string? PickupBranchCode { get; set; }
}
