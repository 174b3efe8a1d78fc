namespace BookNest.Api.Exceptions;

/// <summary>
/// A request that is well-formed but breaks a lending rule (no copies left, too many renewals, ...).
/// Mapped to 409 Conflict with the rule code in ProblemDetails.Extensions["code"].
/// </summary>
public class BusinessRuleException : Exception
{
    public BusinessRuleException(string code, string message)
        : base(message)
    {
        Code = code;
    }

    public string Code { get; }
}
