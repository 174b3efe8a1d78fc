"""Small synthetic repositories, one per stack, written for these tests (modelled on common public layouts).

Each is a dict of POSIX path → text for `tests.repo_factory.make_repo` / `write_files`.
"""

from __future__ import annotations

# -- .NET: minimal APIs + MediatR + EF Core + FluentValidation (Clean Architecture / Aspire style) ----------------
DOTNET_MEDIATR = {
    "src/Api/Program.cs": """var builder = WebApplication.CreateBuilder(args);
builder.Services.AddMediatR(cfg => cfg.RegisterServicesFromAssemblyContaining<Program>());
builder.Services.AddDbContext<CatalogDbContext>(o => o.UseNpgsql(builder.Configuration.GetConnectionString("catalog")));
var app = builder.Build();
app.MapCatalogEndpoints();
app.Run();
""",
    "src/Api/Endpoints/CatalogEndpoints.cs": """namespace Catalog.Api.Endpoints;

public static class CatalogEndpoints
{
    public static IEndpointRouteBuilder MapCatalogEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/items");
        group.MapGet("/{id:int}", GetItem);
        group.MapPost("/", CreateItem);
        // group.MapDelete("/{id:int}", DeleteItem);
        return app;
    }

    public static async Task<Results<Ok<ItemDto>, NotFound>> GetItem(int id, ISender sender)
    {
        var item = await sender.Send(new GetItemQuery(id));
        return item is null ? TypedResults.NotFound() : TypedResults.Ok(item);
    }

    public static async Task<Created<int>> CreateItem(CreateItemCommand command, ISender sender)
    {
        var id = await sender.Send(command);
        return TypedResults.Created($"/api/items/{id}", id);
    }
}
""",
    "src/Application/Items/CreateItemCommand.cs": """namespace Catalog.Application.Items;

public record CreateItemCommand(string Name, decimal Price, int BrandId) : IRequest<int>;
""",
    "src/Application/Items/CreateItemCommandValidator.cs": """namespace Catalog.Application.Items;

public class CreateItemCommandValidator : AbstractValidator<CreateItemCommand>
{
    public CreateItemCommandValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(50);
    }
}
""",
    "src/Application/Items/CreateItemCommandHandler.cs": """namespace Catalog.Application.Items;

public class CreateItemCommandHandler(CatalogDbContext db) : IRequestHandler<CreateItemCommand, int>
{
    public async Task<int> Handle(CreateItemCommand request, CancellationToken cancellationToken)
    {
        var item = new CatalogItem { Name = request.Name, Price = request.Price, BrandId = request.BrandId };
        db.Items.Add(item);
        await db.SaveChangesAsync(cancellationToken);
        return item.Id;
    }
}
""",
    "src/Application/Items/GetItemQuery.cs": """namespace Catalog.Application.Items;

public record GetItemQuery(int Id) : IRequest<ItemDto?>;
""",
    "src/Application/Items/GetItemQueryValidator.cs": """namespace Catalog.Application.Items;

public class GetItemQueryValidator : AbstractValidator<GetItemQuery>
{
    public GetItemQueryValidator() => RuleFor(q => q.Id).GreaterThan(0);
}
""",
    "src/Application/Items/GetItemQueryHandler.cs": """namespace Catalog.Application.Items;

public class GetItemQueryHandler(CatalogDbContext db) : IRequestHandler<GetItemQuery, ItemDto?>
{
    public async Task<ItemDto?> Handle(GetItemQuery request, CancellationToken cancellationToken)
    {
        var item = await db.Items.FindAsync([request.Id], cancellationToken);
        return item is null ? null : new ItemDto(item.Id, item.Name, item.Price);
    }
}
""",
    "src/Application/Brands/CreateBrandCommand.cs": """namespace Catalog.Application.Brands;

public record CreateBrandCommand(string Name) : IRequest<int>;
""",
    "src/Application/Brands/CreateBrandCommandValidator.cs": """namespace Catalog.Application.Brands;

public class CreateBrandCommandValidator : AbstractValidator<CreateBrandCommand>
{
    public CreateBrandCommandValidator() => RuleFor(c => c.Name).NotEmpty();
}
""",
    "src/Application/Brands/CreateBrandCommandHandler.cs": """namespace Catalog.Application.Brands;

public class CreateBrandCommandHandler(CatalogDbContext db) : IRequestHandler<CreateBrandCommand, int>
{
    public async Task<int> Handle(CreateBrandCommand request, CancellationToken cancellationToken)
    {
        var brand = new CatalogBrand { Name = request.Name };
        db.Brands.Add(brand);
        await db.SaveChangesAsync(cancellationToken);
        return brand.Id;
    }
}
""",
    "src/Application/Items/ItemDto.cs": """namespace Catalog.Application.Items;

public record ItemDto(int Id, string Name, decimal Price);
""",
    "src/Infrastructure/CatalogDbContext.cs": """namespace Catalog.Infrastructure;

public class CatalogDbContext(DbContextOptions<CatalogDbContext> options) : DbContext(options)
{
    public DbSet<CatalogItem> Items => Set<CatalogItem>();
    public DbSet<CatalogBrand> Brands => Set<CatalogBrand>();

    protected override void OnModelCreating(ModelBuilder builder)
        => builder.ApplyConfigurationsFromAssembly(typeof(CatalogDbContext).Assembly);
}
""",
    "src/Infrastructure/Configurations/CatalogItemConfiguration.cs": """namespace Catalog.Infrastructure.Configurations;

public class CatalogItemConfiguration : IEntityTypeConfiguration<CatalogItem>
{
    public void Configure(EntityTypeBuilder<CatalogItem> builder)
    {
        builder.Property(i => i.Name).HasMaxLength(50);
        builder.HasOne(i => i.Brand).WithMany(b => b.Items).HasForeignKey(i => i.BrandId);
    }
}
""",
    "src/Domain/CatalogItem.cs": """namespace Catalog.Domain;

public class CatalogItem : BaseEntity
{
    public string Name { get; set; } = "";
    public decimal Price { get; set; }
    public int BrandId { get; set; }
    public CatalogBrand? Brand { get; set; }
}
""",
    "src/Domain/CatalogBrand.cs": """namespace Catalog.Domain;

public class CatalogBrand : BaseEntity
{
    public string Name { get; set; } = "";
    public List<CatalogItem> Items { get; set; } = [];
}
""",
    "src/Domain/Colour.cs": """namespace Catalog.Domain;

public class Colour : ValueObject
{
    public static Colour Red => new("#FF0000");
    public static Colour White => new("#FFFFFF");
    public string Code { get; }
    private Colour(string code) => Code = code;
}
""",
    "src/Domain/BaseEntity.cs": """namespace Catalog.Domain;

public abstract class BaseEntity
{
    public int Id { get; set; }
}
""",
    "tests/Catalog.Tests/CreateItemTests.cs": """public class FakeItemHandler : IRequestHandler<FakeCommand, int>
{
    [Fact]
    public void Works() => Assert.True(true);
}
""",
}

