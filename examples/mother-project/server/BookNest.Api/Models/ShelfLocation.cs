using MongoDB.Bson.Serialization.Attributes;

namespace BookNest.Api.Models;

/// <summary>
/// Where a physical copy sits in a branch; embedded in <see cref="InventoryItem"/>.
/// </summary>
public class ShelfLocation
{
    [BsonElement("floor")]
    public int Floor { get; set; }

    [BsonElement("aisle")]
    public string Aisle { get; set; } = string.Empty;

    [BsonElement("shelf")]
    public string Shelf { get; set; } = string.Empty;
}
