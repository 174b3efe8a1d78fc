using System.ComponentModel.DataAnnotations;

namespace BookNest.Api.Validation;

/// <summary>
/// Requires a date to be later than another date property of the same object, e.g. the end of a
/// publish window or of a room booking: <c>[DateAfter(nameof(StartsAt))] public DateTime EndsAt</c>.
/// Either value being null passes; combine with [Required] when the end is mandatory.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class DateAfterAttribute : ValidationAttribute
{
    public DateAfterAttribute(string otherProperty)
        : base("The field {0} must be later than {1}.")
    {
        OtherProperty = otherProperty;
    }

    public string OtherProperty { get; }

    public override string FormatErrorMessage(string name) =>
        string.Format(ErrorMessageString, name, OtherProperty);

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        var other = validationContext.ObjectType.GetProperty(OtherProperty);
        if (other is null)
        {
            return new ValidationResult($"Unknown property {OtherProperty}.");
        }

        var start = other.GetValue(validationContext.ObjectInstance) as DateTime?;
        if (value is not DateTime end || start is null || end > start.Value)
        {
            return ValidationResult.Success;
        }

        var memberNames = validationContext.MemberName is null ? null : new[] { validationContext.MemberName };
        return new ValidationResult(FormatErrorMessage(validationContext.DisplayName), memberNames);
    }
}
