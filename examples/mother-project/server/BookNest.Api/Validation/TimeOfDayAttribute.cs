using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace BookNest.Api.Validation;

/// <summary>
/// Validates a 24-hour "HH:mm" time of day such as "09:30", used for branch opening hours. "24:00" is accepted
/// as a closing time so a branch can stay open until midnight.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class TimeOfDayAttribute : ValidationAttribute
{
    public TimeOfDayAttribute()
        : base("The field {0} must be a time of day in HH:mm format.")
    {
    }

    public override bool IsValid(object? value) => value switch
    {
        null => true,
        "24:00" => true,
        string text => TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        _ => false
    };

    /// <summary>Minutes after midnight for a value that passed validation.</summary>
    public static int ToMinutes(string value)
    {
        if (value == "24:00")
        {
            return 24 * 60;
        }

        var time = TimeOnly.ParseExact(value, "HH:mm", CultureInfo.InvariantCulture);
        return time.Hour * 60 + time.Minute;
    }
}
