using System.ComponentModel.DataAnnotations;
using BookNest.Api.Validation;

namespace BookNest.Api.Dtos;

/// <summary>
/// Payload for POST api/books and PUT api/books/{id}; the id always comes from the route.
/// </summary>
public class CreateBookDto
{
    [Required]
    [StringLength(200, MinimumLength = 1)]
    public string Title { get; set; } = string.Empty;

    [Required]
    [RegularExpression(@"^(97(8|9))?\d{9}(\d|X)$", ErrorMessage = "ISBN must be 10 or 13 digits without dashes.")]
    public string Isbn { get; set; } = string.Empty;

    [Required]
    [ObjectId]
    public string AuthorId { get; set; } = string.Empty;

    [ObjectId]
    public List<string> CategoryIds { get; set; } = new();

    [StringLength(120)]
    public string? Publisher { get; set; }

    [Range(1450, 9999)]
    [NotInFuture]
    public int PublishedYear { get; set; }

    [Range(1, 10000)]
    public int PageCount { get; set; }

    [Required]
    [StringLength(5, MinimumLength = 2)]
    public string Language { get; set; } = "en";

    [StringLength(4000)]
    public string? Summary { get; set; }

    [Url]
    public string? CoverImageUrl { get; set; }

    [Range(typeof(decimal), "0", "10000")]
    public decimal Price { get; set; }
}
