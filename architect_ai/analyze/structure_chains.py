"""Request paths through a repository: client URL → matching controller action → services → collections.

Also the small name helpers they need: URL rendering/normalisation, route matching with parameters as
wildcards, and singular forms for `XxxIds` / `BooksCollectionName`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from architect_ai.analyze.structure_records import Call, ClientCall, ComponentUse, Endpoint, ServiceMethod

if TYPE_CHECKING:
    from architect_ai.analyze.structure import RepoStructure

#: How many backend hops a chain follows below the controller (controller → service → repository → …).
MAX_CALL_DEPTH = 3
#: Components drawn per client call (one diagram each).
MAX_COMPONENTS_PER_CALL = 3
#: How deep `this.apiUrl` → `environment.apiUrl` → … references are followed.
MAX_URL_REFS = 5


@dataclass(frozen=True, slots=True)
class Step:
    """One backend hop: `caller` calls `call.method` on `call.target` (its code in `method`, when found)."""

    depth: int  # 1 = called by the controller action
    caller: str
    call: Call
    method: ServiceMethod | None
    collections: tuple[str, ...]  # entity names, generic `T` replaced by the call's type argument
    operations: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Chain:
    """One traceable request path, from an optional component and Angular service down to the data."""

    endpoint: Endpoint
    client: ClientCall | None
    component: ComponentUse | None
    steps: tuple[Step, ...]

    @property
    def collections(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(c for step in self.steps for c in step.collections))

    @property
    def key(self) -> str:
        parts = [self.endpoint.verb, self.endpoint.route]
        if self.client is not None:
            parts.append(f"{self.client.service}.{self.client.method}")
        if self.component is not None:
            parts.append(f"{self.component.component}.{self.component.caller}")
        return " ".join(parts)


def singular(word: str) -> str:
    """English singular of a plural identifier: Categories → Category, Books → Book, Addresses → Address."""
    if word.lower().endswith("ies") and len(word) > 4:
        return word[:-3] + ("Y" if word[-3].isupper() else "y")
    if re.search(r"(ss|x|ch|sh)es$", word, re.I):
        return word[:-2]
    if word.lower().endswith("s") and not word.lower().endswith("ss"):
        return word[:-1]
    return word


def collection_from_settings(entity: str, settings: dict[str, str]) -> str:
    """`Book` + {"BooksCollectionName": "books"} → "books"; '' when no setting names the entity."""
    for key, value in sorted(settings.items()):
        if not key.endswith("CollectionName"):
            continue
        stem = key.removesuffix("CollectionName")
        if stem and (singular(stem).lower() == entity.lower() or entity.lower().startswith(stem.lower())):
            return value
    return ""


def render_url(parts: Sequence[tuple[str, str]], url_fields: dict, environment: dict[str, str], depth: int = 0) -> str:
    """Join URL parts, resolving class fields, module constants and environment values; unknowns → `{name}`."""
    out = []
    for kind, value in parts:
        if kind == "lit":
            out.append(value)
        elif kind == "env" and value in environment:
            out.append(environment[value])
        elif kind == "ref" and value in url_fields and depth < MAX_URL_REFS:
            out.append(render_url(url_fields[value], url_fields, environment, depth + 1))
        else:
            out.append("{" + (re.sub(r"\W", "", value.rsplit(".", 1)[-1].split(":")[-1]) or "value") + "}")
    return "".join(out)


def normalise_url(url: str) -> str:
    """`http://localhost:5000/api//books/?page=1` → `/api/books`; parameters stay `{name}`."""
    url = re.sub(r"^[a-z][a-z0-9+.-]*://[^/]*", "", url.strip(), flags=re.I)
    url = url.split("?", 1)[0].split("#", 1)[0]
    return "/" + re.sub(r"/+", "/", url).strip("/")


def _segments(route: str) -> list[str]:
    return [s for s in route.strip("/").split("/") if s]


def _is_param(segment: str) -> bool:
    return segment.startswith("{") and segment.endswith("}")


def _score(client: list[str], route: list[str]) -> int:
    """Literal segments that agree, or -1 when the two cannot be the same route."""
    if len(client) != len(route):
        return -1
    score = 0
    for c, r in zip(client, route, strict=True):
        if _is_param(c) or _is_param(r):
            continue
        if c.lower() != r.lower():
            return -1
        score += 1
    return score


class EndpointIndex:
    """Endpoints grouped by verb, route length and first two segments, split once (matching is per client call)."""

    def __init__(self, endpoints: Sequence[Endpoint]) -> None:
        self._by_verb: dict[str, list[tuple[int, Endpoint, list[str]]]] = {}
        self._buckets: dict[tuple[str, int, str, str], list[tuple[int, Endpoint, list[str]]]] = {}
        self._by_last: dict[tuple[str, str], list[tuple[int, Endpoint, list[str]]]] = {}
        self._matches: dict[tuple[str, str], Endpoint | None] = {}
        for order, endpoint in enumerate(endpoints):
            route = _segments(endpoint.route)
            entry = (order, endpoint, route)
            self._by_verb.setdefault(endpoint.verb, []).append(entry)
            self._buckets.setdefault((endpoint.verb, len(route), *_head(route)), []).append(entry)
            self._by_last.setdefault((endpoint.verb, _key(route[-1] if route else "")), []).append(entry)

    def match(self, call: ClientCall) -> Endpoint | None:
        """The endpoint with the same verb whose route matches the call's URL best (parameters are wildcards).

        A URL whose base could not be resolved (it starts with a `{parameter}`) is matched on its tail.
        """
        key = (call.verb, call.url)
        if key not in self._matches:
            self._matches[key] = self._best(call)
        return self._matches[key]

    def _candidates(self, verb: str, client: list[str]) -> list[tuple[int, Endpoint, list[str]]]:
        """Routes that can match: same length and first two segments equal or parameters (in source order)."""
        first, second = _head(client)
        if WILDCARD in (first, second):
            return [e for e in self._by_verb.get(verb, ()) if len(e[2]) == len(client)]
        keys = {(verb, len(client), a, b) for a in (first, WILDCARD) for b in (second, WILDCARD)}
        return sorted(entry for key in keys for entry in self._buckets.get(key, ()))

    def _tail_candidates(self, verb: str, client: list[str]) -> list[tuple[int, Endpoint, list[str]]]:
        """Routes whose last segment can match the client's (what both the full and the tail match need)."""
        last = _key(client[-1])
        if last == WILDCARD:
            return list(self._by_verb.get(verb, ()))
        return sorted([*self._by_last.get((verb, last), ()), *self._by_last.get((verb, WILDCARD), ())])

    def _best(self, call: ClientCall) -> Endpoint | None:
        client = _segments(call.url)
        leading = 1 if client and _is_param(client[0]) else 0
        candidates = self._tail_candidates(call.verb, client) if leading else self._candidates(call.verb, client)
        best, best_score = None, -1
        for _, endpoint, route in candidates:
            score = _score(client, route)
            if score < 0 and leading and len(route) >= len(client) - leading > 0:
                score = _score(client[leading:], route[len(route) - len(client) + leading :])
            if score > best_score:
                best, best_score = endpoint, score
        return best if best_score > 0 or (best is not None and not client) else None


