using BookNest.Api.Dtos;

namespace BookNest.Api.Services;

public interface IDonationService
{
    Task<PagedResultDto<DonationDto>> GetPagedAsync(DonationQueryDto query, CancellationToken cancellationToken = default);
    Task<DonationDto> GetByIdAsync(string id, CancellationToken cancellationToken = default);
    Task<DonationDto> RecordAsync(CreateDonationDto dto, CancellationToken cancellationToken = default);
    Task<DonationDto> AssessAsync(string id, AssessDonationDto dto, string assessedBy, CancellationToken cancellationToken = default);
    Task<DonationDto> AcceptAsync(string id, AcceptDonationDto dto, CancellationToken cancellationToken = default);
    Task<DonationDto> DeclineAsync(string id, DeclineDonationDto dto, CancellationToken cancellationToken = default);
}
