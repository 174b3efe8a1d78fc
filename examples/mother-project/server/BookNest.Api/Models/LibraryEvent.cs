using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;

namespace BookNest.Api.Models;

/// <summary>
/// A talk, story hour or workshop at a branch. Seats and the waitlist are embedded so one atomic update can check
/// the capacity and take a seat at the same time.
/// </summary>
public class LibraryEvent : IDocument
{
    [BsonId]
    [BsonRepresentation(BsonType.ObjectId)]
    public string? Id { get; set; }

    [BsonElement("title")]
    public string Title { get; set; } = string.Empty;

    [BsonElement("description")]
    public string? Description { get; set; }

    [BsonElement("kind")]
    [BsonRepresentation(BsonType.String)]
    public EventKind Kind { get; set; } = EventKind.Talk;

    [BsonElement("branchCode")]
    public string BranchCode { get; set; } = string.Empty;

    [BsonElement("startsAt")]
    public DateTime StartsAt { get; set; }

    [BsonElement("endsAt")]
    public DateTime EndsAt { get; set; }

    [BsonElement("capacity")]
    public int Capacity { get; set; }

    [BsonElement("attendees")]
    public List<EventRegistration> Attendees { get; set; } = new();

    [BsonElement("waitlist")]
    public List<EventRegistration> Waitlist { get; set; } = new();

    [BsonElement("isCancelled")]
    public bool IsCancelled { get; set; }

    [BsonElement("cancellationReason")]
    [BsonIgnoreIfNull]
    public string? CancellationReason { get; set; }

    [BsonElement("createdAt")]
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;

    [BsonIgnore]
    public int SeatsLeft => Math.Max(0, Capacity - Attendees.Count);
}
