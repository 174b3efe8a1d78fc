"""Mermaid text for diagrams of the user's own repository: ERDs, request sequences and architecture flowcharts.

Every name and message comes from a `RepoStructure`; names are sanitised for Mermaid (identifiers alnum or
underscore, labels quoted), so the diagrams parse with mermaid.js.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from architect_ai.analyze.structure import Entity, Field, RepoStructure, element_type
from architect_ai.analyze.structure_chains import Chain, Step

INDENT = "    "
#: Nodes drawn per architecture layer; beyond it the layer lists the first ones only.
MAX_LAYER_NODES = 24
#: Driver calls that change data (their reply is an acknowledgement, not documents).
WRITE_OPERATIONS = ("Insert", "Replace", "Update", "Delete", "BulkWrite", "Add", "Remove", "SaveChanges")
#: Session calls of Python ORMs that change data (`session.add`, `session.commit`, …).
PY_WRITE_OPERATIONS = ("add", "commit", "delete", "merge", "flush", "refresh", "bulk_")


def mermaid_id(name: str) -> str:
    """An identifier Mermaid accepts everywhere: letters, digits, underscore, not starting with a digit."""
    ident = re.sub(r"\W+", "_", name, flags=re.ASCII).strip("_") or "node"
    return f"n_{ident}" if ident[0].isdigit() else ident


def label(text: str) -> str:
    """A quoted Mermaid label; double quotes inside become `#quot;`."""
    return '"' + text.replace('"', "#quot;").replace("\n", " ") + '"'


def message(text: str) -> str:
    """Sequence-message text without the characters Mermaid treats as syntax there (`;`, `#`, newlines)."""
    return re.sub(r"[;#\n]+", " ", text).strip() or "call"


def attribute_type(type_text: str) -> str:
    """`List<string>` → `string[]`, `Author?` → `Author`, `Dictionary<string, int>` → `Dictionary`."""
    elem, many = element_type(type_text)
    base = re.sub(r"<.*", "", elem)
    ident = re.sub(r"\W+", "_", base, flags=re.ASCII).strip("_") or "any"
    if ident[0].isdigit():
        ident = f"t_{ident}"
    return f"{ident}[]" if many else ident


def relationship(owner: Entity, ref: Field) -> str:
    """The erDiagram line for `owner.ref` → `ref.ref` with cardinalities that follow the field's shape."""
    nullable = ref.type.strip().endswith("?") or "null" in ref.type
    if ref.embedded:
        card = "||--o{" if ref.many else "||--o|"
    elif ref.many and element_type(ref.type)[0] == ref.ref:  # a collection navigation: the owner has many
        card = "||--o{"
    elif ref.many:  # a list of ids
        card = "}o--o{"
    else:
        card = "}o--o|" if nullable else "}o--||"
    return f"{mermaid_id(owner.name)} {card} {mermaid_id(ref.ref)} : {label(ref.name)}"


def _many_to_many(entity: Entity, ref: Field, by_name: dict[str, Entity]) -> bool:
    """`Product.Tags` (a collection of `Tag`) while `Tag.Products` is a collection of `Product`: a join table."""
    if not (ref.many and not ref.embedded and element_type(ref.type)[0] == ref.ref):
        return False
    other = by_name.get(ref.ref)
    return other is not None and any(
        back.ref == entity.name and back.many and element_type(back.type)[0] == entity.name for back in other.references
    )


def erd(entities: Sequence[Entity], *, focus: str = "") -> str:
    """An erDiagram of `entities`; with `focus`, only relationships that touch that entity are drawn."""
    by_name = {e.name: e for e in entities}
    lines = ["erDiagram"]
    # Each relation once: a foreign key and its navigation property, or both ends of a one-to-many, are one line —
    # drawn from the side that holds the single reference (the child), which states the cardinality exactly; two
    # collections of each other are one many-to-many line.
    chosen: dict[frozenset[str], tuple[bool, int, str]] = {}
    for entity in entities:
        for ref in entity.references:
            if ref.ref in by_name and (not focus or focus in (entity.name, ref.ref)):
                pair = frozenset((entity.name, ref.ref))
                if _many_to_many(entity, ref, by_name):
                    line = f"{mermaid_id(entity.name)} }}o--o{{ {mermaid_id(ref.ref)} : {label(ref.name)}"
                    candidate = (False, len(chosen), line)
                else:
                    candidate = (ref.many, len(chosen), relationship(entity, ref))
                if pair not in chosen or candidate[0] < chosen[pair][0]:
                    chosen[pair] = (candidate[0], chosen[pair][1] if pair in chosen else candidate[1], candidate[2])
    lines += [INDENT + line for _, _, line in sorted(chosen.values(), key=lambda c: c[1])]
    for entity in entities:
        lines.append(f"{INDENT}{mermaid_id(entity.name)} {{")
        for f in entity.fields:
            navigation = element_type(f.type)[0] == f.ref  # `Brand Brand`: a navigation property, not a key
            key = "PK" if f.is_id else ("FK" if f.ref and not f.embedded and not navigation else "")
            note = f' "references {f.ref}"' if key == "FK" else ""
            lines.append(f"{INDENT * 2}{attribute_type(f.type)} {mermaid_id(f.name)}{' ' + key if key else ''}{note}")
        lines.append(INDENT + "}")
    return "\n".join(lines)


