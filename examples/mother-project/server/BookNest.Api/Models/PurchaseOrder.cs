using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;

namespace BookNest.Api.Models;

/// <summary>
/// An order for new stock placed with a supplier. Orders move Draft → Submitted → Received, or end as
/// Cancelled; only a draft may still be edited. Line items are embedded, so the order is one document.
/// </summary>
public class PurchaseOrder : IDocument
{
    [BsonId]
    [BsonRepresentation(BsonType.ObjectId)]
    public string? Id { get; set; }

    // Sequential per year (PO-2024-00042); printed on the paper order the supplier receives.
    [BsonElement("orderNumber")]
    public string OrderNumber { get; set; } = string.Empty;

    [BsonElement("supplierName")]
    public string SupplierName { get; set; } = string.Empty;

    [BsonElement("supplierReference")]
    [BsonIgnoreIfNull]
    public string? SupplierReference { get; set; }

    [BsonElement("branchCode")]
    public string BranchCode { get; set; } = string.Empty;

    [BsonElement("status")]
    [BsonRepresentation(BsonType.String)]
    public PurchaseOrderStatus Status { get; set; } = PurchaseOrderStatus.Draft;

    [BsonElement("lines")]
    public List<PurchaseOrderLine> Lines { get; set; } = new();

    [BsonElement("notes")]
    public string? Notes { get; set; }

    [BsonElement("createdBy")]
    public string CreatedBy { get; set; } = string.Empty;

    [BsonElement("createdAt")]
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;

    [BsonElement("submittedAt")]
    [BsonIgnoreIfNull]
    public DateTime? SubmittedAt { get; set; }

    [BsonElement("receivedAt")]
    [BsonIgnoreIfNull]
    public DateTime? ReceivedAt { get; set; }

    [BsonElement("cancelledAt")]
    [BsonIgnoreIfNull]
    public DateTime? CancelledAt { get; set; }

    [BsonElement("cancellationReason")]
    [BsonIgnoreIfNull]
    public string? CancellationReason { get; set; }

    [BsonIgnore]
    public decimal Total => Lines.Sum(l => l.LineTotal);

    [BsonIgnore]
    public int TotalQuantity => Lines.Sum(l => l.Quantity);
}

public enum PurchaseOrderStatus
{
    Draft,
    Submitted,
    Received,
    Cancelled
}
