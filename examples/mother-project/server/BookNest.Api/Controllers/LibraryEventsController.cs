using BookNest.Api.Dtos;
using BookNest.Api.Models;
using BookNest.Api.Services;
using BookNest.Api.Validation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace BookNest.Api.Controllers;

/// <summary>
/// The events agenda (public) and seat registration for members. Staff can register a member who phones in.
/// </summary>
[Route("api/[controller]")]
public class LibraryEventsController : BaseApiController
{
    private readonly ILibraryEventService _eventService;

    public LibraryEventsController(ILibraryEventService eventService)
    {
        _eventService = eventService;
    }

    [HttpGet]
    [AllowAnonymous]
    public async Task<ActionResult<PagedResultDto<LibraryEventDto>>> GetEvents([FromQuery] LibraryEventQueryDto query, CancellationToken cancellationToken)
    {
        return Ok(await _eventService.GetPagedAsync(query, cancellationToken));
    }

    /// <summary>Staff also get the attendance list.</summary>
    [HttpGet("{id}")]
    [AllowAnonymous]
    public async Task<ActionResult<LibraryEventDto>> GetEvent(string id, CancellationToken cancellationToken)
    {
        return Ok(await _eventService.GetByIdAsync(id, includeAttendees: IsStaff, cancellationToken));
    }

    [HttpPost]
    [Authorize(Roles = UserRoles.Staff)]
    public async Task<ActionResult<LibraryEventDto>> CreateEvent([FromBody] CreateLibraryEventDto dto, CancellationToken cancellationToken)
    {
        var libraryEvent = await _eventService.CreateAsync(dto, cancellationToken);
        return CreatedAtAction(nameof(GetEvent), new { id = libraryEvent.Id }, libraryEvent);
    }

    [HttpPut("{id}")]
    [Authorize(Roles = UserRoles.Staff)]
    public async Task<ActionResult<LibraryEventDto>> UpdateEvent(string id, [FromBody] CreateLibraryEventDto dto, CancellationToken cancellationToken)
    {
        return Ok(await _eventService.UpdateAsync(id, dto, cancellationToken));
    }

    [HttpPost("{id}/cancel")]
    [Authorize(Roles = UserRoles.Staff)]
    public async Task<ActionResult<LibraryEventDto>> CancelEvent(string id, [FromQuery] string? reason, CancellationToken cancellationToken)
    {
        return Ok(await _eventService.CancelAsync(id, reason, cancellationToken));
    }

    /// <summary>Takes a seat, or a waitlist place when the event is full (the response says which).</summary>
    [HttpPost("{id}/registrations")]
    [Authorize]
    public async Task<ActionResult<EventRegistrationDto>> Register(string id, [FromQuery][ObjectId] string? memberId, CancellationToken cancellationToken)
    {
        var registrant = IsStaff && memberId is not null ? memberId : CurrentMemberId;
        return Ok(await _eventService.RegisterAsync(id, registrant, cancellationToken));
    }

    /// <summary>Gives up a seat (the first member on the waitlist moves up) or leaves the waitlist.</summary>
    [HttpDelete("{id}/registrations")]
    [Authorize]
    public async Task<IActionResult> Unregister(string id, [FromQuery][ObjectId] string? memberId, CancellationToken cancellationToken)
    {
        var registrant = IsStaff && memberId is not null ? memberId : CurrentMemberId;
        await _eventService.UnregisterAsync(id, registrant, cancellationToken);
        return NoContent();
    }
}
