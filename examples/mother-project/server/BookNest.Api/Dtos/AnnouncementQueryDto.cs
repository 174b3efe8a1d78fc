using System.ComponentModel.DataAnnotations;
using BookNest.Api.Models;

namespace BookNest.Api.Dtos;

/// <summary>
/// Filters for the staff list GET api/announcements (the public feed is api/announcements/feed).
/// </summary>
public class AnnouncementQueryDto : PageQueryDto
{
    [EnumDataType(typeof(AnnouncementAudience))]
    public string? Audience { get; set; }

    [EnumDataType(typeof(AnnouncementState))]
    public string? State { get; set; }
}
