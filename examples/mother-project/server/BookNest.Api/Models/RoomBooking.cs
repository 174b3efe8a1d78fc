using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;

namespace BookNest.Api.Models;

/// <summary>
/// One member's time slot in a <see cref="StudyRoom"/>. Slots of the same room never overlap while they
/// are Booked or CheckedIn; cancelled bookings and no-shows give the time back.
/// </summary>
public class RoomBooking : IDocument
{
    [BsonId]
    [BsonRepresentation(BsonType.ObjectId)]
    public string? Id { get; set; }

    [BsonElement("roomId")]
    [BsonRepresentation(BsonType.ObjectId)]
    public string RoomId { get; set; } = string.Empty;

    [BsonElement("memberId")]
    [BsonRepresentation(BsonType.ObjectId)]
    public string MemberId { get; set; } = string.Empty;

    [BsonElement("startsAt")]
    public DateTime StartsAt { get; set; }

    [BsonElement("endsAt")]
    public DateTime EndsAt { get; set; }

    [BsonElement("attendeeCount")]
    public int AttendeeCount { get; set; } = 1;

    [BsonElement("purpose")]
    [BsonIgnoreIfNull]
    public string? Purpose { get; set; }

    [BsonElement("status")]
    [BsonRepresentation(BsonType.String)]
    public RoomBookingStatus Status { get; set; } = RoomBookingStatus.Booked;

    [BsonElement("checkedInAt")]
    [BsonIgnoreIfNull]
    public DateTime? CheckedInAt { get; set; }

    [BsonElement("cancelledAt")]
    [BsonIgnoreIfNull]
    public DateTime? CancelledAt { get; set; }

    [BsonElement("createdAt")]
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;

    [BsonIgnore]
    public TimeSpan Duration => EndsAt - StartsAt;
}

public enum RoomBookingStatus
{
    Booked,
    CheckedIn,
    Cancelled,
    NoShow
}
