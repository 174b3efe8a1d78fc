namespace BookNest.Api.Dtos;

/// <summary>
/// A member's fines with the amount still to pay, for the member page and the checkout warning at the desk.
/// </summary>
public class MemberFinesDto
{
    public string MemberId { get; set; } = string.Empty;
    public decimal OutstandingTotal { get; set; }
    public int OutstandingCount { get; set; }
    public List<FineDto> Fines { get; set; } = new();
}
