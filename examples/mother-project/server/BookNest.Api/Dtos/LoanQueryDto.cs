using System.ComponentModel.DataAnnotations;
using BookNest.Api.Models;
using BookNest.Api.Validation;

namespace BookNest.Api.Dtos;

public class LoanQueryDto : PageQueryDto
{
    [EnumDataType(typeof(LoanStatus))]
    public string? Status { get; set; }

    [ObjectId]
    public string? MemberId { get; set; }
}
