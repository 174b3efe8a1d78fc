using MongoDB.Bson.Serialization.Attributes;

namespace BookNest.Api.Models;

/// <summary>
/// Embedded in <see cref="Fine.Waiver"/>: who let the member off and why, kept for the yearly audit.
/// </summary>
public class FineWaiver
{
    [BsonElement("waivedBy")]
    public string WaivedBy { get; set; } = string.Empty;

    [BsonElement("reason")]
    public string Reason { get; set; } = string.Empty;

    [BsonElement("waivedAt")]
    public DateTime WaivedAt { get; set; } = DateTime.UtcNow;
}
