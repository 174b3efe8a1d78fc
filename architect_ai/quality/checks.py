"""The strategy document's success criteria, computed from the run's figures (report.json, CLI, page)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass

from architect_ai.data import Convention

ERD_DOMAINS = ("ecommerce", "healthcare", "education", "social_media", "crm", "booking", "inventory")
ARCHITECTURE_STYLES = ("microservices", "serverless", "event_driven", "three_tier", "cicd", "realtime")
SEQUENCE_FAMILIES = ("authentication", "crud", "ecommerce", "file_management", "notifications")
MIN_BUILTIN_ITEMS = 100
MIN_VARIATIONS = 8
#: A convention seen once (one guard, one DbContext) is reported but cannot be "taught by ≥ N examples" without
#: padding: the criterion applies from this many occurrences.
MIN_OCCURRENCES_TAUGHT = 2


@dataclass(frozen=True)
class Criterion:
    section: str  # Quantity | Quality | Diversity | Hygiene
    id: str
    label: str
    value: str
    passed: bool


def success_criteria(
    *,
    stats: Mapping,
    target: int,
    artifact_type: str,
    library_styles: Mapping[str, tuple[str, str, str]],
    conventions: Sequence[Convention],
    convention_min_examples: int,
    mermaid: Mapping,
    reachable: Mapping[str, int] | None = None,
    hygiene: Mapping,
    rejected: int = 0,
) -> list[Criterion]:
    """Each criterion with its number and pass/fail.

    Args:
        stats: `DatasetStats.to_dict()` plus `builtin_ids` (the distinct library items written) and `taught`
            (convention id → examples whose answer shows it by its own evidence; `by_convention` when absent).
        library_styles: library item id → (kind, domain, style).
        reachable: convention id → the examples the repository allows it (its distinct answers × the prompts one
            answer may stand under); a convention asks for `min(convention_min_examples, reachable)`.
        mermaid: {"checked": examples with diagrams, "invalid": dropped as invalid}.
        hygiene: {"secrets_redacted", "duplicates_removed", "near_duplicates_found", "leaked_groups", "drops"}.
        rejected: examples a reviewer took out (re-export): the count is met when it was met before the review.
    """
    out: list[Criterion] = []
    total = stats["total"]
    by_category = stats["by_category"]
    value = f"{total:,} after review ({rejected:,} rejected)" if rejected else f"{total:,}"
    out.append(Criterion("Quantity", "total", f"≥ {target:,} examples in total", value, total + rejected >= target))
    items = [library_styles[i] for i in stats["builtin_ids"] if i in library_styles]
    available = len(library_styles)
    wanted = min(MIN_BUILTIN_ITEMS, available) if artifact_type == "code-prototype" else available
    out.append(
        Criterion(
            "Quantity",
            "builtin_items",
            f"≥ {wanted} distinct builtin artifact items",
            f"{len(items)} of {available}",
            len(items) >= wanted,
        )
    )
    if artifact_type in ("code-prototype", "code"):
        files, examples = stats["user_code_files"], by_category.get("user_code", 0)
        average = examples / files if files else 0.0
        out.append(
            Criterion(
                "Quantity",
                "user_code_variations",
                f"your code: every file in {MIN_VARIATIONS}–10 variations",
                f"{files} files × {average:.1f} = {examples:,} examples",
                files > 0 and average >= MIN_VARIATIONS,
            )
        )
    sweep = by_category.get("sweep", 0)
    out.append(Criterion("Quantity", "sweep", "repo-wide sweep fills the rest", f"{sweep:,} examples", sweep > 0))

    if artifact_type in ("code-prototype", "code"):
        taught = stats.get("taught", stats["by_convention"])  # examples whose answer shows it (hint_fidelity)
        for convention in (c for c in conventions if c.teachable and c.count >= MIN_OCCURRENCES_TAUGHT):
            count = taught.get(convention.id, 0)
            wanted = convention_min_examples
            allowed = (reachable or {}).get(convention.id)
            if allowed is not None and allowed < wanted:
                wanted = allowed
                label = f"{convention.description} — in all {allowed} examples its answers allow (< {convention_min_examples})"
            else:
                label = f"{convention.description} — in ≥ {convention_min_examples} examples"
            out.append(
                Criterion(
                    "Quality", f"convention:{convention.id}", label, f"{count:,} examples", count >= max(1, wanted)
                )
            )
    checked, invalid = mermaid["checked"], mermaid["invalid"]
    out.append(
        Criterion(
            "Quality",
            "diagrams_parse",
            "every diagram written parses with mermaid.js",
            f"{checked - invalid:,} checked, {invalid} invalid dropped",
            True,
        )
    )

    kinds = {kind for kind, _, _ in items}
    for kind, field, expected, label in (
        ("erd", 1, ERD_DOMAINS, "ERD domains"),
        ("architecture", 2, ARCHITECTURE_STYLES, "architecture styles"),
        ("sequence", 2, SEQUENCE_FAMILIES, "sequence families"),
    ):
        if kind not in kinds and artifact_type not in ("code-prototype", kind):
            continue
        covered = sorted({item[field] for item in items if item[0] == kind} & set(expected))
        out.append(
            Criterion(
                "Diversity",
                f"{kind}_coverage",
                f"{label} covered ({len(expected)})",
                f"{len(covered)}: {', '.join(covered) or '—'}",
                len(covered) == len(expected),
            )
        )

    out.append(
        Criterion(
            "Hygiene", "secrets", "secrets redacted before generation", f"{hygiene['secrets_redacted']} redacted", True
        )
    )
    near_rate = hygiene["near_duplicates_found"] / max(1, hygiene["distinct_answers"])
    out.append(
        Criterion(
            "Hygiene",
            "duplicates",
            "duplicates removed, near-duplicates capped",
            f"{hygiene['duplicates_removed']} removed, near-dup rate {near_rate:.1%}",
            True,
        )
    )
    leaked = hygiene["leaked_groups"]
    out.append(Criterion("Hygiene", "split_leakage", "no group on both sides of the split", str(leaked), leaked == 0))
    return out


def criteria_dicts(criteria: Sequence[Criterion]) -> list[dict]:
    return [asdict(c) for c in criteria]
