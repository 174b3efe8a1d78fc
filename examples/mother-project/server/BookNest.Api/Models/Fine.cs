using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;

namespace BookNest.Api.Models;

/// <summary>
/// Late fee ledger entry for one <see cref="Loan"/>. There is at most one fine per loan; while the book is still
/// out, assessing again raises the amount up to the cap. <see cref="Loan.LateFee"/> mirrors the outstanding amount.
/// </summary>
public class Fine : IDocument
{
    [BsonId]
    [BsonRepresentation(BsonType.ObjectId)]
    public string? Id { get; set; }

    [BsonElement("loanId")]
    [BsonRepresentation(BsonType.ObjectId)]
    public string LoanId { get; set; } = string.Empty;

    [BsonElement("memberId")]
    [BsonRepresentation(BsonType.ObjectId)]
    public string MemberId { get; set; } = string.Empty;

    [BsonElement("bookId")]
    [BsonRepresentation(BsonType.ObjectId)]
    public string BookId { get; set; } = string.Empty;

    [BsonElement("daysLate")]
    public int DaysLate { get; set; }

    [BsonElement("dailyRate")]
    [BsonRepresentation(BsonType.Decimal128)]
    public decimal DailyRate { get; set; }

    [BsonElement("amount")]
    [BsonRepresentation(BsonType.Decimal128)]
    public decimal Amount { get; set; }

    [BsonElement("isCapped")]
    public bool IsCapped { get; set; }

    [BsonElement("status")]
    [BsonRepresentation(BsonType.String)]
    public FineStatus Status { get; set; } = FineStatus.Outstanding;

    [BsonElement("assessedAt")]
    public DateTime AssessedAt { get; set; } = DateTime.UtcNow;

    [BsonElement("paidAt")]
    [BsonIgnoreIfNull]
    public DateTime? PaidAt { get; set; }

    [BsonElement("waiver")]
    [BsonIgnoreIfNull]
    public FineWaiver? Waiver { get; set; }
}
