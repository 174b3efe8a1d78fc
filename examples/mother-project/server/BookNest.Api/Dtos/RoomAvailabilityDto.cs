namespace BookNest.Api.Dtos;

/// <summary>
/// One room's day: the opening hours cut into free and taken slots, for the booking grid in the client.
/// </summary>
public class RoomAvailabilityDto
{
    public string RoomId { get; set; } = string.Empty;
    public string RoomName { get; set; } = string.Empty;
    public DateTime Date { get; set; }
    public int SlotMinutes { get; set; }
    public List<TimeSlotDto> FreeSlots { get; set; } = new();
    public List<TimeSlotDto> BookedSlots { get; set; } = new();
}
