using System.ComponentModel.DataAnnotations;

namespace BookNest.Api.Dtos;

public class AddressDto
{
    [Required]
    [StringLength(120)]
    public string Street { get; set; } = string.Empty;

    [Required]
    [StringLength(80)]
    public string City { get; set; } = string.Empty;

    [Required]
    [StringLength(12)]
    public string PostalCode { get; set; } = string.Empty;

    [Required]
    [StringLength(60)]
    public string Country { get; set; } = string.Empty;
}
