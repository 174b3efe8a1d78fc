using System.ComponentModel.DataAnnotations;
using BookNest.Api.Validation;

namespace BookNest.Api.Dtos;

public class AddReadingListBookDto
{
    [Required]
    [ObjectId]
    public string BookId { get; set; } = string.Empty;

    [StringLength(280)]
    public string? Note { get; set; }

    /// <summary>1-based position to insert at; empty appends the book at the end.</summary>
    [Range(1, 1000)]
    public int? Position { get; set; }
}
