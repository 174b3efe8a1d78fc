using BookNest.Api.Configuration;
using BookNest.Api.Dtos;
using BookNest.Api.Exceptions;
using BookNest.Api.Mapping;
using BookNest.Api.Models;
using MongoDB.Driver;

namespace BookNest.Api.Services;

public class InventoryService : IInventoryService
{
    private readonly IMongoCollection<InventoryItem> _inventory;
    private readonly IMongoCollection<Book> _books;

    public InventoryService(IMongoDBSettings settings)
    {
        var client = new MongoClient(settings.ConnectionString);
        var database = client.GetDatabase(settings.DatabaseName);
        _inventory = database.GetCollection<InventoryItem>(settings.InventoryCollectionName);
        _books = database.GetCollection<Book>(settings.BooksCollectionName);
    }

    public async Task<IReadOnlyList<InventoryItemDto>> GetByBookAsync(string bookId, CancellationToken cancellationToken = default)
    {
        var copies = await _inventory.Find(i => i.BookId == bookId)
            .SortBy(i => i.BranchCode)
            .ThenBy(i => i.Barcode)
            .ToListAsync(cancellationToken);
        return copies.Select(c => c.ToDto()).ToList();
    }

    public async Task<InventoryItemDto> GetByIdAsync(string id, CancellationToken cancellationToken = default) =>
        (await FindCopyAsync(id, cancellationToken)).ToDto();

    public async Task<InventoryItemDto> AddCopyAsync(CreateInventoryItemDto dto, CancellationToken cancellationToken = default)
    {
        if (!await _books.Find(b => b.Id == dto.BookId).AnyAsync(cancellationToken))
        {
            throw new NotFoundException(nameof(Book), dto.BookId);
        }

        if (await _inventory.Find(i => i.Barcode == dto.Barcode).AnyAsync(cancellationToken))
        {
            throw new BusinessRuleException("duplicate_barcode", $"Barcode {dto.Barcode} is already in use.");
        }

        var copy = new InventoryItem
        {
            BookId = dto.BookId,
            Barcode = dto.Barcode,
            BranchCode = dto.BranchCode.ToUpperInvariant(),
            Location = new ShelfLocation { Floor = dto.Floor, Aisle = dto.Aisle, Shelf = dto.Shelf },
            Condition = Enum.Parse<CopyCondition>(dto.Condition, ignoreCase: true)
        };
        await _inventory.InsertOneAsync(copy, cancellationToken: cancellationToken);
        return copy.ToDto();
    }

    public async Task<InventoryItemDto> UpdateStatusAsync(string id, string status, CancellationToken cancellationToken = default)
    {
        var copy = await FindCopyAsync(id, cancellationToken);
        if (!Enum.TryParse<CopyStatus>(status, ignoreCase: true, out var newStatus))
        {
            throw new BusinessRuleException("invalid_status", $"'{status}' is not a copy status.");
        }

        // OnLoan is only ever set by LoanService during checkout.
        if (newStatus == CopyStatus.OnLoan || copy.Status == CopyStatus.OnLoan)
        {
            throw new BusinessRuleException("copy_on_loan", "Use the loans endpoints to lend or return a copy.");
        }

        copy.Status = newStatus;
        await _inventory.ReplaceOneAsync(i => i.Id == id, copy, cancellationToken: cancellationToken);
        return copy.ToDto();
    }

    public async Task RemoveCopyAsync(string id, CancellationToken cancellationToken = default)
    {
        var copy = await FindCopyAsync(id, cancellationToken);
        if (copy.Status == CopyStatus.OnLoan)
        {
            throw new BusinessRuleException("copy_on_loan", "A copy on loan cannot be removed.");
        }

        await _inventory.DeleteOneAsync(i => i.Id == id, cancellationToken);
    }

    private async Task<InventoryItem> FindCopyAsync(string id, CancellationToken cancellationToken) =>
        await _inventory.Find(i => i.Id == id).FirstOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException(nameof(InventoryItem), id);
}
