using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;

namespace BookNest.Api.Models;

/// <summary>
/// A news post on the home page or the staff intranet. It is live between <see cref="PublishFrom"/> and
/// <see cref="PublishUntil"/> (open-ended when null); pinned posts are listed first. Posts are withdrawn
/// rather than deleted, so the desk can still answer "what did we announce about the closure?".
/// </summary>
public class Announcement : IDocument
{
    [BsonId]
    [BsonRepresentation(BsonType.ObjectId)]
    public string? Id { get; set; }

    [BsonElement("title")]
    public string Title { get; set; } = string.Empty;

    // Markdown; the client renders it with the same sanitiser it uses for review bodies.
    [BsonElement("body")]
    public string Body { get; set; } = string.Empty;

    [BsonElement("audience")]
    [BsonRepresentation(BsonType.String)]
    public AnnouncementAudience Audience { get; set; } = AnnouncementAudience.All;

    [BsonElement("publishFrom")]
    public DateTime PublishFrom { get; set; } = DateTime.UtcNow;

    [BsonElement("publishUntil")]
    [BsonIgnoreIfNull]
    public DateTime? PublishUntil { get; set; }

    [BsonElement("isPinned")]
    public bool IsPinned { get; set; }

    [BsonElement("pinnedAt")]
    [BsonIgnoreIfNull]
    public DateTime? PinnedAt { get; set; }

    [BsonElement("authorUserId")]
    [BsonRepresentation(BsonType.ObjectId)]
    public string AuthorUserId { get; set; } = string.Empty;

    [BsonElement("authorName")]
    public string AuthorName { get; set; } = string.Empty;

    [BsonElement("withdrawnAt")]
    [BsonIgnoreIfNull]
    public DateTime? WithdrawnAt { get; set; }

    [BsonElement("createdAt")]
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;

    [BsonElement("updatedAt")]
    [BsonIgnoreIfNull]
    public DateTime? UpdatedAt { get; set; }

    public AnnouncementState StateAt(DateTime now) =>
        PublishFrom > now ? AnnouncementState.Scheduled
        : PublishUntil is not null && PublishUntil <= now ? AnnouncementState.Expired
        : AnnouncementState.Live;
}

public enum AnnouncementAudience
{
    All,
    Staff
}

/// <summary>Derived from the publish window; never stored.</summary>
public enum AnnouncementState
{
    Scheduled,
    Live,
    Expired
}
