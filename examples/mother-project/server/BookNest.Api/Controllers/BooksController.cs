using BookNest.Api.Dtos;
using BookNest.Api.Models;
using BookNest.Api.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace BookNest.Api.Controllers;

[Route("api/[controller]")]
public class BooksController : BaseApiController
{
    private readonly IBookService _bookService;

    public BooksController(IBookService bookService)
    {
        _bookService = bookService;
    }

    /// <summary>Searches the catalogue. Anonymous so the public site can browse.</summary>
    [HttpGet]
    [AllowAnonymous]
    public async Task<ActionResult<PagedResultDto<BookDto>>> GetBooks([FromQuery] BookQueryDto query, CancellationToken cancellationToken)
    {
        return Ok(await _bookService.GetPagedAsync(query, cancellationToken));
    }

    [HttpGet("{id}")]
    [AllowAnonymous]
    public async Task<ActionResult<BookDto>> GetBook(string id, CancellationToken cancellationToken)
    {
        return Ok(await _bookService.GetByIdAsync(id, cancellationToken));
    }

    [HttpPost]
    [Authorize(Roles = UserRoles.Staff)]
    public async Task<ActionResult<BookDto>> CreateBook([FromBody] CreateBookDto dto, CancellationToken cancellationToken)
    {
        var book = await _bookService.CreateAsync(dto, cancellationToken);
        return CreatedAtAction(nameof(GetBook), new { id = book.Id }, book);
    }

    [HttpPut("{id}")]
    [Authorize(Roles = UserRoles.Staff)]
    public async Task<ActionResult<BookDto>> UpdateBook(string id, [FromBody] CreateBookDto dto, CancellationToken cancellationToken)
    {
        return Ok(await _bookService.UpdateAsync(id, dto, cancellationToken));
    }

    [HttpDelete("{id}")]
    [Authorize(Roles = UserRoles.Admin)]
    public async Task<IActionResult> DeleteBook(string id, CancellationToken cancellationToken)
    {
        await _bookService.DeleteAsync(id, cancellationToken);
        return NoContent();
    }
}
