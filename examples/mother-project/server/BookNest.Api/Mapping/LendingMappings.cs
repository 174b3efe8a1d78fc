using BookNest.Api.Dtos;
using BookNest.Api.Models;

namespace BookNest.Api.Mapping;

/// <summary>
/// Mappings for members, loans and users.
/// </summary>
public static class LendingMappings
{
    public static MemberDto ToDto(this Member member, int activeLoanCount = 0) => new()
    {
        Id = member.Id ?? string.Empty,
        MembershipNumber = member.MembershipNumber,
        FirstName = member.FirstName,
        LastName = member.LastName,
        Email = member.Email,
        Phone = member.Phone,
        Address = member.Address.ToDto(),
        Tier = member.Tier.ToString(),
        IsActive = member.IsActive,
        JoinedAt = member.JoinedAt,
        ActiveLoanCount = activeLoanCount
    };

    public static Member ToDocument(this CreateMemberDto dto) => new()
    {
        FirstName = dto.FirstName.Trim(),
        LastName = dto.LastName.Trim(),
        Email = dto.Email.Trim().ToLowerInvariant(),
        Phone = dto.Phone,
        Address = dto.Address.ToDocument(),
        Tier = Enum.Parse<MembershipTier>(dto.Tier, ignoreCase: true)
    };

    public static AddressDto ToDto(this Address address) => new()
    {
        Street = address.Street,
        City = address.City,
        PostalCode = address.PostalCode,
        Country = address.Country
    };

    public static Address ToDocument(this AddressDto dto) => new()
    {
        Street = dto.Street.Trim(),
        City = dto.City.Trim(),
        PostalCode = dto.PostalCode.Trim().ToUpperInvariant(),
        Country = dto.Country.Trim()
    };

    public static LoanDto ToDto(this Loan loan, string? bookTitle = null, string? memberName = null) => new()
    {
        Id = loan.Id ?? string.Empty,
        BookId = loan.BookId,
        BookTitle = bookTitle,
        MemberId = loan.MemberId,
        MemberName = memberName,
        InventoryItemId = loan.InventoryItemId,
        BorrowedAt = loan.BorrowedAt,
        DueAt = loan.DueAt,
        ReturnedAt = loan.ReturnedAt,
        Status = loan.Status.ToString(),
        RenewalCount = loan.Renewals.Count,
        LateFee = loan.LateFee
    };

    public static UserDto ToDto(this User user) => new()
    {
        Id = user.Id ?? string.Empty,
        Email = user.Email,
        DisplayName = user.DisplayName,
        Roles = user.Roles.ToList(),
        MemberId = user.MemberId
    };
}
