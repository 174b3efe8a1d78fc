namespace BookNest.Api.Dtos;

/// <summary>
/// Outcome of registering for an event: a seat, or a place on the waitlist when the event is full.
/// </summary>
public class EventRegistrationDto
{
    public const string Registered = "Registered";
    public const string Waitlisted = "Waitlisted";

    public string EventId { get; set; } = string.Empty;
    public string EventTitle { get; set; } = string.Empty;
    public string MemberId { get; set; } = string.Empty;
    public string Status { get; set; } = Registered;

    /// <summary>1-based place on the waitlist; null when the member has a seat.</summary>
    public int? WaitlistPosition { get; set; }

    public DateTime RegisteredAt { get; set; }
}
