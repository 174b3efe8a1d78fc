using BookNest.Api.Dtos;

namespace BookNest.Api.Services;

public interface IReadingListService
{
    Task<PagedResultDto<ReadingListDto>> GetPagedAsync(ReadingListQueryDto query, string? viewerMemberId, CancellationToken cancellationToken = default);
    Task<ReadingListDto> GetByIdAsync(string id, string? viewerMemberId, CancellationToken cancellationToken = default);
    Task<ReadingListDto> CreateAsync(CreateReadingListDto dto, string memberId, CancellationToken cancellationToken = default);
    Task<ReadingListDto> UpdateAsync(string id, CreateReadingListDto dto, string memberId, CancellationToken cancellationToken = default);
    Task DeleteAsync(string id, string memberId, CancellationToken cancellationToken = default);
    Task<ReadingListDto> AddBookAsync(string id, AddReadingListBookDto dto, string memberId, CancellationToken cancellationToken = default);
    Task<ReadingListDto> RemoveBookAsync(string id, string bookId, string memberId, CancellationToken cancellationToken = default);
    Task<ReadingListDto> ReorderAsync(string id, ReorderReadingListDto dto, string memberId, CancellationToken cancellationToken = default);
}
