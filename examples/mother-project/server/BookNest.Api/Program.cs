using System.Text;
using BookNest.Api.Configuration;
using BookNest.Api.Extensions;
using BookNest.Api.Middleware;
using BookNest.Api.Models;
using BookNest.Api.Repositories;
using BookNest.Api.Services;
using BookNest.Api.Services.External;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

const string ClientCorsPolicy = "BookNestClient";

var builder = WebApplication.CreateBuilder(args);

// --- Settings -------------------------------------------------------------------------------
builder.Services.Configure<MongoDBSettings>(builder.Configuration.GetSection(nameof(MongoDBSettings)));
builder.Services.AddSingleton<IMongoDBSettings>(sp => sp.GetRequiredService<IOptions<MongoDBSettings>>().Value);
builder.Services.Configure<RoomBookingSettings>(builder.Configuration.GetSection(RoomBookingSettings.SectionName));
builder.Services.Configure<JwtSettings>(builder.Configuration.GetSection(JwtSettings.SectionName));
builder.Services.Configure<LendingSettings>(builder.Configuration.GetSection(LendingSettings.SectionName));
builder.Services.Configure<SmtpSettings>(builder.Configuration.GetSection(SmtpSettings.SectionName));
builder.Services.Configure<PaymentGatewaySettings>(builder.Configuration.GetSection(PaymentGatewaySettings.SectionName));
builder.Services.Configure<ReservationSettings>(builder.Configuration.GetSection(ReservationSettings.SectionName));
builder.Services.Configure<FineSettings>(builder.Configuration.GetSection(FineSettings.SectionName));

// --- Data access ----------------------------------------------------------------------------
// The driver shares one connection pool per connection string, so building a MongoClient in each
// service constructor is cheap; repositories are singletons anyway.
builder.Services.AddSingleton<ICategoryRepository, CategoryRepository>();
builder.Services.AddSingleton<IReadingListRepository, ReadingListRepository>();
builder.Services.AddSingleton<IAnnouncementRepository, AnnouncementRepository>();
builder.Services.AddSingleton<IRoomBookingRepository, RoomBookingRepository>();
builder.Services.AddSingleton<IUserRepository, UserRepository>();
builder.Services.AddSingleton<IPublisherRepository, PublisherRepository>();
builder.Services.AddSingleton<IReservationRepository, ReservationRepository>();
builder.Services.AddSingleton<ILibraryEventRepository, LibraryEventRepository>();

// --- Application services -------------------------------------------------------------------
builder.Services.AddScoped<IBookService, BookService>();
builder.Services.AddScoped<IAcquisitionService, AcquisitionService>();
builder.Services.AddScoped<IReadingListService, ReadingListService>();
builder.Services.AddScoped<IAnnouncementService, AnnouncementService>();
builder.Services.AddScoped<IDonationService, DonationService>();
builder.Services.AddScoped<IStudyRoomService, StudyRoomService>();
builder.Services.AddScoped<IRoomBookingService, RoomBookingService>();
builder.Services.AddScoped<IAuthorService, AuthorService>();
builder.Services.AddScoped<ICategoryService, CategoryService>();
builder.Services.AddScoped<IMemberService, MemberService>();
builder.Services.AddScoped<ILoanService, LoanService>();
builder.Services.AddScoped<IReviewService, ReviewService>();
builder.Services.AddScoped<IInventoryService, InventoryService>();
builder.Services.AddScoped<IDashboardService, DashboardService>();
builder.Services.AddScoped<IAuthService, AuthService>();
builder.Services.AddSingleton<ITokenService, JwtTokenService>();
builder.Services.AddSingleton<IPasswordHasher<User>, PasswordHasher<User>>();
builder.Services.AddScoped<IPublisherService, PublisherService>();
builder.Services.AddScoped<IBranchService, BranchService>();
builder.Services.AddScoped<IReservationService, ReservationService>();
builder.Services.AddScoped<IFineService, FineService>();
builder.Services.AddScoped<ILibraryEventService, LibraryEventService>();

// --- External dependencies ------------------------------------------------------------------
builder.Services.AddSingleton<IEmailService, SmtpEmailService>();
builder.Services.AddHttpClient<IPaymentGatewayClient, PaymentGatewayClient>((sp, client) =>
{
    var payments = sp.GetRequiredService<IOptions<PaymentGatewaySettings>>().Value;
    client.BaseAddress = new Uri(payments.BaseUrl.TrimEnd('/') + "/");
    client.Timeout = TimeSpan.FromSeconds(payments.TimeoutSeconds);
});

// --- Web ------------------------------------------------------------------------------------
builder.Services.AddControllers();
builder.Services.Configure<ApiBehaviorOptions>(options =>
{
    // Validation failures keep the default ValidationProblemDetails shape but carry the trace id,
    // like the errors written by ExceptionHandlingMiddleware.
    options.InvalidModelStateResponseFactory = context =>
    {
        var problem = new ValidationProblemDetails(context.ModelState)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "One or more validation errors occurred.",
            Instance = context.HttpContext.Request.Path
        };
        problem.Extensions["traceId"] = context.HttpContext.TraceIdentifier;
        return new BadRequestObjectResult(problem) { ContentTypes = { "application/problem+json" } };
    };
});

builder.Services.AddCors(options =>
{
    var origins = builder.Configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? Array.Empty<string>();
    options.AddPolicy(ClientCorsPolicy, policy => policy
        .WithOrigins(origins)
        .AllowAnyHeader()
        .AllowAnyMethod()
        .WithExposedHeaders(CorrelationIdMiddleware.HeaderName));
});

// The signing key comes from configuration (user-secrets locally, the key vault in production).
var jwt = builder.Configuration.GetSection(JwtSettings.SectionName).Get<JwtSettings>() ?? new JwtSettings();
builder.Services
    .AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
    .AddJwtBearer(options =>
    {
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateIssuer = true,
            ValidIssuer = jwt.Issuer,
            ValidateAudience = true,
            ValidAudience = jwt.Audience,
            ValidateIssuerSigningKey = true,
            IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(jwt.Key)),
            ValidateLifetime = true,
            ClockSkew = TimeSpan.FromMinutes(1)
        };
    });
builder.Services.AddAuthorization();
builder.Services.AddBookNestSwagger();

var app = builder.Build();

app.UseMiddleware<CorrelationIdMiddleware>();
app.UseMiddleware<ExceptionHandlingMiddleware>();

if (app.Environment.IsDevelopment())
{
    app.UseSwagger();
    app.UseSwaggerUI();
}
else
{
    app.UseHsts();
    app.UseHttpsRedirection();
}

app.UseCors(ClientCorsPolicy);
app.UseAuthentication();
app.UseAuthorization();
app.MapControllers();

app.Run();
