namespace BookNest.Api.Services.External;

public interface IEmailService
{
    Task SendLoanConfirmationAsync(string to, string bookTitle, DateTime dueAt, CancellationToken cancellationToken = default);
    Task SendWelcomeAsync(string to, string displayName, string membershipNumber, CancellationToken cancellationToken = default);
}
