"""A git repository in tmp_path with a scripted history: one commit for every filter reason, three feature commits
and a secret committed then removed. Any test may import it (no network)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

import git

from tests.repo_factory import AUTHOR, write_files
from tests.secret_corpus import STRIPE_SECRET

BOT = git.Actor("dependabot[bot]", "49699333+dependabot[bot]@users.noreply.github.com")


def _service(entity: str, methods: str) -> str:
    """A C# service of the scripted repository: its repository injected through the constructor, then `methods`."""
    field, param = f"_{entity.lower()}s", f"{entity.lower()}s"
    return f"""using System.Threading.Tasks;

namespace Shop.Services
{{
    public class {entity}Service : I{entity}Service
    {{
        private readonly I{entity}Repository {field};

        public {entity}Service(I{entity}Repository {param})
        {{
            {field} = {param};
        }}
{methods}    }}
}}
"""


ORDER_SERVICE = _service(
    "Order",
    """
        public async Task<OrderDto> GetAsync(string id)
        {
            var order = await _orders.FindAsync(id);
            return order == null ? null : OrderDto.From(order);
        }

        public async Task DeleteAsync(string id)
        {
            await _orders.DeleteAsync(id);
        }
""",
)

ORDER_SERVICE_CACHED = ORDER_SERVICE.replace(
    """            var order = await _orders.FindAsync(id);
            return order == null ? null : OrderDto.From(order);""",
    """            if (_cache.TryGetValue(id, out var cached))
            {
                return cached;
            }
            var order = await _orders.FindAsync(id);
            var dto = order == null ? null : OrderDto.From(order);
            _cache[id] = dto;
            return dto;""",
)

CUSTOMER_SERVICE = _service(
    "Customer",
    """
        public async Task<CustomerDto> FindByEmailAsync(string email)
        {
            var customer = await _customers.FindByEmailAsync(email);
            return customer == null ? null : CustomerDto.From(customer);
        }
""",
)

INVOICE = """namespace Shop.Models
{
    public class Invoice
    {
        public decimal Net { get; set; }
        public decimal TaxRate { get; set; }

        public decimal Total()
        {
            var tax = Net * TaxRate;
            return Net + tax;
        }
    }
}
"""

PAYMENT_WITH_KEY = f"""namespace Shop.Payments
{{
    public class PaymentGateway
    {{
        private const string ApiKey = "{STRIPE_SECRET}";

        public string Charge(decimal amount)
        {{
            var client = new StripeClient(ApiKey);
            return client.Charge(amount);
        }}
    }}
}}
"""

PAYMENT_FROM_SETTINGS = """namespace Shop.Payments
{
    public class PaymentGateway
    {
        private readonly IPaymentSettings _settings;

        public PaymentGateway(IPaymentSettings settings)
        {
            _settings = settings;
        }

        public string Charge(decimal amount)
        {
            var client = new StripeClient(_settings.ApiKey);
            return client.Charge(amount);
        }
    }
}
"""


@dataclass
class ScriptedHistory:
    root: Path
    shas: dict[str, str] = field(default_factory=dict)  # step name → commit sha

    #: The steps that must become examples (the feature commits), and the kind each gives.
    FEATURES: ClassVar[dict[str, str]] = {
        "edit_cache": "commit_edit",
        "add_customer": "commit_feature",
        "branch_invoice": "commit_feature",
        "secret_added": "commit_feature",
        "secret_removed": "commit_edit",
    }
    #: The steps dropped by the reader, with their reason.
    DROPPED: ClassVar[dict[str, str]] = {
        "initial": "not_a_request",
        "merge": "merge",
        "dependabot": "bot_author",
        "readme": "docs_config_only",
        "wip": "not_a_request",
        "whitespace": "whitespace_only",
        "revert": "revert",
        "bulk": "too_many_files",
        "huge": "too_many_lines",
        "broken": "does_not_parse",
    }


def _date(repo: git.Repo) -> str:
    """One minute after the previous commit (the first at 2026-01-02 09:00 UTC): every commit has its own time, so
    "newest first" does not depend on how git breaks a tie between commits made within one second."""
    count = int(repo.git.rev_list("--all", "--count")) if repo.head.is_valid() else 0
    return f"{1767344400 + 60 * count} +0000"


