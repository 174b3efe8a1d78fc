"""A generated .NET + Angular repository of any size, for benchmarks (and scale tests).

Every feature gets a Mongo document, a DTO, a service, a controller, an Angular model and service and a
component, with field names, types and actions drawn from word lists by a seeded RNG, so files differ in
substance (the near-duplicate gate would rightly drop copies of one file under other names).
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

NOUNS = [
    "Invoice",
    "Ledger",
    "Shipment",
    "Parcel",
    "Voucher",
    "Tenant",
    "Lease",
    "Contract",
    "Policy",
    "Claim",
    "Ticket",
    "Incident",
    "Asset",
    "Device",
    "Sensor",
    "Reading",
    "Batch",
    "Recipe",
    "Ingredient",
    "Menu",
    "Course",
    "Lesson",
    "Quiz",
    "Badge",
    "Route",
    "Stop",
    "Vehicle",
    "Driver",
    "Trip",
    "Fare",
    "Pass",
    "Campaign",
    "Coupon",
    "Referral",
    "Survey",
    "Answer",
    "Feedback",
    "Venue",
    "Seat",
    "Event",
    "Sponsor",
    "Grant",
    "Donor",
    "Pledge",
    "Project",
    "Milestone",
    "Task",
    "Sprint",
    "Release",
    "Build",
    "Artifact",
    "Bucket",
    "Region",
    "Zone",
    "Rack",
    "Server",
    "Alert",
    "Metric",
    "Report",
    "Dashboard",
    "Widget",
    "Plan",
    "Quota",
    "Usage",
]
ADJECTIVES = [
    "Archived",
    "Pending",
    "Shared",
    "Seasonal",
    "Regional",
    "Priority",
    "Premium",
    "Draft",
    "Linked",
    "Scheduled",
    "Audited",
    "Bulk",
    "Mobile",
    "Legacy",
]
FIELD_WORDS = [
    "title",
    "code",
    "label",
    "status",
    "amount",
    "total",
    "price",
    "quantity",
    "rating",
    "score",
    "notes",
    "summary",
    "owner",
    "region",
    "category",
    "priority",
    "startDate",
    "endDate",
    "dueDate",
    "createdAt",
    "updatedAt",
    "reference",
    "version",
    "channel",
    "currency",
    "locale",
    "weight",
    "height",
    "width",
    "color",
    "source",
    "target",
    "level",
    "stage",
    "phase",
    "tier",
    "margin",
    "discount",
    "balance",
    "limit",
    "threshold",
]
TYPES = (("string", "string"), ("int", "number"), ("decimal", "number"), ("bool", "boolean"), ("DateTime", "string"))
ACTIONS = ("Search", "Archive", "Approve", "Reject", "Publish", "Duplicate", "Export", "Recalculate", "Assign", "Close")


def _pascal(word: str) -> str:
    return word[:1].upper() + word[1:]


def _feature(rng: random.Random, index: int) -> dict:
    name = f"{rng.choice(ADJECTIVES)}{rng.choice(NOUNS)}{index}"
    fields = rng.sample(FIELD_WORDS, rng.randint(4, 9))
    types = [rng.choice(TYPES) for _ in fields]
    actions = rng.sample(ACTIONS, rng.randint(2, 4))
    return {"name": name, "fields": list(zip(fields, types, strict=True)), "actions": actions}


def _model(f: dict) -> str:
    props = "\n".join(
        f'    [BsonElement("{n}")]\n    public {cs} {_pascal(n)} {{ get; set; }}\n' for n, (cs, _) in f["fields"]
    )
    return (
        "using MongoDB.Bson;\nusing MongoDB.Bson.Serialization.Attributes;\n\nnamespace Generated.Api.Models;\n\n"
        f"public class {f['name']}\n{{\n    [BsonId]\n    [BsonRepresentation(BsonType.ObjectId)]\n"
        f"    public string? Id {{ get; set; }}\n\n{props}}}\n"
    )


def _dto(f: dict) -> str:
    props = "\n".join(f"    public {cs} {_pascal(n)} {{ get; set; }}" for n, (cs, _) in f["fields"])
    return f"namespace Generated.Api.Dtos;\n\npublic class {f['name']}Dto\n{{\n    public string? Id {{ get; set; }}\n{props}\n}}\n"


def _service(f: dict) -> str:
    n = f["name"]
    extra = "\n".join(
        f"    public async Task<List<{n}>> {a}Async(string term)\n    {{\n"
        f'        var filter = Builders<{n}>.Filter.Regex("{f["fields"][0][0]}", new BsonRegularExpression(term, "i"));\n'
        f"        return await _collection.Find(filter).Limit({10 + i * 5}).ToListAsync();\n    }}\n"
        for i, a in enumerate(f["actions"])
    )
    return (
        "using MongoDB.Bson;\nusing MongoDB.Driver;\nusing Generated.Api.Models;\nusing Generated.Api.Settings;\n\n"
        f"namespace Generated.Api.Services;\n\npublic class {n}Service\n{{\n"
        f"    private readonly IMongoCollection<{n}> _collection;\n\n"
        f"    public {n}Service(IMongoDBSettings settings)\n    {{\n"
        "        var client = new MongoClient(settings.ConnectionString);\n"
        f'        _collection = client.GetDatabase(settings.DatabaseName).GetCollection<{n}>("{n.lower()}s");\n    }}\n\n'
        f"    public async Task<{n}?> GetAsync(string id) =>\n"
        "        await _collection.Find(x => x.Id == id).FirstOrDefaultAsync();\n\n"
        f"{extra}}}\n"
    )


def _controller(f: dict) -> str:
    n = f["name"]
    actions = "\n".join(
        f'    [HttpGet("{a.lower()}")]\n    public async Task<ActionResult<List<{n}Dto>>> {a}([FromQuery] string term)\n'
        f"    {{\n        var items = await _service.{a}Async(term);\n"
        f"        return Ok(items.Select(x => new {n}Dto {{ Id = x.Id }}).ToList());\n    }}\n"
        for a in f["actions"]
    )
    return (
        "using Microsoft.AspNetCore.Mvc;\nusing Generated.Api.Dtos;\nusing Generated.Api.Services;\n\n"
        f"namespace Generated.Api.Controllers;\n\npublic class {n}Controller : BaseApiController\n{{\n"
        f"    private readonly {n}Service _service;\n\n    public {n}Controller({n}Service service) => _service = service;\n\n"
        f'    [HttpGet("{{id}}")]\n    public async Task<ActionResult<{n}Dto>> Get(string id)\n    {{\n'
        "        var item = await _service.GetAsync(id);\n        return item is null ? NotFound() : Ok(item);\n    }\n\n"
        f"{actions}}}\n"
    )


def _angular(f: dict) -> tuple[str, str, str]:
    n = f["name"]
    kebab = "".join(f"-{c.lower()}" if c.isupper() else c for c in n).lstrip("-")
    model = (
        f"export interface {n} {{\n  id?: string;\n" + "".join(f"  {k}: {ts};\n" for k, (_, ts) in f["fields"]) + "}\n"
    )
    methods = "".join(
        f"\n  {a[0].lower() + a[1:]}(term: string): Observable<{n}[]> {{\n"
        f"    return this.http.get<{n}[]>(`${{this.baseUrl}}/{a.lower()}`, {{ params: {{ term }} }});\n  }}\n"
        for a in f["actions"]
    )
    service = (
        "import { Injectable } from '@angular/core';\nimport { HttpClient } from '@angular/common/http';\n"
        f"import {{ Observable }} from 'rxjs';\nimport {{ {n} }} from '../models/{kebab}.model';\n"
        "import { environment } from '../../environments/environment';\n\n"
        f"@Injectable({{ providedIn: 'root' }})\nexport class {n}Service {{\n"
        f"  private readonly baseUrl = `${{environment.apiUrl}}/{n.lower()}`;\n\n"
        "  constructor(private http: HttpClient) {}\n\n"
        f"  get(id: string): Observable<{n}> {{\n    return this.http.get<{n}>(`${{this.baseUrl}}/${{id}}`);\n  }}\n"
        f"{methods}}}\n"
    )
    component = (
        "import { Component, OnInit } from '@angular/core';\n"
        f"import {{ {n}Service }} from '../services/{kebab}.service';\nimport {{ {n} }} from '../models/{kebab}.model';\n\n"
        f"@Component({{ selector: 'app-{kebab}-list', templateUrl: './{kebab}-list.component.html' }})\n"
        f"export class {n}ListComponent implements OnInit {{\n  items: {n}[] = [];\n\n"
        f"  constructor(private service: {n}Service) {{}}\n\n"
        f"  ngOnInit(): void {{\n    this.service.{f['actions'][0][0].lower() + f['actions'][0][1:]}('').subscribe(items => "
        "(this.items = items));\n  }\n}\n"
    )
    return kebab, model, service + "\x00" + component


def write_repo(root: Path, features: int, seed: int = 7) -> Path:
    """Write a repository with `features` generated features under `root`; returns root."""
    rng = random.Random(seed)
    api, client = root / "server" / "Generated.Api", root / "client" / "src" / "app"
    for folder in ("Models", "Dtos", "Services", "Controllers", "Settings"):
        (api / folder).mkdir(parents=True, exist_ok=True)
    for folder in ("models", "services", "components"):
        (client / folder).mkdir(parents=True, exist_ok=True)
    (client.parent / "environments").mkdir(parents=True, exist_ok=True)
    (client.parent / "environments" / "environment.ts").write_text(
        "export const environment = {\n  production: false,\n  apiUrl: 'http://localhost:5000/api'\n};\n"
    )
    (api / "Settings" / "IMongoDBSettings.cs").write_text(
        "namespace Generated.Api.Settings;\n\npublic interface IMongoDBSettings\n{\n"
        "    string ConnectionString { get; set; }\n    string DatabaseName { get; set; }\n}\n"
    )
    (api / "Controllers" / "BaseApiController.cs").write_text(
        "using Microsoft.AspNetCore.Mvc;\n\nnamespace Generated.Api.Controllers;\n\n[ApiController]\n"
        '[Route("api/[controller]")]\npublic abstract class BaseApiController : ControllerBase\n{\n}\n'
    )
    for index in range(features):
        f = _feature(rng, index)
        n = f["name"]
        (api / "Models" / f"{n}.cs").write_text(_model(f))
        (api / "Dtos" / f"{n}Dto.cs").write_text(_dto(f))
        (api / "Services" / f"{n}Service.cs").write_text(_service(f))
        (api / "Controllers" / f"{n}Controller.cs").write_text(_controller(f))
        kebab, model, service_and_component = _angular(f)
        service, component = service_and_component.split("\x00")
        (client / "models" / f"{kebab}.model.ts").write_text(model)
        (client / "services" / f"{kebab}.service.ts").write_text(service)
        (client / "components" / f"{kebab}-list.component.ts").write_text(component)
        (client / "components" / f"{kebab}-list.component.html").write_text(
            f'<ul class="{kebab}-list">\n  <li *ngFor="let item of items">{{{{ item.{f["fields"][0][0]} }}}}</li>\n</ul>\n'
        )
    return root


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", type=Path)
    parser.add_argument("--features", type=int, default=100)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    write_repo(args.root, args.features, args.seed)
    print(args.root)


if __name__ == "__main__":
    main()
