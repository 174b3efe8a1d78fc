using BookNest.Api.Dtos;
using BookNest.Api.Models;
using BookNest.Api.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace BookNest.Api.Controllers;

/// <summary>
/// News posts. The feed is public (staff also get staff-only posts in it); writing is for staff.
/// </summary>
[Route("api/[controller]")]
[Authorize(Roles = UserRoles.Staff)]
public class AnnouncementsController : BaseApiController
{
    private readonly IAnnouncementService _announcementService;

    public AnnouncementsController(IAnnouncementService announcementService)
    {
        _announcementService = announcementService;
    }

    /// <summary>What is live right now, pinned posts first. Shown on the home page.</summary>
    [HttpGet("feed")]
    [AllowAnonymous]
    public async Task<ActionResult<IReadOnlyList<AnnouncementDto>>> GetFeed(CancellationToken cancellationToken)
    {
        return Ok(await _announcementService.GetFeedAsync(includeStaffPosts: IsStaff, cancellationToken));
    }

    /// <summary>Every post, including scheduled and expired ones, for the editors' overview.</summary>
    [HttpGet]
    public async Task<ActionResult<PagedResultDto<AnnouncementDto>>> GetAnnouncements([FromQuery] AnnouncementQueryDto query, CancellationToken cancellationToken)
    {
        return Ok(await _announcementService.GetPagedAsync(query, cancellationToken));
    }

    [HttpGet("{id}")]
    [AllowAnonymous]
    public async Task<ActionResult<AnnouncementDto>> GetAnnouncement(string id, CancellationToken cancellationToken)
    {
        return Ok(await _announcementService.GetByIdAsync(id, IsStaff, cancellationToken));
    }

    [HttpPost]
    public async Task<ActionResult<AnnouncementDto>> CreateAnnouncement([FromBody] CreateAnnouncementDto dto, CancellationToken cancellationToken)
    {
        var authorName = User.Identity?.Name ?? "Library staff";
        var announcement = await _announcementService.CreateAsync(dto, CurrentUserId, authorName, cancellationToken);
        return CreatedAtAction(nameof(GetAnnouncement), new { id = announcement.Id }, announcement);
    }

    [HttpPut("{id}")]
    public async Task<ActionResult<AnnouncementDto>> UpdateAnnouncement(string id, [FromBody] CreateAnnouncementDto dto, CancellationToken cancellationToken)
    {
        return Ok(await _announcementService.UpdateAsync(id, dto, cancellationToken));
    }

    [HttpPut("{id}/pin")]
    public async Task<ActionResult<AnnouncementDto>> PinAnnouncement(string id, [FromBody] bool pinned, CancellationToken cancellationToken)
    {
        return Ok(await _announcementService.SetPinnedAsync(id, pinned, cancellationToken));
    }

    /// <summary>Takes a post off the feed now; it stays in the overview as expired.</summary>
    [HttpPost("{id}/withdraw")]
    public async Task<ActionResult<AnnouncementDto>> WithdrawAnnouncement(string id, CancellationToken cancellationToken)
    {
        return Ok(await _announcementService.WithdrawAsync(id, cancellationToken));
    }
}
