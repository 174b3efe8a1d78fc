namespace BookNest.Api.Dtos;

public class PublisherDto
{
    public string Id { get; set; } = string.Empty;
    public string Name { get; set; } = string.Empty;
    public string Slug { get; set; } = string.Empty;
    public string? Country { get; set; }
    public string? Website { get; set; }
    public int? FoundedYear { get; set; }
    public List<string> Aliases { get; set; } = new();
    public int BookCount { get; set; }
    public DateTime CreatedAt { get; set; }
}
