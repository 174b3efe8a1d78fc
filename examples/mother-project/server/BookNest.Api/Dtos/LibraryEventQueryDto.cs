using System.ComponentModel.DataAnnotations;
using BookNest.Api.Models;

namespace BookNest.Api.Dtos;

/// <summary>
/// Agenda filters. Without <see cref="From"/> the agenda starts now, so past events drop off automatically.
/// </summary>
public class LibraryEventQueryDto : PageQueryDto
{
    [EnumDataType(typeof(EventKind))]
    public string? Kind { get; set; }

    [StringLength(8)]
    public string? BranchCode { get; set; }

    public DateTime? From { get; set; }

    public DateTime? To { get; set; }

    public bool IncludeCancelled { get; set; }

    /// <summary>Hide events without a free seat.</summary>
    public bool WithSeatsOnly { get; set; }
}
