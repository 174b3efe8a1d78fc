using System.Text.RegularExpressions;
using BookNest.Api.Configuration;
using BookNest.Api.Dtos;
using BookNest.Api.Exceptions;
using BookNest.Api.Mapping;
using BookNest.Api.Models;
using MongoDB.Bson;
using MongoDB.Driver;

namespace BookNest.Api.Services;

/// <summary>
/// Donated books: recorded at the desk, assessed, then accepted into the inventory or declined.
/// Accepting is the only place outside InventoryService that adds a copy, with the same barcode rule.
/// </summary>
public class DonationService : IDonationService
{
    // Collections added after MongoDBSettings was written keep their name next to the code that owns them.
    private const string DonationsCollectionName = "donations";

    private readonly IMongoCollection<Donation> _donations;
    private readonly IMongoCollection<Book> _books;
    private readonly IMongoCollection<InventoryItem> _inventory;
    private readonly IMongoCollection<Member> _members;
    private readonly ILogger<DonationService> _logger;

    public DonationService(IMongoDBSettings settings, ILogger<DonationService> logger)
    {
        var client = new MongoClient(settings.ConnectionString);
        var database = client.GetDatabase(settings.DatabaseName);
        _donations = database.GetCollection<Donation>(DonationsCollectionName);
        _books = database.GetCollection<Book>(settings.BooksCollectionName);
        _inventory = database.GetCollection<InventoryItem>(settings.InventoryCollectionName);
        _members = database.GetCollection<Member>(settings.MembersCollectionName);
        _logger = logger;
    }

    public async Task<PagedResultDto<DonationDto>> GetPagedAsync(DonationQueryDto query, CancellationToken cancellationToken = default)
    {
        var builder = Builders<Donation>.Filter;
        var filter = builder.Empty;

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = new BsonRegularExpression(Regex.Escape(query.Search.Trim()), "i");
            filter &= builder.Regex(d => d.Title, pattern)
                      | builder.Regex(d => d.AuthorName, pattern)
                      | builder.Eq(d => d.Isbn, query.Search.Trim());
        }

        if (!string.IsNullOrEmpty(query.Status))
        {
            filter &= builder.Eq(d => d.Status, Enum.Parse<DonationStatus>(query.Status, ignoreCase: true));
        }

        if (!string.IsNullOrEmpty(query.BranchCode))
        {
            filter &= builder.Eq(d => d.BranchCode, query.BranchCode.ToUpperInvariant());
        }

        if (!string.IsNullOrEmpty(query.DonorMemberId))
        {
            filter &= builder.Eq(d => d.DonorMemberId, query.DonorMemberId);
        }

        if (query.ReceivedFrom is not null)
        {
            filter &= builder.Gte(d => d.ReceivedAt, query.ReceivedFrom.Value.Date);
        }

        // Oldest first: the assessment backlog is worked through in the order books came in.
        var total = await _donations.CountDocumentsAsync(filter, cancellationToken: cancellationToken);
        var donations = await _donations.Find(filter)
            .SortBy(d => d.ReceivedAt)
            .Skip(query.Skip)
            .Limit(query.PageSize)
            .ToListAsync(cancellationToken);

