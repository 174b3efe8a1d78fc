using System.Text.RegularExpressions;
using BookNest.Api.Configuration;
using BookNest.Api.Dtos;
using BookNest.Api.Exceptions;
using BookNest.Api.Mapping;
using BookNest.Api.Models;
using MongoDB.Bson;
using MongoDB.Driver;

namespace BookNest.Api.Services;

public class MemberService : IMemberService
{
    private readonly IMongoCollection<Member> _members;
    private readonly IMongoCollection<Loan> _loans;

    public MemberService(IMongoDBSettings settings)
    {
        var client = new MongoClient(settings.ConnectionString);
        var database = client.GetDatabase(settings.DatabaseName);
        _members = database.GetCollection<Member>(settings.MembersCollectionName);
        _loans = database.GetCollection<Loan>(settings.LoansCollectionName);
    }

    public async Task<PagedResultDto<MemberDto>> GetPagedAsync(PageQueryDto query, CancellationToken cancellationToken = default)
    {
        var builder = Builders<Member>.Filter;
        var filter = builder.Empty;
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = new BsonRegularExpression(Regex.Escape(query.Search.Trim()), "i");
            filter = builder.Regex(m => m.LastName, pattern)
                     | builder.Regex(m => m.Email, pattern)
                     | builder.Eq(m => m.MembershipNumber, query.Search.Trim().ToUpperInvariant());
        }

        var total = await _members.CountDocumentsAsync(filter, cancellationToken: cancellationToken);
        var members = await _members.Find(filter)
            .SortBy(m => m.LastName)
            .Skip(query.Skip)
            .Limit(query.PageSize)
            .ToListAsync(cancellationToken);

        var items = members.Select(m => m.ToDto()).ToList();
        return PagedResultDto<MemberDto>.Create(items, query.Page, query.PageSize, total);
    }

    public async Task<MemberDto> GetByIdAsync(string id, CancellationToken cancellationToken = default)
    {
        var member = await FindMemberAsync(id, cancellationToken);
        var activeLoans = await _loans.CountDocumentsAsync(
            l => l.MemberId == id && l.Status != LoanStatus.Returned,
            cancellationToken: cancellationToken);
        return member.ToDto((int)activeLoans);
    }

    public async Task<MemberDto> CreateAsync(CreateMemberDto dto, string? userId = null, CancellationToken cancellationToken = default)
    {
        var email = dto.Email.Trim().ToLowerInvariant();
        if (await _members.Find(m => m.Email == email).AnyAsync(cancellationToken))
        {
            throw new BusinessRuleException("duplicate_member", $"A member with email {email} already exists.");
        }

        var member = dto.ToDocument();
        member.UserId = userId;
        member.MembershipNumber = await NextMembershipNumberAsync(cancellationToken);
        await _members.InsertOneAsync(member, cancellationToken: cancellationToken);
        return member.ToDto();
    }

    public async Task<MemberDto> UpdateAsync(string id, CreateMemberDto dto, CancellationToken cancellationToken = default)
    {
        var existing = await FindMemberAsync(id, cancellationToken);
        var updated = dto.ToDocument();
        updated.Id = existing.Id;
        updated.UserId = existing.UserId;
        updated.MembershipNumber = existing.MembershipNumber;
        updated.JoinedAt = existing.JoinedAt;
        updated.IsActive = existing.IsActive;

        await _members.ReplaceOneAsync(m => m.Id == id, updated, cancellationToken: cancellationToken);
        return updated.ToDto();
    }

    public async Task DeactivateAsync(string id, CancellationToken cancellationToken = default)
    {
        await FindMemberAsync(id, cancellationToken);
        var openLoans = await _loans.CountDocumentsAsync(
            l => l.MemberId == id && l.Status != LoanStatus.Returned,
            cancellationToken: cancellationToken);
        if (openLoans > 0)
        {
            throw new BusinessRuleException("member_has_loans", "Members with open loans cannot be deactivated.");
        }

        await _members.UpdateOneAsync(
            m => m.Id == id,
            Builders<Member>.Update.Set(m => m.IsActive, false),
            cancellationToken: cancellationToken);
    }

    private async Task<Member> FindMemberAsync(string id, CancellationToken cancellationToken) =>
        await _members.Find(m => m.Id == id).FirstOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException(nameof(Member), id);

    // Card numbers are sequential per year (BN-2024-000123) because the desk scanners expect that format.
    private async Task<string> NextMembershipNumberAsync(CancellationToken cancellationToken)
    {
        var year = DateTime.UtcNow.Year;
        var prefix = $"BN-{year}-";
        var count = await _members.CountDocumentsAsync(
            m => m.MembershipNumber.StartsWith(prefix),
            cancellationToken: cancellationToken);
        return $"{prefix}{count + 1:D6}";
    }
}
