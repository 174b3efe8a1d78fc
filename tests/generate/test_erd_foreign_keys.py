"""Builtin ERDs: every foreign key points at an entity the same diagram draws (issue 10, point 13)."""

from __future__ import annotations

import re

import pytest

from architect_ai.library.erd import DOMAIN_MODULES, erd_items
from architect_ai.library.erd.model import ONE_TO_MANY, Catalog, ErdSpec, entity, fk_target, rel, render_erd

_BLOCK = re.compile(r"^\s*([A-Z][A-Z0-9_]*) \{\n(.*?)^\s*\}", re.M | re.S)


def _foreign_keys(diagram: str) -> list[tuple[str, str]]:
    """(entity, column) of every FK attribute line drawn in a Mermaid erDiagram."""
    return [
        (name, line.split()[1])
        for name, body in _BLOCK.findall(diagram)
        for line in body.splitlines()
        if re.search(r"\bFK\b", line)
    ]


def test_every_foreign_key_of_every_builtin_erd_points_at_a_drawn_entity():
    catalogs = {module.CATALOG.domain: module.CATALOG for module in DOMAIN_MODULES}
    checked = 0
    for item in erd_items():
        catalog = catalogs[item.domain]
        drawn = set(_BLOCK_names(item.answer))
        assert drawn, item.id
        for owner, column in _foreign_keys(item.answer):
            ent = catalog.entity(owner)
            attribute = next(a for a in ent.attributes if a.name == column)
            target = fk_target(catalog, ent, attribute)
            assert target in drawn, f"{item.id}: {owner}.{column} → {target} is not drawn"
            checked += 1
    assert checked > 200  # the library really has foreign keys, and they were all looked at


def _BLOCK_names(answer: str) -> list[str]:
    return [name for name, _ in _BLOCK.findall(answer)]


def test_a_foreign_key_to_an_entity_left_out_of_the_diagram_is_not_drawn():
    catalog = Catalog(
        "crm",
        (
            entity("REP", "id:uuid:PK"),
            entity("ACCOUNT", "id:uuid:PK", "owner_id:uuid:FK:REP", "region_id:uuid:FK"),
            entity("REGION", "id:uuid:PK"),
            entity("CONTACT", "id:uuid:PK", "account_id:uuid:FK"),
            entity("NOTE", "id:uuid:PK", "contact_id:uuid:FK"),
        ),
        (
            rel("REP", ONE_TO_MANY, "ACCOUNT", "owns"),
            rel("REGION", ONE_TO_MANY, "ACCOUNT", "groups"),
            rel("ACCOUNT", ONE_TO_MANY, "CONTACT", "has"),
            rel("CONTACT", ONE_TO_MANY, "NOTE", "has"),
        ),
    )
    without_region = render_erd(catalog, ErdSpec("s", "t", "s", "s", ("REP", "ACCOUNT", "CONTACT", "NOTE")))
    assert "owner_id FK" in without_region and "account_id FK" in without_region
    assert "region_id" not in without_region
    with_region = render_erd(catalog, ErdSpec("s", "t", "s", "s", ("REGION", "ACCOUNT", "CONTACT", "NOTE")))
    assert "region_id FK" in with_region and "owner_id" not in with_region


def test_a_catalog_whose_foreign_key_names_no_entity_is_refused():
    with pytest.raises(ValueError, match="references no known entity"):
        Catalog("crm", (entity("ACCOUNT", "id:uuid:PK", "owner_id:uuid:FK"),), ())


def test_the_multi_vendor_and_cart_diagrams_no_longer_reference_missing_tables():
    answers = {item.id: item.answer for item in erd_items()}
    assert "vendor_id" not in answers["erd-ecommerce-shopping-cart"]
    assert "category_id" not in answers["erd-ecommerce-shopping-cart"]
    assert "shipping_address_id" not in answers["erd-ecommerce-multi-vendor"]
