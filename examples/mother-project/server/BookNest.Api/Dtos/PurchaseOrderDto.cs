namespace BookNest.Api.Dtos;

public class PurchaseOrderDto
{
    public string Id { get; set; } = string.Empty;
    public string OrderNumber { get; set; } = string.Empty;
    public string SupplierName { get; set; } = string.Empty;
    public string? SupplierReference { get; set; }
    public string BranchCode { get; set; } = string.Empty;
    public string Status { get; set; } = string.Empty;
    public List<PurchaseOrderLineDto> Lines { get; set; } = new();
    public string? Notes { get; set; }
    public string CreatedBy { get; set; } = string.Empty;
    public DateTime CreatedAt { get; set; }
    public DateTime? SubmittedAt { get; set; }
    public DateTime? ReceivedAt { get; set; }
    public DateTime? CancelledAt { get; set; }
    public string? CancellationReason { get; set; }
    public int TotalQuantity { get; set; }
    public decimal Total { get; set; }
}
