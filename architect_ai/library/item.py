"""`ArtifactItem`: one builtin expert example, and the shape of its answer.

An answer is a short lead-in line, a blank line, then exactly one fenced block (```mermaid, ```csharp or
```typescript). `DiagramSpec` is the hand-written form of a diagram before its instructions are composed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

ArtifactKind = Literal["erd", "architecture", "sequence", "flowchart", "code_template"]
Language = Literal["mermaid", "csharp", "typescript"]

DOMAINS = ("ecommerce", "healthcare", "education", "social_media", "crm", "booking", "inventory")
GENERAL_DOMAIN = "general"
DOMAIN_LABELS = {
    "ecommerce": "e-commerce",
    "healthcare": "healthcare",
    "education": "education",
    "social_media": "social media",
    "crm": "CRM",
    "booking": "booking",
    "inventory": "inventory",
    "general": "software",
}
MIN_INSTRUCTIONS = 3
FENCE = "```"
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_FENCED_ANSWER = re.compile(r"^(?P<lead>[^\n]+)\n\n```(?P<lang>[a-z]+)\n(?P<body>.*?)\n```$", re.DOTALL)


class ArtifactItem(BaseModel):
    """One expert example of the library: several requests and the one answer they all deserve."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(description='Unique slug, e.g. "erd-ecommerce-multi-vendor".')
    kind: ArtifactKind
    domain: str = Field(description="One of DOMAINS, or 'general'.")
    style: str = Field(description="ERD subject, architecture style, sequence/code family or flowchart topic.")
    title: str
    instructions: tuple[str, ...]
    answer: str
    language: Language
    subjects: tuple[str, ...] = ()

    @field_validator("id")
    @classmethod
    def _slug(cls, value: str) -> str:
        if not _SLUG.match(value):
            raise ValueError(f"id {value!r} is not a lowercase slug")
        return value

    @field_validator("domain")
    @classmethod
    def _known_domain(cls, value: str) -> str:
        if value not in (*DOMAINS, GENERAL_DOMAIN):
            raise ValueError(f"unknown domain {value!r}")
        return value

    @field_validator("instructions")
    @classmethod
    def _enough_instructions(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if len(set(value)) < MIN_INSTRUCTIONS or len(set(value)) != len(value):
            raise ValueError(f"need at least {MIN_INSTRUCTIONS} distinct instructions, got {len(set(value))}")
        return value

    @model_validator(mode="after")
    def _answer_shape(self) -> ArtifactItem:
        match = _FENCED_ANSWER.match(self.answer)
        if not match:
            raise ValueError(f"{self.id}: answer must be a lead-in line, a blank line and one fenced block")
        if match["lang"] != self.language:
            raise ValueError(f"{self.id}: fence language {match['lang']!r} is not {self.language!r}")
        if FENCE in match["body"]:
            raise ValueError(f"{self.id}: answer holds more than one fenced block")
        if (self.kind == "code_template") != (self.language != "mermaid"):
            raise ValueError(f"{self.id}: code templates are C#/TypeScript, diagrams are Mermaid")
        return self


def make_answer(lead_in: str, language: str, body: str) -> str:
    """The answer shape: `lead_in`, a blank line, then `body` in one fenced block."""
    return f"{lead_in.strip()}\n\n{FENCE}{language}\n{body.strip(chr(10))}\n{FENCE}"


def fenced_body(answer: str) -> str:
    """The text inside the answer's fenced block ('' when the answer has no fence)."""
    match = _FENCED_ANSWER.match(answer)
    return match["body"] if match else ""


def diagram_of(item: ArtifactItem) -> str | None:
    """The Mermaid text of a diagram item; None for code templates."""
    return fenced_body(item.answer) if item.language == "mermaid" else None


@dataclass(frozen=True, slots=True)
class DiagramSpec:
    """A hand-written diagram before its instructions and lead-in are composed.

    Attributes:
        slug: the id without the kind prefix, e.g. "microservices-ecommerce-mesh".
        style: architecture style, sequence family or flowchart topic.
        domain: one of DOMAINS or "general".
        title: a short human title.
        subject: a noun phrase the requests talk about, e.g. "an e-commerce platform on a service mesh".
        summary: the lead-in's gist, one clause, e.g. "the gateway routes to four services that share a Kafka bus".
        text: the Mermaid source.
        subjects: the key nouns (services, participants, steps).
    """

    slug: str
    style: str
    domain: str
    title: str
    subject: str
    summary: str
    text: str
    subjects: tuple[str, ...] = ()
