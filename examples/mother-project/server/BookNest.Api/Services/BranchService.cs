using BookNest.Api.Configuration;
using BookNest.Api.Dtos;
using BookNest.Api.Exceptions;
using BookNest.Api.Mapping;
using BookNest.Api.Models;
using BookNest.Api.Validation;
using MongoDB.Driver;

namespace BookNest.Api.Services;

/// <summary>
/// Branches, their opening hours and the copies they hold. "Open now" is <see cref="Branch.IsOpenAt"/>, computed in
/// the branch's own time zone; overlapping periods are rejected earlier by <see cref="NonOverlappingHoursAttribute"/>.
/// </summary>
public class BranchService : IBranchService
{
    // IMongoDBSettings only names the original collections; newer ones use a fixed name.
    private const string BranchesCollectionName = "branches";

    private readonly IMongoCollection<Branch> _branches;
    private readonly IMongoCollection<InventoryItem> _inventory;
    private readonly IMongoCollection<Book> _books;

    public BranchService(IMongoDBSettings settings)
    {
        var client = new MongoClient(settings.ConnectionString);
        var database = client.GetDatabase(settings.DatabaseName);
        _branches = database.GetCollection<Branch>(BranchesCollectionName);
        _inventory = database.GetCollection<InventoryItem>(settings.InventoryCollectionName);
        _books = database.GetCollection<Book>(settings.BooksCollectionName);
    }

    public async Task<IReadOnlyList<BranchDto>> GetAllAsync(bool includeInactive, CancellationToken cancellationToken = default)
    {
        var branches = await _branches.Find(b => includeInactive || b.IsActive)
            .SortBy(b => b.Name)
            .ToListAsync(cancellationToken);
        var now = DateTime.UtcNow;
        return branches.Select(b => b.ToDto(b.IsOpenAt(now))).ToList();
    }

    public async Task<BranchDto> GetByIdAsync(string id, CancellationToken cancellationToken = default)
    {
        var branch = await FindBranchAsync(id, cancellationToken);
        return branch.ToDto(branch.IsOpenAt(DateTime.UtcNow));
    }

    public async Task<PagedResultDto<InventoryItemDto>> GetCopiesAsync(string id, PageQueryDto query, CancellationToken cancellationToken = default)
    {
        var branch = await FindBranchAsync(id, cancellationToken);
        var filter = Builders<InventoryItem>.Filter.Eq(i => i.BranchCode, branch.Code);
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            filter &= Builders<InventoryItem>.Filter.Eq(i => i.Barcode, query.Search.Trim().ToUpperInvariant());
        }

        var total = await _inventory.CountDocumentsAsync(filter, cancellationToken: cancellationToken);
        var copies = await _inventory.Find(filter)
            .SortBy(i => i.Location.Floor)
            .ThenBy(i => i.Location.Aisle)
            .ThenBy(i => i.Location.Shelf)
            .Skip(query.Skip)
            .Limit(query.PageSize)
            .ToListAsync(cancellationToken);
        return PagedResultDto<InventoryItemDto>.Create(copies.Select(c => c.ToDto()).ToList(), query.Page, query.PageSize, total);
    }

    public async Task<IReadOnlyList<BranchAvailabilityDto>> GetAvailabilityAsync(string bookId, CancellationToken cancellationToken = default)
    {
        if (!await _books.Find(b => b.Id == bookId).AnyAsync(cancellationToken))
        {
            throw new NotFoundException(nameof(Book), bookId);
        }

        var counts = await _inventory.Aggregate()
            .Match(i => i.BookId == bookId && i.Status != CopyStatus.Lost)
            .Group(i => i.BranchCode, g => new
            {
                BranchCode = g.Key,
                Total = g.Count(),
                Available = g.Sum(i => i.Status == CopyStatus.Available ? 1 : 0)
            })
            .ToListAsync(cancellationToken);

        var codes = counts.Select(c => c.BranchCode).ToList();
        var branches = await _branches.Find(Builders<Branch>.Filter.In(b => b.Code, codes)).ToListAsync(cancellationToken);
        var byCode = branches.ToDictionary(b => b.Code);
        var now = DateTime.UtcNow;

        return counts
            .Select(c => new BranchAvailabilityDto
            {
                BranchCode = c.BranchCode,
                BranchName = byCode.GetValueOrDefault(c.BranchCode)?.Name,
                IsOpenNow = byCode.TryGetValue(c.BranchCode, out var branch) && branch.IsOpenAt(now),
                TotalCopies = c.Total,
                AvailableCopies = c.Available
            })
            .OrderByDescending(a => a.AvailableCopies)
            .ThenBy(a => a.BranchName)
            .ToList();
    }

    public async Task<BranchDto> CreateAsync(CreateBranchDto dto, CancellationToken cancellationToken = default)
    {
        var code = dto.Code.ToUpperInvariant();
        if (await _branches.Find(b => b.Code == code).AnyAsync(cancellationToken))
        {
            throw new BusinessRuleException("duplicate_branch", $"Branch code {code} is already in use.");
        }

        EnsureKnownTimeZone(dto.TimeZoneId);
        var branch = dto.ToDocument();

        await _branches.InsertOneAsync(branch, cancellationToken: cancellationToken);
        return branch.ToDto(branch.IsOpenAt(DateTime.UtcNow));
    }

    public async Task<BranchDto> UpdateAsync(string id, CreateBranchDto dto, CancellationToken cancellationToken = default)
    {
        var existing = await FindBranchAsync(id, cancellationToken);
        if (!string.Equals(existing.Code, dto.Code, StringComparison.OrdinalIgnoreCase))
        {
            throw new BusinessRuleException("branch_code_fixed", "The branch code is printed on copy labels and cannot change.");
        }

        EnsureKnownTimeZone(dto.TimeZoneId);
        var updated = dto.ToDocument();
        updated.Id = existing.Id;
        updated.IsActive = existing.IsActive;
        updated.CreatedAt = existing.CreatedAt;

        await _branches.ReplaceOneAsync(b => b.Id == id, updated, cancellationToken: cancellationToken);
        return updated.ToDto(updated.IsOpenAt(DateTime.UtcNow));
    }

    public async Task<BranchDto> SetOpeningHoursAsync(string id, IReadOnlyList<OpeningHoursDto> hours, CancellationToken cancellationToken = default)
    {
        var branch = await FindBranchAsync(id, cancellationToken);
        var periods = hours.Select(h => h.ToDocument()).ToList();

        await _branches.UpdateOneAsync(
            b => b.Id == id,
            Builders<Branch>.Update.Set(b => b.OpeningHours, periods),
            cancellationToken: cancellationToken);
        branch.OpeningHours = periods;
        return branch.ToDto(branch.IsOpenAt(DateTime.UtcNow));
    }

    private async Task<Branch> FindBranchAsync(string id, CancellationToken cancellationToken) =>
        await _branches.Find(b => b.Id == id).FirstOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException(nameof(Branch), id);

    private static void EnsureKnownTimeZone(string timeZoneId)
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId.Trim(), out _))
        {
            throw new BusinessRuleException("unknown_time_zone", $"'{timeZoneId}' is not a known time zone.");
        }
    }
}
