using BookNest.Api.Models;

namespace BookNest.Api.Repositories;

public interface IPublisherRepository : IRepository<Publisher>
{
    Task<Publisher?> GetBySlugAsync(string slug, CancellationToken cancellationToken = default);
    Task<Publisher?> FindByNameOrAliasAsync(string name, CancellationToken cancellationToken = default);

    Task<(IReadOnlyList<Publisher> Items, long TotalCount)> SearchAsync(
        string? search,
        string? country,
        int skip,
        int limit,
        CancellationToken cancellationToken = default);
}
