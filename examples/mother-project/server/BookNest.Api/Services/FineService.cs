using BookNest.Api.Configuration;
using BookNest.Api.Dtos;
using BookNest.Api.Exceptions;
using BookNest.Api.Mapping;
using BookNest.Api.Models;
using BookNest.Api.Services.External;
using Microsoft.Extensions.Options;
using MongoDB.Driver;

namespace BookNest.Api.Services;

/// <summary>
/// Late fees per loan: assessment at the daily rate (reduced for students and seniors) up to a cap, staff waivers
/// and payment through the external gateway. Every change is mirrored onto <see cref="Loan.LateFee"/>.
/// </summary>
public class FineService : IFineService
{
    // IMongoDBSettings only names the original collections; newer ones use a fixed name.
    private const string FinesCollectionName = "fines";

    private readonly IMongoCollection<Fine> _fines;
    private readonly IMongoCollection<Loan> _loans;
    private readonly IMongoCollection<Member> _members;
    private readonly IMongoCollection<Book> _books;
    private readonly IPaymentGatewayClient _paymentGateway;
    private readonly LendingSettings _lending;
    private readonly FineSettings _fineSettings;
    private readonly ILogger<FineService> _logger;

    public FineService(
        IMongoDBSettings settings,
        IOptions<LendingSettings> lending,
        IOptions<FineSettings> fineSettings,
        IPaymentGatewayClient paymentGateway,
        ILogger<FineService> logger)
    {
        var client = new MongoClient(settings.ConnectionString);
        var database = client.GetDatabase(settings.DatabaseName);
        _fines = database.GetCollection<Fine>(FinesCollectionName);
        _loans = database.GetCollection<Loan>(settings.LoansCollectionName);
        _members = database.GetCollection<Member>(settings.MembersCollectionName);
        _books = database.GetCollection<Book>(settings.BooksCollectionName);
        _paymentGateway = paymentGateway;
        _lending = lending.Value;
        _fineSettings = fineSettings.Value;
        _logger = logger;
    }

    public async Task<PagedResultDto<FineDto>> GetPagedAsync(FineQueryDto query, CancellationToken cancellationToken = default)
    {
        var builder = Builders<Fine>.Filter;
        var filter = builder.Empty;
        if (!string.IsNullOrEmpty(query.Status))
        {
            filter &= builder.Eq(f => f.Status, Enum.Parse<FineStatus>(query.Status, ignoreCase: true));
        }

        if (!string.IsNullOrEmpty(query.MemberId))
        {
            filter &= builder.Eq(f => f.MemberId, query.MemberId);
        }

        if (query.AssessedFrom is not null)
        {
            filter &= builder.Gte(f => f.AssessedAt, query.AssessedFrom.Value.Date);
        }

        var total = await _fines.CountDocumentsAsync(filter, cancellationToken: cancellationToken);
        var fines = await _fines.Find(filter)
            .SortByDescending(f => f.AssessedAt)
            .Skip(query.Skip)
            .Limit(query.PageSize)
            .ToListAsync(cancellationToken);
        return PagedResultDto<FineDto>.Create(await ToDtosAsync(fines, cancellationToken), query.Page, query.PageSize, total);
    }

    public async Task<FineDto> GetByIdAsync(string id, CancellationToken cancellationToken = default) =>
        (await ToDtosAsync(new[] { await FindFineAsync(id, cancellationToken) }, cancellationToken))[0];

    public async Task<MemberFinesDto> GetMemberFinesAsync(string memberId, CancellationToken cancellationToken = default)
    {
        var fines = await _fines.Find(f => f.MemberId == memberId)
            .SortByDescending(f => f.AssessedAt)
            .ToListAsync(cancellationToken);
        var outstanding = fines.Where(f => f.Status == FineStatus.Outstanding).ToList();
        return new MemberFinesDto
        {
            MemberId = memberId,
            OutstandingTotal = outstanding.Sum(f => f.Amount),
            OutstandingCount = outstanding.Count,
            Fines = await ToDtosAsync(fines, cancellationToken)
        };
    }

