namespace BookNest.Api.Models;

/// <summary>
/// Role names used in JWT claims and [Authorize(Roles = ...)] attributes.
/// </summary>
public static class UserRoles
{
    public const string Member = "Member";
    public const string Librarian = "Librarian";
    public const string Admin = "Admin";

    /// <summary>Comma-separated list for [Authorize(Roles = UserRoles.Staff)].</summary>
    public const string Staff = Librarian + "," + Admin;
}
