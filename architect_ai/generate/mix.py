"""The mix planner: how many examples each category contributes, and the order they are written in.

Default policy (the strategy document's): all artifacts with their phrasings, all user-code variations, the
repo-wide sweep for the rest. When artifacts and user code alone exceed the target, the sweep keeps
`SWEEP_FLOOR` of it and the other two share the remainder in proportion to what they offer.
The merge interleaves the category streams so every prefix of the output keeps the mix — which is what
makes the nested subsets (1000 ⊂ 3000 ⊂ 5000) representative.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Mapping

from architect_ai.data import Example

SWEEP_FLOOR = 0.2
ORDER = ("artifact", "user_code", "sweep")


def builtin_caps(target: int, builtin_share: float, repo_capacity: int | None = None) -> dict[str, int]:
    """The most each category may give: the builtin library (category `artifact`) at most `builtin_share` of
    the target — and, given what the repository can give (`repo_capacity`), at most `builtin_share` of the
    dataset written, so a small repository is not buried under generic material."""
    cap = int(target * builtin_share)
    if repo_capacity is not None and builtin_share < 1.0:
        cap = min(cap, int(builtin_share / (1.0 - builtin_share) * min(repo_capacity, target) + 1e-9))
    return {"artifact": cap}


def plan_quotas(capacity: Mapping[str, int], target: int, caps: Mapping[str, int] | None = None) -> dict[str, int]:
    """Examples wanted from each category so that they sum to `target` (or to all there is).

    `caps` bound a category whatever the others can give: what they cannot fill stays unfilled (never padded).
    """
    cap = {c: min(capacity.get(c, 0), (caps or {}).get(c, capacity.get(c, 0))) for c in ORDER}
    if sum(cap.values()) <= target:
        return cap
    sweep = min(cap["sweep"], round(target * SWEEP_FLOOR))
    if cap["artifact"] + cap["user_code"] <= target - sweep:  # the sweep keeps its floor even when the others fill
        return {**cap, "sweep": target - cap["artifact"] - cap["user_code"]}
    share = target - sweep
    first_two = cap["artifact"] + cap["user_code"]
    artifact = min(cap["artifact"], round(share * cap["artifact"] / first_two)) if first_two else 0
    user_code = min(cap["user_code"], share - artifact)
    artifact = min(cap["artifact"], share - user_code)
    sweep = min(cap["sweep"], target - artifact - user_code)
    return {"artifact": artifact, "user_code": user_code, "sweep": sweep}


def interleave(
    streams: Mapping[str, Iterator[Example]],
    quotas: Mapping[str, int],
    target: int,
    gate: Callable[[Example], str | None],
    drops: Counter,
    caps: Mapping[str, int] | None = None,
    shares: Mapping[str, float] | None = None,
    prepare: Callable[[Example], Example] = lambda example: example,
) -> Iterator[Example]:
    """Merge the category streams in proportion to their quotas, through the quality gate, up to `target`.

    A stream that runs dry (its candidates were dropped) leaves its shortfall to the others, which keep
    going past their quota until the target is met or every stream is exhausted — but never past `caps`, and a
    category in `shares` never past that share of what is written (in every prefix: the builtin bound holds
    against the dataset, whatever the gates dropped).
    """
    emitted = dict.fromkeys(streams, 0)
    live = {c for c in streams if quotas.get(c, 0) > 0}
    limit = {c: (caps or {}).get(c, target) for c in streams}
    total = 0

    def draw(category: str) -> Example | None:
        for candidate in streams[category]:
            example = prepare(candidate)
            reason = gate(example)
            if reason is None:
                return example
            drops[reason] += 1
        live.discard(category)
        return None

    bounded = {c: share for c, share in (shares or {}).items() if share < 1.0}

    def within_share(category: str) -> bool:
        share = bounded.get(category)
        return share is None or emitted[category] + 1 <= share * (total + 1) + 1e-9

    while total < target and live:
        allowed = [c for c in live if within_share(c)]
        if not allowed:
            break  # only a bounded category is left: its share of what is written is reached
        under = [c for c in allowed if emitted[c] < quotas[c]]
        pool = under or sorted(allowed, key=ORDER.index)
        category = min(pool, key=lambda c: ((emitted[c] + 1) / max(quotas[c], 1), ORDER.index(c)))
        example = draw(category)
        if example is not None:
            emitted[category] += 1
            if emitted[category] >= limit[category]:
                live.discard(category)
            total += 1
            yield example


def weave(first: Iterator[Example], second: Iterator[Example], ratio: tuple[int, int]) -> Iterator[Example]:
    """`ratio[0]` from `first`, then `ratio[1]` from `second`, in turn; the rest of either once the other runs dry.

    Any prefix keeps the ratio while both last (the user-code variations woven with the transfer examples).
    """
    streams, counts = [iter(first), iter(second)], ratio
    live = [True, True]
    while any(live):
        for side in (0, 1):
            for _ in range(counts[side] if live[1 - side] else 1):
                example = next(streams[side], None) if live[side] else None
                if example is None:
                    live[side] = False
                    break
                yield example


def round_robin(*streams: Iterator[Example]) -> Iterator[Example]:
    """One from each stream in turn until all are exhausted (keeps the sweep's kinds mixed)."""
    active = list(streams)
    while active:
        for stream in list(active):
            example = next(stream, None)
            if example is None:
                active.remove(stream)
            else:
                yield example
