using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;

namespace BookNest.Api.Models;

public class Author : IDocument
{
    [BsonId]
    [BsonRepresentation(BsonType.ObjectId)]
    public string? Id { get; set; }

    [BsonElement("firstName")]
    public string FirstName { get; set; } = string.Empty;

    [BsonElement("lastName")]
    public string LastName { get; set; } = string.Empty;

    [BsonElement("biography")]
    public string? Biography { get; set; }

    [BsonElement("birthDate")]
    [BsonIgnoreIfNull]
    public DateTime? BirthDate { get; set; }

    [BsonElement("nationality")]
    public string? Nationality { get; set; }

    [BsonElement("website")]
    public string? Website { get; set; }

    [BsonElement("createdAt")]
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;

    [BsonIgnore]
    public string FullName => $"{FirstName} {LastName}".Trim();
}
