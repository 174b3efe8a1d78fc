"""Why a success criterion failed and what fixes it, in one sentence, plus a target recommended from the report.

Reads only `report.json` (criteria, counts, quotas, target), so it explains datasets written by any version.
"""

from __future__ import annotations

import math
import re

from architect_ai.config import HARD_MAX_DATASET_SIZE, MIN_DATASET_SIZE
from architect_ai.quality.checks import MIN_VARIATIONS

#: Recommended targets are rounded up to this step (the page's Target field steps by it too).
TARGET_STEP = 500
_THRESHOLD = re.compile(r"\s*(?:—\s*)?(?:in\s+)?≥\s*([\d,]+)\s*(.*)$")
_COUNT = re.compile(r"([\d,]+)")


def split_label(label: str) -> tuple[str, str]:
    """`"≥ 5,000 examples in total"` → `("examples in total", "≥ 5,000")`; labels without a threshold stay whole."""
    match = _THRESHOLD.search(label)
    if not match:
        return label, ""
    before = label[: match.start()].strip(" —")
    after = match.group(2).strip()
    if before:  # "<what> — in ≥ 20 examples": the unit belongs to the threshold
        return before, f"≥ {match.group(1)} {after}".strip()
    return after or label, f"≥ {match.group(1)}"


def _first_number(text: str) -> int:
    match = _COUNT.search(str(text))
    return int(match.group(1).replace(",", "")) if match else 0


def _round_target(value: float) -> int:
    rounded = max(MIN_DATASET_SIZE, math.ceil(value / TARGET_STEP) * TARGET_STEP)
    return min(HARD_MAX_DATASET_SIZE, rounded)


def _share(report: dict, category: str) -> float:
    target = report.get("target") or 0
    quota = (report.get("quotas") or {}).get(category) or 0
    return quota / target if target else 0.0


def _needed_target(report: dict, category: str, examples: int) -> int | None:
    share = _share(report, category)
    return _round_target(examples / share) if share else None


def criterion_target(criterion: dict, report: dict) -> int | None:
    """The target at which this failing criterion would likely pass (None when a bigger target does not help)."""
    cid, target = criterion.get("id", ""), report.get("target") or 0
    counts = report.get("counts") or {}
    threshold = _first_number(split_label(criterion.get("label", ""))[1])
    if cid == "user_code_variations":
        return _needed_target(report, "user_code", counts.get("user_code_files", 0) * MIN_VARIATIONS)
    if cid == "builtin_items" or cid.endswith("_coverage"):
        wanted = threshold or _first_number(str(criterion.get("value", "")).split(" of ")[-1])
        return _needed_target(report, "artifact", wanted) if wanted else None
    if cid.startswith("convention:"):
        have = _first_number(criterion.get("value", ""))
        return _round_target(target * threshold / have) if have and threshold else None
    return None


def explain(criterion: dict, report: dict) -> str:
    """One sentence: why it failed and what fixes it ('' for a passed criterion)."""
    if criterion.get("passed"):
        return ""
    cid, value = criterion.get("id", ""), str(criterion.get("value", ""))
    counts = report.get("counts") or {}
    target = report.get("target") or 0
    better = criterion_target(criterion, report)
    raise_to = f" Raise the target to about {better:,}." if better and better > target else ""
    if cid == "total":
        return (
            f"This repository and the library give only {value} distinct examples for this artifact type (no padding "
            "with copies): lower the target, add code, or choose Code Prototype."
        )
    if cid == "user_code_variations":
        files = counts.get("user_code_files", 0)
        need = files * MIN_VARIATIONS
        have = (counts.get("by_category") or {}).get("user_code", 0)
        return (
            f"{files:,} files × {MIN_VARIATIONS} variations need ≈{need:,} user-code examples, but the target leaves "
            f"room for {have:,}.{raise_to}"
        )
    if cid == "builtin_items" or cid.endswith("_coverage"):
        return f"At this target the artifact share reaches only part of the builtin library ({value}).{raise_to}"
    if cid.startswith("convention:"):
        return (
            f"Only {value} show this convention: the examples drawn from your code at this target rarely contain "
            f"it.{raise_to or ' Add code that uses it, or lower the minimum.'}"
        )
    if cid == "sweep":
        return f"The library and your code filled the whole target, leaving no room for the repo-wide sweep.{raise_to}"
    if cid == "split_leakage":
        return f"{value} group(s) ended on both sides of the split: generate again (another seed or held-out split)."
    return f"Measured {value}, below what the criterion asks.{raise_to}"


def recommended_target(report: dict) -> int | None:
    """The smallest target (rounded to 500) at which every size-dependent failing criterion would likely pass."""
    wanted = [criterion_target(c, report) for c in report.get("criteria") or [] if not c.get("passed")]
    wanted = [w for w in wanted if w]
    best = max(wanted, default=None)
    return best if best and best > (report.get("target") or 0) else None


def threshold_of(criterion: dict) -> str:
    """The criterion's threshold on its own (`≥ 20`), for a column of its own."""
    if criterion.get("id") == "user_code_variations":
        return f"≥ {MIN_VARIATIONS} per file"
    return split_label(criterion.get("label", ""))[1]
