using BookNest.Api.Dtos;
using BookNest.Api.Models;
using BookNest.Api.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace BookNest.Api.Controllers;

/// <summary>
/// Late fees. Staff assess and waive fines; members can read and pay their own.
/// </summary>
[Route("api/[controller]")]
[Authorize]
public class FinesController : BaseApiController
{
    private readonly IFineService _fineService;

    public FinesController(IFineService fineService)
    {
        _fineService = fineService;
    }

    [HttpGet]
    [Authorize(Roles = UserRoles.Staff)]
    public async Task<ActionResult<PagedResultDto<FineDto>>> GetFines([FromQuery] FineQueryDto query, CancellationToken cancellationToken)
    {
        return Ok(await _fineService.GetPagedAsync(query, cancellationToken));
    }

    [HttpGet("{id}")]
    public async Task<ActionResult<FineDto>> GetFine(string id, CancellationToken cancellationToken)
    {
        var fine = await _fineService.GetByIdAsync(id, cancellationToken);
        if (!IsStaff && fine.MemberId != CurrentMemberId)
        {
            return Forbid();
        }

        return Ok(fine);
    }

    /// <summary>All fines of a member with the outstanding total; members may only read their own.</summary>
    [HttpGet("member/{memberId}")]
    public async Task<ActionResult<MemberFinesDto>> GetMemberFines(string memberId, CancellationToken cancellationToken)
    {
        if (!IsStaff && memberId != CurrentMemberId)
        {
            return Forbid();
        }

        return Ok(await _fineService.GetMemberFinesAsync(memberId, cancellationToken));
    }

    /// <summary>Assesses the late fee of a loan; assessing again while the book is out updates the amount.</summary>
    [HttpPost("assess")]
    [Authorize(Roles = UserRoles.Staff)]
    public async Task<ActionResult<FineDto>> AssessFine([FromBody] AssessFineDto dto, CancellationToken cancellationToken)
    {
        var fine = await _fineService.AssessAsync(dto, cancellationToken);
        return CreatedAtAction(nameof(GetFine), new { id = fine.Id }, fine);
    }

    [HttpPost("{id}/waive")]
    [Authorize(Roles = UserRoles.Staff)]
    public async Task<ActionResult<FineDto>> WaiveFine(string id, [FromBody] WaiveFineDto dto, CancellationToken cancellationToken)
    {
        return Ok(await _fineService.WaiveAsync(id, dto, CurrentUserId, cancellationToken));
    }

    /// <summary>Charges the fine through the external payment gateway.</summary>
    [HttpPost("{id}/pay")]
    public async Task<ActionResult<FineDto>> PayFine(string id, CancellationToken cancellationToken)
    {
        var fine = await _fineService.GetByIdAsync(id, cancellationToken);
        if (!IsStaff && fine.MemberId != CurrentMemberId)
        {
            return Forbid();
        }

        return Ok(await _fineService.PayAsync(id, cancellationToken));
    }
}
