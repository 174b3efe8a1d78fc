using System.Net.Mail;
using BookNest.Api.Configuration;
using Microsoft.Extensions.Options;

namespace BookNest.Api.Services.External;

/// <summary>
/// Sends transactional mail through the SMTP relay configured in the "Smtp" section.
/// Failures are logged and swallowed: a lost reminder must never fail a checkout.
/// </summary>
public class SmtpEmailService : IEmailService
{
    private readonly SmtpSettings _settings;
    private readonly ILogger<SmtpEmailService> _logger;

    public SmtpEmailService(IOptions<SmtpSettings> settings, ILogger<SmtpEmailService> logger)
    {
        _settings = settings.Value;
        _logger = logger;
    }

    public Task SendLoanConfirmationAsync(string to, string bookTitle, DateTime dueAt, CancellationToken cancellationToken = default) =>
        SendAsync(
            to,
            $"You borrowed \"{bookTitle}\"",
            $"Enjoy your book! Please return it by {dueAt:dddd d MMMM yyyy}. You can renew it online from 'My loans'.",
            cancellationToken);

    public Task SendWelcomeAsync(string to, string displayName, string membershipNumber, CancellationToken cancellationToken = default) =>
        SendAsync(
            to,
            "Welcome to BookNest",
            $"Hello {displayName},\n\nyour library card number is {membershipNumber}. Happy reading!",
            cancellationToken);

    private async Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken)
    {
        using var message = new MailMessage(new MailAddress(_settings.FromAddress, _settings.FromName), new MailAddress(to))
        {
            Subject = subject,
            Body = body
        };
        using var client = new SmtpClient(_settings.Host, _settings.Port) { EnableSsl = _settings.EnableSsl };

        try
        {
            await client.SendMailAsync(message, cancellationToken);
        }
        catch (SmtpException ex)
        {
            _logger.LogWarning(ex, "Could not send '{Subject}' to {Recipient}", subject, to);
        }
    }
}
