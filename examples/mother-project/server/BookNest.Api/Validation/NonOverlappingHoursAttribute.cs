using System.ComponentModel.DataAnnotations;
using BookNest.Api.Dtos;

namespace BookNest.Api.Validation;

/// <summary>
/// Validates a weekly timetable: every period closes after it opens and no two periods of the same weekday
/// overlap. Badly formatted times are skipped here because [TimeOfDay] on the item already reports them.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class NonOverlappingHoursAttribute : ValidationAttribute
{
    public NonOverlappingHoursAttribute()
        : base("The field {0} has a period that closes before it opens or overlaps another period on the same day.")
    {
    }

    public override bool IsValid(object? value)
    {
        if (value is null)
        {
            return true;
        }

        if (value is not IEnumerable<OpeningHoursDto> hours)
        {
            return false;
        }

        var periods = new List<(string Day, int Opens, int Closes)>();
        foreach (var entry in hours)
        {
            if (!TimeOfDayAttribute.TryToMinutes(entry.Opens, out var opens) ||
                !TimeOfDayAttribute.TryToMinutes(entry.Closes, out var closes))
            {
                continue;
            }

            if (closes <= opens)
            {
                return false;
            }

            periods.Add((entry.Day.ToLowerInvariant(), opens, closes));
        }

        return periods
            .GroupBy(p => p.Day)
            .Select(day => day.OrderBy(p => p.Opens).ToList())
            .All(day => day.Zip(day.Skip(1)).All(pair => pair.Second.Opens >= pair.First.Closes));
    }
}
