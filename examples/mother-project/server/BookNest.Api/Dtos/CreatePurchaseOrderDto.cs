using System.ComponentModel.DataAnnotations;

namespace BookNest.Api.Dtos;

/// <summary>
/// Payload for POST api/acquisitions and PUT api/acquisitions/{id}. Only drafts can be updated.
/// </summary>
public class CreatePurchaseOrderDto
{
    [Required]
    [StringLength(120)]
    public string SupplierName { get; set; } = string.Empty;

    [StringLength(40)]
    public string? SupplierReference { get; set; }

    [Required]
    [StringLength(8)]
    public string BranchCode { get; set; } = string.Empty;

    [StringLength(1000)]
    public string? Notes { get; set; }

    [Required]
    [MinLength(1, ErrorMessage = "An order needs at least one line.")]
    [MaxLength(200)]
    public List<CreatePurchaseOrderLineDto> Lines { get; set; } = new();
}
