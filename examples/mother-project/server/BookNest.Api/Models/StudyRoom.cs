using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;

namespace BookNest.Api.Models;

/// <summary>
/// A bookable study room in a branch. Admins add rooms; librarians take a room out of booking
/// (refurbishment, exam invigilation) with <see cref="IsBookable"/>.
/// </summary>
public class StudyRoom : IDocument
{
    [BsonId]
    [BsonRepresentation(BsonType.ObjectId)]
    public string? Id { get; set; }

    [BsonElement("name")]
    public string Name { get; set; } = string.Empty;

    [BsonElement("branchCode")]
    public string BranchCode { get; set; } = string.Empty;

    [BsonElement("floor")]
    public int Floor { get; set; }

    [BsonElement("capacity")]
    public int Capacity { get; set; } = 1;

    // Free-text tags shown as chips in the client: "Whiteboard", "Screen", "Step-free access".
    [BsonElement("features")]
    public List<string> Features { get; set; } = new();

    // Closed rooms stay listed (the client greys them out) but cannot be booked.
    [BsonElement("isBookable")]
    public bool IsBookable { get; set; } = true;
}
