using BookNest.Api.Dtos;
using BookNest.Api.Models;
using BookNest.Api.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace BookNest.Api.Controllers;

[Route("api/[controller]")]
public class ReviewsController : BaseApiController
{
    private readonly IReviewService _reviewService;

    public ReviewsController(IReviewService reviewService)
    {
        _reviewService = reviewService;
    }

    /// <summary>Approved reviews of a book; staff also see the ones waiting for moderation.</summary>
    [HttpGet("book/{bookId}")]
    [AllowAnonymous]
    public async Task<ActionResult<IReadOnlyList<ReviewDto>>> GetBookReviews(string bookId, CancellationToken cancellationToken)
    {
        return Ok(await _reviewService.GetByBookAsync(bookId, includePending: IsStaff, cancellationToken));
    }

    [HttpGet("{id}")]
    [AllowAnonymous]
    public async Task<ActionResult<ReviewDto>> GetReview(string id, CancellationToken cancellationToken)
    {
        return Ok(await _reviewService.GetByIdAsync(id, cancellationToken));
    }

    [HttpPost]
    [Authorize(Roles = UserRoles.Member)]
    public async Task<ActionResult<ReviewDto>> CreateReview([FromBody] CreateReviewDto dto, CancellationToken cancellationToken)
    {
        var review = await _reviewService.CreateAsync(dto, CurrentMemberId, cancellationToken);
        return CreatedAtAction(nameof(GetReview), new { id = review.Id }, review);
    }

    [HttpPost("{id}/approve")]
    [Authorize(Roles = UserRoles.Staff)]
    public async Task<ActionResult<ReviewDto>> ApproveReview(string id, CancellationToken cancellationToken)
    {
        return Ok(await _reviewService.ApproveAsync(id, cancellationToken));
    }

    [HttpDelete("{id}")]
    [Authorize(Roles = UserRoles.Staff)]
    public async Task<IActionResult> DeleteReview(string id, CancellationToken cancellationToken)
    {
        await _reviewService.DeleteAsync(id, cancellationToken);
        return NoContent();
    }
}
