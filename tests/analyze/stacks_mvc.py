"""Small synthetic repositories for issue #18 point 3 (written for these tests, modelled on common public layouts):
Spring MVC with form controllers and JPA (petclinic style), Django with services/selectors and DRF (HackSoft
style), Blazor with `.razor` components and an `IOptions<T>` service.

Each is a dict of POSIX path → text for `tests.repo_factory.make_repo` / `write_files`.
"""

from __future__ import annotations

# -- Spring MVC: form controllers (`@Controller` + `@Valid` + `BindingResult`), `@MappedSuperclass`, JPA -----------
_JAVA = "src/main/java/org/clinic"
SPRING_MVC = {
    f"{_JAVA}/model/BaseEntity.java": """package org.clinic.model;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

@MappedSuperclass
public class BaseEntity {
    @Id
    @GeneratedValue
    private Integer id;

    public Integer getId() {
        return id;
    }

    public boolean isNew() {
        return this.id == null;
    }
}
""",
    f"{_JAVA}/model/NamedEntity.java": """package org.clinic.model;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

@MappedSuperclass
public class NamedEntity extends BaseEntity {
    @Column(name = "name")
    private String name;
}
""",
    f"{_JAVA}/owner/Owner.java": """package org.clinic.owner;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.clinic.model.BaseEntity;

@Entity
@Table(name = "owners")
public class Owner extends BaseEntity {
    private String lastName;
    private String city;
}
""",
    f"{_JAVA}/owner/Pet.java": """package org.clinic.owner;

import jakarta.persistence.Entity;
import org.clinic.model.NamedEntity;

@Entity
public class Pet extends NamedEntity {
    private String kind;
}
""",
    f"{_JAVA}/owner/OwnerRepository.java": """package org.clinic.owner;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OwnerRepository extends JpaRepository<Owner, Integer> {
    List<Owner> findByLastName(String lastName);
}
""",
    f"{_JAVA}/owner/PetRepository.java": """package org.clinic.owner;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PetRepository extends JpaRepository<Pet, Integer> {
}
""",
    f"{_JAVA}/owner/OwnerController.java": """package org.clinic.owner;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

@Controller
class OwnerController {

    private final OwnerRepository owners;

    public OwnerController(OwnerRepository owners) {
        this.owners = owners;
    }

    @GetMapping("/owners/new")
    public String initCreationForm(Model model) {
        model.addAttribute("owner", new Owner());
        return "owners/createOrUpdateOwnerForm";
    }

    @PostMapping("/owners/new")
    public String processCreationForm(@Valid Owner owner, BindingResult result) {
        if (result.hasErrors()) {
            return "owners/createOrUpdateOwnerForm";
        }
        this.owners.save(owner);
        return "redirect:/owners/" + owner.getId();
    }
}
""",
    f"{_JAVA}/owner/PetController.java": """package org.clinic.owner;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PostMapping;

@Controller
class PetController {

    private final OwnerRepository owners;
    private final PetRepository pets;

    PetController(OwnerRepository owners, PetRepository pets) {
        this.owners = owners;
        this.pets = pets;
    }

    // public String processDeleteForm(@Valid Pet pet, BindingResult result) {
    @PostMapping("/pets/new")
    public String processCreationForm(@Valid Pet pet, BindingResult result) {
        if (result.hasErrors()) {
            return "pets/createOrUpdatePetForm";
        }
        this.pets.save(pet);
        return "redirect:/owners";
    }
}
""",
    "src/test/java/org/clinic/owner/OwnerControllerTests.java": """package org.clinic.owner;

import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;

@Controller
class FakeController {
    public String fakeForm(@Valid Owner owner, BindingResult result) {
        return "fake";
    }
}
""",
}

