using BookNest.Api.Configuration;
using BookNest.Api.Models;
using MongoDB.Driver;

namespace BookNest.Api.Repositories;

public class CategoryRepository : MongoRepository<Category>, ICategoryRepository
{
    public CategoryRepository(IMongoDBSettings settings)
        : base(settings, settings.CategoriesCollectionName)
    {
    }

    public override async Task<IReadOnlyList<Category>> GetAllAsync(CancellationToken cancellationToken = default) =>
        await Collection.Find(FilterDefinition<Category>.Empty)
            .SortBy(c => c.SortOrder)
            .ThenBy(c => c.Name)
            .ToListAsync(cancellationToken);

    public async Task<Category?> GetBySlugAsync(string slug, CancellationToken cancellationToken = default) =>
        await Collection.Find(c => c.Slug == slug).FirstOrDefaultAsync(cancellationToken);

    public async Task<bool> HasChildrenAsync(string categoryId, CancellationToken cancellationToken = default) =>
        await Collection.Find(c => c.ParentCategoryId == categoryId).AnyAsync(cancellationToken);
}
