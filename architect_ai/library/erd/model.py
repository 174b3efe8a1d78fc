"""Entity models declared once and rendered to Mermaid `erDiagram`.

A domain declares a `Catalog` (entities and the relationships between them); each `ErdSpec` picks a subset of
its entities, and `render_erd` draws those entities with every catalog relationship among them. So one catalog
yields several genuinely different diagrams (a shopping cart, a multi-vendor marketplace …) without repeating a
single attribute.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ATTRIBUTE_TYPES = frozenset(
    {"string", "int", "long", "decimal", "bool", "date", "datetime", "time", "text", "json", "uuid", "float"}
)
KEY_MARKERS = frozenset({"PK", "FK", "UK"})

# Crow's-foot cardinalities (left side, line, right side). Identifying (solid) lines only: the child's key
# depends on the parent in these models; `..` lines are used where noted in the spec.
ONE_TO_ONE = "||--||"
ONE_TO_ZERO_OR_ONE = "||--o|"
ONE_TO_MANY = "||--o{"
ONE_TO_ONE_OR_MORE = "||--|{"
ZERO_OR_ONE_TO_MANY = "|o--o{"
MANY_TO_MANY = "}o--o{"
CARDINALITIES = frozenset(
    {ONE_TO_ONE, ONE_TO_ZERO_OR_ONE, ONE_TO_MANY, ONE_TO_ONE_OR_MORE, ZERO_OR_ONE_TO_MANY, MANY_TO_MANY}
)

MIN_ENTITIES = 4
_NAME = re.compile(r"^[A-Z][A-Z0-9_]*$")
_WORD = re.compile(r"^[a-z][a-z0-9_]*$")


@dataclass(frozen=True, slots=True)
class Attribute:
    name: str
    type: str
    keys: tuple[str, ...] = ()
    comment: str = ""
    ref: str = ""  # the entity a foreign key points to, when its name does not say it (`owner_id` → SALES_REP)

    def render(self) -> str:
        parts = [self.type, self.name]
        if self.keys:
            parts.append(", ".join(self.keys))
        if self.comment:
            parts.append(f'"{self.comment}"')
        return " ".join(parts)


@dataclass(frozen=True, slots=True)
class Entity:
    name: str
    attributes: tuple[Attribute, ...]

    @property
    def label(self) -> str:
        """'ORDER_ITEM' → 'order item'."""
        return self.name.lower().replace("_", " ")


@dataclass(frozen=True, slots=True)
class Relationship:
    left: str
    cardinality: str
    right: str
    label: str

    def render(self) -> str:
        return f'{self.left} {self.cardinality} {self.right} : "{self.label}"'


@dataclass(frozen=True, slots=True)
class Catalog:
    """Every entity and relationship of one domain."""

    domain: str
    entities: tuple[Entity, ...]
    relationships: tuple[Relationship, ...]

    def __post_init__(self) -> None:
        names = [e.name for e in self.entities]
        if len(names) != len(set(names)):
            raise ValueError(f"{self.domain}: duplicate entity names")
        for rel in self.relationships:
            for end in (rel.left, rel.right):
                if end not in names:
                    raise ValueError(f"{self.domain}: relationship {rel.render()} names unknown entity {end}")
        for ent in self.entities:
            for attribute in ent.attributes:
                if "FK" in attribute.keys and fk_target(self, ent, attribute) is None:
                    raise ValueError(f"{self.domain}: {ent.name}.{attribute.name} references no known entity")

    def entity(self, name: str) -> Entity:
        for entity in self.entities:
            if entity.name == name:
                return entity
        raise KeyError(f"{self.domain}: no entity {name}")


@dataclass(frozen=True, slots=True)
class ErdSpec:
    """One diagram: a subset of a catalog.

    Attributes:
        style: the diagram's subject slug, e.g. "multi_vendor".
        title: human title.
        subject: a noun phrase for requests, e.g. "a multi-vendor e-commerce marketplace".
        summary: the lead-in's gist.
        entities: names from the catalog, in drawing order.
    """

    style: str
    title: str
    subject: str
    summary: str
    entities: tuple[str, ...]


def attr(spec: str, comment: str = "") -> Attribute:
    """Parse 'name:type', 'name:type:PK,FK' or 'name:type:FK:ENTITY' (single words, as Mermaid requires)."""
    name, type_, *rest = spec.split(":")
    keys = tuple(k for k in (rest[0].split(",") if rest else ()) if k)
    ref = rest[1] if len(rest) > 1 else ""
    if not _WORD.match(name) or type_ not in ATTRIBUTE_TYPES or not set(keys) <= KEY_MARKERS:
        raise ValueError(f"bad attribute spec {spec!r}")
    if len(rest) > 2 or (ref and ("FK" not in keys or not _NAME.match(ref))):
        raise ValueError(f"bad attribute spec {spec!r}")
    if '"' in comment:
        raise ValueError(f"attribute comment may not contain a double quote: {comment!r}")
    return Attribute(name, type_, keys, comment, ref)


def fk_target(catalog: Catalog, owner: Entity, attribute: Attribute) -> str | None:
    """The entity a foreign key points to: its explicit `ref`, `parent_id` → the owner itself, else the longest
    trailing words of the column that name an entity (`shipping_address_id` → ADDRESS, `variant_id` →
    PRODUCT_VARIANT when the name ends so and is the only one). None when nothing matches."""
    names = [e.name for e in catalog.entities]
    if attribute.ref:
        return attribute.ref if attribute.ref in names else None
    words = attribute.name.removesuffix("_id").upper().split("_")
    if words == ["PARENT"]:
        return owner.name
    for start in range(len(words)):
        candidate = "_".join(words[start:])
        if candidate in names:
            return candidate
        ending = [n for n in names if n.endswith("_" + candidate)]
        if len(ending) == 1:
            return ending[0]
    return None


def entity(name: str, *specs: str | Attribute) -> Entity:
    """An entity from attribute specs (strings for `attr`, or ready `Attribute`s)."""
    if not _NAME.match(name):
        raise ValueError(f"entity name {name!r} must be UPPER_SNAKE")
    attributes = tuple(s if isinstance(s, Attribute) else attr(s) for s in specs)
    if not any("PK" in a.keys for a in attributes):
        raise ValueError(f"entity {name} has no PK")
    return Entity(name, attributes)


def rel(left: str, cardinality: str, right: str, label: str) -> Relationship:
    if cardinality not in CARDINALITIES:
        raise ValueError(f"unknown cardinality {cardinality!r}")
    return Relationship(left, cardinality, right, label)


def relationships_among(catalog: Catalog, names: tuple[str, ...]) -> tuple[Relationship, ...]:
    """The catalog's relationships whose both ends are drawn."""
    chosen = set(names)
    return tuple(r for r in catalog.relationships if r.left in chosen and r.right in chosen)


def render_erd(catalog: Catalog, spec: ErdSpec) -> str:
    """Mermaid `erDiagram` text: relationships first, then the entity blocks.

    Raises:
        ValueError: fewer than MIN_ENTITIES entities, or an entity without any relationship.
    """
    if len(spec.entities) < MIN_ENTITIES:
        raise ValueError(f"{spec.style}: an ERD needs at least {MIN_ENTITIES} entities")
    rels = relationships_among(catalog, spec.entities)
    linked = {r.left for r in rels} | {r.right for r in rels}
    lonely = [name for name in spec.entities if name not in linked]
    if lonely:
        raise ValueError(f"{catalog.domain}/{spec.style}: entities without a relationship: {', '.join(lonely)}")
    lines = ["erDiagram"]
    lines += [f"    {r.render()}" for r in rels]
    drawn = set(spec.entities)
    for name in spec.entities:
        ent = catalog.entity(name)
        lines.append(f"    {ent.name} {{")
        # a foreign key to an entity this diagram does not draw would point nowhere: leave the column out
        kept = [a for a in ent.attributes if "FK" not in a.keys or fk_target(catalog, ent, a) in drawn]
        lines += [f"        {a.render()}" for a in kept]
        lines.append("    }")
    return "\n".join(lines)
