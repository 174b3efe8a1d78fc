"""Validation and error handling in .NET: middleware, ProblemDetails, IValidatableObject, validated settings."""

from architect_ai.library.code.model import CodeSpec, code

DOTNET_VALIDATION = (
    CodeSpec(
        "validation-error-middleware",
        "general",
        "csharp",
        "an error-handling middleware",
        "our ASP.NET Core API",
        "an ErrorHandlingMiddleware",
        "it maps known exceptions to status codes and always answers with RFC 7807 ProblemDetails, hiding "
        "internals outside Development",
        ("not-found and validation exceptions", "MongoDB duplicate keys", "ProblemDetails responses"),
        code("""
        using System;
        using System.Collections.Generic;
        using System.Net;
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Hosting;
        using Microsoft.AspNetCore.Http;
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.Extensions.Hosting;
        using Microsoft.Extensions.Logging;
        using MongoDB.Driver;

        namespace App.Api.Middleware
        {
            public class ErrorHandlingMiddleware
            {
                private readonly RequestDelegate _next;
                private readonly ILogger<ErrorHandlingMiddleware> _logger;
                private readonly IWebHostEnvironment _environment;

                public ErrorHandlingMiddleware(RequestDelegate next, ILogger<ErrorHandlingMiddleware> logger,
                    IWebHostEnvironment environment)
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
                    catch (Exception exception)
                    {
                        await WriteProblemAsync(context, exception);
                    }
                }

                private async Task WriteProblemAsync(HttpContext context, Exception exception)
                {
                    var (status, title) = exception switch
                    {
                        KeyNotFoundException => (HttpStatusCode.NotFound, "Resource not found"),
                        ArgumentException => (HttpStatusCode.BadRequest, "Invalid request"),
                        UnauthorizedAccessException => (HttpStatusCode.Forbidden, "Access denied"),
                        MongoWriteException { WriteError.Category: ServerErrorCategory.DuplicateKey }
                            => (HttpStatusCode.Conflict, "Duplicate value"),
                        _ => (HttpStatusCode.InternalServerError, "An unexpected error occurred")
                    };
                    if (status == HttpStatusCode.InternalServerError)
                    {
                        _logger.LogError(exception, "Unhandled exception for {Path}", context.Request.Path);
                    }

                    var problem = new ProblemDetails
                    {
                        Status = (int)status,
                        Title = title,
                        Detail = _environment.IsDevelopment() || status != HttpStatusCode.InternalServerError
                            ? exception.Message
                            : null,
                        Instance = context.Request.Path
                    };
                    problem.Extensions["traceId"] = context.TraceIdentifier;

                    context.Response.StatusCode = (int)status;
                    context.Response.ContentType = "application/problem+json";
                    await context.Response.WriteAsJsonAsync(problem);
                }
            }
        }
        """),
    ),
    CodeSpec(
        "validation-reservation-request",
        "booking",
        "csharp",
        "a validated reservation request DTO",
        "reservation requests in the booking API",
        "a ReservationRequestDto with IValidatableObject rules",
        "attribute rules check each field and IValidatableObject adds the cross-field rules on the stay dates",
        ("check-out after check-in", "no past arrivals", "a maximum stay length"),
        code("""
        using System;
        using System.Collections.Generic;
        using System.ComponentModel.DataAnnotations;
        using MongoDB.Bson;
        using MongoDB.Bson.Serialization.Attributes;

        namespace Booking.Api.Models
        {
            public class ReservationRequestDto : IValidatableObject
            {
                private const int MaxNights = 30;

                [BsonElement("hotelId")]
                [BsonRepresentation(BsonType.ObjectId)]
                [Required]
                public string HotelId { get; set; } = string.Empty;

                [BsonElement("roomTypeId")]
                [BsonRepresentation(BsonType.ObjectId)]
                [Required]
                public string RoomTypeId { get; set; } = string.Empty;

                [BsonElement("checkIn")]
                [Required]
                public DateTime CheckIn { get; set; }

                [BsonElement("checkOut")]
                [Required]
                public DateTime CheckOut { get; set; }

                [BsonElement("guests")]
                [Range(1, 8, ErrorMessage = "A room holds between 1 and 8 guests.")]
                public int Guests { get; set; }

                [BsonElement("guestEmail")]
                [Required]
                [EmailAddress]
                public string GuestEmail { get; set; } = string.Empty;

                public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
                {
                    if (CheckIn.Date < DateTime.UtcNow.Date)
                    {
                        yield return new ValidationResult("Check-in cannot be in the past.", new[] { nameof(CheckIn) });
                    }

                    if (CheckOut.Date <= CheckIn.Date)
                    {
                        yield return new ValidationResult("Check-out must be after check-in.",
                            new[] { nameof(CheckOut) });
                    }
                    else if ((CheckOut.Date - CheckIn.Date).TotalDays > MaxNights)
                    {
                        yield return new ValidationResult($"A stay can last at most {MaxNights} nights.",
                            new[] { nameof(CheckIn), nameof(CheckOut) });
                    }
                }
            }
        }
        """),
    ),
    CodeSpec(
        "validation-problem-details-factory",
        "education",
        "csharp",
        "a customised invalid-model response",
        "the courses API",
        "a custom InvalidModelStateResponseFactory",
        "ApiBehaviorOptions turns every invalid model into a ValidationProblemDetails with a stable type URI, "
        "trace id and camelCase field names",
        ("ValidationProblemDetails", "camelCase error keys", "trace ids"),
        code("""
        using System.Linq;
        using Microsoft.AspNetCore.Http;
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.Extensions.DependencyInjection;

        namespace Campus.Api.Extensions
        {
            public static class ValidationResponseExtensions
            {
                public static IServiceCollection AddConsistentValidationResponses(this IServiceCollection services)
                {
                    services.Configure<ApiBehaviorOptions>(options =>
                    {
                        options.InvalidModelStateResponseFactory = context =>
                        {
                            var errors = context.ModelState
                                .Where(entry => entry.Value?.Errors.Count > 0)
                                .ToDictionary(
                                    entry => ToCamelCase(entry.Key),
                                    entry => entry.Value!.Errors.Select(e => e.ErrorMessage).ToArray());

                            var problem = new ValidationProblemDetails(errors)
                            {
                                Type = "https://campus.example.com/problems/validation",
                                Title = "One or more fields are invalid.",
                                Status = StatusCodes.Status400BadRequest,
                                Instance = context.HttpContext.Request.Path
                            };
                            problem.Extensions["traceId"] = context.HttpContext.TraceIdentifier;

                            return new BadRequestObjectResult(problem)
                            {
                                ContentTypes = { "application/problem+json" }
                            };
                        };
                    });
                    return services;
                }

                private static string ToCamelCase(string key) =>
                    string.IsNullOrEmpty(key) ? key : char.ToLowerInvariant(key[0]) + key[1..];
            }
        }
        """),
    ),
    CodeSpec(
        "validation-mongodb-settings",
        "general",
        "csharp",
        "a validated MongoDB settings class",
        "the MongoDB settings of our API",
        "a MongoDBSettings class validated at startup",
        "the settings class implements IMongoDBSettings, carries DataAnnotations and is validated on start, so a "
        "missing connection string fails fast",
        ("IMongoDBSettings", "ValidateDataAnnotations", "ValidateOnStart"),
        code("""
        using System.ComponentModel.DataAnnotations;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Extensions.Options;

        namespace App.Api.Settings
        {
            public interface IMongoDBSettings
            {
                string ConnectionString { get; set; }
                string DatabaseName { get; set; }
            }

            public class MongoDBSettings : IMongoDBSettings
            {
                public const string SectionName = "MongoDBSettings";

                [Required(ErrorMessage = "MongoDBSettings:ConnectionString is required.")]
                [RegularExpression(@"^mongodb(\\+srv)?://.+", ErrorMessage = "Use a mongodb:// or mongodb+srv:// URI.")]
                public string ConnectionString { get; set; } = string.Empty;

                [Required(ErrorMessage = "MongoDBSettings:DatabaseName is required.")]
                [StringLength(64, MinimumLength = 1)]
                public string DatabaseName { get; set; } = string.Empty;
            }

            public static class MongoDBSettingsExtensions
            {
                public static IServiceCollection AddMongoDBSettings(this IServiceCollection services,
                    IConfiguration configuration)
                {
                    services.AddOptions<MongoDBSettings>()
                        .Bind(configuration.GetSection(MongoDBSettings.SectionName))
                        .ValidateDataAnnotations()
                        .ValidateOnStart();

                    services.AddSingleton<IMongoDBSettings>(sp =>
                        sp.GetRequiredService<IOptions<MongoDBSettings>>().Value);
                    return services;
                }
            }
        }
        """),
    ),
)
