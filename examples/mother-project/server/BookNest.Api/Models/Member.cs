using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;

namespace BookNest.Api.Models;

/// <summary>
/// A library card holder. A member may be linked to a <see cref="User"/> login, but walk-in members
/// registered at the desk have no user account.
/// </summary>
public class Member : IDocument
{
    [BsonId]
    [BsonRepresentation(BsonType.ObjectId)]
    public string? Id { get; set; }

    [BsonElement("membershipNumber")]
    public string MembershipNumber { get; set; } = string.Empty;

    [BsonElement("userId")]
    [BsonRepresentation(BsonType.ObjectId)]
    [BsonIgnoreIfNull]
    public string? UserId { get; set; }

    [BsonElement("firstName")]
    public string FirstName { get; set; } = string.Empty;

    [BsonElement("lastName")]
    public string LastName { get; set; } = string.Empty;

    [BsonElement("email")]
    public string Email { get; set; } = string.Empty;

    [BsonElement("phone")]
    public string? Phone { get; set; }

    [BsonElement("address")]
    public Address Address { get; set; } = new();

    [BsonElement("tier")]
    [BsonRepresentation(BsonType.String)]
    public MembershipTier Tier { get; set; } = MembershipTier.Standard;

    [BsonElement("isActive")]
    public bool IsActive { get; set; } = true;

    [BsonElement("joinedAt")]
    public DateTime JoinedAt { get; set; } = DateTime.UtcNow;
}
