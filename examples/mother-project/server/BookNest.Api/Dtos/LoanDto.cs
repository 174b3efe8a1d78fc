namespace BookNest.Api.Dtos;

public class LoanDto
{
    public string Id { get; set; } = string.Empty;
    public string BookId { get; set; } = string.Empty;
    public string? BookTitle { get; set; }
    public string MemberId { get; set; } = string.Empty;
    public string? MemberName { get; set; }
    public string InventoryItemId { get; set; } = string.Empty;
    public DateTime BorrowedAt { get; set; }
    public DateTime DueAt { get; set; }
    public DateTime? ReturnedAt { get; set; }
    public string Status { get; set; } = string.Empty;
    public int RenewalCount { get; set; }
    public decimal LateFee { get; set; }
}
