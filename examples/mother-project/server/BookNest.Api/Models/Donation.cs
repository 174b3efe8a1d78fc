using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;

namespace BookNest.Api.Models;

/// <summary>
/// A book handed in at a branch. A librarian assesses its condition, then either accepts it into the
/// inventory (creating an <see cref="InventoryItem"/>) or declines it and records what happened to it.
/// </summary>
public class Donation : IDocument
{
    [BsonId]
    [BsonRepresentation(BsonType.ObjectId)]
    public string? Id { get; set; }

    // Null for anonymous donations left in the returns box.
    [BsonElement("donorMemberId")]
    [BsonRepresentation(BsonType.ObjectId)]
    [BsonIgnoreIfNull]
    public string? DonorMemberId { get; set; }

    [BsonElement("donorName")]
    [BsonIgnoreIfNull]
    public string? DonorName { get; set; }

    [BsonElement("isbn")]
    [BsonIgnoreIfNull]
    public string? Isbn { get; set; }

    [BsonElement("title")]
    public string Title { get; set; } = string.Empty;

    [BsonElement("authorName")]
    public string? AuthorName { get; set; }

    [BsonElement("branchCode")]
    public string BranchCode { get; set; } = string.Empty;

    [BsonElement("status")]
    [BsonRepresentation(BsonType.String)]
    public DonationStatus Status { get; set; } = DonationStatus.Received;

    [BsonElement("condition")]
    [BsonRepresentation(BsonType.String)]
    [BsonIgnoreIfNull]
    public CopyCondition? Condition { get; set; }

    [BsonElement("assessmentNotes")]
    [BsonIgnoreIfNull]
    public string? AssessmentNotes { get; set; }

    [BsonElement("assessedBy")]
    [BsonIgnoreIfNull]
    public string? AssessedBy { get; set; }

    [BsonElement("bookId")]
    [BsonRepresentation(BsonType.ObjectId)]
    [BsonIgnoreIfNull]
    public string? BookId { get; set; }

    [BsonElement("inventoryItemId")]
    [BsonRepresentation(BsonType.ObjectId)]
    [BsonIgnoreIfNull]
    public string? InventoryItemId { get; set; }

    [BsonElement("declineReason")]
    [BsonIgnoreIfNull]
    public string? DeclineReason { get; set; }

    [BsonElement("disposal")]
    [BsonRepresentation(BsonType.String)]
    [BsonIgnoreIfNull]
    public DonationDisposal? Disposal { get; set; }

    [BsonElement("receivedAt")]
    public DateTime ReceivedAt { get; set; } = DateTime.UtcNow;

    [BsonElement("assessedAt")]
    [BsonIgnoreIfNull]
    public DateTime? AssessedAt { get; set; }

    [BsonElement("decidedAt")]
    [BsonIgnoreIfNull]
    public DateTime? DecidedAt { get; set; }
}

public enum DonationStatus
{
    Received,
    Assessed,
    Accepted,
    Declined
}

/// <summary>Where a declined donation went.</summary>
public enum DonationDisposal
{
    BookSale,
    PassedOn,
    Recycled,
    ReturnedToDonor
}
