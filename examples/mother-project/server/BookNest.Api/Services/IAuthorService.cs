using BookNest.Api.Dtos;

namespace BookNest.Api.Services;

public interface IAuthorService
{
    Task<PagedResultDto<AuthorDto>> GetPagedAsync(PageQueryDto query, CancellationToken cancellationToken = default);
    Task<AuthorDto> GetByIdAsync(string id, CancellationToken cancellationToken = default);
    Task<AuthorDto> CreateAsync(CreateAuthorDto dto, CancellationToken cancellationToken = default);
    Task<AuthorDto> UpdateAsync(string id, CreateAuthorDto dto, CancellationToken cancellationToken = default);
    Task DeleteAsync(string id, CancellationToken cancellationToken = default);
}
