namespace BookNest.Api.Configuration;

/// <summary>
/// Study room booking rules, bound from the "RoomBookings" section. The defaults are the policy the
/// branches agreed on; a branch with longer opening hours overrides them in its own appsettings.
/// </summary>
public class RoomBookingSettings
{
    public const string SectionName = "RoomBookings";

    /// <summary>Bookings start and end on this grid (09:00, 09:30, ...).</summary>
    public int SlotMinutes { get; set; } = 30;

    /// <summary>Total booked time per member per calendar day, across all rooms.</summary>
    public int MaxHoursPerMemberPerDay { get; set; } = 2;

    public int OpensAtHour { get; set; } = 9;
    public int ClosesAtHour { get; set; } = 21;

    /// <summary>How far ahead a member may book.</summary>
    public int MaxDaysAhead { get; set; } = 14;

    /// <summary>Check-in opens this many minutes before the start.</summary>
    public int CheckInOpensMinutesBefore { get; set; } = 10;

    /// <summary>A booking nobody checked in to this many minutes after the start is a no-show and frees the room.</summary>
    public int NoShowAfterMinutes { get; set; } = 15;
}
