using BookNest.Api.Dtos;

namespace BookNest.Api.Services;

public interface IReservationService
{
    Task<PagedResultDto<ReservationDto>> GetPagedAsync(ReservationQueryDto query, CancellationToken cancellationToken = default);
    Task<ReservationDto> GetByIdAsync(string id, CancellationToken cancellationToken = default);
    Task<ReservationDto> PlaceAsync(CreateReservationDto dto, string memberId, CancellationToken cancellationToken = default);
    Task<ReservationDto> CancelAsync(string id, string reason, CancellationToken cancellationToken = default);
    Task<ReservationDto> MarkNextReadyAsync(string bookId, ReadyForPickupDto dto, CancellationToken cancellationToken = default);
    Task<ReservationDto> FulfilAsync(string id, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<ReservationDto>> ExpireOverdueAsync(CancellationToken cancellationToken = default);
}
