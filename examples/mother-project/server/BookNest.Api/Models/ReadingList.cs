using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;

namespace BookNest.Api.Models;

/// <summary>
/// A member's curated list of books ("Summer 2024", "Book club picks"). The order of
/// <see cref="Entries"/> is the order the owner chose; private lists are visible to the owner only.
/// </summary>
public class ReadingList : IDocument
{
    [BsonId]
    [BsonRepresentation(BsonType.ObjectId)]
    public string? Id { get; set; }

    [BsonElement("memberId")]
    [BsonRepresentation(BsonType.ObjectId)]
    public string MemberId { get; set; } = string.Empty;

    [BsonElement("name")]
    public string Name { get; set; } = string.Empty;

    [BsonElement("description")]
    public string? Description { get; set; }

    [BsonElement("isPublic")]
    public bool IsPublic { get; set; }

    [BsonElement("entries")]
    public List<ReadingListEntry> Entries { get; set; } = new();

    // Kept next to the entries so "lists containing this book" is a plain multikey index lookup.
    [BsonElement("bookIds")]
    [BsonRepresentation(BsonType.ObjectId)]
    public List<string> BookIds { get; set; } = new();

    [BsonElement("createdAt")]
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;

    [BsonElement("updatedAt")]
    [BsonIgnoreIfNull]
    public DateTime? UpdatedAt { get; set; }
}
