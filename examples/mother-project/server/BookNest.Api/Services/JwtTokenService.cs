using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Text;
using BookNest.Api.Configuration;
using BookNest.Api.Dtos;
using BookNest.Api.Mapping;
using BookNest.Api.Models;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace BookNest.Api.Services;

/// <summary>
/// Issues the bearer tokens the Angular client stores and sends back through its auth interceptor.
/// </summary>
public class JwtTokenService : ITokenService
{
    public const string MemberIdClaim = "member_id";

    private readonly JwtSettings _settings;

    public JwtTokenService(IOptions<JwtSettings> settings)
    {
        _settings = settings.Value;
    }

    public AuthResponseDto CreateToken(User user)
    {
        var claims = new List<Claim>
        {
            new(JwtRegisteredClaimNames.Sub, user.Id!),
            new(JwtRegisteredClaimNames.Email, user.Email),
            new(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString()),
            new(ClaimTypes.Name, user.DisplayName)
        };
        claims.AddRange(user.Roles.Select(role => new Claim(ClaimTypes.Role, role)));
        if (user.MemberId is not null)
        {
            claims.Add(new Claim(MemberIdClaim, user.MemberId));
        }

        var expiresAt = DateTime.UtcNow.AddMinutes(_settings.ExpiryMinutes);
        var signingKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(_settings.Key));
        var token = new JwtSecurityToken(
            issuer: _settings.Issuer,
            audience: _settings.Audience,
            claims: claims,
            expires: expiresAt,
            signingCredentials: new SigningCredentials(signingKey, SecurityAlgorithms.HmacSha256));

        return new AuthResponseDto
        {
            AccessToken = new JwtSecurityTokenHandler().WriteToken(token),
            ExpiresAt = expiresAt,
            User = user.ToDto()
        };
    }
}