        var items = donations.Select(d => d.ToDto()).ToList();
        return PagedResultDto<DonationDto>.Create(items, query.Page, query.PageSize, total);
    }

    public async Task<DonationDto> GetByIdAsync(string id, CancellationToken cancellationToken = default) =>
        (await FindDonationAsync(id, cancellationToken)).ToDto();

    public async Task<DonationDto> RecordAsync(CreateDonationDto dto, CancellationToken cancellationToken = default)
    {
        var donation = dto.ToDocument();
        if (dto.DonorMemberId is not null)
        {
            var member = await _members.Find(m => m.Id == dto.DonorMemberId).FirstOrDefaultAsync(cancellationToken)
                         ?? throw new NotFoundException(nameof(Member), dto.DonorMemberId);
            donation.DonorName ??= $"{member.FirstName} {member.LastName}";
        }

        // Pre-link the catalogue title when the ISBN is known, so accepting usually needs no lookup.
        if (dto.Isbn is not null)
        {
            var book = await _books.Find(b => b.Isbn == dto.Isbn).FirstOrDefaultAsync(cancellationToken);
            donation.BookId = book?.Id;
        }

        await _donations.InsertOneAsync(donation, cancellationToken: cancellationToken);
        return donation.ToDto();
    }

    public async Task<DonationDto> AssessAsync(string id, AssessDonationDto dto, string assessedBy, CancellationToken cancellationToken = default)
    {
        var donation = await FindDonationAsync(id, cancellationToken);
        if (donation.Status is not (DonationStatus.Received or DonationStatus.Assessed))
        {
            throw new BusinessRuleException("donation_decided", $"This donation was already {donation.Status.ToString().ToLowerInvariant()}.");
        }

        donation.Status = DonationStatus.Assessed;
        donation.Condition = Enum.Parse<CopyCondition>(dto.Condition, ignoreCase: true);
        donation.AssessmentNotes = dto.Notes;
        donation.AssessedBy = assessedBy;
        donation.AssessedAt = DateTime.UtcNow;

        await _donations.ReplaceOneAsync(d => d.Id == id, donation, cancellationToken: cancellationToken);
        return donation.ToDto();
    }

    public async Task<DonationDto> AcceptAsync(string id, AcceptDonationDto dto, CancellationToken cancellationToken = default)
    {
        var donation = await FindDonationAsync(id, cancellationToken);
        if (donation.Status != DonationStatus.Assessed)
        {
            throw new BusinessRuleException("donation_not_assessed", "Assess the donation before accepting it.");
        }

        if (donation.Condition == CopyCondition.Damaged)
        {
            throw new BusinessRuleException("donation_damaged", "Damaged donations cannot be added to the collection.");
        }

        var bookId = dto.BookId ?? donation.BookId
                     ?? throw new BusinessRuleException("donation_not_catalogued", "Add the title to the catalogue first, then accept the donation.");
        if (!await _books.Find(b => b.Id == bookId).AnyAsync(cancellationToken))
        {
            throw new NotFoundException(nameof(Book), bookId);
        }

        if (await _inventory.Find(i => i.Barcode == dto.Barcode).AnyAsync(cancellationToken))
        {
            throw new BusinessRuleException("duplicate_barcode", $"Barcode {dto.Barcode} is already in use.");
        }

        var copy = dto.ToInventoryItem(donation, bookId);
        await _inventory.InsertOneAsync(copy, cancellationToken: cancellationToken);

        donation.Status = DonationStatus.Accepted;
        donation.BookId = bookId;
        donation.InventoryItemId = copy.Id;
        donation.DecidedAt = DateTime.UtcNow;
        await _donations.ReplaceOneAsync(d => d.Id == id, donation, cancellationToken: cancellationToken);

        _logger.LogInformation("Donation {DonationId} accepted as copy {Barcode} at {Branch}", id, copy.Barcode, copy.BranchCode);
        return donation.ToDto();
    }

    public async Task<DonationDto> DeclineAsync(string id, DeclineDonationDto dto, CancellationToken cancellationToken = default)
    {
        var donation = await FindDonationAsync(id, cancellationToken);
        if (donation.Status is DonationStatus.Accepted or DonationStatus.Declined)
        {
            throw new BusinessRuleException("donation_decided", $"This donation was already {donation.Status.ToString().ToLowerInvariant()}.");
        }

        var disposal = Enum.Parse<DonationDisposal>(dto.Disposal, ignoreCase: true);
        if (disposal == DonationDisposal.ReturnedToDonor && donation.DonorMemberId is null && donation.DonorName is null)
        {
            throw new BusinessRuleException("anonymous_donation", "An anonymous donation cannot be returned to its donor.");
        }

        donation.Status = DonationStatus.Declined;
        donation.DeclineReason = dto.Reason.Trim();
        donation.Disposal = disposal;
        donation.DecidedAt = DateTime.UtcNow;

        await _donations.ReplaceOneAsync(d => d.Id == id, donation, cancellationToken: cancellationToken);
        return donation.ToDto();
    }

    private async Task<Donation> FindDonationAsync(string id, CancellationToken cancellationToken) =>
        await _donations.Find(d => d.Id == id).FirstOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException(nameof(Donation), id);
}
