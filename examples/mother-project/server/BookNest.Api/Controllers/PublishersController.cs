using BookNest.Api.Dtos;
using BookNest.Api.Models;
using BookNest.Api.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace BookNest.Api.Controllers;

[Route("api/[controller]")]
public class PublishersController : BaseApiController
{
    private readonly IPublisherService _publisherService;

    public PublishersController(IPublisherService publisherService)
    {
        _publisherService = publisherService;
    }

    [HttpGet]
    [AllowAnonymous]
    public async Task<ActionResult<PagedResultDto<PublisherDto>>> GetPublishers([FromQuery] PublisherQueryDto query, CancellationToken cancellationToken)
    {
        return Ok(await _publisherService.GetPagedAsync(query, cancellationToken));
    }

    [HttpGet("{id}")]
    [AllowAnonymous]
    public async Task<ActionResult<PublisherDto>> GetPublisher(string id, CancellationToken cancellationToken)
    {
        return Ok(await _publisherService.GetByIdAsync(id, cancellationToken));
    }

    /// <summary>Books printed under the publisher's name or one of its aliases, newest first.</summary>
    [HttpGet("{id}/books")]
    [AllowAnonymous]
    public async Task<ActionResult<IReadOnlyList<BookDto>>> GetPublisherBooks(string id, CancellationToken cancellationToken)
    {
        return Ok(await _publisherService.GetBooksAsync(id, cancellationToken));
    }

    [HttpPost]
    [Authorize(Roles = UserRoles.Staff)]
    public async Task<ActionResult<PublisherDto>> CreatePublisher([FromBody] CreatePublisherDto dto, CancellationToken cancellationToken)
    {
        var publisher = await _publisherService.CreateAsync(dto, cancellationToken);
        return CreatedAtAction(nameof(GetPublisher), new { id = publisher.Id }, publisher);
    }

    [HttpPut("{id}")]
    [Authorize(Roles = UserRoles.Staff)]
    public async Task<ActionResult<PublisherDto>> UpdatePublisher(string id, [FromBody] CreatePublisherDto dto, CancellationToken cancellationToken)
    {
        return Ok(await _publisherService.UpdateAsync(id, dto, cancellationToken));
    }

    /// <summary>Moves the source publisher's books to this publisher and removes the source.</summary>
    [HttpPost("{id}/merge")]
    [Authorize(Roles = UserRoles.Admin)]
    public async Task<ActionResult<PublisherDto>> MergePublisher(string id, [FromBody] MergePublishersDto dto, CancellationToken cancellationToken)
    {
        return Ok(await _publisherService.MergeAsync(id, dto, cancellationToken));
    }

    [HttpDelete("{id}")]
    [Authorize(Roles = UserRoles.Admin)]
    public async Task<IActionResult> DeletePublisher(string id, CancellationToken cancellationToken)
    {
        await _publisherService.DeleteAsync(id, cancellationToken);
        return NoContent();
    }
}
