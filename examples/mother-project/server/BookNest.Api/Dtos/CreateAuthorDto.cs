using System.ComponentModel.DataAnnotations;
using BookNest.Api.Validation;

namespace BookNest.Api.Dtos;

public class CreateAuthorDto
{
    [Required]
    [StringLength(80)]
    public string FirstName { get; set; } = string.Empty;

    [Required]
    [StringLength(80)]
    public string LastName { get; set; } = string.Empty;

    [StringLength(4000)]
    public string? Biography { get; set; }

    [NotInFuture]
    public DateTime? BirthDate { get; set; }

    [StringLength(60)]
    public string? Nationality { get; set; }

    [Url]
    public string? Website { get; set; }
}
