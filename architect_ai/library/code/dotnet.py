"""Render a `Resource` to a C# DTO (`XxxDto`, BSON + DataAnnotations) and a MongoDB-backed .NET controller."""

from __future__ import annotations

from architect_ai.library.code.model import Field, Resource, fill, kebab

_DTO = """\
using System;
using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;
using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;

namespace <<ns>>.Models
{
    public class <<name>>Dto
    {
        [BsonId]
        [BsonRepresentation(BsonType.ObjectId)]
        public string? Id { get; set; }
<<properties>>
    }
}"""

_CONTROLLER = """\
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;
using MongoDB.Driver;
using <<ns>>.Models;
using <<ns>>.Settings;

namespace <<ns>>.Controllers
{
    [ApiController]
    [Route("api/[controller]")]
    public class <<plural>>Controller : BaseApiController
    {
        private const int MaxPageSize = 100;
        private readonly IMongoCollection<<<name>>Dto> _<<collection>>;

        public <<plural>>Controller(IMongoDBSettings settings)
        {
            var client = new MongoClient(settings.ConnectionString);
            var database = client.GetDatabase(settings.DatabaseName);
            _<<collection>> = database.GetCollection<<<name>>Dto>("<<collection>>");
        }

        [HttpGet]
        public async Task<ActionResult<List<<<name>>Dto>>> GetAll([FromQuery] int page = 1, [FromQuery] int pageSize = 20)
        {
            pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
            var items = await _<<collection>>.Find(FilterDefinition<<<name>>Dto>.Empty)
                .SortBy(x => x.<<sort>>)
                .Skip((Math.Max(page, 1) - 1) * pageSize)
                .Limit(pageSize)
                .ToListAsync();
            return Ok(items);
        }

        [HttpGet("{id:length(24)}")]
        public async Task<ActionResult<<<name>>Dto>> GetById(string id)
        {
            var <<var>> = await _<<collection>>.Find(x => x.Id == id).FirstOrDefaultAsync();
            return <<var>> is null ? NotFound() : Ok(<<var>>);
        }

<<lookup>>
        [HttpPost]
        public async Task<ActionResult<<<name>>Dto>> Create(<<name>>Dto <<var>>)
        {
<<duplicate_check>>            <<var>>.Id = null;
            await _<<collection>>.InsertOneAsync(<<var>>);
            return CreatedAtAction(nameof(GetById), new { id = <<var>>.Id }, <<var>>);
        }

        [HttpPut("{id:length(24)}")]
        public async Task<IActionResult> Update(string id, <<name>>Dto <<var>>)
        {
            <<var>>.Id = id;
            var result = await _<<collection>>.ReplaceOneAsync(x => x.Id == id, <<var>>);
            return result.MatchedCount == 0 ? NotFound() : NoContent();
        }

        [HttpDelete("{id:length(24)}")]
        public async Task<IActionResult> Delete(string id)
        {
            var result = await _<<collection>>.DeleteOneAsync(x => x.Id == id);
            return result.DeletedCount == 0 ? NotFound() : NoContent();
        }
    }
}"""

_LOOKUP_ONE = """\
        [HttpGet("by-<<route>>/{<<param>>}")]
        public async Task<ActionResult<<<name>>Dto>> GetBy<<field>>(string <<param>>)
        {
            var <<var>> = await _<<collection>>.Find(x => x.<<field>> == <<param>>).FirstOrDefaultAsync();
            return <<var>> is null ? NotFound() : Ok(<<var>>);
        }
"""

_LOOKUP_MANY = """\
        [HttpGet("by-<<route>>/{<<param>>:length(24)}")]
        public async Task<ActionResult<List<<<name>>Dto>>> GetBy<<field>>(string <<param>>)
        {
            var items = await _<<collection>>.Find(x => x.<<field>> == <<param>>)
                .SortByDescending(x => x.<<sort>>)
                .Limit(MaxPageSize)
                .ToListAsync();
            return Ok(items);
        }
"""

_DUPLICATE = """\
            if (await _<<collection>>.Find(x => x.<<field>> == <<var>>.<<field>>).AnyAsync())
            {
                return Conflict(new ProblemDetails
                {
                    Title = "Duplicate <<label>>",
                    Detail = $"A <<item>> with <<label>> '{<<var>>.<<field>>}' already exists.",
                    Status = 409
                });
            }

"""


def _attributes(field: Field) -> list[str]:
    attrs = [f'[BsonElement("{field.camel}")]']
    if field.reference:
        attrs.append("[BsonRepresentation(BsonType.ObjectId)]")
    if field.type == "decimal":
        attrs.append("[BsonRepresentation(BsonType.Decimal128)]")
    if field.type == "DateTime":
        attrs.append("[BsonDateTimeOptions(Kind = DateTimeKind.Utc)]")
    if field.required and field.type in ("string", "DateTime"):
        attrs.append("[Required]")
    if field.max_length:
        attrs.append(f"[StringLength({field.max_length})]")
    if field.email:
        attrs.append("[EmailAddress]")
    if field.phone:
        attrs.append("[Phone]")
    if field.pattern:
        attrs.append(f'[RegularExpression(@"{field.pattern}")]')
    if field.range:
        low, high = field.range
        if field.type == "decimal":
            attrs.append(f'[Range(typeof(decimal), "{low}", "{high}")]')
        else:
            attrs.append(f"[Range({low}, {high})]")
    if field.type == "bool" and field.required:
        attrs.append('[Range(typeof(bool), "true", "true", ErrorMessage = "Must be accepted.")]')
    return attrs


def _property(field: Field) -> str:
    if field.type == "string":
        declaration = (
            f"public string {field.name} {{ get; set; }} = string.Empty;"
            if field.required
            else f"public string? {field.name} {{ get; set; }}"
        )
    elif field.type == "List<string>":
        declaration = f"public List<string> {field.name} {{ get; set; }} = new();"
    else:
        declaration = f"public {field.type} {field.name} {{ get; set; }}"
    lines = [*_attributes(field), declaration]
    return "\n".join(f"        {line}" for line in ["", *lines]).replace("        \n", "\n", 1)


def render_dto(resource: Resource) -> str:
    """The `XxxDto` document class."""
    properties = "\n".join(_property(f) for f in resource.fields)
    return fill(_DTO, ns=resource.namespace, name=resource.name, properties=properties)


def render_controller(resource: Resource) -> str:
    """The controller: BaseApiController, IMongoDBSettings injection, paged list, CRUD and one lookup."""
    lookup = resource.field(resource.lookup)
    values = {
        "ns": resource.namespace,
        "name": resource.name,
        "plural": resource.plural,
        "collection": resource.collection,
        "sort": resource.sort,
        "var": resource.name[0].lower() + resource.name[1:],
        "field": lookup.name,
        "param": lookup.camel,
        "route": kebab(lookup.name.removesuffix("Id")),
        "label": _words(lookup.name),
        "item": resource.item,
    }
    values["lookup"] = fill(_LOOKUP_ONE if resource.lookup_unique else _LOOKUP_MANY, **values)
    values["duplicate_check"] = fill(_DUPLICATE, **values) if resource.lookup_unique else ""
    return fill(_CONTROLLER, **values)


def _words(name: str) -> str:
    """'ConfirmationCode' → 'confirmation code', 'Mrn' → 'MRN', 'Sku' → 'SKU'."""
    if len(name) <= 3:
        return name.upper()
    return kebab(name).replace("-", " ")
