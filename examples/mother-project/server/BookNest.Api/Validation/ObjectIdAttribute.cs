using System.ComponentModel.DataAnnotations;
using MongoDB.Bson;

namespace BookNest.Api.Validation;

/// <summary>
/// Validates that a string (or every string in a list) is a MongoDB ObjectId, so a bad reference such as
/// <c>AuthorId = "abc"</c> is a 400 from model validation instead of a FormatException deep in the driver.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class ObjectIdAttribute : ValidationAttribute
{
    public ObjectIdAttribute()
        : base("The field {0} must be a valid id.")
    {
    }

    public override bool IsValid(object? value) => value switch
    {
        null => true, // combine with [Required] when the reference is mandatory
        string id => ObjectId.TryParse(id, out _),
        IEnumerable<string> ids => ids.All(id => ObjectId.TryParse(id, out _)),
        _ => false
    };
}
