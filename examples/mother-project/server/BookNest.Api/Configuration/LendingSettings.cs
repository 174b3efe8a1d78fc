namespace BookNest.Api.Configuration;

/// <summary>
/// Library lending rules. Kept in configuration because branches negotiate them with the council every year.
/// </summary>
public class LendingSettings
{
    public const string SectionName = "Lending";

    public int LoanPeriodDays { get; set; } = 21;
    public int MaxRenewals { get; set; } = 2;
    public decimal DailyLateFee { get; set; } = 0.25m;
}
