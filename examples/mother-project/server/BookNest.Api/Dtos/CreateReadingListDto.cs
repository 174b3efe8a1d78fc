using System.ComponentModel.DataAnnotations;

namespace BookNest.Api.Dtos;

/// <summary>
/// Name, description and visibility of a list; the owner is always the signed-in member.
/// </summary>
public class CreateReadingListDto
{
    [Required]
    [StringLength(80, MinimumLength = 2)]
    public string Name { get; set; } = string.Empty;

    [StringLength(500)]
    public string? Description { get; set; }

    public bool IsPublic { get; set; }
}
