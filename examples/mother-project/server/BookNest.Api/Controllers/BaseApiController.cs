using BookNest.Api.Extensions;
using Microsoft.AspNetCore.Mvc;

namespace BookNest.Api.Controllers;

/// <summary>
/// Base class for every BookNest controller: JSON only, automatic model validation ([ApiController])
/// and the "api/[controller]" route. Concrete controllers restate the [Route] so the URL is visible
/// next to the actions. Errors are thrown by services and rendered by ExceptionHandlingMiddleware.
/// </summary>
[ApiController]
[Route("api/[controller]")]
[Produces("application/json")]
public abstract class BaseApiController : ControllerBase
{
    /// <summary>Id of the signed-in user (JWT "sub"); only valid on [Authorize] actions.</summary>
    protected string CurrentUserId =>
        User.GetUserId() ?? throw new UnauthorizedAccessException("The token has no user id.");

    /// <summary>Member card of the signed-in user; staff accounts may not have one.</summary>
    protected string CurrentMemberId =>
        User.GetMemberId() ?? throw new UnauthorizedAccessException("This account has no library card.");

    protected bool IsStaff => User.IsInRole(Models.UserRoles.Librarian) || User.IsInRole(Models.UserRoles.Admin);
}
