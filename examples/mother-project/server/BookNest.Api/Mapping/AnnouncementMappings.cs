using BookNest.Api.Dtos;
using BookNest.Api.Models;

namespace BookNest.Api.Mapping;

/// <summary>
/// Mappings for announcements. The state is computed against the caller's clock reading, so one
/// request shows every post in the same state it was filtered by.
/// </summary>
public static class AnnouncementMappings
{
    public static AnnouncementDto ToDto(this Announcement announcement, DateTime now) => new()
    {
        Id = announcement.Id ?? string.Empty,
        Title = announcement.Title,
        Body = announcement.Body,
        Audience = announcement.Audience.ToString(),
        PublishFrom = announcement.PublishFrom,
        PublishUntil = announcement.PublishUntil,
        IsPinned = announcement.IsPinned,
        AuthorName = announcement.AuthorName,
        State = announcement.StateAt(now).ToString(),
        WithdrawnAt = announcement.WithdrawnAt,
        CreatedAt = announcement.CreatedAt,
        UpdatedAt = announcement.UpdatedAt
    };

    /// <summary>Copies the editable fields onto a new or existing post; authorship and pinning stay with the caller.</summary>
    public static Announcement ApplyTo(this CreateAnnouncementDto dto, Announcement announcement, DateTime now)
    {
        announcement.Title = dto.Title.Trim();
        announcement.Body = dto.Body.Trim();
        announcement.Audience = Enum.Parse<AnnouncementAudience>(dto.Audience, ignoreCase: true);
        announcement.PublishFrom = dto.PublishFrom ?? now;
        announcement.PublishUntil = dto.PublishUntil;
        return announcement;
    }
}
