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
        string text => TryToMinutes(text, out _),
        _ => false
    };

    /// <summary>Minutes after midnight for a value that passed validation.</summary>
    public static int ToMinutes(string value) =>
        TryToMinutes(value, out var minutes) ? minutes : throw new FormatException($"'{value}' is not an HH:mm time.");

    public static bool TryToMinutes(string? value, out int minutes)
    {
        minutes = 0;
        if (value == "24:00")
        {
            minutes = 24 * 60;
            return true;
        }

        if (!TimeOnly.TryParseExact(value, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return false;
        }

        minutes = time.Hour * 60 + time.Minute;
        return true;
    }
}
