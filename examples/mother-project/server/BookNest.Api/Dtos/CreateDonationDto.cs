using System.ComponentModel.DataAnnotations;
using BookNest.Api.Validation;

namespace BookNest.Api.Dtos;

/// <summary>
/// Recorded at the desk when a book is handed in. Leave both donor fields empty for an anonymous gift.
/// </summary>
public class CreateDonationDto
{
    [ObjectId]
    public string? DonorMemberId { get; set; }

    [StringLength(120)]
    public string? DonorName { get; set; }

    [RegularExpression(@"^(97(8|9))?\d{9}(\d|X)$", ErrorMessage = "ISBN must be 10 or 13 digits without dashes.")]
    public string? Isbn { get; set; }

    [Required]
    [StringLength(200, MinimumLength = 1)]
    public string Title { get; set; } = string.Empty;

    [StringLength(120)]
    public string? AuthorName { get; set; }

    [Required]
    [StringLength(8)]
    public string BranchCode { get; set; } = string.Empty;
}
