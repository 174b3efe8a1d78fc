namespace BookNest.Api.Dtos;

public class ReviewDto
{
    public string Id { get; set; } = string.Empty;
    public string BookId { get; set; } = string.Empty;
    public string MemberId { get; set; } = string.Empty;
    public string? MemberName { get; set; }
    public int Rating { get; set; }
    public string Title { get; set; } = string.Empty;
    public string? Body { get; set; }
    public bool IsApproved { get; set; }
    public DateTime CreatedAt { get; set; }
}
