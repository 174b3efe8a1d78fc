"""A two-service .NET fixture: Catalog (EF Core on SQL Server: products, categories, tags — a one-to-many and a
many-to-many) and Basket (MongoDB), each its own web project with controllers calling a repository."""

from __future__ import annotations

CATALOG = "services/Catalog/Catalog.Api"
BASKET = "services/Basket/Basket.Api"

TWO_SERVICES = {
    f"{CATALOG}/Catalog.Api.csproj": """<Project Sdk="Microsoft.NET.Sdk.Web">
  <ItemGroup>
    <PackageReference Include="Microsoft.EntityFrameworkCore.SqlServer" Version="8.0.0" />
  </ItemGroup>
</Project>
""",
    f"{CATALOG}/Program.cs": """using Catalog.Api.Data;
using Catalog.Api.Repositories;
using Microsoft.EntityFrameworkCore;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddControllers();
builder.Services.AddDbContext<CatalogContext>(options =>
    options.UseSqlServer(builder.Configuration.GetConnectionString("Catalog")));
builder.Services.AddScoped<ICatalogRepository, CatalogRepository>();
var app = builder.Build();
app.MapControllers();
app.Run();
""",
    f"{CATALOG}/Data/CatalogContext.cs": """using Catalog.Api.Models;
using Microsoft.EntityFrameworkCore;

namespace Catalog.Api.Data;

public class CatalogContext : DbContext
{
    public CatalogContext(DbContextOptions<CatalogContext> options) : base(options) { }

    public DbSet<Product> Products => Set<Product>();
    public DbSet<Category> Categories => Set<Category>();
    public DbSet<Tag> Tags => Set<Tag>();
}
""",
    f"{CATALOG}/Models/Entity.cs": """namespace Catalog.Api.Models;

public abstract class Entity
{
    public int Id { get; set; }
    public DateTime CreatedAt { get; set; }
}
""",
    f"{CATALOG}/Models/Product.cs": """namespace Catalog.Api.Models;

public class Product : Entity
{
    public string Name { get; set; } = string.Empty;
    public decimal Price { get; set; }
    public int CategoryId { get; set; }
    public Category Category { get; set; } = null!;
    public ICollection<Tag> Tags { get; set; } = new List<Tag>();
}
""",
    f"{CATALOG}/Models/Category.cs": """namespace Catalog.Api.Models;

public class Category : Entity
{
    public string Name { get; set; } = string.Empty;
    public ICollection<Product> Products { get; set; } = new List<Product>();
}
""",
    f"{CATALOG}/Models/Tag.cs": """namespace Catalog.Api.Models;

public class Tag : Entity
{
    public string Label { get; set; } = string.Empty;
    public ICollection<Product> Products { get; set; } = new List<Product>();
}
""",
    f"{CATALOG}/Repositories/ICatalogRepository.cs": """using Catalog.Api.Models;

namespace Catalog.Api.Repositories;

public interface ICatalogRepository
{
    Task<Product?> GetAsync(int id);
    Task AddAsync(Product product);
}
""",
    f"{CATALOG}/Repositories/CatalogRepository.cs": """using Catalog.Api.Data;
using Catalog.Api.Models;
using Microsoft.EntityFrameworkCore;

namespace Catalog.Api.Repositories;

public class CatalogRepository : ICatalogRepository
{
    private readonly CatalogContext _context;

    public CatalogRepository(CatalogContext context)
    {
        _context = context;
    }

    public async Task<Product?> GetAsync(int id)
    {
        return await _context.Products.Include(p => p.Tags).FirstOrDefaultAsync(p => p.Id == id);
    }

    public async Task AddAsync(Product product)
    {
        _context.Products.Add(product);
        await _context.SaveChangesAsync();
    }
}
""",
    f"{CATALOG}/Controllers/ProductsController.cs": """using Catalog.Api.Models;
using Catalog.Api.Repositories;
using Microsoft.AspNetCore.Mvc;

namespace Catalog.Api.Controllers;

[ApiController]
[Route("api/products")]
public class ProductsController : ControllerBase
{
    private readonly ICatalogRepository _repository;

    public ProductsController(ICatalogRepository repository)
    {
        _repository = repository;
    }

    [HttpGet("{id}")]
    public async Task<ActionResult<Product>> Get(int id)
    {
        var product = await _repository.GetAsync(id);
        return product is null ? NotFound() : Ok(product);
    }

    [HttpPost]
    public async Task<IActionResult> Create(Product product)
    {
        await _repository.AddAsync(product);
        return CreatedAtAction(nameof(Get), new { id = product.Id }, product);
    }
}
""",
    f"{BASKET}/Basket.Api.csproj": """<Project Sdk="Microsoft.NET.Sdk.Web">
  <ItemGroup>
    <PackageReference Include="MongoDB.Driver" Version="2.23.0" />
  </ItemGroup>
</Project>
""",
    f"{BASKET}/appsettings.json": """{
  "BasketDatabase": {
    "ConnectionString": "mongodb://localhost:27017",
    "DatabaseName": "basket"
  }
}
""",
    f"{BASKET}/Program.cs": """using Basket.Api.Repositories;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddControllers();
builder.Services.AddSingleton<IBasketRepository, BasketRepository>();
var app = builder.Build();
app.MapControllers();
app.Run();
""",
    f"{BASKET}/Models/CustomerBasket.cs": """namespace Basket.Api.Models;

public class CustomerBasket
{
    public string Id { get; set; } = string.Empty;
    public string BuyerId { get; set; } = string.Empty;
    public List<BasketItem> Items { get; set; } = new();
}

public class BasketItem
{
    public int ProductId { get; set; }
    public int Quantity { get; set; }
}
""",
    f"{BASKET}/Repositories/IBasketRepository.cs": """using Basket.Api.Models;

namespace Basket.Api.Repositories;

public interface IBasketRepository
{
    Task<CustomerBasket?> GetAsync(string buyerId);
    Task SaveAsync(CustomerBasket basket);
}
""",
    f"{BASKET}/Repositories/BasketRepository.cs": """using Basket.Api.Models;
using MongoDB.Driver;

namespace Basket.Api.Repositories;

public class BasketRepository : IBasketRepository
{
    private readonly IMongoCollection<CustomerBasket> _baskets;

    public BasketRepository(IMongoClient client)
    {
        _baskets = client.GetDatabase("basket").GetCollection<CustomerBasket>("baskets");
    }

    public async Task<CustomerBasket?> GetAsync(string buyerId)
    {
        return await _baskets.Find(b => b.BuyerId == buyerId).FirstOrDefaultAsync();
    }

    public async Task SaveAsync(CustomerBasket basket)
    {
        await _baskets.ReplaceOneAsync(b => b.Id == basket.Id, basket, new ReplaceOptions { IsUpsert = true });
    }
}
""",
    f"{BASKET}/Controllers/BasketController.cs": """using Basket.Api.Models;
using Basket.Api.Repositories;
using Microsoft.AspNetCore.Mvc;

namespace Basket.Api.Controllers;

[ApiController]
[Route("api/basket")]
public class BasketController : ControllerBase
{
    private readonly IBasketRepository _repository;

    public BasketController(IBasketRepository repository)
    {
        _repository = repository;
    }

    [HttpGet("{buyerId}")]
    public async Task<ActionResult<CustomerBasket>> Get(string buyerId)
    {
        var basket = await _repository.GetAsync(buyerId);
        return basket is null ? NotFound() : Ok(basket);
    }

    [HttpPost]
    public async Task<IActionResult> Save(CustomerBasket basket)
    {
        await _repository.SaveAsync(basket);
        return NoContent();
    }
}
""",
}
