using BookNest.Api.Dtos;
using BookNest.Api.Models;
using BookNest.Api.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace BookNest.Api.Controllers;

[Route("api/[controller]")]
public class AuthorsController : BaseApiController
{
    private readonly IAuthorService _authorService;
    private readonly IBookService _bookService;

    public AuthorsController(IAuthorService authorService, IBookService bookService)
    {
        _authorService = authorService;
        _bookService = bookService;
    }

    [HttpGet]
    [AllowAnonymous]
    public async Task<ActionResult<PagedResultDto<AuthorDto>>> GetAuthors([FromQuery] PageQueryDto query, CancellationToken cancellationToken)
    {
        return Ok(await _authorService.GetPagedAsync(query, cancellationToken));
    }

    [HttpGet("{id}")]
    [AllowAnonymous]
    public async Task<ActionResult<AuthorDto>> GetAuthor(string id, CancellationToken cancellationToken)
    {
        return Ok(await _authorService.GetByIdAsync(id, cancellationToken));
    }

    /// <summary>The author's bibliography, newest first.</summary>
    [HttpGet("{id}/books")]
    [AllowAnonymous]
    public async Task<ActionResult<IReadOnlyList<BookDto>>> GetAuthorBooks(string id, CancellationToken cancellationToken)
    {
        await _authorService.GetByIdAsync(id, cancellationToken); // 404 for an unknown author, not an empty list
        return Ok(await _bookService.GetByAuthorAsync(id, cancellationToken));
    }

    [HttpPost]
    [Authorize(Roles = UserRoles.Staff)]
    public async Task<ActionResult<AuthorDto>> CreateAuthor([FromBody] CreateAuthorDto dto, CancellationToken cancellationToken)
    {
        var author = await _authorService.CreateAsync(dto, cancellationToken);
        return CreatedAtAction(nameof(GetAuthor), new { id = author.Id }, author);
    }

    [HttpPut("{id}")]
    [Authorize(Roles = UserRoles.Staff)]
    public async Task<ActionResult<AuthorDto>> UpdateAuthor(string id, [FromBody] CreateAuthorDto dto, CancellationToken cancellationToken)
    {
        return Ok(await _authorService.UpdateAsync(id, dto, cancellationToken));
    }

    [HttpDelete("{id}")]
    [Authorize(Roles = UserRoles.Admin)]
    public async Task<IActionResult> DeleteAuthor(string id, CancellationToken cancellationToken)
    {
        await _authorService.DeleteAsync(id, cancellationToken);
        return NoContent();
    }
}
