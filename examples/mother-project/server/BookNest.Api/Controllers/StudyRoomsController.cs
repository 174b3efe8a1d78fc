using BookNest.Api.Dtos;
using BookNest.Api.Models;
using BookNest.Api.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace BookNest.Api.Controllers;

/// <summary>
/// Study rooms and their free slots. Browsing is public so the booking grid works before sign-in.
/// </summary>
[Route("api/[controller]")]
public class StudyRoomsController : BaseApiController
{
    private readonly IStudyRoomService _studyRoomService;

    public StudyRoomsController(IStudyRoomService studyRoomService)
    {
        _studyRoomService = studyRoomService;
    }

    [HttpGet]
    [AllowAnonymous]
    public async Task<ActionResult<IReadOnlyList<StudyRoomDto>>> GetRooms(
        [FromQuery] string? branchCode,
        [FromQuery] int? minCapacity,
        CancellationToken cancellationToken)
    {
        return Ok(await _studyRoomService.GetRoomsAsync(branchCode, minCapacity, cancellationToken));
    }

    [HttpGet("{id}")]
    [AllowAnonymous]
    public async Task<ActionResult<StudyRoomDto>> GetRoom(string id, CancellationToken cancellationToken)
    {
        return Ok(await _studyRoomService.GetByIdAsync(id, cancellationToken));
    }

    /// <summary>Free and taken slots of one day (?date=2024-05-17); today when no date is given.</summary>
    [HttpGet("{id}/availability")]
    [AllowAnonymous]
    public async Task<ActionResult<RoomAvailabilityDto>> GetAvailability(string id, [FromQuery] DateTime? date, CancellationToken cancellationToken)
    {
        return Ok(await _studyRoomService.GetAvailabilityAsync(id, date ?? DateTime.UtcNow.Date, cancellationToken));
    }

    [HttpPost]
    [Authorize(Roles = UserRoles.Admin)]
    public async Task<ActionResult<StudyRoomDto>> CreateRoom([FromBody] CreateStudyRoomDto dto, CancellationToken cancellationToken)
    {
        var room = await _studyRoomService.CreateAsync(dto, cancellationToken);
        return CreatedAtAction(nameof(GetRoom), new { id = room.Id }, room);
    }

    /// <summary>Opens or closes a room for booking; closing fails while upcoming bookings remain.</summary>
    [HttpPut("{id}/bookable")]
    [Authorize(Roles = UserRoles.Staff)]
    public async Task<ActionResult<StudyRoomDto>> SetBookable(string id, [FromBody] bool isBookable, CancellationToken cancellationToken)
    {
        return Ok(await _studyRoomService.SetBookableAsync(id, isBookable, cancellationToken));
    }
}