# -- Python: FastAPI + SQLModel ------------------------------------------------------------------------------------
FASTAPI_SQLMODEL = {
    "backend/app/models.py": """import uuid

from sqlmodel import Field, Relationship, SQLModel


class UserBase(SQLModel):
    email: str = Field(unique=True, index=True, max_length=255)
    full_name: str | None = Field(default=None, max_length=255)


class UserCreate(UserBase):
    password: str = Field(min_length=8, max_length=40)


class UserPublic(UserBase):
    id: uuid.UUID


class User(UserBase, table=True):
    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    hashed_password: str
    items: list["Item"] = Relationship(back_populates="owner")


class ItemBase(SQLModel):
    title: str = Field(min_length=1, max_length=255)


class ItemCreate(ItemBase):
    pass


class ItemPublic(ItemBase):
    id: uuid.UUID
    owner_id: uuid.UUID


class Item(ItemBase, table=True):
    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    owner_id: uuid.UUID = Field(foreign_key="user.id", nullable=False)
    owner: User | None = Relationship(back_populates="items")
""",
    "backend/app/api/deps.py": """from collections.abc import Generator
from typing import Annotated

from fastapi import Depends
from sqlmodel import Session

from app.core.db import engine


def get_db() -> Generator[Session, None, None]:
    with Session(engine) as session:
        yield session


SessionDep = Annotated[Session, Depends(get_db)]
""",
    "backend/app/api/routes/items.py": """import uuid

from fastapi import APIRouter, HTTPException

from app import crud
from app.api.deps import SessionDep
from app.models import ItemCreate, ItemPublic

router = APIRouter(prefix="/items", tags=["items"])


@router.get("/{id}", response_model=ItemPublic)
def read_item(session: SessionDep, id: uuid.UUID) -> ItemPublic:
    item = crud.get_item(session=session, id=id)
    if not item:
        raise HTTPException(status_code=404, detail="Item not found")
    return item


@router.post("/", response_model=ItemPublic)
def create_item(*, session: SessionDep, item_in: ItemCreate) -> ItemPublic:
    return crud.create_item(session=session, item_in=item_in)
""",
    "backend/app/api/routes/users.py": """from fastapi import APIRouter

from app import crud
from app.api.deps import SessionDep
from app.models import UserCreate, UserPublic

router = APIRouter(prefix="/users", tags=["users"])


@router.post("/", response_model=UserPublic)
def create_user(*, session: SessionDep, user_in: UserCreate) -> UserPublic:
    return crud.create_user(session=session, user_create=user_in)
""",
    "backend/app/crud.py": """import uuid

from sqlmodel import Session

from app.models import Item, ItemCreate, User, UserCreate


def create_user(*, session: Session, user_create: UserCreate) -> User:
    db_obj = User.model_validate(user_create, update={"hashed_password": "x"})
    session.add(db_obj)
    session.commit()
    return db_obj


def get_item(*, session: Session, id: uuid.UUID) -> Item | None:
    return session.get(Item, id)


def create_item(*, session: Session, item_in: ItemCreate) -> Item:
    db_item = Item.model_validate(item_in)
    session.add(db_item)
    session.commit()
    return db_item
""",
    "backend/app/tests/test_items.py": """from fastapi.testclient import TestClient


def test_read_item(client: TestClient) -> None:
    assert client.get("/items/1").status_code == 404
""",
}

