using BookNest.Api.Dtos;

namespace BookNest.Api.Services;

public interface ILibraryEventService
{
    Task<PagedResultDto<LibraryEventDto>> GetPagedAsync(LibraryEventQueryDto query, CancellationToken cancellationToken = default);
    Task<LibraryEventDto> GetByIdAsync(string id, bool includeAttendees, CancellationToken cancellationToken = default);
    Task<LibraryEventDto> CreateAsync(CreateLibraryEventDto dto, CancellationToken cancellationToken = default);
    Task<LibraryEventDto> UpdateAsync(string id, CreateLibraryEventDto dto, CancellationToken cancellationToken = default);
    Task<LibraryEventDto> CancelAsync(string id, string? reason, CancellationToken cancellationToken = default);
    Task<EventRegistrationDto> RegisterAsync(string id, string memberId, CancellationToken cancellationToken = default);
    Task UnregisterAsync(string id, string memberId, CancellationToken cancellationToken = default);
}
