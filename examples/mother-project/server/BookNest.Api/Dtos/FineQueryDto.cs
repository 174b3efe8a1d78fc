using System.ComponentModel.DataAnnotations;
using BookNest.Api.Models;
using BookNest.Api.Validation;

namespace BookNest.Api.Dtos;

public class FineQueryDto : PageQueryDto
{
    [EnumDataType(typeof(FineStatus))]
    public string? Status { get; set; }

    [ObjectId]
    public string? MemberId { get; set; }

    /// <summary>Only fines assessed on or after this date.</summary>
    public DateTime? AssessedFrom { get; set; }
}
