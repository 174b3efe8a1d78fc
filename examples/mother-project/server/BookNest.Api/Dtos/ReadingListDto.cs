namespace BookNest.Api.Dtos;

/// <summary>
/// A reading list. List pages return it without <see cref="Entries"/>; GET api/readinglists/{id} fills them in.
/// </summary>
public class ReadingListDto
{
    public string Id { get; set; } = string.Empty;
    public string MemberId { get; set; } = string.Empty;
    public string Name { get; set; } = string.Empty;
    public string? Description { get; set; }
    public bool IsPublic { get; set; }
    public int BookCount { get; set; }
    public List<ReadingListEntryDto> Entries { get; set; } = new();
    public DateTime CreatedAt { get; set; }
    public DateTime? UpdatedAt { get; set; }
}
