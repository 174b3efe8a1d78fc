namespace BookNest.Api.Dtos;

public class ReadingListEntryDto
{
    /// <summary>1-based position in the owner's chosen order.</summary>
    public int Position { get; set; }
    public string BookId { get; set; } = string.Empty;
    public string? BookTitle { get; set; }
    public string? CoverImageUrl { get; set; }
    public string? Note { get; set; }
    public DateTime AddedAt { get; set; }
}
