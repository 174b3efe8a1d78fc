namespace BookNest.Api.Dtos;

public class FineDto
{
    public string Id { get; set; } = string.Empty;
    public string LoanId { get; set; } = string.Empty;
    public string MemberId { get; set; } = string.Empty;
    public string BookId { get; set; } = string.Empty;
    public string? BookTitle { get; set; }
    public int DaysLate { get; set; }
    public decimal DailyRate { get; set; }
    public decimal Amount { get; set; }
    public bool IsCapped { get; set; }
    public string Status { get; set; } = string.Empty;
    public DateTime AssessedAt { get; set; }
    public DateTime? PaidAt { get; set; }
    public string? WaivedBy { get; set; }
    public string? WaiverReason { get; set; }
    public DateTime? WaivedAt { get; set; }
}
