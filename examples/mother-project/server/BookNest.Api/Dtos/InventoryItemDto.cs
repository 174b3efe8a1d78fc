namespace BookNest.Api.Dtos;

public class InventoryItemDto
{
    public string Id { get; set; } = string.Empty;
    public string BookId { get; set; } = string.Empty;
    public string Barcode { get; set; } = string.Empty;
    public string BranchCode { get; set; } = string.Empty;
    public string ShelfLocation { get; set; } = string.Empty;
    public string Condition { get; set; } = string.Empty;
    public string Status { get; set; } = string.Empty;
    public DateTime AcquiredAt { get; set; }
}
