using System.ComponentModel.DataAnnotations;
using BookNest.Api.Models;

namespace BookNest.Api.Dtos;

/// <summary>
/// Payload for POST api/libraryevents and PUT api/libraryevents/{id}. The end time is derived from the duration,
/// so an event can never end before it starts.
/// </summary>
public class CreateLibraryEventDto
{
    [Required]
    [StringLength(150, MinimumLength = 3)]
    public string Title { get; set; } = string.Empty;

    [StringLength(2000)]
    public string? Description { get; set; }

    [EnumDataType(typeof(EventKind))]
    public string Kind { get; set; } = nameof(EventKind.Talk);

    [Required]
    [StringLength(8)]
    public string BranchCode { get; set; } = string.Empty;

    [Required]
    public DateTime StartsAt { get; set; }

    [Range(15, 480)]
    public int DurationMinutes { get; set; } = 60;

    [Range(1, 500)]
    public int Capacity { get; set; } = 30;
}