def _commit(repo: git.Repo, message: str, author: git.Actor = AUTHOR) -> str:
    repo.git.add(A=True)
    date = _date(repo)
    return repo.index.commit(message, author=author, committer=author, author_date=date, commit_date=date).hexsha


def scripted_history(tmp_path: Path, name: str = "shop") -> ScriptedHistory:
    """Build the scripted repository; returns its root and the sha of each step."""
    root = tmp_path / name
    root.mkdir(parents=True)
    history = ScriptedHistory(root)
    shas = history.shas
    with git.Repo.init(root, initial_branch="main") as repo:
        write_files(
            root,
            {
                "README.md": "# Shop\n",
                "src/Services/OrderService.cs": ORDER_SERVICE,
                "src/Shop.csproj": '<Project Sdk="Microsoft.NET.Sdk">\n  <PackageReference Include="Newtonsoft.Json" '
                'Version="12.0.1" />\n</Project>\n',
            },
        )
        shas["initial"] = _commit(repo, "initial commit")
        write_files(root, {"src/Services/OrderService.cs": ORDER_SERVICE_CACHED})
        shas["edit_cache"] = _commit(repo, "Added caching to OrderService.GetAsync (#12)\n\nCloses #12")
        write_files(root, {"src/Services/CustomerService.cs": CUSTOMER_SERVICE})
        shas["add_customer"] = _commit(repo, "feat(customers): add CustomerService with lookup by email")

        repo.git.checkout("-b", "invoices")
        write_files(root, {"src/Models/Invoice.cs": INVOICE})
        shas["branch_invoice"] = _commit(repo, "Add the Invoice model with its total calculation")
        repo.git.checkout("main")
        date = _date(repo)
        repo.git.merge(
            "--no-ff",
            "invoices",
            "-m",
            "Merge branch 'invoices'",
            env={"GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date},
        )
        shas["merge"] = repo.head.commit.hexsha

        write_files(root, {"src/Shop.csproj": (root / "src/Shop.csproj").read_text().replace("12.0.1", "13.0.1")})
        shas["dependabot"] = _commit(repo, "Bump Newtonsoft.Json from 12.0.1 to 13.0.1 in /src", BOT)
        write_files(root, {"README.md": "# Shop\n\nRun `dotnet run` in src/ to start the service.\n"})
        shas["readme"] = _commit(repo, "Document how to run the service locally")
        wip = ORDER_SERVICE_CACHED.replace("_orders = orders;", "_orders = orders; // set once")
        write_files(root, {"src/Services/OrderService.cs": wip})
        shas["wip"] = _commit(repo, "wip")
        write_files(root, {"src/Services/OrderService.cs": wip.replace("    ", "  ")})
        shas["whitespace"] = _commit(repo, "Reformat the order service with two-space indentation")
        write_files(root, {"src/Services/OrderService.cs": ORDER_SERVICE_CACHED})
        shas["revert"] = _commit(repo, 'Revert "Reformat the order service with two-space indentation"')

        write_files(root, {"src/Payments/PaymentGateway.cs": PAYMENT_WITH_KEY})
        shas["secret_added"] = _commit(repo, "Add the payment gateway that charges through Stripe")
        write_files(root, {"src/Payments/PaymentGateway.cs": PAYMENT_FROM_SETTINGS})
        shas["secret_removed"] = _commit(repo, "Read the Stripe key from the payment settings instead of the code")

        write_files(
            root,
            {
                f"src/Bulk/Thing{i}.cs": f"namespace Shop.Bulk\n{{\n    public class Thing{i} {{ }}\n}}\n"
                for i in range(10)
            },
        )
        shas["bulk"] = _commit(repo, "Add the ten bulk placeholder classes at once")
        lines = "\n".join(f"        public int Field{i} {{ get; set; }}" for i in range(450))
        write_files(
            root,
            {"src/Models/Huge.cs": f"namespace Shop.Models\n{{\n    public class Huge\n    {{\n{lines}\n    }}\n}}\n"},
        )
        shas["huge"] = _commit(repo, "Add the huge model with every legacy field")
        write_files(
            root,
            {
                "src/Models/Broken.cs": "namespace Shop.Models\n{\n    public class Broken {\n        public void Run( {\n    }\n}\n"
            },
        )
        shas["broken"] = _commit(repo, "Add a broken order validator class")
    return history
