using BookNest.Api.Dtos;
using BookNest.Api.Models;

namespace BookNest.Api.Mapping;

/// <summary>
/// Hand-written mappings for the catalogue (books, authors, categories, reviews, inventory).
/// We dropped AutoMapper in 2023: explicit code is easier to review and to debug.
/// </summary>
public static class CatalogMappings
{
    public static BookDto ToDto(this Book book, string? authorName = null) => new()
    {
        Id = book.Id ?? string.Empty,
        Title = book.Title,
        Isbn = book.Isbn,
        AuthorId = book.AuthorId,
        AuthorName = authorName,
        CategoryIds = book.CategoryIds.ToList(),
        Publisher = book.Publisher,
        PublishedYear = book.PublishedYear,
        PageCount = book.PageCount,
        Language = book.Language,
        Summary = book.Summary,
        CoverImageUrl = book.CoverImageUrl,
        Price = book.Price,
        AverageRating = Math.Round(book.AverageRating, 1),
        ReviewCount = book.ReviewCount
    };

    public static Book ToDocument(this CreateBookDto dto) => new()
    {
        Title = dto.Title.Trim(),
        Isbn = dto.Isbn,
        AuthorId = dto.AuthorId,
        CategoryIds = dto.CategoryIds.Distinct().ToList(),
        Publisher = dto.Publisher,
        PublishedYear = dto.PublishedYear,
        PageCount = dto.PageCount,
        Language = dto.Language.ToLowerInvariant(),
        Summary = dto.Summary,
        CoverImageUrl = dto.CoverImageUrl,
        Price = dto.Price
    };

    public static AuthorDto ToDto(this Author author, int bookCount = 0) => new()
    {
        Id = author.Id ?? string.Empty,
        FirstName = author.FirstName,
        LastName = author.LastName,
        FullName = author.FullName,
        Biography = author.Biography,
        BirthDate = author.BirthDate,
        Nationality = author.Nationality,
        Website = author.Website,
        BookCount = bookCount
    };

    public static Author ToDocument(this CreateAuthorDto dto) => new()
    {
        FirstName = dto.FirstName.Trim(),
        LastName = dto.LastName.Trim(),
        Biography = dto.Biography,
        BirthDate = dto.BirthDate,
        Nationality = dto.Nationality,
        Website = dto.Website
    };

    public static CategoryDto ToDto(this Category category) => new()
    {
        Id = category.Id ?? string.Empty,
        Name = category.Name,
        Slug = category.Slug,
        Description = category.Description,
        ParentCategoryId = category.ParentCategoryId,
        SortOrder = category.SortOrder
    };

    public static ReviewDto ToDto(this Review review, string? memberName = null) => new()
    {
        Id = review.Id ?? string.Empty,
        BookId = review.BookId,
        MemberId = review.MemberId,
        MemberName = memberName,
        Rating = review.Rating,
        Title = review.Title,
        Body = review.Body,
        IsApproved = review.IsApproved,
        CreatedAt = review.CreatedAt
    };

    public static InventoryItemDto ToDto(this InventoryItem item) => new()
    {
        Id = item.Id ?? string.Empty,
        BookId = item.BookId,
        Barcode = item.Barcode,
        BranchCode = item.BranchCode,
        ShelfLocation = $"F{item.Location.Floor} / {item.Location.Aisle} / {item.Location.Shelf}",
        Condition = item.Condition.ToString(),
        Status = item.Status.ToString(),
        AcquiredAt = item.AcquiredAt
    };
}
