using BookNest.Api.Dtos;

namespace BookNest.Api.Services;

public interface ILoanService
{
    Task<PagedResultDto<LoanDto>> GetPagedAsync(LoanQueryDto query, CancellationToken cancellationToken = default);
    Task<LoanDto> GetByIdAsync(string id, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<LoanDto>> GetByMemberAsync(string memberId, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<LoanDto>> GetOverdueAsync(CancellationToken cancellationToken = default);
    Task<LoanDto> CheckoutAsync(CreateLoanDto dto, CancellationToken cancellationToken = default);
    Task<LoanDto> ReturnAsync(string id, CancellationToken cancellationToken = default);
    Task<LoanDto> RenewAsync(string id, string renewedBy, CancellationToken cancellationToken = default);
    Task<LoanDto> PayLateFeeAsync(string id, CancellationToken cancellationToken = default);
}
