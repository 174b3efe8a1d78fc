namespace BookNest.Api.Configuration;

/// <summary>
/// Late fee rules on top of <see cref="LendingSettings.DailyLateFee"/>, bound from the "Fines" section.
/// </summary>
public class FineSettings
{
    public const string SectionName = "Fines";

    /// <summary>No single loan is fined more than this, however late the book comes back.</summary>
    public decimal MaxFinePerLoan { get; set; } = 10.00m;

    /// <summary>Days after the due date that are not charged.</summary>
    public int GraceDays { get; set; } = 1;

    /// <summary>Share of the daily rate charged to student and senior members.</summary>
    public decimal ReducedRateFactor { get; set; } = 0.5m;
}
