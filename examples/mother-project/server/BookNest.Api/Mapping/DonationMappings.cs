using BookNest.Api.Dtos;
using BookNest.Api.Models;

namespace BookNest.Api.Mapping;

/// <summary>
/// Mappings for donated books.
/// </summary>
public static class DonationMappings
{
    public static DonationDto ToDto(this Donation donation) => new()
    {
        Id = donation.Id ?? string.Empty,
        DonorMemberId = donation.DonorMemberId,
        DonorName = donation.DonorName,
        Isbn = donation.Isbn,
        Title = donation.Title,
        AuthorName = donation.AuthorName,
        BranchCode = donation.BranchCode,
        Status = donation.Status.ToString(),
        Condition = donation.Condition?.ToString(),
        AssessmentNotes = donation.AssessmentNotes,
        BookId = donation.BookId,
        InventoryItemId = donation.InventoryItemId,
        DeclineReason = donation.DeclineReason,
        Disposal = donation.Disposal?.ToString(),
        ReceivedAt = donation.ReceivedAt,
        AssessedAt = donation.AssessedAt,
        DecidedAt = donation.DecidedAt
    };

    public static Donation ToDocument(this CreateDonationDto dto) => new()
    {
        DonorMemberId = dto.DonorMemberId,
        DonorName = string.IsNullOrWhiteSpace(dto.DonorName) ? null : dto.DonorName.Trim(),
        Isbn = dto.Isbn,
        Title = dto.Title.Trim(),
        AuthorName = dto.AuthorName?.Trim(),
        BranchCode = dto.BranchCode.ToUpperInvariant()
    };

    // The donated copy enters the inventory in the condition the assessment found.
    public static InventoryItem ToInventoryItem(this AcceptDonationDto dto, Donation donation, string bookId) => new()
    {
        BookId = bookId,
        Barcode = dto.Barcode,
        BranchCode = donation.BranchCode,
        Location = new ShelfLocation { Floor = dto.Floor, Aisle = dto.Aisle, Shelf = dto.Shelf },
        Condition = donation.Condition ?? CopyCondition.Good,
        Status = CopyStatus.Available
    };
}