# -- Angular: standalone components, inject(), functional guards and interceptors, signals ------------------------
ANGULAR_STANDALONE = {
    "web/src/app/app.config.ts": """import { ApplicationConfig } from '@angular/core';
import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { provideRouter } from '@angular/router';
import { authInterceptor } from './auth.interceptor';
import { routes } from './app.routes';

export const appConfig: ApplicationConfig = {
  providers: [provideRouter(routes), provideHttpClient(withInterceptors([authInterceptor]))],
};
""",
    "web/src/app/auth.interceptor.ts": """import { HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { AuthStore } from './auth.store';

export const authInterceptor: HttpInterceptorFn = (req, next) => {
  const token = inject(AuthStore).token();
  return next(token ? req.clone({ setHeaders: { Authorization: `Bearer ${token}` } }) : req);
};
""",
    "web/src/app/auth.guard.ts": """import { CanActivateFn, Router } from '@angular/router';
import { inject } from '@angular/core';
import { AuthStore } from './auth.store';

export const authGuard: CanActivateFn = () => inject(AuthStore).loggedIn() || inject(Router).parseUrl('/login');
""",
    "web/src/app/auth.store.ts": """import { Injectable, computed, signal } from '@angular/core';

@Injectable({ providedIn: 'root' })
export class AuthStore {
  readonly token = signal<string | null>(null);
  readonly loggedIn = computed(() => this.token() !== null);
}
""",
    "web/src/app/orders/order-list.component.ts": """import { Component, inject } from '@angular/core';
import { OrderApi } from './order.api';

@Component({
  selector: 'app-order-list',
  standalone: true,
  template: '<ul></ul>',
})
export class OrderListComponent {
  private readonly api = inject(OrderApi);
  // constructor(private http: HttpClient) {}
}
""",
    "web/src/app/orders/order.api.ts": """import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class OrderApi {
  private readonly http = inject(HttpClient);

  list(): Observable<string[]> {
    return this.http.get<string[]>('/api/orders');
  }
}
""",
}

