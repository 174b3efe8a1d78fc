using BookNest.Api.Dtos;

namespace BookNest.Api.Services;

public interface IReviewService
{
    Task<IReadOnlyList<ReviewDto>> GetByBookAsync(string bookId, bool includePending, CancellationToken cancellationToken = default);
    Task<ReviewDto> GetByIdAsync(string id, CancellationToken cancellationToken = default);
    Task<ReviewDto> CreateAsync(CreateReviewDto dto, string memberId, CancellationToken cancellationToken = default);
    Task<ReviewDto> ApproveAsync(string id, CancellationToken cancellationToken = default);
    Task DeleteAsync(string id, CancellationToken cancellationToken = default);
}
