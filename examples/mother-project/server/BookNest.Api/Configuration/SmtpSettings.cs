namespace BookNest.Api.Configuration;

/// <summary>
/// Outgoing mail server used for due-date reminders and welcome mails.
/// Credentials are not part of this class on purpose: the relay authenticates by IP in production.
/// </summary>
public class SmtpSettings
{
    public const string SectionName = "Smtp";

    public string Host { get; set; } = "localhost";
    public int Port { get; set; } = 25;
    public bool EnableSsl { get; set; }
    public string FromAddress { get; set; } = string.Empty;
    public string FromName { get; set; } = "BookNest Library";
}
