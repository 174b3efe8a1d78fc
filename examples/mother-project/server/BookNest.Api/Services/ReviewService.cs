using BookNest.Api.Configuration;
using BookNest.Api.Dtos;
using BookNest.Api.Exceptions;
using BookNest.Api.Mapping;
using BookNest.Api.Models;
using MongoDB.Driver;

namespace BookNest.Api.Services;

public class ReviewService : IReviewService
{
    private readonly IMongoCollection<Review> _reviews;
    private readonly IMongoCollection<Book> _books;
    private readonly IMongoCollection<Loan> _loans;

    public ReviewService(IMongoDBSettings settings)
    {
        var client = new MongoClient(settings.ConnectionString);
        var database = client.GetDatabase(settings.DatabaseName);
        _reviews = database.GetCollection<Review>(settings.ReviewsCollectionName);
        _books = database.GetCollection<Book>(settings.BooksCollectionName);
        _loans = database.GetCollection<Loan>(settings.LoansCollectionName);
    }

    public async Task<IReadOnlyList<ReviewDto>> GetByBookAsync(
        string bookId,
        bool includePending,
        CancellationToken cancellationToken = default)
    {
        var reviews = await _reviews.Find(r => r.BookId == bookId && (includePending || r.IsApproved))
            .SortByDescending(r => r.CreatedAt)
            .ToListAsync(cancellationToken);
        return reviews.Select(r => r.ToDto()).ToList();
    }

    public async Task<ReviewDto> GetByIdAsync(string id, CancellationToken cancellationToken = default) =>
        (await FindReviewAsync(id, cancellationToken)).ToDto();

    public async Task<ReviewDto> CreateAsync(CreateReviewDto dto, string memberId, CancellationToken cancellationToken = default)
    {
        if (!await _books.Find(b => b.Id == dto.BookId).AnyAsync(cancellationToken))
        {
            throw new NotFoundException(nameof(Book), dto.BookId);
        }

        // Only members who actually borrowed the book may review it.
        var hasBorrowed = await _loans.Find(l => l.BookId == dto.BookId && l.MemberId == memberId).AnyAsync(cancellationToken);
        if (!hasBorrowed)
        {
            throw new BusinessRuleException("review_not_allowed", "You can only review books you have borrowed.");
        }

        if (await _reviews.Find(r => r.BookId == dto.BookId && r.MemberId == memberId).AnyAsync(cancellationToken))
        {
            throw new BusinessRuleException("duplicate_review", "You already reviewed this book.");
        }

        var review = new Review
        {
            BookId = dto.BookId,
            MemberId = memberId,
            Rating = dto.Rating,
            Title = dto.Title.Trim(),
            Body = dto.Body
        };
        await _reviews.InsertOneAsync(review, cancellationToken: cancellationToken);
        return review.ToDto();
    }

    public async Task<ReviewDto> ApproveAsync(string id, CancellationToken cancellationToken = default)
    {
        var review = await FindReviewAsync(id, cancellationToken);
        review.IsApproved = true;
        await _reviews.ReplaceOneAsync(r => r.Id == id, review, cancellationToken: cancellationToken);
        await RefreshBookRatingAsync(review.BookId, cancellationToken);
        return review.ToDto();
    }

    public async Task DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        var review = await FindReviewAsync(id, cancellationToken);
        await _reviews.DeleteOneAsync(r => r.Id == id, cancellationToken);
        await RefreshBookRatingAsync(review.BookId, cancellationToken);
    }

    private async Task<Review> FindReviewAsync(string id, CancellationToken cancellationToken) =>
        await _reviews.Find(r => r.Id == id).FirstOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException(nameof(Review), id);

    // Keeps Book.AverageRating / Book.ReviewCount in step with the approved reviews.
    private async Task RefreshBookRatingAsync(string bookId, CancellationToken cancellationToken)
    {
        var ratings = await _reviews.Find(r => r.BookId == bookId && r.IsApproved)
            .Project(r => r.Rating)
            .ToListAsync(cancellationToken);

        await _books.UpdateOneAsync(
            b => b.Id == bookId,
            Builders<Book>.Update
                .Set(b => b.AverageRating, ratings.Count == 0 ? 0 : ratings.Average())
                .Set(b => b.ReviewCount, ratings.Count),
            cancellationToken: cancellationToken);
    }
}
