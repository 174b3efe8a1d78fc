"""The validation suite: prompts with assertions, from a user's YAML/JSON file or built from the dataset.

`build_suite(conventions)` gives the strategy document's four prompts plus one prompt per mined convention,
each asserting the repository's *real* names (its settings interface, DTO suffix, controller base class…),
so the same suite works for any mother project.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from architect_ai.config import DEFAULT_SYSTEM_PROMPT, describe_validation_error
from architect_ai.data import Convention, Evidence
from architect_ai.errors import UserError
from architect_ai.inputs import read_input_json_object, read_input_text
from architect_ai.validate.assertions import (
    Assertion,
    CodeBlockLanguage,
    Contains,
    MermaidKind,
    MermaidParses,
    MinEntities,
    MinParticipants,
    MinRelationships,
    Regex,
)

MANIFEST_NAME = "manifest.json"
MAX_SUITE_BYTES = 2_000_000
BUILTIN_SUITE_NAME = "builtin"
#: The category of a held-out unit's prompt (`validate.transfer_suite`).
TRANSFER_CATEGORY = "transfer"
#: Conventions the other prompts already exercise (every controller, service… prompt shows the suffix).
COVERED_ELSEWHERE = frozenset({"controller_suffix", "service_suffix", "repository_suffix", "component_suffix"})


class Prompt(BaseModel):
    """One question to the model and what its answer must show."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(min_length=1, pattern=r"^[A-Za-z0-9_.-]+$")
    prompt: str = Field(min_length=1)
    category: str = "custom"  # strategy | convention | transfer | custom
    system: str | None = None  # overrides the suite's system prompt
    assertions: list[Assertion] = Field(min_length=1)


