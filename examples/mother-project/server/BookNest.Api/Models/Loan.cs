using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;

namespace BookNest.Api.Models;

/// <summary>
/// One copy of a book lent to one member. Renewals are embedded so the full history stays with the loan.
/// </summary>
public class Loan : IDocument
{
    [BsonId]
    [BsonRepresentation(BsonType.ObjectId)]
    public string? Id { get; set; }

    [BsonElement("bookId")]
    [BsonRepresentation(BsonType.ObjectId)]
    public string BookId { get; set; } = string.Empty;

    [BsonElement("memberId")]
    [BsonRepresentation(BsonType.ObjectId)]
    public string MemberId { get; set; } = string.Empty;

    [BsonElement("inventoryItemId")]
    [BsonRepresentation(BsonType.ObjectId)]
    public string InventoryItemId { get; set; } = string.Empty;

    [BsonElement("borrowedAt")]
    public DateTime BorrowedAt { get; set; } = DateTime.UtcNow;

    [BsonElement("dueAt")]
    public DateTime DueAt { get; set; }

    [BsonElement("returnedAt")]
    [BsonIgnoreIfNull]
    public DateTime? ReturnedAt { get; set; }

    [BsonElement("status")]
    [BsonRepresentation(BsonType.String)]
    public LoanStatus Status { get; set; } = LoanStatus.Active;

    [BsonElement("renewals")]
    public List<LoanRenewal> Renewals { get; set; } = new();

    [BsonElement("lateFee")]
    [BsonRepresentation(BsonType.Decimal128)]
    public decimal LateFee { get; set; }
}
