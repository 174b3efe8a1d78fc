from architect_ai.analyze.structure import StructureCollector
from architect_ai.data import SourceFile

PROGRAM = """var builder = WebApplication.CreateBuilder(args);
builder.Services.Configure<MongoDBSettings>(builder.Configuration.GetSection("MongoDBSettings"));
builder.Services.AddSingleton<IMongoDBSettings>(sp => sp.GetRequiredService<IOptions<MongoDBSettings>>().Value);
builder.Services.AddScoped<IBookService, BookService>();
builder.Services.AddHttpClient<IPaymentClient, PaymentClient>(client => client.Timeout = TimeSpan.FromSeconds(5));
var app = builder.Build();
"""


def test_startup_registrations_are_kept_verbatim_with_their_lines():
    collector = StructureCollector()
    collector.add(SourceFile("Api/Program.cs", PROGRAM, "csharp", len(PROGRAM)), "dotnet_startup")
    collector.add(SourceFile("Api/Other.cs", PROGRAM, "csharp", len(PROGRAM)), "other_csharp")
    registrations = collector.result().registrations
    assert [(r.path, r.start_line) for r in registrations] == [
        ("Api/Program.cs", 2),
        ("Api/Program.cs", 3),
        ("Api/Program.cs", 4),
        ("Api/Program.cs", 5),  # a typed HTTP client is a registration too (the miner's one list, #18)
    ]
    assert registrations[2].text == "builder.Services.AddScoped<IBookService, BookService>();"