def _children(steps: Sequence[Step], index: int) -> list[int]:
    depth = steps[index].depth
    found = []
    for j in range(index + 1, len(steps)):
        if steps[j].depth <= depth:
            break
        if steps[j].depth == depth + 1:
            found.append(j)
    return found


def sequence(chain: Chain, structure: RepoStructure) -> str:
    """A sequenceDiagram of one request path, from the component (or a client) down to the database."""
    participants: list[tuple[str, str]] = []  # (id, label)
    used_labels = _duplicate_names(chain)

    def participant(name: str, layer: str) -> str:
        ident = mermaid_id(f"{layer}_{name}")
        shown = f"{name} ({'Angular' if layer == 'ng' else '.NET'})" if name in used_labels else name
        if all(p != ident for p, _ in participants):
            participants.append((ident, shown))
        return ident

    body: list[str] = []
    client = chain.client
    endpoint = chain.endpoint
    if chain.component is not None and client is not None:
        comp = participant(chain.component.component, "ui")
        ng = participant(client.service, "ng")
        body.append(f"{comp}->>{ng}: {message(f'{client.method}() from {chain.component.caller}()')}")
        caller = ng
    elif client is not None:
        comp, caller = "", participant(client.service, "ng")
    else:
        comp, caller = "", ""
    api = participant(endpoint.controller, "api")
    url = client.url if client is not None else endpoint.route
    first = caller or "Client"
    body.append(f"{first}->>{api}: {message(f'{endpoint.verb} {url}')}")
    body.append(f"activate {api}")
    default_db = structure.databases[0].name if structure.databases else "Database"
    steps = chain.steps
    stores: dict[str, str] = {}  # store name → participant id

    def store(entity: str, owner: str) -> tuple[str, str]:
        """(participant id, name) of the store `owner` keeps `entity` in: its DbContext's provider, MongoDB for a
        collection, else the repository's database."""
        path = next((c.path for c in structure.classes_named(owner)), "")
        name = structure.store_of(entity, path) or default_db
        if name not in stores:  # the first store is `db`, a second one (another service's) is named for itself
            stores[name] = "db" if not stores else mermaid_id(f"db_{name}")
            participants.append((stores[name], name))
        return stores[name], name

    tops = [i for i, s in enumerate(steps) if s.depth == 1]

    def emit(index: int, caller_id: str) -> None:
        step = steps[index]
        callee = participant(step.call.target, "svc")
        body.append(f"{caller_id}->>{callee}: {message(step.call.method + '()')}")
        for entity in step.collections:
            db_id, db = store(entity, step.call.target)
            name = structure.collection_name(entity) or entity
            ops = ", ".join(step.operations) or "query"
            body.append(f"{callee}->>{db_id}: {message(f'{ops} on {name}')}")
            writes = all(op.startswith(WRITE_OPERATIONS + PY_WRITE_OPERATIONS) for op in step.operations)
            rows = "documents" if db == "MongoDB" else "rows"
            reply = "acknowledged" if writes and step.operations else f"{entity} {rows}"
            body.append(f"{db_id}-->>{callee}: {message(reply)}")
        for child in _children(steps, index):
            emit(child, callee)
        body.append(f"{callee}-->>{caller_id}: {message('result')}")

    for index in tops:
        emit(index, api)
    status = " / ".join(endpoint.responses) or "response"
    body.append(f"{api}-->>{first}: {message(status)}")
    body.append(f"deactivate {api}")
    if comp and client is not None:
        body.append(f"{caller}-->>{comp}: {message(client.returns or 'Observable')}")
    head = ["sequenceDiagram"]
    if not caller:
        head.append(f"{INDENT}actor Client")
    head += [f"{INDENT}participant {ident} as {shown}" for ident, shown in participants]
    return "\n".join(head + [INDENT + line for line in body])


def _duplicate_names(chain: Chain) -> set[str]:
    front = set()
    if chain.client is not None:
        front.add(chain.client.service)
    if chain.component is not None:
        front.add(chain.component.component)
    back = {chain.endpoint.controller} | {s.call.target for s in chain.steps}
    return front & back