WILDCARD = "{}"


def _key(segment: str) -> str:
    """A segment as an index key: lowercased, a parameter (or no segment) as `WILDCARD`."""
    return WILDCARD if not segment or _is_param(segment) else segment.lower()


def _head(segments: list[str]) -> tuple[str, str]:
    """The first two segments as index keys."""
    padded = [*segments[:2], "", ""][:2]
    return _key(padded[0]), _key(padded[1])


def match_endpoint(call: ClientCall, endpoints: Sequence[Endpoint]) -> Endpoint | None:
    """`EndpointIndex(endpoints).match(call)` for a single call."""
    return EndpointIndex(endpoints).match(call)


def _steps(
    structure: RepoStructure, caller: str, calls: tuple[Call, ...], depth: int, seen: set, known: frozenset[str]
) -> list[Step]:
    steps: list[Step] = []
    if depth > MAX_CALL_DEPTH:
        return steps
    for call in calls:
        key = (call.target, call.method)
        if key in seen:
            continue
        seen.add(key)
        method, base_arg = structure.resolve_method(call.target, call.method)
        type_arg = call.type_arg or base_arg
        collections: tuple[str, ...] = ()
        operations: tuple[str, ...] = ()
        if method is not None:
            collections = tuple(c if c in known else type_arg for c in method.collections)
            collections = tuple(dict.fromkeys(c for c in collections if c))
            operations = method.operations
        steps.append(Step(depth, caller, call, method, collections, operations))
        if method is not None:
            steps += _steps(structure, method.service, method.calls, depth + 1, seen, known)
    return steps


def build_chains(structure: RepoStructure) -> tuple[Chain, ...]:
    """One chain per (endpoint, client call, component) that the code connects; endpoints nobody calls get one."""
    by_endpoint: dict[Endpoint, list[ClientCall]] = {}
    for call in structure.client_calls:
        endpoint = structure.endpoint_for(call)
        if endpoint is not None:
            by_endpoint.setdefault(endpoint, []).append(call)
    uses_of: dict[tuple[str, str], list] = {}
    for use in structure.component_uses:
        uses_of.setdefault((use.service, use.method), []).append(use)
    known = frozenset(e.name for e in structure.entities)
    chains = []
    for endpoint in structure.endpoints:
        steps = tuple(_steps(structure, endpoint.controller, endpoint.calls, 1, set(), known))
        clients = by_endpoint.get(endpoint, [])
        if not clients:
            chains.append(Chain(endpoint, None, None, steps))
        for client in clients:
            uses = uses_of.get((client.service, client.method), [])[:MAX_COMPONENTS_PER_CALL]
            chains += [Chain(endpoint, client, use, steps) for use in uses] or [Chain(endpoint, client, None, steps)]
    return tuple(chains)
