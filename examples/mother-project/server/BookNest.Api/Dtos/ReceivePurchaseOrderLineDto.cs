using System.ComponentModel.DataAnnotations;

namespace BookNest.Api.Dtos;

/// <summary>
/// Delivered quantity of one order line, keyed by ISBN. Lines missing from the delivery note are
/// recorded as received in full unless the desk lists them with a lower quantity.
/// </summary>
public class ReceivePurchaseOrderLineDto
{
    [Required]
    [RegularExpression(@"^(97(8|9))?\d{9}(\d|X)$", ErrorMessage = "ISBN must be 10 or 13 digits without dashes.")]
    public string Isbn { get; set; } = string.Empty;

    [Range(0, 500)]
    public int QuantityReceived { get; set; }
}