def architecture(structure: RepoStructure, view: str = "whole") -> str:
    """A flowchart with subgraphs per layer. `view`: whole | backend | frontend."""
    lines = ["flowchart LR"]
    edges: list[str] = []
    show_front = view in ("whole", "frontend")
    show_back = view in ("whole", "backend")
    components = sorted({u.component for u in structure.component_uses})[:MAX_LAYER_NODES]
    ng_services = [c.name for c in structure.classes if c.kind == "angular_service"][:MAX_LAYER_NODES]
    controllers = list(dict.fromkeys(e.controller for e in structure.endpoints))[:MAX_LAYER_NODES]
    services = backend_services(structure)[:MAX_LAYER_NODES]
    hosts = structure.hosts if show_back else ()
    per_service = len(hosts) >= 2  # one subgraph per host project, each with its own stores
    api_id = {c: f"api_{mermaid_id(c)}" for c in controllers}
    if per_service:
        for endpoint in structure.endpoints:
            host = structure.service_of(endpoint.path)
            if host is not None and endpoint.controller in api_id:
                api_id[endpoint.controller] = f"api_{mermaid_id(host.name)}_{mermaid_id(endpoint.controller)}"

    def subgraph(ident: str, title: str, nodes: list[str]) -> None:
        if nodes:
            lines.append(f"{INDENT}subgraph {ident}[{label(title)}]")
            lines.append(f"{INDENT * 2}direction TB")
            lines.extend(INDENT * 2 + n for n in nodes)
            lines.append(f"{INDENT}end")

    if show_front:
        nodes = [f"ui_{mermaid_id(c)}[{label(c)}]" for c in components]
        nodes += [f"ng_{mermaid_id(s)}[{label(s)}]" for s in ng_services]
        subgraph("frontend", "Angular front end", nodes)
        for use in sorted({(u.component, u.service) for u in structure.component_uses}):
            if use[0] in components and use[1] in ng_services:
                edges.append(f"ui_{mermaid_id(use[0])} --> ng_{mermaid_id(use[1])}")
        for (service, controller), urls in sorted(_http_links(structure).items()):
            if service in ng_services and controller in controllers:
                edges.append(
                    f"ng_{mermaid_id(service)} -->|{label('HTTP ' + _common_prefix(urls))}| {api_id[controller]}"
                )
    api_nodes = [f"api_{mermaid_id(c)}[{label(c)}]" for c in controllers]
    if per_service:
        _per_service(structure, hosts, controllers, services, lines, edges, subgraph)
    elif show_back:
        middleware = [f"mw_{mermaid_id(m)}[{label(m)}]" for m in structure.middleware[:MAX_LAYER_NODES]]
        subgraph("api", api_title(structure), middleware + api_nodes)
        for a, b in zip(structure.middleware, structure.middleware[1:], strict=False):
            edges.append(f"mw_{mermaid_id(a)} --> mw_{mermaid_id(b)}")
        subgraph("services", "Services and repositories", [f"svc_{mermaid_id(s)}[{label(s)}]" for s in services])
        pairs = {(e.controller, c.target) for e in structure.endpoints for c in e.calls}
        pairs |= {(m.service, c.target) for m in structure.services for c in m.calls}
        known = set(controllers) | set(services)
        for caller, callee in sorted(pairs):
            if caller in known and callee in services and caller != callee:
                prefix = "api" if caller in controllers else "svc"
                edges.append(f"{prefix}_{mermaid_id(caller)} --> svc_{mermaid_id(callee)}")
        stores = [e for e in structure.externals if e.kind in ("database", "cache", "search")]
        subgraph("data", "Data stores", [f"db_{mermaid_id(e.name)}[({label(_ext_label(e))})]" for e in stores])
        mongo = next((e for e in stores if e.name == "MongoDB"), None)
        owners: dict[str, list[str]] = {}
        entities = {e.name for e in structure.entities}
        for coll in structure.collections:
            if structure.store_of(coll.entity, coll.path) not in ("MongoDB", ""):
                continue  # a DbContext's tables are not MongoDB collections
            names = owners.setdefault(coll.owner, [])
            if coll.entity in entities:  # a generic repository's `TDocument` has no name of its own
                names.append(structure.collection_name(coll.entity) or coll.entity)
        if mongo is not None:
            for owner, names in sorted(owners.items()):
                if owner in services:
                    link = f"-->|{label(', '.join(names))}|" if names else "-->"
                    edges.append(f"svc_{mermaid_id(owner)} {link} db_MongoDB")
        others = [e for e in structure.externals if e not in stores]
        subgraph("external", "External services", [f"ext_{mermaid_id(e.name)}[{label(_ext_label(e))}]" for e in others])
        source = "services" if services else "api"
        for ext in stores:
            if ext is not mongo or not owners:
                edges.append(f"{source} --> db_{mermaid_id(ext.name)}")
        edges += [f"{'api' if e.kind == 'auth' else source} --> ext_{mermaid_id(e.name)}" for e in others]
    elif api_nodes:
        subgraph("api", api_title(structure), api_nodes)
    return "\n".join(lines + [INDENT + e for e in edges])


