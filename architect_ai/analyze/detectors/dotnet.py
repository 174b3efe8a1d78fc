"""ASP.NET Core, MediatR, EF Core, FluentValidation, AutoMapper, options, gRPC, SignalR, events, DDD base types,
Blazor components (`.razor` and `ComponentBase` code-behind, `@inject`/`[Inject]`, `[Parameter]`).

MVC controllers, settings interfaces and the MongoDB driver are mined by `conventions.ConventionMiner`
(`controller_base_class`, `aspnet_attributes`, `settings_interface_injection`, `mongo_collection_access`).
"""

from architect_ai.analyze.detectors import BLAZOR, CSHARP, Detector

_CLASS = r"\b(?:class|record)\s+(\w+)(?:<[^>{]*>)?\s*(?:\([^)]*\)\s*)?:[^{]*?"
#: A Blazor file: a `.razor` directive, or C# naming the components namespace or base.
#: Blazor's files: `.razor` components and C# (Razor Pages' and MVC views' `.cshtml`, also labelled razor, are not Blazor).
_BLAZOR_PATH = r"\.(?:razor|cs)$"
_BLAZOR = r"^\s*@(?:page|inject|code|inherits|using|implements|rendermode)\b|\bMicrosoft\.AspNetCore\.Components\b|\bComponentBase\b"

