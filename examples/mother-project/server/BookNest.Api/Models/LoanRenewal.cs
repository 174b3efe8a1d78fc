using MongoDB.Bson.Serialization.Attributes;

namespace BookNest.Api.Models;

/// <summary>
/// Embedded in <see cref="Loan.Renewals"/>; one entry per extension of the due date.
/// </summary>
public class LoanRenewal
{
    [BsonElement("renewedAt")]
    public DateTime RenewedAt { get; set; } = DateTime.UtcNow;

    [BsonElement("previousDueAt")]
    public DateTime PreviousDueAt { get; set; }

    [BsonElement("newDueAt")]
    public DateTime NewDueAt { get; set; }

    [BsonElement("renewedBy")]
    public string RenewedBy { get; set; } = string.Empty;
}
