using BookNest.Api.Dtos;
using BookNest.Api.Models;
using BookNest.Api.Services;
using BookNest.Api.Validation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace BookNest.Api.Controllers;

/// <summary>
/// Branch directory for the public site (addresses, opening hours, open now) and branch administration for staff.
/// </summary>
[Route("api/[controller]")]
public class BranchesController : BaseApiController
{
    private readonly IBranchService _branchService;

    public BranchesController(IBranchService branchService)
    {
        _branchService = branchService;
    }

    /// <summary>Active branches; staff may ask for closed-down branches too.</summary>
    [HttpGet]
    [AllowAnonymous]
    public async Task<ActionResult<IReadOnlyList<BranchDto>>> GetBranches([FromQuery] bool includeInactive, CancellationToken cancellationToken)
    {
        return Ok(await _branchService.GetAllAsync(includeInactive && IsStaff, cancellationToken));
    }

    [HttpGet("{id}")]
    [AllowAnonymous]
    public async Task<ActionResult<BranchDto>> GetBranch(string id, CancellationToken cancellationToken)
    {
        return Ok(await _branchService.GetByIdAsync(id, cancellationToken));
    }

    [HttpGet("{id}/copies")]
    [Authorize(Roles = UserRoles.Staff)]
    public async Task<ActionResult<PagedResultDto<InventoryItemDto>>> GetBranchCopies(string id, [FromQuery] PageQueryDto query, CancellationToken cancellationToken)
    {
        return Ok(await _branchService.GetCopiesAsync(id, query, cancellationToken));
    }

    /// <summary>How many copies of a book each branch holds and whether that branch is open right now.</summary>
    [HttpGet("availability/{bookId}")]
    [AllowAnonymous]
    public async Task<ActionResult<IReadOnlyList<BranchAvailabilityDto>>> GetBookAvailability(string bookId, CancellationToken cancellationToken)
    {
        return Ok(await _branchService.GetAvailabilityAsync(bookId, cancellationToken));
    }

    [HttpPost]
    [Authorize(Roles = UserRoles.Admin)]
    public async Task<ActionResult<BranchDto>> CreateBranch([FromBody] CreateBranchDto dto, CancellationToken cancellationToken)
    {
        var branch = await _branchService.CreateAsync(dto, cancellationToken);
        return CreatedAtAction(nameof(GetBranch), new { id = branch.Id }, branch);
    }

    [HttpPut("{id}")]
    [Authorize(Roles = UserRoles.Admin)]
    public async Task<ActionResult<BranchDto>> UpdateBranch(string id, [FromBody] CreateBranchDto dto, CancellationToken cancellationToken)
    {
        return Ok(await _branchService.UpdateAsync(id, dto, cancellationToken));
    }

    /// <summary>Replaces the weekly timetable, e.g. for the summer schedule.</summary>
    [HttpPut("{id}/hours")]
    [Authorize(Roles = UserRoles.Staff)]
    public async Task<ActionResult<BranchDto>> SetOpeningHours(string id, [FromBody, NonOverlappingHours] List<OpeningHoursDto> hours, CancellationToken cancellationToken)
    {
        return Ok(await _branchService.SetOpeningHoursAsync(id, hours, cancellationToken));
    }
}
