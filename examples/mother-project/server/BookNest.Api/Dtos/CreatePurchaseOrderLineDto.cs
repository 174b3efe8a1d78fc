using System.ComponentModel.DataAnnotations;

namespace BookNest.Api.Dtos;

public class CreatePurchaseOrderLineDto
{
    [Required]
    [RegularExpression(@"^(97(8|9))?\d{9}(\d|X)$", ErrorMessage = "ISBN must be 10 or 13 digits without dashes.")]
    public string Isbn { get; set; } = string.Empty;

    [Required]
    [StringLength(200, MinimumLength = 1)]
    public string Title { get; set; } = string.Empty;

    [Range(1, 500)]
    public int Quantity { get; set; } = 1;

    [Range(typeof(decimal), "0", "10000")]
    public decimal UnitPrice { get; set; }

    [Range(typeof(decimal), "0", "100")]
    public decimal DiscountPercent { get; set; }
}
