using BookNest.Api.Dtos;

namespace BookNest.Api.Services;

public interface IFineService
{
    Task<PagedResultDto<FineDto>> GetPagedAsync(FineQueryDto query, CancellationToken cancellationToken = default);
    Task<FineDto> GetByIdAsync(string id, CancellationToken cancellationToken = default);
    Task<MemberFinesDto> GetMemberFinesAsync(string memberId, CancellationToken cancellationToken = default);
    Task<FineDto> AssessAsync(AssessFineDto dto, CancellationToken cancellationToken = default);
    Task<FineDto> WaiveAsync(string id, WaiveFineDto dto, string waivedBy, CancellationToken cancellationToken = default);
    Task<FineDto> PayAsync(string id, CancellationToken cancellationToken = default);
}
