using System.ComponentModel.DataAnnotations;
using BookNest.Api.Models;

namespace BookNest.Api.Dtos;

public class CreateMemberDto
{
    [Required]
    [StringLength(80)]
    public string FirstName { get; set; } = string.Empty;

    [Required]
    [StringLength(80)]
    public string LastName { get; set; } = string.Empty;

    [Required]
    [EmailAddress]
    public string Email { get; set; } = string.Empty;

    [Phone]
    public string? Phone { get; set; }

    [Required]
    public AddressDto Address { get; set; } = new();

    [EnumDataType(typeof(MembershipTier))]
    public string Tier { get; set; } = nameof(MembershipTier.Standard);
}