def _per_service(structure: RepoStructure, hosts, controllers, services, lines, edges, subgraph) -> None:
    """The back end as one subgraph per host project (its controllers, services and repositories) and the data
    stores each one's code writes to: a DbContext to its provider, a MongoDB collection to MongoDB."""
    stores: dict[str, str] = {}  # store name → node id
    for host in hosts:
        prefix = mermaid_id(host.name)
        own_controllers = [
            c
            for c in controllers
            if any(e.controller == c and structure.service_of(e.path) == host for e in structure.endpoints)
        ]
        own_services = [
            s for s in services if any(structure.service_of(c.path) == host for c in structure.classes_named(s))
        ]
        nodes = [f"api_{prefix}_{mermaid_id(c)}[{label(c)}]" for c in own_controllers]
        nodes += [f"svc_{prefix}_{mermaid_id(s)}[{label(s)}]" for s in own_services]
        subgraph(f"service_{prefix}", host.name, nodes)
        pairs = {
            (e.controller, c.target) for e in structure.endpoints if e.controller in own_controllers for c in e.calls
        }
        pairs |= {(m.service, c.target) for m in structure.services if m.service in own_services for c in m.calls}
        for caller, callee in sorted(pairs):
            if callee in own_services and caller != callee:
                kind = "api" if caller in own_controllers else "svc"
                edges.append(f"{kind}_{prefix}_{mermaid_id(caller)} --> svc_{prefix}_{mermaid_id(callee)}")
        held: dict[tuple[str, str], list[str]] = {}
        for coll in structure.collections:
            if coll.owner in own_services and structure.service_of(coll.path) == host:
                store = structure.store_of(coll.entity, coll.path) or "Database"
                held.setdefault((coll.owner, store), []).append(structure.collection_name(coll.entity) or coll.entity)
        for (owner, store), names in sorted(held.items()):
            node = stores.setdefault(store, f"db_{mermaid_id(store)}")
            edges.append(f"svc_{prefix}_{mermaid_id(owner)} -->|{label(', '.join(sorted(set(names))))}| {node}")
    shown = {e.name: _ext_label(e) for e in structure.externals}
    nodes = [f"{node}[({label(shown.get(store, store))})]" for store, node in sorted(stores.items())]
    subgraph("data", "Data stores", nodes)


#: The back end's name by the language its endpoints are written in.
_API_TITLES = {".cs": "ASP.NET Core API", ".py": "Python API", ".java": "Spring API", ".kt": "Spring API"}


def api_title(structure: RepoStructure) -> str:
    """What the API layer is, from its endpoints' files (`ASP.NET Core API` for C#, `Python API` for FastAPI…)."""
    suffixes = [e.path[e.path.rfind(".") :] for e in structure.endpoints]
    common = max(set(suffixes), key=suffixes.count) if suffixes else ".cs"
    return _API_TITLES.get(common, "API")


def backend_services(structure: RepoStructure) -> list[str]:
    """Services and repositories worth drawing: called by a controller or another service, or owning data."""
    called = {c.target for e in structure.endpoints for c in e.calls}
    called |= {c.target for m in structure.services for c in m.calls}
    owners = {c.owner for c in structure.collections}
    return [
        c.name
        for c in structure.classes
        if c.kind in ("service", "repository") and (c.name in called or c.name in owners)
    ]


def _ext_label(ext) -> str:
    detail = ext.detail.removeprefix("database ") if ext.detail else ""
    kind = "" if ext.kind in ("database",) else f" ({ext.kind})"
    return f"{ext.name}{kind}" + (f": {detail}" if detail else "")


def _http_links(structure: RepoStructure) -> dict[tuple[str, str], list[str]]:
    links: dict[tuple[str, str], list[str]] = {}
    for call in structure.client_calls:
        endpoint = structure.endpoint_for(call)
        if endpoint is not None:
            links.setdefault((call.service, endpoint.controller), []).append(call.url)
    return links


def _common_prefix(urls: list[str]) -> str:
    parts = [u.strip("/").split("/") for u in urls]
    prefix = []
    for segs in zip(*parts, strict=False):
        if len(set(segs)) != 1 or segs[0].startswith("{"):
            break
        prefix.append(segs[0])
    return "/" + "/".join(prefix)
