namespace BookNest.Api.Configuration;

/// <summary>
/// Token settings bound from the "Jwt" section. <see cref="Key"/> is only a placeholder in
/// appsettings.json; set the real signing key with `dotnet user-secrets set "Jwt:Key" ...`.
/// </summary>
public class JwtSettings
{
    public const string SectionName = "Jwt";

    public string Issuer { get; set; } = string.Empty;
    public string Audience { get; set; } = string.Empty;
    public string Key { get; set; } = string.Empty;
    public int ExpiryMinutes { get; set; } = 60;
}
