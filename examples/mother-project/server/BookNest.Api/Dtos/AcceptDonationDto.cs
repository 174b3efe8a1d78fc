using System.ComponentModel.DataAnnotations;
using BookNest.Api.Validation;

namespace BookNest.Api.Dtos;

/// <summary>
/// Shelving details for the new copy. <see cref="BookId"/> may be left empty when the donation's ISBN
/// already matched a catalogue title.
/// </summary>
public class AcceptDonationDto
{
    [ObjectId]
    public string? BookId { get; set; }

    [Required]
    [RegularExpression(@"^BN-\d{8}$", ErrorMessage = "Barcodes look like BN-00012345.")]
    public string Barcode { get; set; } = string.Empty;

    [Range(0, 10)]
    public int Floor { get; set; }

    [Required]
    [StringLength(10)]
    public string Aisle { get; set; } = string.Empty;

    [Required]
    [StringLength(10)]
    public string Shelf { get; set; } = string.Empty;
}
