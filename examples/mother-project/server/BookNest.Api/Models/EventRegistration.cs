using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;

namespace BookNest.Api.Models;

/// <summary>
/// A seat (or a waitlist place) of one member, embedded in <see cref="LibraryEvent.Attendees"/> or
/// <see cref="LibraryEvent.Waitlist"/>. The waitlist is first come, first served in list order.
/// </summary>
public class EventRegistration
{
    [BsonElement("memberId")]
    [BsonRepresentation(BsonType.ObjectId)]
    public string MemberId { get; set; } = string.Empty;

    [BsonElement("registeredAt")]
    public DateTime RegisteredAt { get; set; } = DateTime.UtcNow;

    [BsonElement("promotedAt")]
    [BsonIgnoreIfNull]
    public DateTime? PromotedAt { get; set; }
}