DETECTORS = (
    Detector(
        "minimal_api_endpoints",
        "HTTP endpoints are mapped as minimal APIs (`MapGroup`/`MapGet`/`MapPost`…)",
        CSHARP,
        (r"\.\s*(MapGroup|MapGet|MapPost|MapPut|MapDelete|MapPatch)\s*\(",),
        role="dotnet_endpoints",
        hint=" Map the routes as minimal-API endpoints.",
    ),
    Detector(
        "minimal_api_typed_results",
        "Minimal-API handlers return `TypedResults`",
        CSHARP,
        (r"\b(TypedResults)\.\w+",),
        hint=" Return `TypedResults`.",
    ),
    Detector(
        "mediatr_requests",
        "Use cases are MediatR requests (`IRequest<…>`)",
        CSHARP,
        (_CLASS + r"\bIRequest\b",),
        role="dotnet_request",
        hint=" Model it as a MediatR request (`IRequest<…>`).",
    ),
    Detector(
        "mediatr_handlers",
        "MediatR request handlers implement `IRequestHandler<…>`",
        CSHARP,
        (_CLASS + r"\bIRequestHandler<",),
        role="dotnet_request_handler",
        hint=" Handle it in an `IRequestHandler<…>`.",
    ),
    Detector(
        "mediatr_behaviours",
        "Cross-cutting concerns are MediatR pipeline behaviours (`IPipelineBehavior<…>`)",
        CSHARP,
        (_CLASS + r"\bIPipelineBehavior<",),
        role="dotnet_pipeline_behaviour",
        hint=" Write it as an `IPipelineBehavior<…>`.",
    ),
    Detector(
        "mediatr_send",
        "Callers dispatch requests through MediatR (`ISender`/`IMediator` `.Send`)",
        CSHARP,
        (r"\b\w+\s*\.\s*(Send|Publish)\s*\(\s*(?:new\b|\w)",),
        requires=r"\b(ISender|IMediator|IPublisher)\b",
        hint=" Dispatch the request through MediatR.",
    ),
    Detector(
        "efcore_dbcontext",
        "Data access goes through an EF Core `DbContext`",
        CSHARP,
        (_CLASS + r"\b\w*DbContext\b(?!\s*>)",),
        role="dotnet_dbcontext",
        hint=" Persist through the EF Core context.",
    ),
    Detector(
        "efcore_dbset",
        "EF Core entities are exposed as `DbSet<…>` properties",
        CSHARP,
        (r"\bDbSet<\s*(\w+)\s*>",),
        hint=" Expose the entity as a `DbSet<…>`.",
    ),
    Detector(
        "efcore_entity_configuration",
        "EF Core entities are configured in `IEntityTypeConfiguration<…>` classes",
        CSHARP,
        (_CLASS + r"\bIEntityTypeConfiguration<",),
        role="dotnet_entity_configuration",
        hint=" Configure the entity in an `IEntityTypeConfiguration<…>`.",
    ),
    Detector(
        "fluentvalidation_validators",
        "Input is validated with FluentValidation (`AbstractValidator<…>`)",
        CSHARP,
        (_CLASS + r"\bAbstractValidator<",),
        role="dotnet_validator",
        hint=" Validate it with a FluentValidation `AbstractValidator<…>`.",
    ),
    Detector(
        "automapper_profiles",
        "Object mapping is declared in AutoMapper profiles (`CreateMap<…>`)",
        CSHARP,
        (_CLASS + r"\bProfile\b", r"\b(CreateMap)<"),
        requires=r"\bAutoMapper\b|\bCreateMap<",
        role="dotnet_mapping_profile",
        hint=" Declare the mapping in an AutoMapper profile.",
    ),
    Detector(
        "options_pattern",
        "Settings are bound with the Options pattern (`IOptions<…>`, `Configure<…>`)",
        CSHARP,
        (r"\bIOptions(?:Snapshot|Monitor)?<\s*(\w+)\s*>", r"\.\s*Configure<\s*(\w+)\s*>\s*\("),
        hint=" Bind its settings with the Options pattern.",
    ),
    Detector(
        "grpc_services",
        "gRPC services derive from the generated `…Base` and take a `ServerCallContext`",
        CSHARP,
        (_CLASS + r"\b[\w.]*Base\b", r"\bMapGrpcService<\s*(\w+)\s*>"),
        requires=r"\bServerCallContext\b|\bMapGrpcService<",
        role="dotnet_grpc_service",
        hint=" Implement it as a gRPC service.",
    ),
    Detector(
        "signalr_hubs",
        "Real-time messaging goes through SignalR hubs (`Hub`)",
        CSHARP,
        (_CLASS + r"\bHub(?:<\w+>)?\s*(?:,|\{|$)", r"\bMapHub<\s*(\w+)\s*>"),
        role="dotnet_hub",
        hint=" Push updates through a SignalR hub.",
    ),
    Detector(
        "integration_events",
        "Services talk through integration events (`…IntegrationEvent`)",
        CSHARP,
        (r"\b(?:class|record)\s+(\w+IntegrationEvent)\b", r"\bIIntegrationEventHandler<\s*(\w+)\s*>"),
        role="dotnet_integration_event",
        hint=" Publish it as an integration event.",
    ),
    Detector(
        "ddd_base_types",
        "Domain types derive from DDD base types (entity, aggregate root, value object, domain event)",
        CSHARP,
        (
            r"\b(?:class|record)\s+\w+(?:<[^>{]*>)?\s*(?:\([^)]*\)\s*)?:[^{]*?\b"
            r"(Entity|BaseEntity|BaseAuditableEntity|AuditableEntity|AggregateRoot|IAggregateRoot|ValueObject|"
            r"DomainEvent|BaseEvent)\b",
        ),
        role="dotnet_domain",
        hint=" Derive it from the domain base types.",
    ),
    Detector(
        "blazor_components",
        "UI is built from Blazor components (`.razor` files, `ComponentBase` code-behind)",
        BLAZOR,
        (
            _CLASS + r"\b(?:ComponentBase|LayoutComponentBase|OwningComponentBase)\b",
            r"^\s*@page\s+\"([^\"]+)\"",
            r"^\s*@inherits\s+([\w.]+)",
        ),
        requires=_BLAZOR,
        path=_BLAZOR_PATH,
        role="blazor_component",
        hint=" Write it as a Blazor component.",
    ),
    Detector(
        "blazor_inject",
        "Blazor components get services injected (`@inject` / `[Inject]`)",
        BLAZOR,
        (
            r"^\s*@inject\s+([\w.]+(?:<[^>]*>)?)\s+\w+",
            r"^\s*\[Inject\]\s*(?:public\s+|protected\s+|private\s+|internal\s+)?(?:required\s+)?([\w.]+)\s+\w+",
            r"^\s*\[(Inject)\]\s*$",
        ),
        requires=_BLAZOR,
        path=_BLAZOR_PATH,
        hint=" Inject the services it needs with `@inject`.",
    ),
    Detector(
        "blazor_parameters",
        "Blazor components take their inputs as `[Parameter]` properties",
        BLAZOR,
        (
            r"^\s*\[(?:Parameter|CascadingParameter)(?:\([^)]*\))?\]\s*public\s+[^{=]*?\b(\w+)\s*\{",
            r"^\s*\[(Parameter|CascadingParameter)(?:\([^)]*\))?\]\s*$",
        ),
        requires=_BLAZOR,
        path=_BLAZOR_PATH,
        hint=" Take its inputs as `[Parameter]` properties.",
    ),
)
