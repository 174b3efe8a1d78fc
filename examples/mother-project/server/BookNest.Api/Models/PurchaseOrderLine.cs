using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;

namespace BookNest.Api.Models;

/// <summary>
/// One title on a <see cref="PurchaseOrder"/>. Titles not yet in the catalogue are ordered by ISBN and
/// linked to a <see cref="Book"/> when the delivery is received.
/// </summary>
public class PurchaseOrderLine
{
    [BsonElement("isbn")]
    public string Isbn { get; set; } = string.Empty;

    [BsonElement("title")]
    public string Title { get; set; } = string.Empty;

    [BsonElement("bookId")]
    [BsonRepresentation(BsonType.ObjectId)]
    [BsonIgnoreIfNull]
    public string? BookId { get; set; }

    [BsonElement("quantity")]
    public int Quantity { get; set; }

    [BsonElement("quantityReceived")]
    public int QuantityReceived { get; set; }

    [BsonElement("unitPrice")]
    [BsonRepresentation(BsonType.Decimal128)]
    public decimal UnitPrice { get; set; }

    // Supplier discount in percent, agreed per title (library editions are often cheaper).
    [BsonElement("discountPercent")]
    [BsonRepresentation(BsonType.Decimal128)]
    public decimal DiscountPercent { get; set; }

    [BsonIgnore]
    public decimal LineTotal => Math.Round(Quantity * UnitPrice * (1 - DiscountPercent / 100m), 2);
}
