using BookNest.Api.Dtos;
using BookNest.Api.Extensions;
using BookNest.Api.Models;
using BookNest.Api.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace BookNest.Api.Controllers;

[Route("api/[controller]")]
[Authorize]
public class LoansController : BaseApiController
{
    private readonly ILoanService _loanService;

    public LoansController(ILoanService loanService)
    {
        _loanService = loanService;
    }

    [HttpGet]
    [Authorize(Roles = UserRoles.Staff)]
    public async Task<ActionResult<PagedResultDto<LoanDto>>> GetLoans([FromQuery] LoanQueryDto query, CancellationToken cancellationToken)
    {
        return Ok(await _loanService.GetPagedAsync(query, cancellationToken));
    }

    [HttpGet("{id}")]
    public async Task<ActionResult<LoanDto>> GetLoan(string id, CancellationToken cancellationToken)
    {
        var loan = await _loanService.GetByIdAsync(id, cancellationToken);
        if (!IsStaff && loan.MemberId != User.GetMemberId())
        {
            return Forbid();
        }

        return Ok(loan);
    }

    /// <summary>Loans of one member; members may only read their own.</summary>
    [HttpGet("member/{memberId}")]
    public async Task<ActionResult<IReadOnlyList<LoanDto>>> GetMemberLoans(string memberId, CancellationToken cancellationToken)
    {
        if (!IsStaff && memberId != CurrentMemberId)
        {
            return Forbid();
        }

        return Ok(await _loanService.GetByMemberAsync(memberId, cancellationToken));
    }

    [HttpGet("overdue")]
    [Authorize(Roles = UserRoles.Staff)]
    public async Task<ActionResult<IReadOnlyList<LoanDto>>> GetOverdueLoans(CancellationToken cancellationToken)
    {
        return Ok(await _loanService.GetOverdueAsync(cancellationToken));
    }

    /// <summary>Checks a copy out at the desk.</summary>
    [HttpPost]
    [Authorize(Roles = UserRoles.Staff)]
    public async Task<ActionResult<LoanDto>> CreateLoan([FromBody] CreateLoanDto dto, CancellationToken cancellationToken)
    {
        var loan = await _loanService.CheckoutAsync(dto, cancellationToken);
        return CreatedAtAction(nameof(GetLoan), new { id = loan.Id }, loan);
    }

    [HttpPost("{id}/return")]
    [Authorize(Roles = UserRoles.Staff)]
    public async Task<ActionResult<LoanDto>> ReturnLoan(string id, CancellationToken cancellationToken)
    {
        return Ok(await _loanService.ReturnAsync(id, cancellationToken));
    }

    [HttpPost("{id}/renew")]
    public async Task<ActionResult<LoanDto>> RenewLoan(string id, CancellationToken cancellationToken)
    {
        var loan = await _loanService.GetByIdAsync(id, cancellationToken);
        if (!IsStaff && loan.MemberId != CurrentMemberId)
        {
            return Forbid();
        }

        return Ok(await _loanService.RenewAsync(id, CurrentUserId, cancellationToken));
    }

    /// <summary>Settles the late fee through the external payment gateway.</summary>
    [HttpPost("{id}/pay-fee")]
    public async Task<ActionResult<LoanDto>> PayLateFee(string id, CancellationToken cancellationToken)
    {
        var loan = await _loanService.GetByIdAsync(id, cancellationToken);
        if (!IsStaff && loan.MemberId != CurrentMemberId)
        {
            return Forbid();
        }

        return Ok(await _loanService.PayLateFeeAsync(id, cancellationToken));
    }
}
