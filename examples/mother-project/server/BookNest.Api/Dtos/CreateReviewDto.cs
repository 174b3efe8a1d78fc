using System.ComponentModel.DataAnnotations;
using BookNest.Api.Validation;

namespace BookNest.Api.Dtos;

/// <summary>
/// The reviewing member is taken from the token, never from the payload.
/// </summary>
public class CreateReviewDto
{
    [Required]
    [ObjectId]
    public string BookId { get; set; } = string.Empty;

    [Range(1, 5)]
    public int Rating { get; set; }

    [Required]
    [StringLength(120, MinimumLength = 3)]
    public string Title { get; set; } = string.Empty;

    [StringLength(2000)]
    public string? Body { get; set; }
}
