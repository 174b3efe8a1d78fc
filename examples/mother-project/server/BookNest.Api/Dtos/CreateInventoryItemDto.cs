using System.ComponentModel.DataAnnotations;
using BookNest.Api.Models;
using BookNest.Api.Validation;

namespace BookNest.Api.Dtos;

public class CreateInventoryItemDto
{
    [Required]
    [ObjectId]
    public string BookId { get; set; } = string.Empty;

    [Required]
    [RegularExpression(@"^BN-\d{8}$", ErrorMessage = "Barcodes look like BN-00012345.")]
    public string Barcode { get; set; } = string.Empty;

    [Required]
    [StringLength(8)]
    public string BranchCode { get; set; } = string.Empty;

    [Range(0, 10)]
    public int Floor { get; set; }

    [Required]
    [StringLength(10)]
    public string Aisle { get; set; } = string.Empty;

    [Required]
    [StringLength(10)]
    public string Shelf { get; set; } = string.Empty;

    [EnumDataType(typeof(CopyCondition))]
    public string Condition { get; set; } = nameof(CopyCondition.New);
}
