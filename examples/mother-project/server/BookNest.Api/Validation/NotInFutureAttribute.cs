using System.ComponentModel.DataAnnotations;

namespace BookNest.Api.Validation;

/// <summary>
/// Rejects dates (or years) later than today, e.g. a publication year or an author's birth date.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class NotInFutureAttribute : ValidationAttribute
{
    public NotInFutureAttribute()
        : base("The field {0} cannot be in the future.")
    {
    }

    public override bool IsValid(object? value) => value switch
    {
        null => true,
        DateTime date => date.Date <= DateTime.UtcNow.Date,
        int year => year <= DateTime.UtcNow.Year,
        _ => false
    };
}
