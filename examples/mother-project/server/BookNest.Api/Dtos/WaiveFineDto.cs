using System.ComponentModel.DataAnnotations;

namespace BookNest.Api.Dtos;

/// <summary>
/// Staff waiver of an outstanding fine. The reason is mandatory because waivers are audited.
/// </summary>
public class WaiveFineDto
{
    [Required]
    [StringLength(300, MinimumLength = 10, ErrorMessage = "Give a reason of at least 10 characters.")]
    public string Reason { get; set; } = string.Empty;
}
