using BookNest.Api.Dtos;
using BookNest.Api.Extensions;
using BookNest.Api.Models;
using BookNest.Api.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace BookNest.Api.Controllers;

/// <summary>
/// Study room bookings. Members book, check in and cancel their own slots; the desk sees and manages all.
/// </summary>
[Route("api/[controller]")]
[Authorize]
public class RoomBookingsController : BaseApiController
{
    private readonly IRoomBookingService _roomBookingService;

    public RoomBookingsController(IRoomBookingService roomBookingService)
    {
        _roomBookingService = roomBookingService;
    }

    /// <summary>Staff search every booking; a member always gets their own, newest first.</summary>
    [HttpGet]
    public async Task<ActionResult<PagedResultDto<RoomBookingDto>>> GetBookings([FromQuery] RoomBookingQueryDto query, CancellationToken cancellationToken)
    {
        if (!IsStaff)
        {
            query.MemberId = CurrentMemberId;
        }

        return Ok(await _roomBookingService.GetPagedAsync(query, cancellationToken));
    }

    [HttpGet("{id}")]
    public async Task<ActionResult<RoomBookingDto>> GetBooking(string id, CancellationToken cancellationToken)
    {
        var booking = await _roomBookingService.GetByIdAsync(id, cancellationToken);
        if (!IsStaff && booking.MemberId != User.GetMemberId())
        {
            return Forbid();
        }

        return Ok(booking);
    }

    [HttpPost]
    [Authorize(Roles = UserRoles.Member)]
    public async Task<ActionResult<RoomBookingDto>> CreateBooking([FromBody] CreateRoomBookingDto dto, CancellationToken cancellationToken)
    {
        var booking = await _roomBookingService.BookAsync(dto, CurrentMemberId, cancellationToken);
        return CreatedAtAction(nameof(GetBooking), new { id = booking.Id }, booking);
    }

    /// <summary>Opens shortly before the start; a late check-in turns the booking into a no-show.</summary>
    [HttpPost("{id}/check-in")]
    public async Task<ActionResult<RoomBookingDto>> CheckIn(string id, CancellationToken cancellationToken)
    {
        return Ok(await _roomBookingService.CheckInAsync(id, User.GetMemberId(), IsStaff, cancellationToken));
    }

    [HttpPost("{id}/cancel")]
    public async Task<ActionResult<RoomBookingDto>> CancelBooking(string id, CancellationToken cancellationToken)
    {
        return Ok(await _roomBookingService.CancelAsync(id, User.GetMemberId(), IsStaff, cancellationToken));
    }
}
