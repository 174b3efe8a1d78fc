using BookNest.Api.Dtos;
using BookNest.Api.Models;
using BookNest.Api.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace BookNest.Api.Controllers;

/// <summary>
/// Member administration for the front desk. Members manage their own details through api/auth/me.
/// </summary>
[Route("api/[controller]")]
[Authorize(Roles = UserRoles.Staff)]
public class MembersController : BaseApiController
{
    private readonly IMemberService _memberService;

    public MembersController(IMemberService memberService)
    {
        _memberService = memberService;
    }

    [HttpGet]
    public async Task<ActionResult<PagedResultDto<MemberDto>>> GetMembers([FromQuery] PageQueryDto query, CancellationToken cancellationToken)
    {
        return Ok(await _memberService.GetPagedAsync(query, cancellationToken));
    }

    [HttpGet("{id}")]
    public async Task<ActionResult<MemberDto>> GetMember(string id, CancellationToken cancellationToken)
    {
        return Ok(await _memberService.GetByIdAsync(id, cancellationToken));
    }

    [HttpPost]
    public async Task<ActionResult<MemberDto>> CreateMember([FromBody] CreateMemberDto dto, CancellationToken cancellationToken)
    {
        var member = await _memberService.CreateAsync(dto, cancellationToken: cancellationToken);
        return CreatedAtAction(nameof(GetMember), new { id = member.Id }, member);
    }

    [HttpPut("{id}")]
    public async Task<ActionResult<MemberDto>> UpdateMember(string id, [FromBody] CreateMemberDto dto, CancellationToken cancellationToken)
    {
        return Ok(await _memberService.UpdateAsync(id, dto, cancellationToken));
    }

    [HttpPost("{id}/deactivate")]
    public async Task<IActionResult> DeactivateMember(string id, CancellationToken cancellationToken)
    {
        await _memberService.DeactivateAsync(id, cancellationToken);
        return NoContent();
    }
}
