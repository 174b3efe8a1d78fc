using System.ComponentModel.DataAnnotations;
using BookNest.Api.Models;
using BookNest.Api.Validation;

namespace BookNest.Api.Dtos;

/// <summary>
/// Filters for GET api/donations; <see cref="PageQueryDto.Search"/> matches title, author or ISBN.
/// </summary>
public class DonationQueryDto : PageQueryDto
{
    [EnumDataType(typeof(DonationStatus))]
    public string? Status { get; set; }

    [StringLength(8)]
    public string? BranchCode { get; set; }

    [ObjectId]
    public string? DonorMemberId { get; set; }

    [NotInFuture]
    public DateTime? ReceivedFrom { get; set; }
}
