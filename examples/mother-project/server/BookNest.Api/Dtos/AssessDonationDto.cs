using System.ComponentModel.DataAnnotations;
using BookNest.Api.Models;

namespace BookNest.Api.Dtos;

public class AssessDonationDto
{
    [Required]
    [EnumDataType(typeof(CopyCondition))]
    public string Condition { get; set; } = nameof(CopyCondition.Good);

    [StringLength(1000)]
    public string? Notes { get; set; }
}
