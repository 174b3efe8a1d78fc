using BookNest.Api.Dtos;
using BookNest.Api.Models;

namespace BookNest.Api.Mapping;

/// <summary>
/// Mappings for the publisher catalogue.
/// </summary>
public static class PublisherMappings
{
    public static PublisherDto ToDto(this Publisher publisher, int bookCount = 0) => new()
    {
        Id = publisher.Id ?? string.Empty,
        Name = publisher.Name,
        Slug = publisher.Slug,
        Country = publisher.Country,
        Website = publisher.Website,
        FoundedYear = publisher.FoundedYear,
        Aliases = publisher.Aliases.OrderBy(a => a).ToList(),
        BookCount = bookCount,
        CreatedAt = publisher.CreatedAt
    };

    public static Publisher ToDocument(this CreatePublisherDto dto) => new()
    {
        Name = dto.Name.Trim(),
        Country = string.IsNullOrWhiteSpace(dto.Country) ? null : dto.Country.Trim(),
        Website = dto.Website,
        FoundedYear = dto.FoundedYear,
        // Blank entries and repeats of the main name are dropped; aliases are compared case-insensitively.
        Aliases = dto.Aliases
            .Select(a => a.Trim())
            .Where(a => a.Length > 0 && !string.Equals(a, dto.Name.Trim(), StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList()
    };
}
