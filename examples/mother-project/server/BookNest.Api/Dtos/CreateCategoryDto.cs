using System.ComponentModel.DataAnnotations;
using BookNest.Api.Validation;

namespace BookNest.Api.Dtos;

public class CreateCategoryDto
{
    [Required]
    [StringLength(60)]
    public string Name { get; set; } = string.Empty;

    [StringLength(500)]
    public string? Description { get; set; }

    [ObjectId]
    public string? ParentCategoryId { get; set; }

    [Range(0, 1000)]
    public int SortOrder { get; set; }
}
