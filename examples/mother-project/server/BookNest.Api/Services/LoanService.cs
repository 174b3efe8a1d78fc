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
/// Checkout, return and renewal of physical copies. Every state change touches the loan and the copy,
/// so both collections are updated here and nowhere else.
/// </summary>
public class LoanService : ILoanService
{
    private const int MaxActiveLoansPerMember = 8;

    private readonly IMongoCollection<Loan> _loans;
    private readonly IMongoCollection<Book> _books;
    private readonly IMongoCollection<Member> _members;
    private readonly IMongoCollection<InventoryItem> _inventory;
    private readonly IEmailService _emailService;
    private readonly IPaymentGatewayClient _paymentGateway;
    private readonly LendingSettings _lending;
    private readonly ILogger<LoanService> _logger;

    public LoanService(
        IMongoDBSettings settings,
        IOptions<LendingSettings> lending,
        IEmailService emailService,
        IPaymentGatewayClient paymentGateway,
        ILogger<LoanService> logger)
    {
        var client = new MongoClient(settings.ConnectionString);
        var database = client.GetDatabase(settings.DatabaseName);
        _loans = database.GetCollection<Loan>(settings.LoansCollectionName);
        _books = database.GetCollection<Book>(settings.BooksCollectionName);
        _members = database.GetCollection<Member>(settings.MembersCollectionName);
        _inventory = database.GetCollection<InventoryItem>(settings.InventoryCollectionName);
        _emailService = emailService;
        _paymentGateway = paymentGateway;
        _lending = lending.Value;
        _logger = logger;
    }

    public async Task<PagedResultDto<LoanDto>> GetPagedAsync(LoanQueryDto query, CancellationToken cancellationToken = default)
    {
        var builder = Builders<Loan>.Filter;
        var filter = builder.Empty;
        if (!string.IsNullOrEmpty(query.Status))
        {
            filter &= builder.Eq(l => l.Status, Enum.Parse<LoanStatus>(query.Status, ignoreCase: true));
        }

        if (!string.IsNullOrEmpty(query.MemberId))
        {
            filter &= builder.Eq(l => l.MemberId, query.MemberId);
        }

        var total = await _loans.CountDocumentsAsync(filter, cancellationToken: cancellationToken);
        var loans = await _loans.Find(filter)
            .SortBy(l => l.DueAt)
            .Skip(query.Skip)
            .Limit(query.PageSize)
            .ToListAsync(cancellationToken);

        return PagedResultDto<LoanDto>.Create(await ToDtosAsync(loans, cancellationToken), query.Page, query.PageSize, total);
    }

    public async Task<LoanDto> GetByIdAsync(string id, CancellationToken cancellationToken = default) =>
        (await ToDtosAsync(new[] { await FindLoanAsync(id, cancellationToken) }, cancellationToken))[0];

    public async Task<IReadOnlyList<LoanDto>> GetByMemberAsync(string memberId, CancellationToken cancellationToken = default)
    {
        var loans = await _loans.Find(l => l.MemberId == memberId)
            .SortByDescending(l => l.BorrowedAt)
            .ToListAsync(cancellationToken);
        return await ToDtosAsync(loans, cancellationToken);
    }

    public async Task<IReadOnlyList<LoanDto>> GetOverdueAsync(CancellationToken cancellationToken = default)
    {
        var now = DateTime.UtcNow;
        var loans = await _loans.Find(l => l.ReturnedAt == null && l.DueAt < now)
            .SortBy(l => l.DueAt)
            .ToListAsync(cancellationToken);
        return await ToDtosAsync(loans, cancellationToken);
    }

    public async Task<LoanDto> CheckoutAsync(CreateLoanDto dto, CancellationToken cancellationToken = default)
    {
        var member = await _members.Find(m => m.Id == dto.MemberId).FirstOrDefaultAsync(cancellationToken)
                     ?? throw new NotFoundException(nameof(Member), dto.MemberId);
        if (!member.IsActive)
        {
            throw new BusinessRuleException("member_inactive", "The membership is not active.");
        }

        var activeLoans = await _loans.CountDocumentsAsync(
            l => l.MemberId == dto.MemberId && l.ReturnedAt == null,
            cancellationToken: cancellationToken);
        if (activeLoans >= MaxActiveLoansPerMember)
        {
            throw new BusinessRuleException("loan_limit", $"Members can borrow at most {MaxActiveLoansPerMember} books.");
        }

        var book = await _books.Find(b => b.Id == dto.BookId).FirstOrDefaultAsync(cancellationToken)
                   ?? throw new NotFoundException(nameof(Book), dto.BookId);

        // Claim a copy atomically so two desks cannot lend the same copy.
        var copyFilter = Builders<InventoryItem>.Filter.Where(i =>
            i.BookId == dto.BookId && i.Status == CopyStatus.Available &&
            (dto.InventoryItemId == null || i.Id == dto.InventoryItemId));
        var copy = await _inventory.FindOneAndUpdateAsync(
                       copyFilter,
                       Builders<InventoryItem>.Update.Set(i => i.Status, CopyStatus.OnLoan),
                       cancellationToken: cancellationToken)
                   ?? throw new BusinessRuleException("no_copy_available", $"No copy of '{book.Title}' is available.");

        var loan = new Loan
        {
            BookId = book.Id!,
            MemberId = member.Id!,
            InventoryItemId = copy.Id!,
            DueAt = DateTime.UtcNow.Date.AddDays(dto.LoanPeriodDays ?? _lending.LoanPeriodDays)
        };
        await _loans.InsertOneAsync(loan, cancellationToken: cancellationToken);

        await _emailService.SendLoanConfirmationAsync(member.Email, book.Title, loan.DueAt, cancellationToken);
        _logger.LogInformation("Loan {LoanId}: copy {Barcode} to member {MemberId}", loan.Id, copy.Barcode, member.Id);
        return loan.ToDto(book.Title, $"{member.FirstName} {member.LastName}");
    }

