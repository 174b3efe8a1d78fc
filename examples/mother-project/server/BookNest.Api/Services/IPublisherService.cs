using BookNest.Api.Dtos;

namespace BookNest.Api.Services;

public interface IPublisherService
{
    Task<PagedResultDto<PublisherDto>> GetPagedAsync(PublisherQueryDto query, CancellationToken cancellationToken = default);
    Task<PublisherDto> GetByIdAsync(string id, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<BookDto>> GetBooksAsync(string id, CancellationToken cancellationToken = default);
    Task<PublisherDto> CreateAsync(CreatePublisherDto dto, CancellationToken cancellationToken = default);
    Task<PublisherDto> UpdateAsync(string id, CreatePublisherDto dto, CancellationToken cancellationToken = default);
    Task<PublisherDto> MergeAsync(string targetId, MergePublishersDto dto, CancellationToken cancellationToken = default);
    Task DeleteAsync(string id, CancellationToken cancellationToken = default);
}
