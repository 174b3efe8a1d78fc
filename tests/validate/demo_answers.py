"""Scripted answers for the fake Ollama: good ones (the sample's house patterns, diagrams that parse) for the
tuned model and poor ones for the base, keyed by a substring of the builtin suite's prompts."""

GOOD_ANSWERS = {
    "registration controller": """Here is the controller:

```csharp
public class RegistrationController : BaseApiController
{
    private readonly IMongoCollection<User> _users;

    public RegistrationController(IMongoDBSettings settings, IMongoClient client)
    {
        _users = client.GetDatabase(settings.DatabaseName).GetCollection<User>(settings.UsersCollectionName);
    }

    [HttpPost]
    public async Task<ActionResult<UserDto>> Register(RegisterUserDto dto) => Ok(await Save(dto));
}
```
""",
    "ERD for an e-commerce": """```mermaid
erDiagram
    CUSTOMER ||--o{ ORDER : places
    ORDER ||--|{ ORDER_ITEM : contains
    PRODUCT ||--o{ ORDER_ITEM : "is ordered in"
    CUSTOMER {
        string id PK
        string email
    }
    PRODUCT {
        string id PK
        decimal price
    }
```
""",
    "architecture for a microservices": """```mermaid
flowchart LR
    Client --> Gateway[API Gateway]
    Gateway --> UserService[User Service]
    Gateway --> OrderService[Order Service]
    Gateway --> PaymentService[Payment Service]
    OrderService --> Bus[(Kafka event bus)]
    PaymentService --> Bus
```
""",
    "Sequence diagram for user authentication": """```mermaid
sequenceDiagram
    participant U as User
    participant C as Client
    participant A as AuthService
    participant D as Database
    U->>C: enter credentials
    C->>A: POST /login (email, password)
    A->>D: find user
    D-->>A: user record
    A-->>C: JWT access token
    C-->>U: signed in
```
""",
    "Add a service for invoices": """```csharp
public class InvoiceService
{
    private readonly IMongoCollection<Invoice> _invoices;

    public InvoiceService(IMongoDBSettings settings)
    {
        var client = new MongoClient(settings.ConnectionString);
        _invoices = client.GetDatabase(settings.DatabaseName).GetCollection<Invoice>("invoices");
    }
}
```
""",
    "data transfer objects": """```csharp
public class InvoiceDto { public string Id { get; set; } }
public class InvoiceLineItemDto { public decimal Amount { get; set; } }
```
""",
    "controller for invoices": """```csharp
public class InvoicesController : BaseApiController { }
```
""",
    "document model": """```csharp
public class Invoice
{
    [BsonId]
    [BsonRepresentation(BsonType.ObjectId)]
    public string Id { get; set; }

    [BsonElement("number")]
    public string Number { get; set; }

    [BsonIgnoreIfNull]
    public string? Note { get; set; }
}
```
""",
    "Angular service for invoices": """```typescript
@Injectable({ providedIn: 'root' })
export class InvoiceService {
  constructor(private http: HttpClient) {}
  getAll(): Observable<Invoice[]> { return this.http.get<Invoice[]>('/api/invoices'); }
}
```
""",
    "shows notifications": """```typescript
@Injectable({ providedIn: 'root' })
export class NotificationService {}
```
""",
    "repository for invoices": """```csharp
public class InvoiceRepository
{
    private readonly IMongoCollection<Invoice> _invoices;

    public InvoiceRepository(IMongoDatabase db) => _invoices = db.GetCollection<Invoice>("invoices");
}
```
""",
    "returns one invoice by id": """```csharp
[Authorize]
[HttpGet("{id}")]
public async Task<ActionResult<InvoiceDto>> GetById(string id) => Ok(await _service.GetAsync(id));
```
""",
    "loads an invoice from the database": """```csharp
public async Task<Invoice?> GetAsync(string id) => await _invoices.Find(x => x.Id == id).FirstOrDefaultAsync();
```
""",
    "Register a new InvoiceService": "builder.Services.AddScoped<IInvoiceService, InvoiceService>();",
}

BAD_ANSWERS = {
    "ERD for an e-commerce": "```mermaid\nerDiagram\n    CUSTOMER ||--o{ : places\n```\n",
    "architecture for a microservices": "```mermaid\nflowchart LR\n    App --> Database\n```\n",
    "Sequence diagram for user authentication": "```mermaid\nflowchart LR\n    User --> App\n```\n",
}
BAD_DEFAULT = "Sure! Here is some code:\n\n```\nclass Thing {}\n```\n"