# -- Django: abstract models, services/selectors, DRF APIViews with nested serializers, URL confs, migrations -------
DJANGO_SERVICES = {
    "shop/common/models.py": """from django.db import models


class BaseModel(models.Model):
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True
""",
    "shop/orders/models.py": """from django.db import models

from shop.common.models import BaseModel


class Order(BaseModel):
    number = models.CharField(max_length=32, unique=True)


class OrderLine(BaseModel):
    order = models.ForeignKey(Order, related_name="lines", on_delete=models.CASCADE)
    sku = models.CharField(max_length=32)
    quantity = models.PositiveIntegerField()
""",
    "shop/orders/services.py": """from django.db import transaction

from shop.orders.models import Order, OrderLine


@transaction.atomic
def order_create(*, number: str, lines: list[dict]) -> Order:
    order = Order(number=number)
    order.full_clean()
    order.save()
    for line in lines:
        OrderLine.objects.create(order=order, **line)
    return order


def order_cancel(*, order: Order) -> Order:
    order.delete()
    return order
""",
    "shop/orders/selectors.py": """from django.db.models import QuerySet

from shop.orders.models import Order


def order_list(*, number: str | None = None) -> QuerySet[Order]:
    orders = Order.objects.prefetch_related("lines")
    return orders.filter(number=number) if number else orders


def order_get(*, pk: int) -> Order | None:
    return Order.objects.filter(pk=pk).first()
""",
    "shop/orders/apis.py": """from rest_framework import serializers, status
from rest_framework.response import Response
from rest_framework.views import APIView

from shop.orders.selectors import order_list
from shop.orders.services import order_create


class LineSerializer(serializers.Serializer):
    sku = serializers.CharField()
    quantity = serializers.IntegerField()


class OrderListApi(APIView):
    class OutputSerializer(serializers.Serializer):
        number = serializers.CharField()
        lines = LineSerializer(many=True)

    def get(self, request):
        orders = order_list(number=request.query_params.get("number"))
        return Response(self.OutputSerializer(orders, many=True).data)


class OrderCreateApi(APIView):
    class InputSerializer(serializers.Serializer):
        number = serializers.CharField()
        # notes = NoteSerializer(many=True)
        lines = LineSerializer(many=True)

    def post(self, request):
        serializer = self.InputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        order_create(**serializer.validated_data)
        return Response(status=status.HTTP_201_CREATED)
""",
    "shop/orders/urls.py": """from django.urls import path

from shop.orders.apis import OrderCreateApi, OrderListApi

urlpatterns = [
    path("", OrderListApi.as_view(), name="list"),
    path("create/", OrderCreateApi.as_view(), name="create"),
]
""",
    "shop/urls.py": """from django.urls import include, path

urlpatterns = [
    path("api/orders/", include(("shop.orders.urls", "orders"))),
]
""",
    "shop/orders/migrations/__init__.py": "",
    "shop/orders/migrations/0001_initial.py": """from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = []

    operations = [
        migrations.CreateModel(
            name="Order",
            fields=[("id", models.BigAutoField(primary_key=True)), ("number", models.CharField(max_length=32))],
        ),
    ]
""",
    "shop/orders/tests/test_services.py": """from shop.orders.services import order_create


def test_order_create():
    assert order_create(number="1", lines=[]).number == "1"
""",
}

# -- Blazor: `.razor` components with `@inject`/`[Parameter]`, `.razor.cs` code-behind, an `IOptions<T>` service -----
BLAZOR = {
    "src/Shop.Web/Program.cs": """var builder = WebApplication.CreateBuilder(args);
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.Configure<CatalogOptions>(builder.Configuration.GetSection("Catalog"));
builder.Services.AddScoped<CatalogService>();
var app = builder.Build();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.Run();
""",
    "src/Shop.Web/Components/Pages/Products.razor": """@page "/products"
@inject CatalogService Catalog
@* @inject ILogger<Products> Logger *@

<h3>Products</h3>

@foreach (var product in products)
{
    <ProductCard Product="product" OnSelected="Select" />
}

@code {
    private List<Product> products = new();

    protected override async Task OnInitializedAsync()
    {
        products = await Catalog.GetProductsAsync();
    }

    private void Select(Product product) => Catalog.Remember(product);
}
""",
    "src/Shop.Web/Components/ProductCard.razor": """<div class="card" @onclick="() => OnSelected.InvokeAsync(Product)">
    <span>@Product.Name</span>
    <span>@Product.Price.ToString("C")</span>
</div>
""",
    "src/Shop.Web/Components/ProductCard.razor.cs": """using Microsoft.AspNetCore.Components;

namespace Shop.Web.Components;

public partial class ProductCard : ComponentBase
{
    [Parameter]
    public Product Product { get; set; } = default!;

    [Parameter] public EventCallback<Product> OnSelected { get; set; }
}
""",
    "src/Shop.Web/Components/CartSummaryComponent.razor.cs": """using Microsoft.AspNetCore.Components;

namespace Shop.Web.Components;

public class CartSummaryComponent : ComponentBase
{
    [Inject]
    public CatalogService Catalog { get; set; } = default!;

    [Parameter]
    public int Count { get; set; }

    protected override void OnParametersSet()
    {
        Count = Math.Max(Count, 0);
    }
}
""",
    "src/Shop.Web/Services/CatalogService.cs": """using Microsoft.Extensions.Options;

namespace Shop.Web.Services;

public class CatalogService
{
    private readonly CatalogOptions _options;

    public CatalogService(IOptions<CatalogOptions> options, IOptions<CatalogSettings> settings)
    {
        _options = options.Value;
    }

    public Task<List<Product>> GetProductsAsync() => Task.FromResult(new List<Product>());

    public void Remember(Product product)
    {
    }
}
""",
    "src/Shop.Web/Services/CatalogOptions.cs": """namespace Shop.Web.Services;

public class CatalogOptions
{
    public int PageSize { get; set; } = 20;
}
""",
    "src/Shop.Web/Services/CatalogSettings.cs": """namespace Shop.Web.Services;

public class CatalogSettings
{
    public string Currency { get; set; } = "EUR";
}
""",
    "src/Shop.Web/Models/Product.cs": """namespace Shop.Web.Models;

public record Product(int Id, string Name, decimal Price);
""",
}
