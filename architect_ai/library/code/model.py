"""Domain resources declared once and rendered to C# DTOs, .NET controllers and Angular services."""

from __future__ import annotations

import re
from dataclasses import dataclass
from textwrap import dedent

#: C# property type → TypeScript type.
TS_TYPES = {
    "string": "string",
    "int": "number",
    "long": "number",
    "decimal": "number",
    "double": "number",
    "bool": "boolean",
    "DateTime": "string",
    "List<string>": "string[]",
}
#: The namespace root of each domain's sample application.
NAMESPACES = {
    "ecommerce": "Shop.Api",
    "healthcare": "Clinic.Api",
    "education": "Campus.Api",
    "social_media": "Social.Api",
    "crm": "Crm.Api",
    "booking": "Booking.Api",
    "inventory": "Warehouse.Api",
    "general": "App.Api",
}
_PLACEHOLDER = re.compile(r"<<(\w+)>>")


@dataclass(frozen=True, slots=True)
class Field:
    """One property of a resource, with the validation it carries.

    Attributes:
        name: PascalCase property name.
        type: C# type, a key of `TS_TYPES`.
        required: [Required] (and non-optional in TypeScript).
        max_length: [StringLength(max_length)] for strings.
        range: [Range(low, high)] for numbers.
        email, phone: [EmailAddress] / [Phone].
        pattern: [RegularExpression(pattern)].
        reference: an ObjectId of another collection (stored as ObjectId, typed string).
    """

    name: str
    type: str = "string"
    required: bool = True
    max_length: int | None = None
    range: tuple[str, str] | None = None
    email: bool = False
    phone: bool = False
    pattern: str | None = None
    reference: bool = False

    def __post_init__(self) -> None:
        if self.type not in TS_TYPES:
            raise ValueError(f"unsupported type {self.type!r} for {self.name}")

    @property
    def camel(self) -> str:
        return self.name[0].lower() + self.name[1:]

    @property
    def ts_type(self) -> str:
        return TS_TYPES[self.type]


@dataclass(frozen=True, slots=True)
class Resource:
    """A MongoDB-backed resource of one domain.

    Attributes:
        name: singular PascalCase type name, e.g. "Patient" (→ PatientDto, PatientsController, PatientService).
        plural: PascalCase plural, e.g. "Patients".
        item: singular human noun for requests, e.g. "patient".
        subject: plural human phrase for requests, e.g. "patients".
        domain: one of the library's domains or "general".
        fields: the properties besides the Id.
        sort: the field lists are sorted by.
        lookup: the field of the extra lookup endpoint (unique → one result, otherwise a list).
        lookup_unique: whether `lookup` is unique (POST then answers 409 on a duplicate).
    """

    name: str
    plural: str
    item: str
    subject: str
    domain: str
    fields: tuple[Field, ...]
    sort: str
    lookup: str
    lookup_unique: bool = True

    def __post_init__(self) -> None:
        names = {f.name for f in self.fields}
        if self.sort not in names or self.lookup not in names:
            raise ValueError(f"{self.name}: sort/lookup must name one of its fields")

    @property
    def collection(self) -> str:
        return self.plural[0].lower() + self.plural[1:]

    @property
    def namespace(self) -> str:
        return NAMESPACES[self.domain]

    def field(self, name: str) -> Field:
        return next(f for f in self.fields if f.name == name)


def kebab(name: str) -> str:
    """'ConfirmationCode' → 'confirmation-code'."""
    return "".join(f"-{c.lower()}" if c.isupper() and i else c.lower() for i, c in enumerate(name))


def fill(template: str, **values: str) -> str:
    """Replace `<<key>>` placeholders (C# and TypeScript are full of braces, so no str.format).

    Raises:
        KeyError: a placeholder without a value.
    """
    return _PLACEHOLDER.sub(lambda m: values[m.group(1)], template)


@dataclass(frozen=True, slots=True)
class CodeSpec:
    """A hand-written code template.

    Attributes:
        slug: id without the "code-" prefix.
        domain: one of the library's domains or "general".
        language: "csharp" or "typescript".
        title: used in the lead-in ("Here is {title}: …"), e.g. "the error-handling middleware".
        subject: a noun phrase for requests, e.g. "unhandled exceptions in our API".
        name: a noun phrase naming the main type, e.g. "an ErrorHandlingMiddleware".
        summary: the lead-in's gist.
        focus: what the code covers, for the `{focus}` slot.
        code: the source.
    """

    slug: str
    domain: str
    language: str
    title: str
    subject: str
    name: str
    summary: str
    focus: tuple[str, ...]
    code: str


def code(text: str) -> str:
    """Source written indented inside a Python literal, dedented and without surrounding blank lines."""
    return dedent(text).strip("\n")
