using BookNest.Api.Dtos;

namespace BookNest.Api.Services;

public interface IRoomBookingService
{
    Task<PagedResultDto<RoomBookingDto>> GetPagedAsync(RoomBookingQueryDto query, CancellationToken cancellationToken = default);
    Task<RoomBookingDto> GetByIdAsync(string id, CancellationToken cancellationToken = default);
    Task<RoomBookingDto> BookAsync(CreateRoomBookingDto dto, string memberId, CancellationToken cancellationToken = default);
    Task<RoomBookingDto> CheckInAsync(string id, string? memberId, bool isStaff, CancellationToken cancellationToken = default);
    Task<RoomBookingDto> CancelAsync(string id, string? memberId, bool isStaff, CancellationToken cancellationToken = default);
}
