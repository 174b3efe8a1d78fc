using System.ComponentModel.DataAnnotations;
using BookNest.Api.Validation;

namespace BookNest.Api.Dtos;

/// <summary>
/// Body of POST api/publishers/{id}/merge: the publisher in the route survives, <see cref="SourcePublisherId"/>
/// is removed and its books are moved over.
/// </summary>
public class MergePublishersDto
{
    [Required]
    [ObjectId]
    public string SourcePublisherId { get; set; } = string.Empty;

    /// <summary>Keep the old name as an alias so searches for it still find the surviving publisher.</summary>
    public bool KeepSourceNameAsAlias { get; set; } = true;
}
