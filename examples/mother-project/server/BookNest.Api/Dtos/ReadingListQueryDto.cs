using BookNest.Api.Validation;

namespace BookNest.Api.Dtos;

/// <summary>
/// Filters for GET api/readinglists. Without <see cref="MemberId"/> only public lists are searched;
/// a member asking for their own lists also gets the private ones.
/// </summary>
public class ReadingListQueryDto : PageQueryDto
{
    [ObjectId]
    public string? MemberId { get; set; }

    /// <summary>Only lists that contain this book ("readers who listed this also listed ...").</summary>
    [ObjectId]
    public string? BookId { get; set; }
}
