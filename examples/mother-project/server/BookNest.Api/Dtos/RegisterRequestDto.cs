using System.ComponentModel.DataAnnotations;

namespace BookNest.Api.Dtos;

/// <summary>
/// Self-service sign-up from the web client; creates a User and a linked Member.
/// </summary>
public class RegisterRequestDto
{
    [Required]
    [EmailAddress]
    public string Email { get; set; } = string.Empty;

    [Required]
    [StringLength(100, MinimumLength = 10, ErrorMessage = "Use at least 10 characters.")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = string.Empty;

    [Required]
    [StringLength(80)]
    public string FirstName { get; set; } = string.Empty;

    [Required]
    [StringLength(80)]
    public string LastName { get; set; } = string.Empty;

    [Required]
    public AddressDto Address { get; set; } = new();
}
