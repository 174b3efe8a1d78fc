namespace BookNest.Api.Dtos;

/// <summary>
/// Numbers for the librarian dashboard. Computed on request; cheap enough at branch scale.
/// </summary>
public class DashboardSummaryDto
{
    public long TotalBooks { get; set; }
    public long TotalCopies { get; set; }
    public long AvailableCopies { get; set; }
    public long ActiveMembers { get; set; }
    public long ActiveLoans { get; set; }
    public long OverdueLoans { get; set; }
    public long PendingReviews { get; set; }
    public List<BookDto> MostBorrowed { get; set; } = new();
}
