using BookNest.Api.Dtos;
using BookNest.Api.Models;

namespace BookNest.Api.Services;

public interface ITokenService
{
    AuthResponseDto CreateToken(User user);
}
