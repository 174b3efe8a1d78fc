using BookNest.Api.Dtos;
using BookNest.Api.Models;
using BookNest.Api.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace BookNest.Api.Controllers;

/// <summary>
/// Holds on books. Members see and manage their own holds; the desk manages the hold shelf.
/// </summary>
[Route("api/[controller]")]
[Authorize]
public class ReservationsController : BaseApiController
{
    private readonly IReservationService _reservationService;

    public ReservationsController(IReservationService reservationService)
    {
        _reservationService = reservationService;
    }

    /// <summary>Staff search all holds; for members the list is always narrowed to their own.</summary>
    [HttpGet]
    public async Task<ActionResult<PagedResultDto<ReservationDto>>> GetReservations([FromQuery] ReservationQueryDto query, CancellationToken cancellationToken)
    {
        if (!IsStaff)
        {
            query.MemberId = CurrentMemberId;
        }

        return Ok(await _reservationService.GetPagedAsync(query, cancellationToken));
    }

    [HttpGet("{id}")]
    public async Task<ActionResult<ReservationDto>> GetReservation(string id, CancellationToken cancellationToken)
    {
        var reservation = await _reservationService.GetByIdAsync(id, cancellationToken);
        if (!IsStaff && reservation.MemberId != CurrentMemberId)
        {
            return Forbid();
        }

        return Ok(reservation);
    }

    [HttpPost]
    public async Task<ActionResult<ReservationDto>> PlaceReservation([FromBody] CreateReservationDto dto, CancellationToken cancellationToken)
    {
        var memberId = IsStaff && dto.MemberId is not null ? dto.MemberId : CurrentMemberId;
        var reservation = await _reservationService.PlaceAsync(dto, memberId, cancellationToken);
        return CreatedAtAction(nameof(GetReservation), new { id = reservation.Id }, reservation);
    }

    [HttpPost("{id}/cancel")]
    public async Task<ActionResult<ReservationDto>> CancelReservation(string id, CancellationToken cancellationToken)
    {
        var reservation = await _reservationService.GetByIdAsync(id, cancellationToken);
        if (!IsStaff && reservation.MemberId != CurrentMemberId)
        {
            return Forbid();
        }

        var reason = IsStaff ? "Cancelled by library staff." : "Cancelled by the member.";
        return Ok(await _reservationService.CancelAsync(id, reason, cancellationToken));
    }

    /// <summary>Puts a returned copy on the hold shelf for the next member waiting for the book.</summary>
    [HttpPost("book/{bookId}/ready")]
    [Authorize(Roles = UserRoles.Staff)]
    public async Task<ActionResult<ReservationDto>> MarkNextReady(string bookId, [FromBody] ReadyForPickupDto dto, CancellationToken cancellationToken)
    {
        return Ok(await _reservationService.MarkNextReadyAsync(bookId, dto, cancellationToken));
    }

    /// <summary>The member collected the held copy; the loan itself is created through api/loans.</summary>
    [HttpPost("{id}/fulfil")]
    [Authorize(Roles = UserRoles.Staff)]
    public async Task<ActionResult<ReservationDto>> FulfilReservation(string id, CancellationToken cancellationToken)
    {
        return Ok(await _reservationService.FulfilAsync(id, cancellationToken));
    }

    /// <summary>Expires holds not collected in time and passes their copies on; run by the nightly job.</summary>
    [HttpPost("expire")]
    [Authorize(Roles = UserRoles.Staff)]
    public async Task<ActionResult<IReadOnlyList<ReservationDto>>> ExpireReservations(CancellationToken cancellationToken)
    {
        return Ok(await _reservationService.ExpireOverdueAsync(cancellationToken));
    }
}