# -- Java: Spring Boot + JPA ---------------------------------------------------------------------------------------
SPRING_JPA = {
    "src/main/java/shop/api/OrderController.java": """package shop.api;

import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/orders")
public class OrderController {
    private final OrderService service;

    public OrderController(OrderService service) {
        this.service = service;
    }

    @GetMapping("/{id}")
    public Order get(@PathVariable Long id) {
        return service.find(id);
    }
}
""",
    "src/main/java/shop/core/OrderService.java": """package shop.core;

import org.springframework.stereotype.Service;

@Service
public class OrderService {
    private final OrderRepository orders;

    public OrderService(OrderRepository orders) {
        this.orders = orders;
    }

    public Order find(Long id) {
        return orders.findById(id).orElseThrow();
    }
}
""",
    "src/main/java/shop/core/OrderRepository.java": """package shop.core;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OrderRepository extends JpaRepository<Order, Long> {
}
""",
    "src/main/java/shop/core/Order.java": """package shop.core;

import jakarta.persistence.*;

@Entity
@Table(name = "orders")
public class Order {
    @Id
    @GeneratedValue
    private Long id;

    @ManyToOne
    private Customer customer;
}
""",
    "src/main/java/shop/core/Customer.java": """package shop.core;

import jakarta.persistence.*;

@Entity
public class Customer {
    @Id
    private Long id;
    private String name;
}
""",
}

# -- TypeScript: NestJS + TypeORM ----------------------------------------------------------------------------------
NESTJS = {
    "src/tag/tag.controller.ts": """import { Controller, Get } from '@nestjs/common';
import { TagService } from './tag.service';

@Controller('tags')
export class TagController {
  constructor(private readonly tagService: TagService) {}

  @Get()
  async findAll(): Promise<string[]> {
    return this.tagService.findAll();
  }
}
""",
    "src/tag/tag.service.ts": """import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { TagEntity } from './tag.entity';

@Injectable()
export class TagService {
  constructor(@InjectRepository(TagEntity) private readonly tags: Repository<TagEntity>) {}

  async findAll(): Promise<string[]> {
    return (await this.tags.find()).map(t => t.tag);
  }
}
""",
    "src/tag/tag.module.ts": """import { Module } from '@nestjs/common';
import { TagController } from './tag.controller';
import { TagService } from './tag.service';

@Module({ controllers: [TagController], providers: [TagService] })
export class TagModule {}
""",
    "src/tag/tag.entity.ts": """import { Entity, PrimaryGeneratedColumn, Column } from 'typeorm';

@Entity('tag')
export class TagEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  tag: string;
}
""",
}