    public async Task<FineDto> AssessAsync(AssessFineDto dto, CancellationToken cancellationToken = default)
    {
        var loan = await _loans.Find(l => l.Id == dto.LoanId).FirstOrDefaultAsync(cancellationToken)
                   ?? throw new NotFoundException(nameof(Loan), dto.LoanId);
        var member = await _members.Find(m => m.Id == loan.MemberId).FirstOrDefaultAsync(cancellationToken)
                     ?? throw new NotFoundException(nameof(Member), loan.MemberId);

        var end = (loan.ReturnedAt ?? DateTime.UtcNow).Date;
        var daysLate = (end - loan.DueAt.Date).Days - _fineSettings.GraceDays;
        if (daysLate <= 0)
        {
            throw new BusinessRuleException("not_late", "This loan is not late beyond the grace period.");
        }

        var fine = await _fines.Find(f => f.LoanId == loan.Id).FirstOrDefaultAsync(cancellationToken)
                   ?? new Fine { LoanId = loan.Id!, MemberId = loan.MemberId, BookId = loan.BookId };
        if (fine.Status != FineStatus.Outstanding)
        {
            throw new BusinessRuleException("fine_settled", $"The fine for this loan was already {fine.Status.ToString().ToLowerInvariant()}.");
        }

        var rate = DailyRateFor(member.Tier);
        var uncapped = daysLate * rate;
        fine.DaysLate = daysLate;
        fine.DailyRate = rate;
        fine.Amount = Math.Min(uncapped, _fineSettings.MaxFinePerLoan);
        fine.IsCapped = uncapped > _fineSettings.MaxFinePerLoan;
        fine.AssessedAt = DateTime.UtcNow;

        if (fine.Id is null)
        {
            await _fines.InsertOneAsync(fine, cancellationToken: cancellationToken);
        }
        else
        {
            await _fines.ReplaceOneAsync(f => f.Id == fine.Id, fine, cancellationToken: cancellationToken);
        }

        await SetLoanLateFeeAsync(loan.Id!, fine.Amount, cancellationToken);
        return (await ToDtosAsync(new[] { fine }, cancellationToken))[0];
    }

    public async Task<FineDto> WaiveAsync(string id, WaiveFineDto dto, string waivedBy, CancellationToken cancellationToken = default)
    {
        var fine = await FindOutstandingAsync(id, cancellationToken);
        await _fines.UpdateOneAsync(
            f => f.Id == id,
            Builders<Fine>.Update
                .Set(f => f.Status, FineStatus.Waived)
                .Set(f => f.Waiver, new FineWaiver { WaivedBy = waivedBy, Reason = dto.Reason.Trim() }),
            cancellationToken: cancellationToken);
        await SetLoanLateFeeAsync(fine.LoanId, 0m, cancellationToken);

        _logger.LogInformation("Fine {FineId} of {Amount} waived by {UserId}", id, fine.Amount, waivedBy);
        return await GetByIdAsync(id, cancellationToken);
    }

    public async Task<FineDto> PayAsync(string id, CancellationToken cancellationToken = default)
    {
        var fine = await FindOutstandingAsync(id, cancellationToken);

        // The gateway throws a BusinessRuleException when the charge is declined; the fine then stays outstanding.
        await _paymentGateway.ChargeLateFeeAsync(fine.MemberId, fine.LoanId, fine.Amount, cancellationToken);
        await _fines.UpdateOneAsync(
            f => f.Id == id,
            Builders<Fine>.Update.Set(f => f.Status, FineStatus.Paid).Set(f => f.PaidAt, DateTime.UtcNow),
            cancellationToken: cancellationToken);
        await SetLoanLateFeeAsync(fine.LoanId, 0m, cancellationToken);
        return await GetByIdAsync(id, cancellationToken);
    }

    private async Task<Fine> FindFineAsync(string id, CancellationToken cancellationToken) =>
        await _fines.Find(f => f.Id == id).FirstOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException(nameof(Fine), id);

    private async Task<Fine> FindOutstandingAsync(string id, CancellationToken cancellationToken)
    {
        var fine = await FindFineAsync(id, cancellationToken);
        return fine.Status == FineStatus.Outstanding
            ? fine
            : throw new BusinessRuleException("fine_not_outstanding", $"This fine is already {fine.Status.ToString().ToLowerInvariant()}.");
    }

    private decimal DailyRateFor(MembershipTier tier) => tier is MembershipTier.Student or MembershipTier.Senior
        ? Math.Round(_lending.DailyLateFee * _fineSettings.ReducedRateFactor, 2)
        : _lending.DailyLateFee;

    private Task SetLoanLateFeeAsync(string loanId, decimal amount, CancellationToken cancellationToken) =>
        _loans.UpdateOneAsync(
            l => l.Id == loanId,
            Builders<Loan>.Update.Set(l => l.LateFee, amount),
            cancellationToken: cancellationToken);

    private async Task<List<FineDto>> ToDtosAsync(IReadOnlyCollection<Fine> fines, CancellationToken cancellationToken)
    {
        var bookIds = fines.Select(f => f.BookId).Distinct().ToList();
        var books = await _books.Find(Builders<Book>.Filter.In(b => b.Id, bookIds)).ToListAsync(cancellationToken);
        var titles = books.ToDictionary(b => b.Id!, b => b.Title);
        return fines.Select(f => f.ToDto(titles.GetValueOrDefault(f.BookId))).ToList();
    }
}
