namespace BookNest.Api.Configuration;

/// <summary>
/// External payment provider used to settle late fees. Bound from the "PaymentGateway" section.
/// </summary>
public class PaymentGatewaySettings
{
    public const string SectionName = "PaymentGateway";

    public string BaseUrl { get; set; } = string.Empty;
    public string MerchantId { get; set; } = string.Empty;
    public int TimeoutSeconds { get; set; } = 15;
}
