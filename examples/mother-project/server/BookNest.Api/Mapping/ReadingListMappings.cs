using BookNest.Api.Dtos;
using BookNest.Api.Models;

namespace BookNest.Api.Mapping;

/// <summary>
/// Mappings for reading lists. Book titles and covers are looked up by the service and passed in.
/// </summary>
public static class ReadingListMappings
{
    public static ReadingListDto ToDto(this ReadingList list, IReadOnlyDictionary<string, Book>? books = null) => new()
    {
        Id = list.Id ?? string.Empty,
        MemberId = list.MemberId,
        Name = list.Name,
        Description = list.Description,
        IsPublic = list.IsPublic,
        BookCount = list.Entries.Count,
        Entries = books is null
            ? new List<ReadingListEntryDto>()
            : list.Entries.Select((e, index) => e.ToDto(index + 1, books.GetValueOrDefault(e.BookId))).ToList(),
        CreatedAt = list.CreatedAt,
        UpdatedAt = list.UpdatedAt
    };

    public static ReadingListEntryDto ToDto(this ReadingListEntry entry, int position, Book? book = null) => new()
    {
        Position = position,
        BookId = entry.BookId,
        BookTitle = book?.Title,
        CoverImageUrl = book?.CoverImageUrl,
        Note = entry.Note,
        AddedAt = entry.AddedAt
    };

    public static ReadingList ToDocument(this CreateReadingListDto dto, string memberId) => new()
    {
        MemberId = memberId,
        Name = dto.Name.Trim(),
        Description = string.IsNullOrWhiteSpace(dto.Description) ? null : dto.Description.Trim(),
        IsPublic = dto.IsPublic
    };
}
