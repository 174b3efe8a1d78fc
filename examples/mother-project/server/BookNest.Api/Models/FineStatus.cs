namespace BookNest.Api.Models;

/// <summary>
/// State of a <see cref="Fine"/>. Only Outstanding fines can be re-assessed, waived or paid.
/// </summary>
public enum FineStatus
{
    Outstanding,
    Paid,
    Waived
}
