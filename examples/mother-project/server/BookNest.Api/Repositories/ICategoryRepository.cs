using BookNest.Api.Models;

namespace BookNest.Api.Repositories;

public interface ICategoryRepository : IRepository<Category>
{
    Task<Category?> GetBySlugAsync(string slug, CancellationToken cancellationToken = default);
    Task<bool> HasChildrenAsync(string categoryId, CancellationToken cancellationToken = default);
}
