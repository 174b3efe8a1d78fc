"""The endpoint index must choose exactly what a plain scan over every endpoint chooses."""

import random

from architect_ai.analyze.structure_chains import EndpointIndex, _is_param, _score, _segments
from architect_ai.analyze.structure_records import ClientCall, Endpoint

WORDS = ["api", "books", "Books", "authors", "loans", "search", "{id}", "{bookId}", "v1", "renew", "{page}"]


def scan(call: ClientCall, endpoints: list[Endpoint]) -> Endpoint | None:
    """The reference: every endpoint of the verb, first best score wins."""
    client = _segments(call.url)
    leading = 1 if client and _is_param(client[0]) else 0
    best, best_score = None, -1
    for endpoint in endpoints:
        if endpoint.verb != call.verb:
            continue
        route = _segments(endpoint.route)
        score = _score(client, route)
        if score < 0 and leading and len(route) >= len(client) - leading > 0:
            score = _score(client[leading:], route[len(route) - len(client) + leading :])
        if score > best_score:
            best, best_score = endpoint, score
    return best if best_score > 0 or (best is not None and not client) else None


def route(rng: random.Random) -> str:
    return "/" + "/".join(rng.choice(WORDS) for _ in range(rng.randint(0, 4)))


def test_index_agrees_with_a_full_scan_on_random_routes():
    rng = random.Random(11)
    endpoints = [
        Endpoint(f"C{i}", rng.choice(["GET", "POST"]), route(rng), f"a{i}", (), (), "c.cs", i, i) for i in range(300)
    ]
    index = EndpointIndex(endpoints)
    calls = [ClientCall("S", f"m{i}", rng.choice(["GET", "POST"]), route(rng), "", "s.ts", i, i) for i in range(600)]
    calls += [ClientCall("S", "lead", "GET", "/{apiUrl}/books/{id}", "", "s.ts", 1, 1)]
    mismatches = [c.url for c in calls if index.match(c) != scan(c, endpoints)]
    assert mismatches == []
    assert sum(index.match(c) is not None for c in calls) > 100  # the comparison is not vacuous
