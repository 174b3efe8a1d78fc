using System.ComponentModel.DataAnnotations;
using BookNest.Api.Validation;

namespace BookNest.Api.Dtos;

/// <summary>
/// Payload for POST api/publishers and PUT api/publishers/{id}. Aliases are imprint names printed on the books.
/// </summary>
public class CreatePublisherDto
{
    [Required]
    [StringLength(120, MinimumLength = 2)]
    public string Name { get; set; } = string.Empty;

    [StringLength(60)]
    public string? Country { get; set; }

    [Url]
    public string? Website { get; set; }

    [Range(1450, 9999)]
    [NotInFuture]
    public int? FoundedYear { get; set; }

    [MaxLength(20)]
    public List<string> Aliases { get; set; } = new();
}
