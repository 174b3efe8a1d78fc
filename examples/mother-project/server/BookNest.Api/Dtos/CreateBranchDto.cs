using System.ComponentModel.DataAnnotations;
using BookNest.Api.Validation;

namespace BookNest.Api.Dtos;

/// <summary>
/// Payload for POST api/branches and PUT api/branches/{id}. The code cannot change once copies carry it.
/// </summary>
public class CreateBranchDto
{
    [Required]
    [RegularExpression(@"^[A-Z0-9]{2,8}$", ErrorMessage = "Branch codes are 2 to 8 capital letters or digits.")]
    public string Code { get; set; } = string.Empty;

    [Required]
    [StringLength(100, MinimumLength = 3)]
    public string Name { get; set; } = string.Empty;

    [Required]
    public AddressDto Address { get; set; } = new();

    [Required]
    [StringLength(60)]
    public string TimeZoneId { get; set; } = "UTC";

    [MaxLength(14)]
    [NonOverlappingHours]
    public List<OpeningHoursDto> OpeningHours { get; set; } = new();

    public List<DateTime> ClosedDates { get; set; } = new();
}
