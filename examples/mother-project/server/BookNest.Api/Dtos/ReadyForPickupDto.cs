using System.ComponentModel.DataAnnotations;
using BookNest.Api.Validation;

namespace BookNest.Api.Dtos;

/// <summary>
/// The returned copy a librarian puts on the hold shelf for the next reservation of its book.
/// </summary>
public class ReadyForPickupDto
{
    [Required]
    [ObjectId]
    public string InventoryItemId { get; set; } = string.Empty;
}
