using BookNest.Api.Dtos;
using BookNest.Api.Extensions;
using BookNest.Api.Models;
using BookNest.Api.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace BookNest.Api.Controllers;

/// <summary>
/// Members' reading lists. Public lists can be browsed anonymously; changes are made by the owner only,
/// so every write action passes the member id from the token, never from the payload.
/// </summary>
[Route("api/[controller]")]
[Authorize(Roles = UserRoles.Member)]
public class ReadingListsController : BaseApiController
{
    private readonly IReadingListService _readingListService;

    public ReadingListsController(IReadingListService readingListService)
    {
        _readingListService = readingListService;
    }

    /// <summary>Public lists, or all of the caller's own lists with ?memberId= their card.</summary>
    [HttpGet]
    [AllowAnonymous]
    public async Task<ActionResult<PagedResultDto<ReadingListDto>>> GetLists([FromQuery] ReadingListQueryDto query, CancellationToken cancellationToken)
    {
        return Ok(await _readingListService.GetPagedAsync(query, User.GetMemberId(), cancellationToken));
    }

    [HttpGet("{id}")]
    [AllowAnonymous]
    public async Task<ActionResult<ReadingListDto>> GetList(string id, CancellationToken cancellationToken)
    {
        return Ok(await _readingListService.GetByIdAsync(id, User.GetMemberId(), cancellationToken));
    }

    [HttpPost]
    public async Task<ActionResult<ReadingListDto>> CreateList([FromBody] CreateReadingListDto dto, CancellationToken cancellationToken)
    {
        var list = await _readingListService.CreateAsync(dto, CurrentMemberId, cancellationToken);
        return CreatedAtAction(nameof(GetList), new { id = list.Id }, list);
    }

    /// <summary>Renames the list or switches it between public and private.</summary>
    [HttpPut("{id}")]
    public async Task<ActionResult<ReadingListDto>> UpdateList(string id, [FromBody] CreateReadingListDto dto, CancellationToken cancellationToken)
    {
        return Ok(await _readingListService.UpdateAsync(id, dto, CurrentMemberId, cancellationToken));
    }

    [HttpDelete("{id}")]
    public async Task<IActionResult> DeleteList(string id, CancellationToken cancellationToken)
    {
        await _readingListService.DeleteAsync(id, CurrentMemberId, cancellationToken);
        return NoContent();
    }

    [HttpPost("{id}/books")]
    public async Task<ActionResult<ReadingListDto>> AddBook(string id, [FromBody] AddReadingListBookDto dto, CancellationToken cancellationToken)
    {
        return Ok(await _readingListService.AddBookAsync(id, dto, CurrentMemberId, cancellationToken));
    }

    [HttpDelete("{id}/books/{bookId}")]
    public async Task<ActionResult<ReadingListDto>> RemoveBook(string id, string bookId, CancellationToken cancellationToken)
    {
        return Ok(await _readingListService.RemoveBookAsync(id, bookId, CurrentMemberId, cancellationToken));
    }

    [HttpPut("{id}/books/order")]
    public async Task<ActionResult<ReadingListDto>> ReorderBooks(string id, [FromBody] ReorderReadingListDto dto, CancellationToken cancellationToken)
    {
        return Ok(await _readingListService.ReorderAsync(id, dto, CurrentMemberId, cancellationToken));
    }
}
