using System.ComponentModel.DataAnnotations;
using BookNest.Api.Validation;

namespace BookNest.Api.Dtos;

/// <summary>
/// The list's book ids in their new order. It must name every book on the list exactly once.
/// </summary>
public class ReorderReadingListDto
{
    [Required]
    [ObjectId]
    public List<string> BookIds { get; set; } = new();
}
