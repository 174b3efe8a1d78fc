using System.ComponentModel.DataAnnotations;

namespace BookNest.Api.Dtos;

/// <summary>
/// Common query-string parameters for paged endpoints (?page=1&amp;pageSize=20&amp;search=...).
/// </summary>
public class PageQueryDto
{
    public const int MaxPageSize = 100;

    [Range(1, int.MaxValue)]
    public int Page { get; set; } = 1;

    [Range(1, MaxPageSize)]
    public int PageSize { get; set; } = 20;

    [StringLength(100)]
    public string? Search { get; set; }

    public int Skip => (Page - 1) * PageSize;
}
