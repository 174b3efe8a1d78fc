namespace BookNest.Api.Services.External;

public interface IPaymentGatewayClient
{
    /// <summary>Charges a late fee to the member's stored payment method; throws when the provider declines.</summary>
    Task ChargeLateFeeAsync(string memberId, string loanId, decimal amount, CancellationToken cancellationToken = default);
}
