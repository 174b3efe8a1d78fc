using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;

namespace BookNest.Api.Models;

/// <summary>
/// A publishing house. Books still carry the publisher as a plain name (<see cref="Book.Publisher"/>), so the
/// catalogue links a publisher to its books through <see cref="Name"/> and the former names in <see cref="Aliases"/>.
/// </summary>
public class Publisher : IDocument
{
    [BsonId]
    [BsonRepresentation(BsonType.ObjectId)]
    public string? Id { get; set; }

    [BsonElement("name")]
    public string Name { get; set; } = string.Empty;

    [BsonElement("slug")]
    public string Slug { get; set; } = string.Empty;

    [BsonElement("country")]
    public string? Country { get; set; }

    [BsonElement("website")]
    public string? Website { get; set; }

    [BsonElement("foundedYear")]
    [BsonIgnoreIfNull]
    public int? FoundedYear { get; set; }

    // Names of imprints and of publishers merged into this one; books printed under them still match.
    [BsonElement("aliases")]
    public List<string> Aliases { get; set; } = new();

    [BsonElement("createdAt")]
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;

    [BsonElement("updatedAt")]
    [BsonIgnoreIfNull]
    public DateTime? UpdatedAt { get; set; }

    [BsonIgnore]
    public IEnumerable<string> AllNames => Aliases.Prepend(Name);
}
