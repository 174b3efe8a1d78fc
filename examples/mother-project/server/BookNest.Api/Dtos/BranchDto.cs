namespace BookNest.Api.Dtos;

public class BranchDto
{
    public string Id { get; set; } = string.Empty;
    public string Code { get; set; } = string.Empty;
    public string Name { get; set; } = string.Empty;
    public AddressDto Address { get; set; } = new();
    public string TimeZoneId { get; set; } = string.Empty;
    public List<OpeningHoursDto> OpeningHours { get; set; } = new();
    public List<DateTime> ClosedDates { get; set; } = new();
    public bool IsActive { get; set; }

    /// <summary>Evaluated when the response is built, in the branch's own time zone.</summary>
    public bool IsOpenNow { get; set; }
}
