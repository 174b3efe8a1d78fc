namespace BookNest.Api.Dtos;

public class LibraryEventDto
{
    public string Id { get; set; } = string.Empty;
    public string Title { get; set; } = string.Empty;
    public string? Description { get; set; }
    public string Kind { get; set; } = string.Empty;
    public string BranchCode { get; set; } = string.Empty;
    public DateTime StartsAt { get; set; }
    public DateTime EndsAt { get; set; }
    public int Capacity { get; set; }
    public int RegisteredCount { get; set; }
    public int WaitlistCount { get; set; }
    public int SeatsLeft { get; set; }
    public bool IsFull { get; set; }
    public bool IsCancelled { get; set; }
    public string? CancellationReason { get; set; }

    /// <summary>Filled for staff only (the attendance sheet); null for everyone else.</summary>
    public List<string>? AttendeeMemberIds { get; set; }
}
