using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using BookNest.Api.Services;

namespace BookNest.Api.Extensions;

public static class ClaimsPrincipalExtensions
{
    public static string? GetUserId(this ClaimsPrincipal principal) =>
        principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? principal.FindFirstValue(JwtRegisteredClaimNames.Sub);

    public static string? GetMemberId(this ClaimsPrincipal principal) =>
        principal.FindFirstValue(JwtTokenService.MemberIdClaim);
}
