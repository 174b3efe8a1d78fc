namespace BookNest.Api.Dtos;

public class DonationDto
{
    public string Id { get; set; } = string.Empty;
    public string? DonorMemberId { get; set; }
    public string? DonorName { get; set; }
    public string? Isbn { get; set; }
    public string Title { get; set; } = string.Empty;
    public string? AuthorName { get; set; }
    public string BranchCode { get; set; } = string.Empty;
    public string Status { get; set; } = string.Empty;
    public string? Condition { get; set; }
    public string? AssessmentNotes { get; set; }
    public string? BookId { get; set; }
    public string? InventoryItemId { get; set; }
    public string? DeclineReason { get; set; }
    public string? Disposal { get; set; }
    public DateTime ReceivedAt { get; set; }
    public DateTime? AssessedAt { get; set; }
    public DateTime? DecidedAt { get; set; }
}
