using BookNest.Api.Dtos;

namespace BookNest.Api.Services;

public interface IAnnouncementService
{
    Task<IReadOnlyList<AnnouncementDto>> GetFeedAsync(bool includeStaffPosts, CancellationToken cancellationToken = default);
    Task<PagedResultDto<AnnouncementDto>> GetPagedAsync(AnnouncementQueryDto query, CancellationToken cancellationToken = default);
    Task<AnnouncementDto> GetByIdAsync(string id, bool isStaff, CancellationToken cancellationToken = default);
    Task<AnnouncementDto> CreateAsync(CreateAnnouncementDto dto, string authorUserId, string authorName, CancellationToken cancellationToken = default);
    Task<AnnouncementDto> UpdateAsync(string id, CreateAnnouncementDto dto, CancellationToken cancellationToken = default);
    Task<AnnouncementDto> SetPinnedAsync(string id, bool pinned, CancellationToken cancellationToken = default);
    Task<AnnouncementDto> WithdrawAsync(string id, CancellationToken cancellationToken = default);
}
