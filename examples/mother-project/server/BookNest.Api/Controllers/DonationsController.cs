using BookNest.Api.Dtos;
using BookNest.Api.Models;
using BookNest.Api.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace BookNest.Api.Controllers;

/// <summary>
/// Donated books, from the desk to the shelf (or the book sale). Staff only.
/// </summary>
[Route("api/[controller]")]
[Authorize(Roles = UserRoles.Staff)]
public class DonationsController : BaseApiController
{
    private readonly IDonationService _donationService;

    public DonationsController(IDonationService donationService)
    {
        _donationService = donationService;
    }

    /// <summary>The assessment backlog and the donation history, oldest first.</summary>
    [HttpGet]
    public async Task<ActionResult<PagedResultDto<DonationDto>>> GetDonations([FromQuery] DonationQueryDto query, CancellationToken cancellationToken)
    {
        return Ok(await _donationService.GetPagedAsync(query, cancellationToken));
    }

    [HttpGet("{id}")]
    public async Task<ActionResult<DonationDto>> GetDonation(string id, CancellationToken cancellationToken)
    {
        return Ok(await _donationService.GetByIdAsync(id, cancellationToken));
    }

    [HttpPost]
    public async Task<ActionResult<DonationDto>> RecordDonation([FromBody] CreateDonationDto dto, CancellationToken cancellationToken)
    {
        var donation = await _donationService.RecordAsync(dto, cancellationToken);
        return CreatedAtAction(nameof(GetDonation), new { id = donation.Id }, donation);
    }

    /// <summary>Records the condition; may be repeated until the donation is accepted or declined.</summary>
    [HttpPost("{id}/assess")]
    public async Task<ActionResult<DonationDto>> AssessDonation(string id, [FromBody] AssessDonationDto dto, CancellationToken cancellationToken)
    {
        return Ok(await _donationService.AssessAsync(id, dto, CurrentUserId, cancellationToken));
    }

    /// <summary>Adds the donated copy to the inventory of the branch that received it.</summary>
    [HttpPost("{id}/accept")]
    public async Task<ActionResult<DonationDto>> AcceptDonation(string id, [FromBody] AcceptDonationDto dto, CancellationToken cancellationToken)
    {
        return Ok(await _donationService.AcceptAsync(id, dto, cancellationToken));
    }

    [HttpPost("{id}/decline")]
    public async Task<ActionResult<DonationDto>> DeclineDonation(string id, [FromBody] DeclineDonationDto dto, CancellationToken cancellationToken)
    {
        return Ok(await _donationService.DeclineAsync(id, dto, cancellationToken));
    }
}
