using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;

namespace BookNest.Api.Models;

/// <summary>
/// A member's hold on a title. Holds queue per book in <see cref="PlacedAt"/> order; when a copy comes back the
/// head of the queue gets it set aside (<see cref="HeldInventoryItemId"/>) until <see cref="PickupDeadline"/>.
/// </summary>
public class Reservation : IDocument
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

    [BsonElement("pickupBranchCode")]
    public string PickupBranchCode { get; set; } = string.Empty;

    [BsonElement("status")]
    [BsonRepresentation(BsonType.String)]
    public ReservationStatus Status { get; set; } = ReservationStatus.Waiting;

    [BsonElement("placedAt")]
    public DateTime PlacedAt { get; set; } = DateTime.UtcNow;

    [BsonElement("heldInventoryItemId")]
    [BsonRepresentation(BsonType.ObjectId)]
    [BsonIgnoreIfNull]
    public string? HeldInventoryItemId { get; set; }

    [BsonElement("readyAt")]
    [BsonIgnoreIfNull]
    public DateTime? ReadyAt { get; set; }

    [BsonElement("pickupDeadline")]
    [BsonIgnoreIfNull]
    public DateTime? PickupDeadline { get; set; }

    [BsonElement("closedAt")]
    [BsonIgnoreIfNull]
    public DateTime? ClosedAt { get; set; }

    [BsonElement("closeReason")]
    [BsonIgnoreIfNull]
    public string? CloseReason { get; set; }

    [BsonIgnore]
    public bool IsOpen => Status is ReservationStatus.Waiting or ReservationStatus.ReadyForPickup;

    /// <summary>Puts a copy on the hold shelf; the member has until the end of the last day of the window.</summary>
    public void SetAside(string inventoryItemId, DateTime now, int pickupWindowDays)
    {
        Status = ReservationStatus.ReadyForPickup;
        HeldInventoryItemId = inventoryItemId;
        ReadyAt = now;
        PickupDeadline = now.Date.AddDays(pickupWindowDays + 1);
    }

    public void Close(ReservationStatus status, string? reason)
    {
        Status = status;
        ClosedAt = DateTime.UtcNow;
        CloseReason = reason;
        HeldInventoryItemId = null;
    }
}
