using BookNest.Api.Dtos;
using BookNest.Api.Models;
using BookNest.Api.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace BookNest.Api.Controllers;

/// <summary>
/// Physical copies per branch. Reading is public (the catalogue shows availability); changes are staff-only.
/// </summary>
[Route("api/[controller]")]
public class InventoryController : BaseApiController
{
    private readonly IInventoryService _inventoryService;

    public InventoryController(IInventoryService inventoryService)
    {
        _inventoryService = inventoryService;
    }

    [HttpGet("book/{bookId}")]
    [AllowAnonymous]
    public async Task<ActionResult<IReadOnlyList<InventoryItemDto>>> GetCopiesForBook(string bookId, CancellationToken cancellationToken)
    {
        return Ok(await _inventoryService.GetByBookAsync(bookId, cancellationToken));
    }

    [HttpGet("{id}")]
    [Authorize(Roles = UserRoles.Staff)]
    public async Task<ActionResult<InventoryItemDto>> GetCopy(string id, CancellationToken cancellationToken)
    {
        return Ok(await _inventoryService.GetByIdAsync(id, cancellationToken));
    }

    [HttpPost]
    [Authorize(Roles = UserRoles.Staff)]
    public async Task<ActionResult<InventoryItemDto>> AddCopy([FromBody] CreateInventoryItemDto dto, CancellationToken cancellationToken)
    {
        var copy = await _inventoryService.AddCopyAsync(dto, cancellationToken);
        return CreatedAtAction(nameof(GetCopy), new { id = copy.Id }, copy);
    }

    /// <summary>Marks a copy as InRepair, Lost or Available again.</summary>
    [HttpPut("{id}/status")]
    [Authorize(Roles = UserRoles.Staff)]
    public async Task<ActionResult<InventoryItemDto>> UpdateCopyStatus(string id, [FromBody] string status, CancellationToken cancellationToken)
    {
        return Ok(await _inventoryService.UpdateStatusAsync(id, status, cancellationToken));
    }

    [HttpDelete("{id}")]
    [Authorize(Roles = UserRoles.Staff)]
    public async Task<IActionResult> RemoveCopy(string id, CancellationToken cancellationToken)
    {
        await _inventoryService.RemoveCopyAsync(id, cancellationToken);
        return NoContent();
    }
}
