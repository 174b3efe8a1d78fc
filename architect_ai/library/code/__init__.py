"""Code templates: resources rendered to .NET controllers, DTOs and Angular services, plus validation code."""

from __future__ import annotations

from collections.abc import Callable

from architect_ai.library.code.angular import render_service
from architect_ai.library.code.dotnet import render_controller, render_dto
from architect_ai.library.code.model import CodeSpec, Resource
from architect_ai.library.code.resources import RESOURCES
from architect_ai.library.code.validation import VALIDATION
from architect_ai.library.item import DOMAIN_LABELS, ArtifactItem, make_answer
from architect_ai.library.phrasing import compose_instructions, compose_lead_in, human_list

#: Fields named in the `{focus}` slot of generated templates.
FOCUS_FIELDS = 4


def _generated(family: str, resource: Resource, index: int) -> ArtifactItem:
    """One generated template of `family` for `resource`."""
    name, plural = resource.name, resource.plural
    variants: dict[str, tuple[str, str, str, str, Callable[[Resource], str], tuple[str, ...]]] = {
        "dotnet_controller": (
            f"controller-{resource.collection.lower()}",
            "csharp",
            f"the {plural}Controller",
            f"it derives from BaseApiController, opens the {resource.collection} collection through the injected "
            f"IMongoDBSettings and exposes a paged list, CRUD and a lookup by {resource.lookup}",
            render_controller,
            (f"{plural}Controller", "BaseApiController", "IMongoDBSettings", f"{name}Dto"),
        ),
        "dto": (
            f"dto-{resource.collection.lower()}",
            "csharp",
            f"the {name}Dto class",
            f"[BsonId] with an ObjectId representation, camelCase [BsonElement] names and DataAnnotations on "
            f"{len(resource.fields)} fields",
            render_dto,
            (f"{name}Dto", "BsonId", "BsonElement", "DataAnnotations"),
        ),
        "angular_service": (
            f"angular-service-{resource.collection.lower()}",
            "typescript",
            f"the Angular {name}Service",
            "typed HttpClient calls returning Observables, a retry on reads and catchError turning failures into "
            "readable messages",
            render_service,
            (f"{name}Service", "HttpClient", "Observable", name),
        ),
    }
    slug, language, title, summary, render, subjects = variants[family]
    slots = {
        "subject": resource.subject,
        "item": resource.item,
        "name": plural if family == "dotnet_controller" else name,
        "domain": DOMAIN_LABELS[resource.domain],
        "focus": human_list([f.name for f in resource.fields[:FOCUS_FIELDS]]),
        "title": title,
        "summary": summary,
    }
    return ArtifactItem(
        id=f"code-{slug}",
        kind="code_template",
        domain=resource.domain,
        style=family,
        title=title[0].upper() + title[1:],
        instructions=compose_instructions(f"code_template:{family}", index, **slots),
        answer=make_answer(compose_lead_in("code_template", index, **slots), language, render(resource)),
        language=language,
        subjects=subjects,
    )


def _handwritten(spec: CodeSpec, index: int) -> ArtifactItem:
    slots = {
        "subject": spec.subject,
        "name": spec.name,
        "domain": DOMAIN_LABELS[spec.domain],
        "focus": human_list(spec.focus),
        "title": spec.title,
        "summary": spec.summary,
    }
    return ArtifactItem(
        id=f"code-{spec.slug}",
        kind="code_template",
        domain=spec.domain,
        style="validation",
        title=spec.title[0].upper() + spec.title[1:],
        instructions=compose_instructions("code_template:validation", index, **slots),
        answer=make_answer(compose_lead_in("code_template", index, **slots), spec.language, spec.code),
        language=spec.language,
        subjects=(spec.name, *spec.focus),
    )


def code_template_items() -> tuple[ArtifactItem, ...]:
    """Controllers, DTOs and Angular services for every resource, then the validation templates."""
    generated = [
        _generated(family, resource, index)
        for family in ("dotnet_controller", "dto", "angular_service")
        for index, resource in enumerate(RESOURCES)
    ]
    return (*generated, *(_handwritten(spec, index) for index, spec in enumerate(VALIDATION)))
