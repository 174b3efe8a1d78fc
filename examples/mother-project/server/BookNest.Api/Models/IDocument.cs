namespace BookNest.Api.Models;

/// <summary>
/// Marker for every document stored in MongoDB; lets <c>MongoRepository&lt;T&gt;</c> filter by id.
/// </summary>
public interface IDocument
{
    string? Id { get; set; }
}
