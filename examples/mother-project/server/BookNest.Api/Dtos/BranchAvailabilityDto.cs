namespace BookNest.Api.Dtos;

/// <summary>
/// Copies of one book at one branch, for the "where can I pick it up?" panel of the book page.
/// </summary>
public class BranchAvailabilityDto
{
    public string BranchCode { get; set; } = string.Empty;
    public string? BranchName { get; set; }
    public bool IsOpenNow { get; set; }
    public int TotalCopies { get; set; }
    public int AvailableCopies { get; set; }
}
