"""Composed phrasings: the requests a user might type for an artifact, and the answer's lead-in line.

Each pool holds structurally different requests (imperative, question, team context, constraint list …), not one
sentence with synonyms swapped. An item takes `INSTRUCTIONS_PER_ITEM` of them, rotated by its position so the
library as a whole uses every phrasing evenly. Slots: `{subject}` (a noun phrase), `{focus}` (a list of key
nouns), `{domain}` (the domain label), `{style}` (the style label),
`{name}` (a type name or, for validation, a noun phrase) and `{item}` (a singular noun for code).
"""

from __future__ import annotations

from collections.abc import Sequence

INSTRUCTIONS_PER_ITEM = 4
#: Offsets into a pool: pairwise distinct modulo every pool size used below (all pools have 8 phrasings).
_OFFSETS = (0, 3, 5, 6)

STYLE_LABELS = {
    "microservices": "microservices",
    "serverless": "serverless",
    "event_driven": "event-driven",
    "three_tier": "three-tier",
    "cicd": "CI/CD",
    "realtime": "real-time",
}

POOLS: dict[str, tuple[str, ...]] = {
    "erd": (
        "Generate an ERD for {subject}.",
        "Design the data model of {subject} as a Mermaid entity-relationship diagram, with primary and foreign "
        "keys marked.",
        "We're building {subject} — what entities and relationships do we need? Answer with a Mermaid erDiagram.",
        "Draw a Mermaid erDiagram for {subject} with the entities {focus}, including attribute types and "
        "cardinalities.",
        "What would the database schema for {subject} look like? Show the tables and how they relate.",
        "You're the data architect on our {domain} project: model {subject}. Use crow's-foot cardinalities and label "
        "every relationship.",
        "Can you sketch the entity-relationship model behind {subject}? Key entities: {focus}.",
        "I need an ER diagram in Mermaid syntax: {subject}, keys and relationships included.",
    ),
    "architecture": (
        "Show the architecture for {subject}.",
        "Draw a Mermaid flowchart of the {style} architecture of {subject}, grouping components in subgraphs.",
        "How would you architect {subject}? Give me the component diagram in Mermaid.",
        "Propose a design in the {style} style for {subject} covering {focus}. Diagram it.",
        "Create an architecture diagram (Mermaid) for {subject} that shows {focus}.",
        "Sketch the system landscape of {subject}: which components exist and how do they talk to each other?",
        "Our team is planning {subject}. Produce a high-level architecture diagram in the {style} style.",
        "Visualize the components and data flow of {subject} as a Mermaid diagram.",
    ),
    "sequence": (
        "Sequence diagram for {subject}.",
        "Draw a Mermaid sequence diagram of {subject}, including the error paths.",
        "Walk me through {subject} as a sequence diagram: who calls whom, in which order?",
        "Show the interactions between {focus} during {subject}.",
        "Generate a sequenceDiagram that documents {subject} step by step.",
        "How does {subject} work end to end? Illustrate it with a Mermaid sequence diagram.",
        "For our {domain} system, model {subject} as a sequence of calls with activations and alternatives.",
        "I need to explain {subject} to the team — create the sequence diagram.",
    ),
    "flowchart": (
        "Create a flowchart for {subject}.",
        "Map out {subject} as a Mermaid flowchart with its decision points.",
        "What are the steps and decisions in {subject}? Draw them as a flowchart.",
        "Diagram the business process of {subject}, from start to finish.",
        "Our {domain} team needs a process diagram of {subject}. Use Mermaid.",
        "Turn {subject} into a decision flow that covers {focus}.",
        "Give me a Mermaid flowchart (flowchart TD) describing {subject}.",
        "How should {subject} be handled? Lay out the workflow with branches for each outcome.",
    ),
    "code_template:dotnet_controller": (
        "Create a {item} controller with MongoDB.",
        "Write an ASP.NET Core API controller for {subject} that gets its MongoDB connection through "
        "IMongoDBSettings and derives from BaseApiController.",
        "Generate the .NET CRUD endpoints for {subject} backed by a MongoDB collection.",
        "We need a REST controller for {subject}. Follow our pattern: constructor-injected IMongoDBSettings and "
        "the BaseApiController base class.",
        "Implement {name}Controller in C# with list, get, create, update and delete actions.",
        "How would you expose {subject} over HTTP in our .NET + MongoDB backend? Show the controller.",
        "Build the {name} API controller with the same dependency injection pattern as our other controllers.",
        "Scaffold a MongoDB-backed controller for the {domain} {item} resource.",
    ),
    "code_template:dto": (
        "Create the {name}Dto class.",
        "Write a C# DTO for the {item} document with BSON attributes for MongoDB and DataAnnotations validation.",
        "Map {subject} to a MongoDB document class following the XxxDto naming convention.",
        "Which fields does a {name}Dto need? Write it with [BsonId], [BsonElement] and validation attributes.",
        "Generate the data transfer object for {subject} in our {domain} .NET API.",
        "Define {name}Dto for the {subject} collection: ObjectId key, camelCase element names, required fields.",
        "Our MongoDB documents need a DTO for the {item} entity. Produce it in C#.",
        "Model a {item} as a .NET DTO with {focus}.",
    ),
    "code_template:angular_service": (
        "Create an Angular service for {subject}.",
        "Write an injectable Angular service that calls the {item} REST API with HttpClient and returns Observables.",
        "Produce Angular service methods for the {subject} backend API, with error handling via catchError.",
        "Implement the TypeScript data-access service {name}Service (providedIn root, typed models).",
        "How should our Angular front end talk to the {subject} endpoints? Write the service.",
        "Generate {name}Service for the {domain} app: list, get, create, update and delete over HttpClient.",
        "We need the client side of the {item} API in Angular — a service with typed Observables.",
        "Build an Angular service similar to our other API services for {subject}.",
    ),
    "code_template:validation": (
        "Add input validation and error handling for {subject}.",
        "Write {name} for {subject}, with a clear message for every rule that fails.",
        "How do we make {subject} reject bad input with clear messages? Show the code.",
        "Implement {name} in our {domain} application.",
        "We keep seeing invalid data and unhelpful errors in {subject}. Fix that with proper validation code.",
        "Produce robust validation for {subject}, following the framework's conventions.",
        "Create {name}: it should cover {focus}.",
        "What's the idiomatic way to handle errors and validation in {subject}? Write it.",
    ),
}

