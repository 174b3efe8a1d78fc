"""Examples from the builtin artifact library (`expanded_artifact_examples.py`).

Order matters: the mix planner takes prefixes of this stream when the target is small, so it runs
phrasing-major (every item's first phrasing before any item's second) and interleaves items across kinds
and domains; a heavier domain (`--weight healthcare=2`) comes up more often and gives its later phrasings sooner.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

from architect_ai.data import Example, chat

#: Which builtin kinds each artifact type asks for ("code" = user code + code templates).
TYPE_KINDS: dict[str, frozenset[str]] = {
    "code-prototype": frozenset({"erd", "architecture", "sequence", "flowchart", "code_template"}),
    "erd": frozenset({"erd"}),
    "architecture": frozenset({"architecture"}),
    "sequence": frozenset({"sequence"}),
    "flowchart": frozenset({"flowchart"}),
    "code": frozenset({"code_template"}),
}


def load_items(artifact_type: str) -> tuple:
    """The library items of this artifact type (imported lazily: the library is data, validated on load)."""
    from expanded_artifact_examples import load_library

    kinds = TYPE_KINDS[artifact_type]
    return tuple(item for item in load_library() if item.kind in kinds)


def weighted_order(items: Sequence, weights: Mapping[str, float]) -> list:
    """Interleave items across (kind, domain) buckets; a bucket of weight w is visited w times as often."""
    buckets: dict[tuple[str, str], list] = {}
    for item in items:
        buckets.setdefault((item.kind, item.domain), []).append(item)
    keys = sorted(buckets)
    credit = dict.fromkeys(keys, 0.0)
    ordered = []
    while any(buckets[k] for k in keys):
        live = [k for k in keys if buckets[k]]
        for k in live:
            credit[k] += weights.get(k[1], 1.0)
        best = max(live, key=lambda k: (credit[k], -keys.index(k)))
        credit[best] -= sum(weights.get(k[1], 1.0) for k in live)
        ordered.append(buckets[best].pop(0))
    return ordered


def library_examples(items: Sequence, *, system_prompt: str, weights: Mapping[str, float]) -> Iterator[Example]:
    """Every item with every one of its phrasings, category `artifact`.

    Phrasing-major, with weights as a fair queue: phrasing p of an item of weight w comes at virtual time
    (p + 1) / w, so a domain of weight 3 has given three phrasings by the time the others have given one.
    """
    ordered = weighted_order(items, weights)
    slots = sorted(
        ((phrasing + 1) / weights.get(item.domain, 1.0), position, phrasing)
        for position, item in enumerate(ordered)
        for phrasing in range(len(item.instructions))
    )
    for _, position, phrasing in slots:
        item = ordered[position]
        yield Example(
            messages=chat(system_prompt, item.instructions[phrasing], item.answer),
            category="artifact",
            kind=item.kind,
            domain=item.domain,
            source=f"builtin:{item.id}",
            template=f"library.{phrasing}",
            group=f"builtin:{item.id}",
        )
