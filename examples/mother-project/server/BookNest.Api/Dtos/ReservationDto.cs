namespace BookNest.Api.Dtos;

public class ReservationDto
{
    public string Id { get; set; } = string.Empty;
    public string BookId { get; set; } = string.Empty;
    public string? BookTitle { get; set; }
    public string MemberId { get; set; } = string.Empty;
    public string? MemberName { get; set; }
    public string PickupBranchCode { get; set; } = string.Empty;
    public string Status { get; set; } = string.Empty;

    /// <summary>1 for the head of the queue; 0 once a copy is waiting; null for closed holds.</summary>
    public int? QueuePosition { get; set; }

    public DateTime PlacedAt { get; set; }
    public DateTime? ReadyAt { get; set; }
    public DateTime? PickupDeadline { get; set; }
    public DateTime? ClosedAt { get; set; }
    public string? CloseReason { get; set; }
}
