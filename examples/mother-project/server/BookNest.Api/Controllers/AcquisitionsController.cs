using BookNest.Api.Dtos;
using BookNest.Api.Models;
using BookNest.Api.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace BookNest.Api.Controllers;

/// <summary>
/// Purchase orders for new stock. Librarians draft and receive orders; only admins commit budget by submitting.
/// </summary>
[Route("api/[controller]")]
[Authorize(Roles = UserRoles.Staff)]
public class AcquisitionsController : BaseApiController
{
    private readonly IAcquisitionService _acquisitionService;

    public AcquisitionsController(IAcquisitionService acquisitionService)
    {
        _acquisitionService = acquisitionService;
    }

    [HttpGet]
    public async Task<ActionResult<PagedResultDto<PurchaseOrderDto>>> GetOrders([FromQuery] PurchaseOrderQueryDto query, CancellationToken cancellationToken)
    {
        return Ok(await _acquisitionService.GetPagedAsync(query, cancellationToken));
    }

    [HttpGet("{id}")]
    public async Task<ActionResult<PurchaseOrderDto>> GetOrder(string id, CancellationToken cancellationToken)
    {
        return Ok(await _acquisitionService.GetByIdAsync(id, cancellationToken));
    }

    /// <summary>Creates a draft order; the number is assigned by the server.</summary>
    [HttpPost]
    public async Task<ActionResult<PurchaseOrderDto>> CreateOrder([FromBody] CreatePurchaseOrderDto dto, CancellationToken cancellationToken)
    {
        var order = await _acquisitionService.CreateAsync(dto, CurrentUserId, cancellationToken);
        return CreatedAtAction(nameof(GetOrder), new { id = order.Id }, order);
    }

    [HttpPut("{id}")]
    public async Task<ActionResult<PurchaseOrderDto>> UpdateOrder(string id, [FromBody] CreatePurchaseOrderDto dto, CancellationToken cancellationToken)
    {
        return Ok(await _acquisitionService.UpdateDraftAsync(id, dto, cancellationToken));
    }

    [HttpPost("{id}/submit")]
    [Authorize(Roles = UserRoles.Admin)]
    public async Task<ActionResult<PurchaseOrderDto>> SubmitOrder(string id, CancellationToken cancellationToken)
    {
        return Ok(await _acquisitionService.SubmitAsync(id, cancellationToken));
    }

    /// <summary>Books the delivery in; lines left out of the body count as delivered in full.</summary>
    [HttpPost("{id}/receive")]
    public async Task<ActionResult<PurchaseOrderDto>> ReceiveOrder(
        string id,
        [FromBody] List<ReceivePurchaseOrderLineDto> delivered,
        CancellationToken cancellationToken)
    {
        return Ok(await _acquisitionService.ReceiveAsync(id, delivered, cancellationToken));
    }

    [HttpPost("{id}/cancel")]
    public async Task<ActionResult<PurchaseOrderDto>> CancelOrder(string id, [FromBody] string reason, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return BadRequest("A cancellation reason is required.");
        }

        return Ok(await _acquisitionService.CancelAsync(id, reason, cancellationToken));
    }
}
