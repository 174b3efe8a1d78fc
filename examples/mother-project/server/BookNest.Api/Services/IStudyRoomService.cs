using BookNest.Api.Dtos;

namespace BookNest.Api.Services;

public interface IStudyRoomService
{
    Task<IReadOnlyList<StudyRoomDto>> GetRoomsAsync(string? branchCode, int? minCapacity, CancellationToken cancellationToken = default);
    Task<StudyRoomDto> GetByIdAsync(string id, CancellationToken cancellationToken = default);
    Task<RoomAvailabilityDto> GetAvailabilityAsync(string id, DateTime date, CancellationToken cancellationToken = default);
    Task<StudyRoomDto> CreateAsync(CreateStudyRoomDto dto, CancellationToken cancellationToken = default);
    Task<StudyRoomDto> SetBookableAsync(string id, bool isBookable, CancellationToken cancellationToken = default);
}
