using BookNest.Api.Dtos;

namespace BookNest.Api.Services;

public interface IBranchService
{
    Task<IReadOnlyList<BranchDto>> GetAllAsync(bool includeInactive, CancellationToken cancellationToken = default);
    Task<BranchDto> GetByIdAsync(string id, CancellationToken cancellationToken = default);
    Task<PagedResultDto<InventoryItemDto>> GetCopiesAsync(string id, PageQueryDto query, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<BranchAvailabilityDto>> GetAvailabilityAsync(string bookId, CancellationToken cancellationToken = default);
    Task<BranchDto> CreateAsync(CreateBranchDto dto, CancellationToken cancellationToken = default);
    Task<BranchDto> UpdateAsync(string id, CreateBranchDto dto, CancellationToken cancellationToken = default);
    Task<BranchDto> SetOpeningHoursAsync(string id, IReadOnlyList<OpeningHoursDto> hours, CancellationToken cancellationToken = default);
}