LEAD_INS: dict[str, tuple[str, ...]] = {
    "erd": (
        "Here is the ERD for {subject}: {summary}.",
        "This Mermaid ER diagram models {subject} — {summary}.",
        "The data model for {subject}: {summary}.",
    ),
    "architecture": (
        "Here is the {style} architecture for {subject}: {summary}.",
        "This diagram shows {subject} — {summary}.",
        "Architecture of {subject}: {summary}.",
    ),
    "sequence": (
        "Here is the sequence diagram for {subject}: {summary}.",
        "This sequence diagram walks through {subject} — {summary}.",
        "The flow of {subject}: {summary}.",
    ),
    "flowchart": (
        "Here is the flowchart for {subject}: {summary}.",
        "This flowchart lays out {subject} — {summary}.",
        "The process of {subject}: {summary}.",
    ),
    "code_template": (
        "Here is {title}: {summary}.",
        "{title} — {summary}.",
        "This is {title}: {summary}.",
    ),
}


def human_list(words: Sequence[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    words = [w for w in words if w]
    if len(words) <= 1:
        return "".join(words)
    return f"{', '.join(words[:-1])} and {words[-1]}"


def compose_instructions(pool: str, index: int, **slots: str) -> tuple[str, ...]:
    """`INSTRUCTIONS_PER_ITEM` different requests from `POOLS[pool]`, rotated by `index`.

    Args:
        pool: a key of `POOLS` ("erd", "sequence", "code_template:dto" …).
        index: the item's position among its kind, so neighbours get different phrasings.
        **slots: values for the placeholders the pool uses.
    """
    templates = POOLS[pool]
    chosen = (templates[(index + offset) % len(templates)] for offset in _OFFSETS)
    return tuple(_fill(template, slots) for template in chosen)


def compose_lead_in(kind: str, index: int, **slots: str) -> str:
    """The one-line lead-in of an answer."""
    templates = LEAD_INS[kind]
    line = _fill(templates[index % len(templates)], slots)
    return line[0].upper() + line[1:]


def _fill(template: str, slots: dict[str, str]) -> str:
    text = template.format(**slots)
    return " ".join(text.split())
