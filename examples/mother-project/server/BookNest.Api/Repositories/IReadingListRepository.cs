using BookNest.Api.Models;

namespace BookNest.Api.Repositories;

public interface IReadingListRepository : IRepository<ReadingList>
{
    Task<IReadOnlyList<ReadingList>> GetPageAsync(
        string? memberId,
        string? bookId,
        bool includePrivate,
        string? search,
        int skip,
        int limit,
        CancellationToken cancellationToken = default);

    Task<long> CountAsync(string? memberId, string? bookId, bool includePrivate, string? search, CancellationToken cancellationToken = default);
    Task<long> CountByMemberAsync(string memberId, CancellationToken cancellationToken = default);
    Task<bool> NameExistsAsync(string memberId, string name, string? exceptId = null, CancellationToken cancellationToken = default);
}
