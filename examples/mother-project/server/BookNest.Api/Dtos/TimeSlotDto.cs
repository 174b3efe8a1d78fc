namespace BookNest.Api.Dtos;

public class TimeSlotDto
{
    public DateTime StartsAt { get; set; }
    public DateTime EndsAt { get; set; }
}