    public async Task<LoanDto> ReturnAsync(string id, CancellationToken cancellationToken = default)
    {
        var loan = await FindLoanAsync(id, cancellationToken);
        if (loan.ReturnedAt is not null)
        {
            throw new BusinessRuleException("already_returned", "This loan was already returned.");
        }

        loan.ReturnedAt = DateTime.UtcNow;
        loan.Status = LoanStatus.Returned;
        var daysLate = (loan.ReturnedAt.Value.Date - loan.DueAt.Date).Days;
        loan.LateFee = daysLate > 0 ? daysLate * _lending.DailyLateFee : 0m;

        await _loans.ReplaceOneAsync(l => l.Id == id, loan, cancellationToken: cancellationToken);
        await _inventory.UpdateOneAsync(
            i => i.Id == loan.InventoryItemId,
            Builders<InventoryItem>.Update.Set(i => i.Status, CopyStatus.Available),
            cancellationToken: cancellationToken);
        return await GetByIdAsync(id, cancellationToken);
    }

    public async Task<LoanDto> RenewAsync(string id, string renewedBy, CancellationToken cancellationToken = default)
    {
        var loan = await FindLoanAsync(id, cancellationToken);
        if (loan.ReturnedAt is not null || loan.Renewals.Count >= _lending.MaxRenewals)
        {
            throw new BusinessRuleException("renewal_not_allowed", "This loan cannot be renewed any more.");
        }

        var renewal = new LoanRenewal
        {
            PreviousDueAt = loan.DueAt,
            NewDueAt = loan.DueAt.AddDays(_lending.LoanPeriodDays),
            RenewedBy = renewedBy
        };
        await _loans.UpdateOneAsync(
            l => l.Id == id,
            Builders<Loan>.Update
                .Push(l => l.Renewals, renewal)
                .Set(l => l.DueAt, renewal.NewDueAt)
                .Set(l => l.Status, LoanStatus.Active),
            cancellationToken: cancellationToken);
        return await GetByIdAsync(id, cancellationToken);
    }

    public async Task<LoanDto> PayLateFeeAsync(string id, CancellationToken cancellationToken = default)
    {
        var loan = await FindLoanAsync(id, cancellationToken);
        if (loan.LateFee <= 0)
        {
            throw new BusinessRuleException("nothing_to_pay", "This loan has no outstanding late fee.");
        }

        await _paymentGateway.ChargeLateFeeAsync(loan.MemberId, loan.Id!, loan.LateFee, cancellationToken);
        await _loans.UpdateOneAsync(
            l => l.Id == id,
            Builders<Loan>.Update.Set(l => l.LateFee, 0m),
            cancellationToken: cancellationToken);
        return await GetByIdAsync(id, cancellationToken);
    }

    private async Task<Loan> FindLoanAsync(string id, CancellationToken cancellationToken) =>
        await _loans.Find(l => l.Id == id).FirstOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException(nameof(Loan), id);

    // Resolves book titles and member names in two queries instead of one per loan.
    private async Task<List<LoanDto>> ToDtosAsync(IReadOnlyCollection<Loan> loans, CancellationToken cancellationToken)
    {
        var bookIds = loans.Select(l => l.BookId).Distinct().ToList();
        var memberIds = loans.Select(l => l.MemberId).Distinct().ToList();
        var books = await _books.Find(Builders<Book>.Filter.In(b => b.Id, bookIds)).ToListAsync(cancellationToken);
        var members = await _members.Find(Builders<Member>.Filter.In(m => m.Id, memberIds)).ToListAsync(cancellationToken);

        var titles = books.ToDictionary(b => b.Id!, b => b.Title);
        var names = members.ToDictionary(m => m.Id!, m => $"{m.FirstName} {m.LastName}");
        return loans.Select(l => l.ToDto(titles.GetValueOrDefault(l.BookId), names.GetValueOrDefault(l.MemberId))).ToList();
    }
}
