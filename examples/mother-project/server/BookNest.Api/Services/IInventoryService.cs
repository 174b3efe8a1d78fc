using BookNest.Api.Dtos;

namespace BookNest.Api.Services;

public interface IInventoryService
{
    Task<IReadOnlyList<InventoryItemDto>> GetByBookAsync(string bookId, CancellationToken cancellationToken = default);
    Task<InventoryItemDto> GetByIdAsync(string id, CancellationToken cancellationToken = default);
    Task<InventoryItemDto> AddCopyAsync(CreateInventoryItemDto dto, CancellationToken cancellationToken = default);
    Task<InventoryItemDto> UpdateStatusAsync(string id, string status, CancellationToken cancellationToken = default);
    Task RemoveCopyAsync(string id, CancellationToken cancellationToken = default);
}
