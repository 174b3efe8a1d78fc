using System.ComponentModel.DataAnnotations;
using BookNest.Api.Validation;

namespace BookNest.Api.Dtos;

/// <summary>
/// Checkout request from the desk. When <see cref="InventoryItemId"/> is empty the service picks any available copy.
/// </summary>
public class CreateLoanDto
{
    [Required]
    [ObjectId]
    public string BookId { get; set; } = string.Empty;

    [Required]
    [ObjectId]
    public string MemberId { get; set; } = string.Empty;

    [ObjectId]
    public string? InventoryItemId { get; set; }

    [Range(1, 60)]
    public int? LoanPeriodDays { get; set; }
}
