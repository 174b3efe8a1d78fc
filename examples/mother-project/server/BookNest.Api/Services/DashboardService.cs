using BookNest.Api.Configuration;
using BookNest.Api.Dtos;
using BookNest.Api.Mapping;
using BookNest.Api.Models;
using MongoDB.Driver;

namespace BookNest.Api.Services;

/// <summary>
/// Read-only statistics across the catalogue, lending and review collections.
/// </summary>
public class DashboardService : IDashboardService
{
    private const int MostBorrowedCount = 5;

    private readonly IMongoCollection<Book> _books;
    private readonly IMongoCollection<InventoryItem> _inventory;
    private readonly IMongoCollection<Member> _members;
    private readonly IMongoCollection<Loan> _loans;
    private readonly IMongoCollection<Review> _reviews;

    public DashboardService(IMongoDBSettings settings)
    {
        var client = new MongoClient(settings.ConnectionString);
        var database = client.GetDatabase(settings.DatabaseName);
        _books = database.GetCollection<Book>(settings.BooksCollectionName);
        _inventory = database.GetCollection<InventoryItem>(settings.InventoryCollectionName);
        _members = database.GetCollection<Member>(settings.MembersCollectionName);
        _loans = database.GetCollection<Loan>(settings.LoansCollectionName);
        _reviews = database.GetCollection<Review>(settings.ReviewsCollectionName);
    }

    public async Task<DashboardSummaryDto> GetSummaryAsync(CancellationToken cancellationToken = default)
    {
        var now = DateTime.UtcNow;
        var summary = new DashboardSummaryDto
        {
            TotalBooks = await _books.EstimatedDocumentCountAsync(cancellationToken: cancellationToken),
            TotalCopies = await _inventory.EstimatedDocumentCountAsync(cancellationToken: cancellationToken),
            AvailableCopies = await _inventory.CountDocumentsAsync(
                i => i.Status == CopyStatus.Available, cancellationToken: cancellationToken),
            ActiveMembers = await _members.CountDocumentsAsync(m => m.IsActive, cancellationToken: cancellationToken),
            ActiveLoans = await _loans.CountDocumentsAsync(l => l.ReturnedAt == null, cancellationToken: cancellationToken),
            OverdueLoans = await _loans.CountDocumentsAsync(
                l => l.ReturnedAt == null && l.DueAt < now, cancellationToken: cancellationToken),
            PendingReviews = await _reviews.CountDocumentsAsync(r => !r.IsApproved, cancellationToken: cancellationToken)
        };

        var topBookIds = await _loans.Aggregate()
            .Group(l => l.BookId, g => new { BookId = g.Key, Count = g.Count() })
            .SortByDescending(g => g.Count)
            .Limit(MostBorrowedCount)
            .ToListAsync(cancellationToken);

        var ids = topBookIds.Select(t => t.BookId).ToList();
        var books = await _books.Find(Builders<Book>.Filter.In(b => b.Id, ids)).ToListAsync(cancellationToken);
        summary.MostBorrowed = ids
            .Select(id => books.FirstOrDefault(b => b.Id == id))
            .Where(b => b is not null)
            .Select(b => b!.ToDto())
            .ToList();

        return summary;
    }
}
