namespace BookNest.Api.Dtos;

public class MemberDto
{
    public string Id { get; set; } = string.Empty;
    public string MembershipNumber { get; set; } = string.Empty;
    public string FirstName { get; set; } = string.Empty;
    public string LastName { get; set; } = string.Empty;
    public string Email { get; set; } = string.Empty;
    public string? Phone { get; set; }
    public AddressDto Address { get; set; } = new();
    public string Tier { get; set; } = string.Empty;
    public bool IsActive { get; set; }
    public DateTime JoinedAt { get; set; }
    public int ActiveLoanCount { get; set; }
}
