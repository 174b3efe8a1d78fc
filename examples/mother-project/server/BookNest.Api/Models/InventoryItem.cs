using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;

namespace BookNest.Api.Models;

/// <summary>
/// A physical copy of a <see cref="Book"/> held by a branch. Loans point at a copy, not at the title.
/// </summary>
public class InventoryItem : IDocument
{
    [BsonId]
    [BsonRepresentation(BsonType.ObjectId)]
    public string? Id { get; set; }

    [BsonElement("bookId")]
    [BsonRepresentation(BsonType.ObjectId)]
    public string BookId { get; set; } = string.Empty;

    [BsonElement("barcode")]
    public string Barcode { get; set; } = string.Empty;

    [BsonElement("branchCode")]
    public string BranchCode { get; set; } = string.Empty;

    [BsonElement("location")]
    public ShelfLocation Location { get; set; } = new();

    [BsonElement("condition")]
    [BsonRepresentation(BsonType.String)]
    public CopyCondition Condition { get; set; } = CopyCondition.Good;

    [BsonElement("status")]
    [BsonRepresentation(BsonType.String)]
    public CopyStatus Status { get; set; } = CopyStatus.Available;

    [BsonElement("acquiredAt")]
    public DateTime AcquiredAt { get; set; } = DateTime.UtcNow;
}