class Suite(BaseModel):
    """A named list of prompts; `system` is sent with every prompt (the dataset's system prompt by default)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = "custom"
    description: str = ""
    system: str = DEFAULT_SYSTEM_PROMPT
    prompts: list[Prompt] = Field(min_length=1)

    @field_validator("prompts")
    @classmethod
    def _unique_ids(cls, prompts: list[Prompt]) -> list[Prompt]:
        seen: set[str] = set()
        for prompt in prompts:
            if prompt.id in seen:
                raise ValueError(f"prompt id {prompt.id!r} is used twice")
            seen.add(prompt.id)
        return prompts

    @property
    def assertion_count(self) -> int:
        return sum(len(p.assertions) for p in self.prompts)


def load_suite(path: str | Path) -> Suite:
    """Read a suite from YAML (`.yaml`/`.yml`) or JSON; any problem is a one-line `UserError`."""
    path = Path(path)
    text = read_input_text(path, what="suite file", max_bytes=MAX_SUITE_BYTES)
    try:
        data = json.loads(text) if path.suffix.lower() == ".json" else yaml.safe_load(text)
    except (UnicodeDecodeError, json.JSONDecodeError, yaml.YAMLError) as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise UserError(f"suite file {path} is not valid {path.suffix.lstrip('.') or 'YAML'}: {first}") from None
    if not isinstance(data, dict):
        raise UserError(f"suite file {path} must hold a mapping with a 'prompts' list")
    try:
        return Suite.model_validate(data)
    except ValidationError as exc:
        raise UserError(f"suite file {path}: {describe_validation_error(exc)}") from None


def load_conventions(dataset_dir: str | Path) -> list[Convention]:
    """The conventions mined for a dataset (`manifest.json` key `conventions`); [] when there are none."""
    manifest = Path(dataset_dir) / MANIFEST_NAME
    if not manifest.exists():
        return []
    data = read_input_json_object(manifest, what="manifest")  # a FIFO, /dev/zero or a JSON list: one line
    items = data.get("conventions") or []
    if not isinstance(items, list):
        raise UserError(f"{manifest}: 'conventions' must be a list")
    conventions = []
    for item in items:
        try:
            conventions.append(
                Convention(
                    id=str(item["id"]),
                    description=str(item.get("description", "")),
                    count=int(item.get("count", 0)),
                    names=tuple(str(n) for n in item.get("names") or ()),
                    evidence=tuple(
                        Evidence(path=e["path"], line=int(e["line"]), text=e.get("text", ""))
                        for e in item.get("evidence") or ()
                    ),
                    languages=tuple(str(n) for n in item.get("languages") or ()),
                    origin=str(item.get("origin", "miner")),
                    teachable=bool(item.get("teachable", True)),
                )
            )
        except (KeyError, TypeError, ValueError, AttributeError):
            raise UserError(f"{manifest}: a convention is malformed: {str(item)[:120]}") from None
    return conventions


def load_system_prompt(dataset_dir: str | Path) -> str | None:
    """The system prompt the dataset was built with (the manifest's RunConfig), if recorded."""
    manifest = Path(dataset_dir) / MANIFEST_NAME
    try:
        data = read_input_json_object(manifest, what="manifest")
    except UserError:
        return None
    for key in ("config", "run_config"):
        value = (data.get(key) or {}).get("system_prompt") if isinstance(data.get(key), dict) else None
        if value:
            return str(value)
    return None


def build_suite(conventions: Iterable[Convention] = (), *, system: str = DEFAULT_SYSTEM_PROMPT) -> Suite:
    """The builtin suite: the strategy's four prompts, then one prompt per mined convention."""
    found = {c.id: c for c in conventions}
    prompts = strategy_prompts(found) + [p for c in found.values() if (p := convention_prompt(c)) is not None]
    return Suite(
        name=BUILTIN_SUITE_NAME,
        description="The strategy document's four prompts plus checks generated from the repository's conventions.",
        system=system,
        prompts=prompts,
    )


def _name(conventions: dict[str, Convention], cid: str) -> str | None:
    convention = conventions.get(cid)
    return convention.names[0] if convention and convention.names else None


def strategy_prompts(conventions: dict[str, Convention]) -> list[Prompt]:
    """The strategy document's four validation prompts, the first one using the repository's real names."""
    settings = _name(conventions, "settings_interface_injection")
    base = _name(conventions, "controller_base_class")
    suffix = _name(conventions, "dto_suffix")
    controller: list = [CodeBlockLanguage(language="csharp"), Contains(value=["MongoDB", "IMongoCollection"])]
    if settings:
        controller.append(Contains(value=settings, case_sensitive=True, label=f"uses {settings}"))
    if base:
        controller.append(
            Regex(pattern=rf"class\s+\w+\s*:\s*{re.escape(base)}\b", label=f"derives from {base}"),
        )
    else:
        controller.append(Regex(pattern=r"class\s+\w*Controller\b", label="declares a controller"))
    if suffix:
        controller.append(Regex(pattern=rf"\b[A-Z]\w*{re.escape(suffix)}\b", label=f"DTOs named Xxx{suffix}"))
    return [
        Prompt(
            id="registration-controller",
            category="strategy",
            prompt="Create a registration controller with MongoDB",
            assertions=controller,
        ),
        Prompt(
            id="ecommerce-erd",
            category="strategy",
            prompt="Generate an ERD for an e-commerce system",
            assertions=[
                MermaidKind(kind="erDiagram"),
                MermaidParses(),
                MinEntities(min=4),
                MinRelationships(min=3),
            ],
        ),
        Prompt(
            id="microservices-architecture",
            category="strategy",
            prompt="Show the architecture for a microservices app",
            assertions=[
                MermaidParses(),
                Regex(pattern=r"gateway", ignore_case=True, label="has a gateway"),
                Regex(
                    pattern=r"\b\w+[ _-]?service\b",
                    ignore_case=True,
                    min_matches=3,
                    label="≥3 services",
                ),
                Contains(
                    value=["mesh", "queue", "bus", "kafka", "rabbitmq", "broker"],
                    label="has a mesh, queue or bus",
                ),
            ],
        ),
        Prompt(
            id="auth-sequence",
            category="strategy",
            prompt="Sequence diagram for user authentication",
            assertions=[
                MermaidKind(kind="sequenceDiagram"),
                MermaidParses(),
                MinParticipants(min=3),
                Regex(pattern=r"credential|password", ignore_case=True, label="sends credentials"),
                Regex(pattern=r"token|jwt", ignore_case=True, label="returns a token"),
            ],
        ),
    ]


def convention_prompt(convention: Convention) -> Prompt | None:
    """A prompt that should make the tuned model show this convention, asserting its real names."""
    names = list(convention.names)
    first = names[0] if names else None
    pid = f"convention-{convention.id.replace('_', '-')}"
    cs = CodeBlockLanguage(language="csharp")
    ts = CodeBlockLanguage(language="typescript")

    def exact(name: str, label: str | None = None) -> Contains:
        return Contains(value=name, case_sensitive=True, label=label)

    match convention.id:
        case "settings_interface_injection" if first:
            text = "Add a service for invoices that stores them in MongoDB"
            checks = [cs, exact(first, f"injects {first}"), Regex(pattern=rf"\(\s*{re.escape(first)}\s+\w+")]
        case "dto_suffix" if first:
            text = "Create the data transfer objects for an invoice and its line items"
            checks = [cs, Regex(pattern=rf"\bclass\s+[A-Z]\w*{re.escape(first)}\b", min_matches=2)]
        case "controller_base_class" if first:
            text = "Create a controller for invoices"
            checks = [cs, Regex(pattern=rf":\s*{re.escape(first)}\b", label=f"derives from {first}")]
        case "bson_attributes" if names:
            text = "Write the MongoDB document model for an invoice"
            checks = [cs, *(exact(n) for n in names[:3])]
        case "angular_httpclient_observable":
            text = "Write an Angular service for invoices that calls the backend API"
            checks = [ts, exact("HttpClient"), exact("Observable")]
        case "angular_provided_in_root":
            text = "Create an Angular service that shows notifications"
            checks = [ts, Regex(pattern=r"providedIn:\s*['\"]root['\"]", label="providedIn: 'root'")]
        case "mongo_collection_access":
            # names are usages such as `IMongoCollection<Book>` or `GetCollection<Loan>`: assert the access form
            forms = list(dict.fromkeys(n.split("<", 1)[0] + "<" for n in names)) or ["IMongoCollection<"]
            text = "Write a repository for invoices"
            checks = [cs, Contains(value=forms[:3], case_sensitive=True)]
        case "aspnet_attributes" if names:
            text = "Add a controller action that returns one invoice by id"
            checks = [cs, Contains(value=[f"[{n}" for n in names[:3]], case_sensitive=True)]
        case "async_await":
            text = "Add a method that loads an invoice from the database"
            checks = [Regex(pattern=r"\basync\b"), Regex(pattern=r"\bawait\b")]
        case cid if cid in COVERED_ELSEWHERE:
            return None
        case "di_registration" if names:
            text = "Register a new InvoiceService in Program.cs"
            alternatives = "|".join(re.escape(n) for n in names[:5])
            checks = [Regex(pattern=rf"\b(?:{alternatives})\b", label=f"registers with {' or '.join(names[:3])}")]
        case _ if first and convention.origin == "miner":
            # Catalogue and statistical conventions (analyze/detectors, analyze/statistical) have no prompt yet:
            # their names are the repository's own classes, which a new feature would not reuse.
            text = f"Write code for a new invoices feature that follows this convention: {convention.description}"
            checks = [Contains(value=names[:3], case_sensitive=True)]
        case _:
            return None
    return Prompt(id=pid, category="convention", prompt=text, assertions=checks)
