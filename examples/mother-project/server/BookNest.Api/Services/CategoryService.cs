using System.Text.RegularExpressions;
using BookNest.Api.Dtos;
using BookNest.Api.Exceptions;
using BookNest.Api.Mapping;
using BookNest.Api.Models;
using BookNest.Api.Repositories;

namespace BookNest.Api.Services;

/// <summary>
/// Categories were the first feature moved onto <see cref="MongoRepository{TDocument}"/>; the
/// categories collection is reached through <see cref="ICategoryRepository"/>.
/// </summary>
public class CategoryService : ICategoryService
{
    private readonly ICategoryRepository _categories;

    public CategoryService(ICategoryRepository categories)
    {
        _categories = categories;
    }

    public async Task<IReadOnlyList<CategoryDto>> GetAllAsync(CancellationToken cancellationToken = default)
    {
        var categories = await _categories.GetAllAsync(cancellationToken);
        return categories.Select(c => c.ToDto()).ToList();
    }

    public async Task<CategoryDto> GetByIdAsync(string id, CancellationToken cancellationToken = default) =>
        (await FindCategoryAsync(id, cancellationToken)).ToDto();

    public async Task<CategoryDto> CreateAsync(CreateCategoryDto dto, CancellationToken cancellationToken = default)
    {
        var slug = ToSlug(dto.Name);
        if (await _categories.GetBySlugAsync(slug, cancellationToken) is not null)
        {
            throw new BusinessRuleException("duplicate_category", $"Category '{dto.Name}' already exists.");
        }

        var category = new Category
        {
            Name = dto.Name.Trim(),
            Slug = slug,
            Description = dto.Description,
            ParentCategoryId = dto.ParentCategoryId,
            SortOrder = dto.SortOrder
        };
        await _categories.InsertAsync(category, cancellationToken);
        return category.ToDto();
    }

    public async Task<CategoryDto> UpdateAsync(string id, CreateCategoryDto dto, CancellationToken cancellationToken = default)
    {
        var category = await FindCategoryAsync(id, cancellationToken);
        if (dto.ParentCategoryId == id)
        {
            throw new BusinessRuleException("category_cycle", "A category cannot be its own parent.");
        }

        category.Name = dto.Name.Trim();
        category.Slug = ToSlug(dto.Name);
        category.Description = dto.Description;
        category.ParentCategoryId = dto.ParentCategoryId;
        category.SortOrder = dto.SortOrder;

        await _categories.ReplaceAsync(category, cancellationToken);
        return category.ToDto();
    }

    public async Task DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        await FindCategoryAsync(id, cancellationToken);
        if (await _categories.HasChildrenAsync(id, cancellationToken))
        {
            throw new BusinessRuleException("category_has_children", "Move or delete the sub-categories first.");
        }

        await _categories.DeleteAsync(id, cancellationToken);
    }

    private async Task<Category> FindCategoryAsync(string id, CancellationToken cancellationToken) =>
        await _categories.GetByIdAsync(id, cancellationToken) ?? throw new NotFoundException(nameof(Category), id);

    private static string ToSlug(string name) =>
        Regex.Replace(name.Trim().ToLowerInvariant(), @"[^a-z0-9]+", "-").Trim('-');
}
