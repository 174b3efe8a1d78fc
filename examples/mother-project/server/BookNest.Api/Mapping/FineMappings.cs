using BookNest.Api.Dtos;
using BookNest.Api.Models;

namespace BookNest.Api.Mapping;

/// <summary>
/// Mappings for late fees. The embedded waiver is flattened so the client table needs no nested object.
/// </summary>
public static class FineMappings
{
    public static FineDto ToDto(this Fine fine, string? bookTitle = null) => new()
    {
        Id = fine.Id ?? string.Empty,
        LoanId = fine.LoanId,
        MemberId = fine.MemberId,
        BookId = fine.BookId,
        BookTitle = bookTitle,
        DaysLate = fine.DaysLate,
        DailyRate = fine.DailyRate,
        Amount = fine.Amount,
        IsCapped = fine.IsCapped,
        Status = fine.Status.ToString(),
        AssessedAt = fine.AssessedAt,
        PaidAt = fine.PaidAt,
        WaivedBy = fine.Waiver?.WaivedBy,
        WaiverReason = fine.Waiver?.Reason,
        WaivedAt = fine.Waiver?.WaivedAt
    };
}