# -- Go: gin + GORM (handlers, route groups, repositories, error helpers) -------------------------------------------
_GO_MODEL = """package models

import "gorm.io/gorm"

// {name} is stored in the {table} table.
type {name} struct {{
\tgorm.Model
\t{field} string `gorm:"not null" json:"{json}" binding:"required"`
\tOwnerID  uint   `json:"owner_id"`
}}
"""
_GO_HANDLER = """package handlers

import (
\t"net/http"

\t"github.com/gin-gonic/gin"

\t"example.com/shop/internal/httperr"
\t"example.com/shop/internal/models"
\t"example.com/shop/internal/repository"
)

// {name}Handler serves the {plural} endpoints.
type {name}Handler struct {{
\trepo repository.{name}Repository
}}

func New{name}Handler(repo repository.{name}Repository) *{name}Handler {{
\treturn &{name}Handler{{repo: repo}}
}}

// List returns every {lower}.
func (h *{name}Handler) List(c *gin.Context) {{
\titems, err := h.repo.FindAll(c.Request.Context())
\tif err != nil {{
\t\thttperr.Respond(c, http.StatusInternalServerError, err)
\t\treturn
\t}}
\tc.JSON(http.StatusOK, items)
}}

// Create stores a new {lower}.
func (h *{name}Handler) Create(c *gin.Context) {{
\tvar input models.{name}
\tif err := c.ShouldBindJSON(&input); err != nil {{
\t\thttperr.Respond(c, http.StatusBadRequest, err)
\t\treturn
\t}}
\tif err := h.repo.Create(c.Request.Context(), &input); err != nil {{
\t\thttperr.Respond(c, http.StatusInternalServerError, err)
\t\treturn
\t}}
\tc.JSON(http.StatusCreated, input)
}}
"""
_GO_REPOSITORY = """package repository

import (
\t"context"
\t"errors"

\t"gorm.io/gorm"

\t"example.com/shop/internal/domain"
\t"example.com/shop/internal/models"
)

// {name}Repository reads and writes {plural}.
type {name}Repository interface {{
\tFindAll(ctx context.Context) ([]models.{name}, error)
\tCreate(ctx context.Context, item *models.{name}) error
}}

type {lower}Repository struct {{
\tdb *gorm.DB
}}

func New{name}Repository(db *gorm.DB) {name}Repository {{
\treturn &{lower}Repository{{db: db}}
}}

func (r *{lower}Repository) FindAll(ctx context.Context) ([]models.{name}, error) {{
\tvar items []models.{name}
\tif err := r.db.WithContext(ctx).Find(&items).Error; err != nil {{
\t\tif errors.Is(err, gorm.ErrRecordNotFound) {{
\t\t\treturn nil, domain.ErrNotFound
\t\t}}
\t\treturn nil, err
\t}}
\treturn items, nil
}}

func (r *{lower}Repository) Create(ctx context.Context, item *models.{name}) error {{
\treturn r.db.WithContext(ctx).Create(item).Error
}}
"""
_GO_RESOURCES = (
    ("User", "users", "Email", "email"),
    ("Product", "products", "Title", "title"),
    ("Order", "orders", "Reference", "reference"),
)


def _go_resources() -> dict[str, str]:
    files = {}
    for name, plural, field, json in _GO_RESOURCES:
        lower = name.lower()
        values = {"name": name, "plural": plural, "lower": lower, "table": plural, "field": field, "json": json}
        files[f"internal/models/{lower}.go"] = _GO_MODEL.format(**values)
        files[f"internal/handlers/{lower}_handler.go"] = _GO_HANDLER.format(**values)
        files[f"internal/repository/{lower}_repository.go"] = _GO_REPOSITORY.format(**values)
    return files


