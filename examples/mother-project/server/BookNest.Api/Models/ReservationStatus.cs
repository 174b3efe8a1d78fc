namespace BookNest.Api.Models;

/// <summary>
/// Life cycle of a <see cref="Reservation"/>: Waiting → ReadyForPickup → Fulfilled, or Cancelled / Expired.
/// Stored as a string like the enums in Enums.cs.
/// </summary>
public enum ReservationStatus
{
    Waiting,
    ReadyForPickup,
    Fulfilled,
    Cancelled,
    Expired
}
