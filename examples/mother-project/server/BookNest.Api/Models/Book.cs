using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;

namespace BookNest.Api.Models;

/// <summary>
/// A title in the catalogue. Physical copies live in the inventory collection (<see cref="InventoryItem"/>).
/// </summary>
public class Book : IDocument
{
    [BsonId]
    [BsonRepresentation(BsonType.ObjectId)]
    public string? Id { get; set; }

    [BsonElement("title")]
    public string Title { get; set; } = string.Empty;

    [BsonElement("isbn")]
    public string Isbn { get; set; } = string.Empty;

    [BsonElement("authorId")]
    [BsonRepresentation(BsonType.ObjectId)]
    public string AuthorId { get; set; } = string.Empty;

    [BsonElement("categoryIds")]
    [BsonRepresentation(BsonType.ObjectId)]
    public List<string> CategoryIds { get; set; } = new();

    [BsonElement("publisher")]
    public string? Publisher { get; set; }

    [BsonElement("publishedYear")]
    public int PublishedYear { get; set; }

    [BsonElement("pageCount")]
    public int PageCount { get; set; }

    [BsonElement("language")]
    public string Language { get; set; } = "en";

    [BsonElement("summary")]
    public string? Summary { get; set; }

    [BsonElement("coverImageUrl")]
    public string? CoverImageUrl { get; set; }

    [BsonElement("price")]
    [BsonRepresentation(BsonType.Decimal128)]
    public decimal Price { get; set; }

    // Denormalised from the reviews collection; ReviewService keeps these in sync.
    [BsonElement("averageRating")]
    public double AverageRating { get; set; }

    [BsonElement("reviewCount")]
    public int ReviewCount { get; set; }

    [BsonElement("createdAt")]
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;

    [BsonElement("updatedAt")]
    public DateTime? UpdatedAt { get; set; }
}
