"""The builtin code templates, fitted to the repository: its stack decides which are used, its names fill them.

A template's *stack* is what its code needs (C#, ASP.NET controllers, MongoDB, Angular, a settings interface, a
controller base class). A template whose stack the repository shows is rewritten with the repository's own names
from the mined `Convention`s (settings interface, controller base class, DTO suffix, Angular DI style — see
`di_style`) and may keep "our pattern"
phrasing. Any other template is left out (`library_code="matching"`, the default), or kept with neutral requests
that never call it the team's convention (`"all"`); `"none"` leaves every code template out. Diagrams are
untouched.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from architect_ai.data import Convention
from architect_ai.generate.di_style import to_inject_function, uses_inject_function

#: The sample project's names the templates are written with.
SAMPLE_SETTINGS = "IMongoDBSettings"
SAMPLE_BASE = "BaseApiController"
SAMPLE_DTO_SUFFIX = "Dto"
_SETTINGS_INTERFACE = re.compile(r"^I\w*Settings$")
_DTO_NAME = re.compile(r"\b([A-Z][A-Za-z0-9]*?)Dto\b")

NEUTRAL_REQUESTS = (
    "Show a reference example of {title} — a generic {stack} template, not this repository's code.",
    "Write {title} as a textbook {stack} example.",
    "What does {title} typically look like in {stack}? Write it.",
)
_STACK_LABELS = {"csharp": "C#", "typescript": "TypeScript"}


def item_stack(language: str, answer: str) -> frozenset[str]:
    """What a code template's code needs from a repository to be that repository's convention."""
    needs = {language}
    if re.search(r"\[ApiController\]|ControllerBase\b|\bController\b\s*$|" + SAMPLE_BASE, answer, re.M):
        needs.add("aspnet")
    if re.search(r"\bBson\w+|IMongo\w+|MongoDB", answer):
        needs.add("mongodb")
    if language == "typescript" and re.search(r"@angular/|@Injectable|@Component|HttpClient", answer):
        needs.add("angular")
    if SAMPLE_SETTINGS in answer:
        needs.add("settings_interface")
    if SAMPLE_BASE in answer:
        needs.add("controller_base")
    return frozenset(needs)


def repo_names(conventions: Sequence[Convention]) -> dict[str, str]:
    """The repository's own names for what the templates spell the sample's way."""
    by_id = {c.id: c for c in conventions}
    names: dict[str, str] = {}
    settings = by_id.get("settings_interface_injection")
    interface = next((n for n in (settings.names if settings else ()) if _SETTINGS_INTERFACE.match(n)), None)
    if interface:
        names["settings_interface"] = interface
    base = by_id.get("controller_base_class")
    if base and base.names:
        names["controller_base"] = base.names[0]
    dto = by_id.get("dto_suffix")
    if dto and dto.names:
        names["dto_suffix"] = dto.names[0]
    return names


def repo_stack(languages: Iterable[str], roles: Iterable[str], conventions: Sequence[Convention]) -> frozenset[str]:
    """What the repository shows: its code languages, frameworks, stores and the names it has."""
    ids = {c.id for c in conventions}
    role_set = set(roles)
    stack = set(languages) & {"csharp", "typescript", "javascript", "python", "java"}
    if "dotnet_controller" in role_set or "aspnet_attributes" in ids:
        stack.add("aspnet")
    if {"bson_attributes", "mongo_collection_access"} & ids:
        stack.add("mongodb")
    if any(role.startswith("angular_") for role in role_set):
        stack.add("angular")
    stack.update(repo_names(conventions))  # settings_interface, controller_base (dto_suffix is not a need)
    return frozenset(stack)


def rename(text: str, names: Mapping[str, str]) -> str:
    """The sample's names replaced by the repository's, whole identifiers only (never inside another name)."""
    if "settings_interface" in names:
        text = re.sub(rf"\b{SAMPLE_SETTINGS}\b", names["settings_interface"], text)
    if "controller_base" in names:
        text = re.sub(rf"\b{SAMPLE_BASE}\b", names["controller_base"], text)
    suffix = names.get("dto_suffix", SAMPLE_DTO_SUFFIX)
    if suffix != SAMPLE_DTO_SUFFIX:
        text = _DTO_NAME.sub(lambda m: m.group(1) + suffix, text)
    return text


def fit_library(
    items: Sequence,
    *,
    mode: str,
    languages: Iterable[str],
    roles: Iterable[str],
    conventions: Sequence[Convention],
) -> tuple:
    """The library items of this run: code templates kept, rewritten or left out by `mode` (see module doc)."""
    stack = repo_stack(languages, roles, conventions)
    names = repo_names(conventions)
    inject_style = uses_inject_function(conventions)
    fitted = []
    for item in items:
        if item.kind != "code_template":
            fitted.append(item)
            continue
        if mode == "none":
            continue
        if item_stack(item.language, item.answer) <= stack:
            instructions = tuple(dict.fromkeys(rename(text, names) for text in item.instructions))
            answer = rename(item.answer, names)
            if inject_style and item.language == "typescript":
                answer = to_inject_function(answer)
            fitted.append(item.model_copy(update={"answer": answer, "instructions": instructions}))
        elif mode == "all":
            label = _STACK_LABELS.get(item.language, item.language)
            neutral = tuple(
                r.format(title=item.title[:1].lower() + item.title[1:], stack=label) for r in NEUTRAL_REQUESTS
            )
            fitted.append(item.model_copy(update={"instructions": neutral}))
    return tuple(fitted)
