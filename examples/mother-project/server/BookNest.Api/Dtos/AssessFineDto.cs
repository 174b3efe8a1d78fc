using System.ComponentModel.DataAnnotations;
using BookNest.Api.Validation;

namespace BookNest.Api.Dtos;

/// <summary>
/// Assesses (or re-assesses) the late fee of a loan at today's date.
/// </summary>
public class AssessFineDto
{
    [Required]
    [ObjectId]
    public string LoanId { get; set; } = string.Empty;
}
