using BookNest.Api.Validation;

namespace BookNest.Api.Dtos;

/// <summary>
/// Filters for GET api/books on top of paging and free-text search.
/// </summary>
public class BookQueryDto : PageQueryDto
{
    [ObjectId]
    public string? AuthorId { get; set; }

    [ObjectId]
    public string? CategoryId { get; set; }

    public bool AvailableOnly { get; set; }
}