GO_GIN_GORM = {
    "go.mod": "module example.com/shop\n\ngo 1.22\n\nrequire (\n\tgithub.com/gin-gonic/gin v1.10.0\n\tgorm.io/gorm v1.25.10\n)\n",
    "cmd/api/main.go": """package main

import (
\t"log"

\t"github.com/gin-gonic/gin"
\t"gorm.io/driver/postgres"
\t"gorm.io/gorm"

\t"example.com/shop/internal/router"
)

func main() {
\tdb, err := gorm.Open(postgres.Open("host=localhost dbname=shop"), &gorm.Config{})
\tif err != nil {
\t\tlog.Fatal(err)
\t}
\tengine := gin.Default()
\trouter.Register(engine, db)
\tlog.Fatal(engine.Run(":8080"))
}
""",
    "internal/router/router.go": """package router

import (
\t"github.com/gin-gonic/gin"
\t"gorm.io/gorm"

\t"example.com/shop/internal/handlers"
\t"example.com/shop/internal/repository"
)

// Register mounts every route under /api/v1.
func Register(engine *gin.Engine, db *gorm.DB) {
\tusers := handlers.NewUserHandler(repository.NewUserRepository(db))
\tproducts := handlers.NewProductHandler(repository.NewProductRepository(db))
\torders := handlers.NewOrderHandler(repository.NewOrderRepository(db))

\tapi := engine.Group("/api/v1")
\t// admin := api.Group("/admin")
\tuserRoutes := api.Group("/users")
\tuserRoutes.GET("", users.List)
\tuserRoutes.POST("", users.Create)
\tproductRoutes := api.Group("/products")
\tproductRoutes.GET("", products.List)
\tproductRoutes.POST("", products.Create)
\torderRoutes := api.Group("/orders")
\torderRoutes.GET("", orders.List)
\torderRoutes.POST("", orders.Create)
}
""",
    "internal/httperr/respond.go": """package httperr

import (
\t"errors"
\t"net/http"

\t"github.com/gin-gonic/gin"

\t"example.com/shop/internal/domain"
)

// Respond writes err as the JSON error body every handler sends.
func Respond(c *gin.Context, status int, err error) {
\tif errors.Is(err, domain.ErrNotFound) {
\t\tstatus = http.StatusNotFound
\t}
\tc.AbortWithStatusJSON(status, gin.H{"error": err.Error()})
}
""",
    "internal/domain/errors.go": """package domain

import "errors"

var (
\tErrNotFound = errors.New("not found")
\tErrConflict = errors.New("already exists")
)

// ValidationError names the field that failed.
type ValidationError struct {
\tField string
}

func (e *ValidationError) Error() string {
\treturn "invalid " + e.Field
}
""",
    "internal/handlers/user_handler_test.go": """package handlers

import (
\t"testing"

\t"github.com/gin-gonic/gin"
)

func fakeHandler(c *gin.Context) {
\tc.Status(204)
}

func TestFake(t *testing.T) {
\tif fakeHandler == nil {
\t\tt.Fatal("no handler")
\t}
}
""",
    **_go_resources(),
}

# -- JavaScript: Express + Mongoose + Joi (`<resource>.<layer>.js`, catchAsync controllers) ---------------------------
_JS_ROUTES = """const express = require('express');
const validate = require('../middlewares/validate');
const {lower}Validation = require('../validations/{lower}.validation');
const {lower}Controller = require('../controllers/{lower}.controller');

const router = express.Router();

router.get('/', {lower}Controller.list{plural});
router.post('/', validate({lower}Validation.create{name}), {lower}Controller.create{name});
// router.delete('/:id', {lower}Controller.remove{name});

module.exports = router;
"""
_JS_CONTROLLER = """const catchAsync = require('../utils/catchAsync');
const {lower}Service = require('../services/{lower}.service');

const list{plural} = catchAsync(async (req, res) => {{
  const items = await {lower}Service.query{plural}(req.query);
  res.send(items);
}});

const create{name} = catchAsync(async (req, res) => {{
  const item = await {lower}Service.create{name}(req.body);
  res.status(201).send(item);
}});

module.exports = {{ list{plural}, create{name} }};
"""
_JS_SERVICE = """const {name} = require('../models/{lower}.model');
const NotFoundError = require('../utils/NotFoundError');

const query{plural} = async (filter) => {name}.find(filter);

const create{name} = async (body) => {name}.create(body);

const get{name}ById = async (id) => {{
  const item = await {name}.findById(id);
  if (!item) {{
    throw new NotFoundError('{name} not found');
  }}
  return item;
}};

module.exports = {{ query{plural}, create{name}, get{name}ById }};
"""
_JS_MODEL = """const mongoose = require('mongoose');
const toJSON = require('./plugins/toJSON.plugin');

const {lower}Schema = new mongoose.Schema(
  {{
    {field}: {{ type: String, required: true, trim: true }},
    owner: {{ type: mongoose.Schema.Types.ObjectId, ref: 'User' }},
  }},
  {{ timestamps: true }}
);

{lower}Schema.plugin(toJSON);

const {name} = mongoose.model('{name}', {lower}Schema);

module.exports = {name};
"""
_JS_VALIDATION = """const Joi = require('joi');

const create{name} = {{
  body: Joi.object().keys({{
    {field}: Joi.string().required(),
    owner: Joi.string().hex().length(24),
  }}),
}};

module.exports = {{ create{name} }};
"""
_JS_RESOURCES = (("User", "Users", "name"), ("Product", "Products", "title"), ("Order", "Orders", "reference"))


