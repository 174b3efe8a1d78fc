using BookNest.Api.Dtos;

namespace BookNest.Api.Services;

public interface IMemberService
{
    Task<PagedResultDto<MemberDto>> GetPagedAsync(PageQueryDto query, CancellationToken cancellationToken = default);
    Task<MemberDto> GetByIdAsync(string id, CancellationToken cancellationToken = default);
    Task<MemberDto> CreateAsync(CreateMemberDto dto, string? userId = null, CancellationToken cancellationToken = default);
    Task<MemberDto> UpdateAsync(string id, CreateMemberDto dto, CancellationToken cancellationToken = default);
    Task DeactivateAsync(string id, CancellationToken cancellationToken = default);
}
