"""The `controller_base_class` convention: which base class the repository's controllers derive from."""

from __future__ import annotations

from collections import Counter

from architect_ai.analyze.convention_tally import MAX_EVIDENCE
from architect_ai.data import Convention, Evidence

FRAMEWORK_CONTROLLER_BASES = frozenset({"ControllerBase", "Controller", "ODataController"})


def controller_base_convention(controllers: dict[str, tuple[str, Evidence]]) -> Convention | None:
    """The base shared by ≥2 controllers (not counting a base class itself), else the framework base."""
    bases_used = {base for base, _ in controllers.values()}
    leaves = {name: pair for name, pair in controllers.items() if name not in bases_used}
    counts = Counter(base for base, _ in leaves.values())
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    shared = [(base, n) for base, n in ranked if base not in FRAMEWORK_CONTROLLER_BASES and n >= 2]
    framework = Counter(b for b, _ in controllers.values() if b in FRAMEWORK_CONTROLLER_BASES)
    chosen = shared or sorted(framework.items(), key=lambda item: (-item[1], item[0]))
    if not chosen:
        return None
    base, count = chosen[0]
    evidence = [e for b, e in leaves.values() if b == base]
    evidence = evidence or [e for b, e in controllers.values() if b == base]
    text = f"Controllers derive from `{base}` ({count} of {len(leaves)} controllers)"
    names = tuple(b for b, _ in chosen)
    return Convention("controller_base_class", text, count, names, tuple(evidence[:MAX_EVIDENCE]))
