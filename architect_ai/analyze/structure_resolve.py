"""Resolution across files for `StructureCollector.result()`: entity references, inherited collections, and
merged externals."""

from __future__ import annotations

import re
from dataclasses import replace

from architect_ai.analyze.structure_chains import singular
from architect_ai.analyze.structure_records import ClassInfo, Entity, External, ServiceMethod, Snippet

#: Collection types whose element type is what a field refers to.
_WRAPPER = re.compile(
    r"^(?:List|IList|IEnumerable|ICollection|IReadOnlyList|IReadOnlyCollection|HashSet|ISet|Array|ReadonlyArray"
    r"|list|set|tuple|Sequence|Optional|Mapped)\s*[<\[]\s*(.+?)\s*[>\]]$"
)
_ID_NAME = re.compile(r"^(?P<base>\w+?)_?(?P<ids>Ids|IDs|ids|_ids|Id|ID|id|_id)$")


def element_type(type_text: str) -> tuple[str, bool]:
    """`List<Author>` → ("Author", True); `Author?` → ("Author", False); `Author | null` → ("Author", False)."""
    text = type_text.strip().rstrip("?").strip()
    text = re.sub(r"\s*\|\s*(null|undefined|None)\b|\b(None)\s*\|\s*", "", text)
    many = False
    while True:
        if text.endswith("[]"):
            text, many = text[:-2].strip(), True
            continue
        match = _WRAPPER.match(text)
        if not match:
            break
        inner = match.group(1).strip()
        if not text.startswith(("Optional", "Mapped")):
            many = True
        text = inner.rstrip("?").strip()
    return text.rsplit(".", 1)[-1], many


def resolve_entities(raw: list[Entity], stored: set[str]) -> tuple[Entity, ...]:
    unique = sorted({(e.path, e.line, e.name): e for e in raw}.values(), key=lambda e: (e.path, e.line, e.name))
    unique = [
        replace(e, kind="document") if e.name in stored and e.kind == "model" and e.language != "typescript" else e
        for e in unique
    ]

    by_name: dict[str, list[Entity]] = {}
    for e in unique:
        by_name.setdefault(e.name.lower(), []).append(e)

    def lookup(name: str, language: str, prefer_dto: bool) -> Entity | None:
        candidates = list(by_name.get(name.lower().replace("_", ""), ()))
        candidates.sort(key=lambda e: (e.language != language, (e.kind == "dto") != prefer_dto, e.path))
        return candidates[0] if candidates else None

    resolved = []
    for entity in unique:
        fields = []
        for f in entity.fields:
            target, many = None, False
            elem, many_type = element_type(f.type)
            if elem != entity.name or f.name.lower() != "id":
                target = lookup(elem, entity.language, entity.kind == "dto") if elem else None
                many = many_type
            if target is None and f.ref:  # a foreign key the code names (`foreign_key="user.id"`)
                target = lookup(f.ref, entity.language, False)
                many = False
            match = _ID_NAME.match(f.name)
            if target is None and match and not f.is_id:
                navigation = next((g for g in entity.fields if g.name.lower() == match.group("base").lower()), None)
                if navigation is not None and navigation is not f:  # `BrandId` beside `Brand Brand`
                    target = lookup(element_type(navigation.type)[0], entity.language, False)
                    many = False
            if target is None and match and not f.is_id:
                base = match.group("base")
                many = match.group("ids").lower().endswith("s")
                target = lookup(base, entity.language, False)
                if target is None and many:
                    target = lookup(singular(base), entity.language, False)
                if target is None:  # ParentCategoryId → Category: the longest entity name the base ends with
                    tails = [e.name for e in unique if e.kind != "dto" and base.lower().endswith(e.name.lower())]
                    target = lookup(max(tails, key=len), entity.language, False) if tails else None
            if target is not None:
                embedded = target.id_field is None and target.kind != "dto" and target.name not in stored
                fields.append(replace(f, ref=target.name, many=many, embedded=embedded))
            else:
                fields.append(f)
        resolved.append(replace(entity, fields=tuple(fields)))
    return tuple(resolved)


def is_interface_name(name: str) -> bool:
    return len(name) > 1 and name[0] == "I" and name[1].isupper()


def inherited_collections(
    services: tuple[ServiceMethod, ...], classes: tuple[ClassInfo, ...], collections, snippets: list[Snippet]
) -> tuple[ServiceMethod, ...]:
    """Methods of `XRepository : MongoRepository<X>` that use the base's collection member get collection X."""
    fields = {c.owner: c.field for c in collections if c.field}
    bases: dict[str, tuple[str, str]] = {}
    for cls in classes:
        for base in cls.interfaces:
            name, _, arg = base.partition("<")
            if name.strip() in fields and arg:
                bases[cls.name] = (fields[name.strip()], arg.rstrip(">").strip())
    if not bases:
        return services
    texts = {s.source: s.text for s in snippets}
    out = []
    for method in services:
        if method.service in bases and not method.collections:
            field_name, entity = bases[method.service]
            ops = re.findall(rf"\b{re.escape(field_name)}\s*\.\s*(\w+)\s*[(<]", texts.get(method.source, ""))
            if ops:
                method = replace(method, collections=(entity,), operations=tuple(dict.fromkeys(ops)))
        out.append(method)
    return tuple(out)


def merge_externals(externals: list[External]) -> tuple[External, ...]:
    merged: dict[tuple[str, str], External] = {}
    for ext in externals:
        key = (ext.kind, ext.name)
        old = merged.get(key)
        if old is None:
            merged[key] = ext
            continue
        base_config = any(p.rsplit("/", 1)[-1].lower() == "appsettings.json" for p in ext.sources)
        detail = (ext.detail or old.detail) if base_config else (old.detail or ext.detail)
        merged[key] = External(ext.kind, ext.name, detail, tuple(sorted({*old.sources, *ext.sources})))
    kinds_with_specific = {k for k, n in merged if n != "Payment gateway"}
    return tuple(
        sorted(
            (e for (k, n), e in merged.items() if not (n == "Payment gateway" and k in kinds_with_specific)),
            key=lambda e: (e.kind, e.name),
        )
    )


def dbset_collections(
    services: tuple[ServiceMethod, ...], dbsets: dict[str, str], snippets: list[Snippet]
) -> tuple[ServiceMethod, ...]:
    """Methods that reach an EF Core `DbSet` through their context (`db.Items.Add(…)`) use that entity's table."""
    if not dbsets:
        return services
    texts = {s.source: s.text for s in snippets}
    access = re.compile(rf"\b\w+\s*\.\s*({'|'.join(map(re.escape, sorted(dbsets)))})\s*\.\s*(\w+)\s*[(<]")
    out = []
    for method in services:
        if not method.collections:
            found = access.findall(texts.get(method.source, ""))
            if found:
                entities = tuple(dict.fromkeys(dbsets[prop] for prop, _ in found))
                method = replace(method, collections=entities, operations=tuple(dict.fromkeys(op for _, op in found)))
        out.append(method)
    return tuple(out)
