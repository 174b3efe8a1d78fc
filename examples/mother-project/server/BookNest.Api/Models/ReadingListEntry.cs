using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;

namespace BookNest.Api.Models;

/// <summary>
/// One book on a <see cref="ReadingList"/>, embedded in <see cref="ReadingList.Entries"/> in display order.
/// </summary>
public class ReadingListEntry
{
    [BsonElement("bookId")]
    [BsonRepresentation(BsonType.ObjectId)]
    public string BookId { get; set; } = string.Empty;

    // Personal note shown under the book ("read before the film comes out").
    [BsonElement("note")]
    [BsonIgnoreIfNull]
    public string? Note { get; set; }

    [BsonElement("addedAt")]
    public DateTime AddedAt { get; set; } = DateTime.UtcNow;
}
