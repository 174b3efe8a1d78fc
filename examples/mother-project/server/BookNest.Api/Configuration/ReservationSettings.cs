namespace BookNest.Api.Configuration;

/// <summary>
/// Hold rules, bound from the "Reservations" section. The pickup window counts whole days after the day the
/// copy was set aside, so a hold that becomes ready on Monday afternoon with 7 days lasts until next Monday night.
/// </summary>
public class ReservationSettings
{
    public const string SectionName = "Reservations";

    public int PickupWindowDays { get; set; } = 7;
    public int MaxOpenReservationsPerMember { get; set; } = 5;

    /// <summary>When false, a hold is refused while a copy is on the shelf at the pickup branch.</summary>
    public bool AllowWhenCopyOnShelf { get; set; }
}
