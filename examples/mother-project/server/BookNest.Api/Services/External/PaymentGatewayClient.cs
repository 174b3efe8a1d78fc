using System.Net.Http.Json;
using BookNest.Api.Configuration;
using BookNest.Api.Exceptions;
using Microsoft.Extensions.Options;

namespace BookNest.Api.Services.External;

/// <summary>
/// Typed HttpClient for the external payment provider (PaymentGateway:BaseUrl). Registered with
/// AddHttpClient in Program.cs, which sets the base address and timeout.
/// </summary>
public class PaymentGatewayClient : IPaymentGatewayClient
{
    private readonly HttpClient _httpClient;
    private readonly PaymentGatewaySettings _settings;
    private readonly ILogger<PaymentGatewayClient> _logger;

    public PaymentGatewayClient(HttpClient httpClient, IOptions<PaymentGatewaySettings> settings, ILogger<PaymentGatewayClient> logger)
    {
        _httpClient = httpClient;
        _settings = settings.Value;
        _logger = logger;
    }

    public async Task ChargeLateFeeAsync(string memberId, string loanId, decimal amount, CancellationToken cancellationToken = default)
    {
        var request = new ChargeRequest(_settings.MerchantId, memberId, $"late-fee-{loanId}", amount, "EUR");
        using var response = await _httpClient.PostAsJsonAsync("charges", request, cancellationToken);

        if (!response.IsSuccessStatusCode)
        {
            var detail = await response.Content.ReadAsStringAsync(cancellationToken);
            _logger.LogWarning("Payment for loan {LoanId} declined: {Status} {Detail}", loanId, response.StatusCode, detail);
            throw new BusinessRuleException("payment_declined", "The payment provider declined the late fee payment.");
        }
    }

    // Idempotency: the provider deduplicates on Reference, so retrying a timed-out charge is safe.
    private sealed record ChargeRequest(string MerchantId, string CustomerReference, string Reference, decimal Amount, string Currency);
}
