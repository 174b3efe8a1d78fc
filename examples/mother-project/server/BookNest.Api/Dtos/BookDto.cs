namespace BookNest.Api.Dtos;

public class BookDto
{
    public string Id { get; set; } = string.Empty;
    public string Title { get; set; } = string.Empty;
    public string Isbn { get; set; } = string.Empty;
    public string AuthorId { get; set; } = string.Empty;
    public string? AuthorName { get; set; }
    public List<string> CategoryIds { get; set; } = new();
    public string? Publisher { get; set; }
    public int PublishedYear { get; set; }
    public int PageCount { get; set; }
    public string Language { get; set; } = "en";
    public string? Summary { get; set; }
    public string? CoverImageUrl { get; set; }
    public decimal Price { get; set; }
    public double AverageRating { get; set; }
    public int ReviewCount { get; set; }
}
