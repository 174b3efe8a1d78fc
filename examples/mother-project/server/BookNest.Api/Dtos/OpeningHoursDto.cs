using System.ComponentModel.DataAnnotations;
using BookNest.Api.Validation;

namespace BookNest.Api.Dtos;

public class OpeningHoursDto
{
    [Required]
    [EnumDataType(typeof(DayOfWeek))]
    public string Day { get; set; } = nameof(DayOfWeek.Monday);

    [Required]
    [TimeOfDay]
    public string Opens { get; set; } = "09:00";

    [Required]
    [TimeOfDay]
    public string Closes { get; set; } = "17:00";
}
