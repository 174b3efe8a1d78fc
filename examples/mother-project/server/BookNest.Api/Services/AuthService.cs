using BookNest.Api.Dtos;
using BookNest.Api.Exceptions;
using BookNest.Api.Mapping;
using BookNest.Api.Models;
using BookNest.Api.Repositories;
using BookNest.Api.Services.External;
using Microsoft.AspNetCore.Identity;

namespace BookNest.Api.Services;

/// <summary>
/// Login and self-service registration. Users are stored through <see cref="IUserRepository"/>;
/// a registered user always gets a linked member card via <see cref="IMemberService"/>.
/// </summary>
public class AuthService : IAuthService
{
    private readonly IUserRepository _users;
    private readonly IMemberService _memberService;
    private readonly ITokenService _tokenService;
    private readonly IEmailService _emailService;
    private readonly IPasswordHasher<User> _passwordHasher;

    public AuthService(
        IUserRepository users,
        IMemberService memberService,
        ITokenService tokenService,
        IEmailService emailService,
        IPasswordHasher<User> passwordHasher)
    {
        _users = users;
        _memberService = memberService;
        _tokenService = tokenService;
        _emailService = emailService;
        _passwordHasher = passwordHasher;
    }

    public async Task<AuthResponseDto> LoginAsync(LoginRequestDto request, CancellationToken cancellationToken = default)
    {
        var user = await _users.GetByEmailAsync(request.Email, cancellationToken);

        // Same error for unknown email and wrong password: do not reveal which accounts exist.
        if (user is null ||
            _passwordHasher.VerifyHashedPassword(user, user.PasswordHash, request.Password) == PasswordVerificationResult.Failed)
        {
            throw new UnauthorizedAccessException("Invalid email or password.");
        }

        await _users.RecordLoginAsync(user.Id!, DateTime.UtcNow, cancellationToken);
        return _tokenService.CreateToken(user);
    }

    public async Task<AuthResponseDto> RegisterAsync(RegisterRequestDto request, CancellationToken cancellationToken = default)
    {
        var email = request.Email.Trim().ToLowerInvariant();
        if (await _users.GetByEmailAsync(email, cancellationToken) is not null)
        {
            throw new BusinessRuleException("duplicate_user", "An account with this email already exists.");
        }

        var user = new User
        {
            Email = email,
            DisplayName = $"{request.FirstName} {request.LastName}".Trim()
        };
        user.PasswordHash = _passwordHasher.HashPassword(user, request.Password);
        await _users.InsertAsync(user, cancellationToken);

        var member = await _memberService.CreateAsync(
            new CreateMemberDto
            {
                FirstName = request.FirstName,
                LastName = request.LastName,
                Email = email,
                Address = request.Address
            },
            user.Id,
            cancellationToken);

        user.MemberId = member.Id;
        await _users.ReplaceAsync(user, cancellationToken);
        await _emailService.SendWelcomeAsync(email, user.DisplayName, member.MembershipNumber, cancellationToken);

        return _tokenService.CreateToken(user);
    }

    public async Task<UserDto> GetCurrentUserAsync(string userId, CancellationToken cancellationToken = default)
    {
        var user = await _users.GetByIdAsync(userId, cancellationToken) ?? throw new NotFoundException(nameof(User), userId);
        return user.ToDto();
    }
}
