using System.Net;
using BookNest.Api.Exceptions;
using Microsoft.AspNetCore.Mvc;

namespace BookNest.Api.Middleware;

/// <summary>
/// Turns exceptions thrown by services into RFC 7807 ProblemDetails responses, so controllers never
/// need try/catch. The Angular error interceptor reads "title" and "detail" from these bodies.
/// </summary>
public class ExceptionHandlingMiddleware
{
    private readonly RequestDelegate _next;
    private readonly ILogger<ExceptionHandlingMiddleware> _logger;
    private readonly IHostEnvironment _environment;

    public ExceptionHandlingMiddleware(
        RequestDelegate next,
        ILogger<ExceptionHandlingMiddleware> logger,
        IHostEnvironment environment)
    {
        _next = next;
        _logger = logger;
        _environment = environment;
    }

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await _next(context);
        }
        catch (Exception ex) when (!context.Response.HasStarted)
        {
            await WriteProblemAsync(context, ex);
        }
    }

    private async Task WriteProblemAsync(HttpContext context, Exception exception)
    {
        var problem = exception switch
        {
            NotFoundException notFound => Problem(HttpStatusCode.NotFound, "Resource not found", notFound.Message),
            BusinessRuleException rule => Problem(HttpStatusCode.Conflict, "Request conflicts with a business rule", rule.Message, rule.Code),
            UnauthorizedAccessException denied => Problem(HttpStatusCode.Unauthorized, "Not authorised", denied.Message),
            OperationCanceledException => Problem((HttpStatusCode)499, "Request cancelled", null),
            _ => Problem(
                HttpStatusCode.InternalServerError,
                "An unexpected error occurred",
                _environment.IsDevelopment() ? exception.ToString() : "Please try again later.")
        };

        if (problem.Status >= StatusCodes.Status500InternalServerError)
        {
            _logger.LogError(exception, "Unhandled exception for {Method} {Path}", context.Request.Method, context.Request.Path);
        }

        problem.Instance = context.Request.Path;
        problem.Extensions["traceId"] = context.TraceIdentifier;

        context.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        context.Response.ContentType = "application/problem+json";
        await context.Response.WriteAsJsonAsync(problem, problem.GetType(), options: null, contentType: "application/problem+json");
    }

    private static ProblemDetails Problem(HttpStatusCode status, string title, string? detail, string? code = null)
    {
        var problem = new ProblemDetails { Status = (int)status, Title = title, Detail = detail };
        if (code is not null)
        {
            problem.Extensions["code"] = code;
        }

        return problem;
    }
}
