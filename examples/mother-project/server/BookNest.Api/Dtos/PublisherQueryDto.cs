using System.ComponentModel.DataAnnotations;

namespace BookNest.Api.Dtos;

/// <summary>
/// Filters for GET api/publishers; <see cref="PageQueryDto.Search"/> matches the name and the aliases.
/// </summary>
public class PublisherQueryDto : PageQueryDto
{
    [StringLength(60)]
    public string? Country { get; set; }
}
