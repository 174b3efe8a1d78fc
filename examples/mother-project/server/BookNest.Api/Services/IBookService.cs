using BookNest.Api.Dtos;

namespace BookNest.Api.Services;

public interface IBookService
{
    Task<PagedResultDto<BookDto>> GetPagedAsync(BookQueryDto query, CancellationToken cancellationToken = default);
    Task<BookDto> GetByIdAsync(string id, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<BookDto>> GetByAuthorAsync(string authorId, CancellationToken cancellationToken = default);
    Task<BookDto> CreateAsync(CreateBookDto dto, CancellationToken cancellationToken = default);
    Task<BookDto> UpdateAsync(string id, CreateBookDto dto, CancellationToken cancellationToken = default);
    Task DeleteAsync(string id, CancellationToken cancellationToken = default);
}
