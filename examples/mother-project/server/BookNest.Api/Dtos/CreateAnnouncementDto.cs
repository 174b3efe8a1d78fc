using System.ComponentModel.DataAnnotations;
using BookNest.Api.Models;
using BookNest.Api.Validation;

namespace BookNest.Api.Dtos;

/// <summary>
/// Payload for POST api/announcements and PUT api/announcements/{id}. An empty
/// <see cref="PublishFrom"/> publishes immediately; an empty <see cref="PublishUntil"/> never expires.
/// </summary>
public class CreateAnnouncementDto
{
    [Required]
    [StringLength(140, MinimumLength = 3)]
    public string Title { get; set; } = string.Empty;

    [Required]
    [StringLength(8000, MinimumLength = 10)]
    public string Body { get; set; } = string.Empty;

    [EnumDataType(typeof(AnnouncementAudience))]
    public string Audience { get; set; } = nameof(AnnouncementAudience.All);

    public DateTime? PublishFrom { get; set; }

    [DateAfter(nameof(PublishFrom))]
    public DateTime? PublishUntil { get; set; }

    public bool IsPinned { get; set; }
}
