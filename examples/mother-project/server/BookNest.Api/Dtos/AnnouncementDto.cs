namespace BookNest.Api.Dtos;

public class AnnouncementDto
{
    public string Id { get; set; } = string.Empty;
    public string Title { get; set; } = string.Empty;
    public string Body { get; set; } = string.Empty;
    public string Audience { get; set; } = string.Empty;
    public DateTime PublishFrom { get; set; }
    public DateTime? PublishUntil { get; set; }
    public bool IsPinned { get; set; }
    public string AuthorName { get; set; } = string.Empty;

    /// <summary>Scheduled, Live or Expired at the time of the request.</summary>
    public string State { get; set; } = string.Empty;
    public DateTime? WithdrawnAt { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? UpdatedAt { get; set; }
}
