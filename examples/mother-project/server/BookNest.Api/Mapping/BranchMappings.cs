using BookNest.Api.Dtos;
using BookNest.Api.Models;
using BookNest.Api.Validation;

namespace BookNest.Api.Mapping;

/// <summary>
/// Mappings for branches and their opening hours ("HH:mm" on the wire, minutes after midnight in Mongo).
/// </summary>
public static class BranchMappings
{
    public static BranchDto ToDto(this Branch branch, bool isOpenNow = false) => new()
    {
        Id = branch.Id ?? string.Empty,
        Code = branch.Code,
        Name = branch.Name,
        Address = branch.Address.ToDto(),
        TimeZoneId = branch.TimeZoneId,
        OpeningHours = branch.OpeningHours
            .OrderBy(h => ((int)h.Day + 6) % 7) // Monday first, like the printed timetable
            .ThenBy(h => h.OpensAtMinute)
            .Select(h => h.ToDto())
            .ToList(),
        ClosedDates = branch.ClosedDates.Where(d => d >= DateTime.UtcNow.Date).OrderBy(d => d).ToList(),
        IsActive = branch.IsActive,
        IsOpenNow = isOpenNow
    };

    public static Branch ToDocument(this CreateBranchDto dto) => new()
    {
        Code = dto.Code.ToUpperInvariant(),
        Name = dto.Name.Trim(),
        Address = dto.Address.ToDocument(),
        TimeZoneId = dto.TimeZoneId.Trim(),
        OpeningHours = dto.OpeningHours.Select(h => h.ToDocument()).ToList(),
        ClosedDates = dto.ClosedDates.Select(d => DateTime.SpecifyKind(d.Date, DateTimeKind.Utc)).Distinct().ToList()
    };

    public static OpeningHoursDto ToDto(this OpeningHours hours) => new()
    {
        Day = hours.Day.ToString(),
        Opens = FormatMinutes(hours.OpensAtMinute),
        Closes = FormatMinutes(hours.ClosesAtMinute)
    };

    public static OpeningHours ToDocument(this OpeningHoursDto dto) => new()
    {
        Day = Enum.Parse<DayOfWeek>(dto.Day, ignoreCase: true),
        OpensAtMinute = TimeOfDayAttribute.ToMinutes(dto.Opens),
        ClosesAtMinute = TimeOfDayAttribute.ToMinutes(dto.Closes)
    };

    private static string FormatMinutes(int minutes) => $"{minutes / 60:D2}:{minutes % 60:D2}";
}
