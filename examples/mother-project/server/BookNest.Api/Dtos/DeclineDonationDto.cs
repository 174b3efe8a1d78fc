using System.ComponentModel.DataAnnotations;
using BookNest.Api.Models;

namespace BookNest.Api.Dtos;

public class DeclineDonationDto
{
    [Required]
    [StringLength(500, MinimumLength = 3)]
    public string Reason { get; set; } = string.Empty;

    [Required]
    [EnumDataType(typeof(DonationDisposal))]
    public string Disposal { get; set; } = nameof(DonationDisposal.BookSale);
}