def _js_resources() -> dict[str, str]:
    files = {}
    for name, plural, field in _JS_RESOURCES:
        lower = name.lower()
        values = {"name": name, "plural": plural, "lower": lower, "field": field}
        files[f"src/routes/{lower}.routes.js"] = _JS_ROUTES.format(**values)
        files[f"src/controllers/{lower}.controller.js"] = _JS_CONTROLLER.format(**values)
        files[f"src/services/{lower}.service.js"] = _JS_SERVICE.format(**values)
        files[f"src/models/{lower}.model.js"] = _JS_MODEL.format(**values)
        files[f"src/validations/{lower}.validation.js"] = _JS_VALIDATION.format(**values)
    return files


EXPRESS_MONGOOSE_JOI = {
    "package.json": '{\n  "name": "shop-api",\n  "dependencies": {"express": "^4.19.2", "joi": "^17.13.1", "mongoose": "^8.4.0"}\n}\n',
    "src/app.js": """const express = require('express');
const userRoutes = require('./routes/user.routes');
const productRoutes = require('./routes/product.routes');
const orderRoutes = require('./routes/order.routes');
const { errorHandler } = require('./middlewares/error');

const app = express();
app.use(express.json());
app.use('/v1/users', userRoutes);
app.use('/v1/products', productRoutes);
app.use('/v1/orders', orderRoutes);
app.use(errorHandler);

module.exports = app;
""",
    "src/middlewares/validate.js": """const ApiError = require('../utils/ApiError');

const validate = (schema) => (req, res, next) => {
  const { error } = schema.body.validate(req.body);
  if (error) {
    return next(new ApiError(400, error.message));
  }
  return next();
};

module.exports = validate;
""",
    "src/middlewares/error.js": """const ApiError = require('../utils/ApiError');

const errorHandler = (err, req, res, next) => {
  const status = err instanceof ApiError ? err.statusCode : 500;
  res.status(status).send({ message: err.message });
};

module.exports = { errorHandler };
""",
    "src/utils/ApiError.js": """class ApiError extends Error {
  constructor(statusCode, message) {
    super(message);
    this.statusCode = statusCode;
  }
}

module.exports = ApiError;
""",
    "src/utils/NotFoundError.js": """const ApiError = require('./ApiError');

class NotFoundError extends ApiError {
  constructor(message) {
    super(404, message);
  }
}

module.exports = NotFoundError;
""",
    "src/utils/catchAsync.js": """const catchAsync = (fn) => (req, res, next) => {
  Promise.resolve(fn(req, res, next)).catch((err) => next(err));
};

module.exports = catchAsync;
""",
    "src/models/plugins/toJSON.plugin.js": """const toJSON = (schema) => {
  schema.set('toJSON', {
    transform(doc, ret) {
      delete ret.__v;
      return ret;
    },
  });
};

module.exports = toJSON;
""",
    "tests/user.test.js": """const catchAsync = require('../src/utils/catchAsync');

const fakeCreate = catchAsync(async (req, res) => {
  res.send({});
});

class FakeError extends Error {}

test('wraps', () => {
  expect(fakeCreate).toBeDefined();
});
""",
    **_js_resources(),
}
