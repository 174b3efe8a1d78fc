using BookNest.Api.Dtos;

namespace BookNest.Api.Services;

public interface IAcquisitionService
{
    Task<PagedResultDto<PurchaseOrderDto>> GetPagedAsync(PurchaseOrderQueryDto query, CancellationToken cancellationToken = default);
    Task<PurchaseOrderDto> GetByIdAsync(string id, CancellationToken cancellationToken = default);
    Task<PurchaseOrderDto> CreateAsync(CreatePurchaseOrderDto dto, string createdBy, CancellationToken cancellationToken = default);
    Task<PurchaseOrderDto> UpdateDraftAsync(string id, CreatePurchaseOrderDto dto, CancellationToken cancellationToken = default);
    Task<PurchaseOrderDto> SubmitAsync(string id, CancellationToken cancellationToken = default);
    Task<PurchaseOrderDto> ReceiveAsync(string id, IReadOnlyList<ReceivePurchaseOrderLineDto> delivered, CancellationToken cancellationToken = default);
    Task<PurchaseOrderDto> CancelAsync(string id, string reason, CancellationToken cancellationToken = default);
}
