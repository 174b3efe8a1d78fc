namespace BookNest.Api.Exceptions;

/// <summary>
/// Thrown by services when a document does not exist; ExceptionHandlingMiddleware turns it into a 404.
/// </summary>
public class NotFoundException : Exception
{
    public NotFoundException(string resource, string id)
        : base($"{resource} '{id}' was not found.")
    {
        Resource = resource;
        ResourceId = id;
    }

    public string Resource { get; }
    public string ResourceId { get; }
}
