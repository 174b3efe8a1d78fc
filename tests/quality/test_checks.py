from architect_ai.data import Convention, Example, chat
from architect_ai.quality.checks import ERD_DOMAINS, success_criteria
from architect_ai.quality.stats import DatasetStats

HYGIENE = {
    "secrets_redacted": 3,
    "duplicates_removed": 4,
    "near_duplicates_found": 1,
    "distinct_answers": 10,
    "leaked_groups": 0,
}


def criteria(stats: DatasetStats, *, library, target=10, conventions=(), **overrides):
    values = {
        "stats": {**stats.to_dict(), "builtin_ids": sorted(stats.builtin_items)},
        "target": target,
        "artifact_type": "code-prototype",
        "library_styles": library,
        "conventions": list(conventions),
        "convention_min_examples": 2,
        "mermaid": {"checked": 5, "invalid": 1},
        "hygiene": HYGIENE,
    }
    return {c.id: c for c in success_criteria(**{**values, **overrides})}


def add(stats, category, source, group, conventions=(), split="train", kind="erd"):
    example = Example(
        chat("", f"q {source} {group}", f"a {source}"), category, kind, "d", source, "t", group, conventions
    )
    stats.add(example, split)


def test_missing_erd_domain_and_thin_convention_fail_with_their_numbers():
    library = {f"erd-{d}": ("erd", d, "x") for d in ERD_DOMAINS}
    stats = DatasetStats()
    for domain in ERD_DOMAINS[:-1]:
        add(stats, "artifact", f"builtin:erd-{domain}", f"builtin:erd-{domain}")
    add(stats, "user_code", "A.cs:1-9", "code:A.cs:1-9", conventions=("dto_suffix",), kind="dotnet_dto")
    found = criteria(stats, library=library, conventions=[Convention("dto_suffix", "DTOs end in Dto", 4, ("Dto",))])
    assert not found["total"].passed and found["total"].value == "7"
    assert not found["erd_coverage"].passed and found["erd_coverage"].value.startswith("6:")
    assert not found["convention:dto_suffix"].passed and found["convention:dto_suffix"].value == "1 examples"
    assert not found["user_code_variations"].passed  # one file, one variation
    assert found["split_leakage"].passed


def test_a_group_on_both_sides_of_the_split_fails_leakage():
    stats = DatasetStats()
    add(stats, "sweep", "x", "g1", split="train")
    add(stats, "sweep", "y", "g1", split="valid")
    assert stats.leaked_groups == 1
    found = criteria(stats, library={}, hygiene={**HYGIENE, "leaked_groups": stats.leaked_groups})
    assert not found["split_leakage"].passed


def test_token_summary_and_histogram_count_every_example():
    stats = DatasetStats()
    for i in range(40):
        add(stats, "sweep", f"s{i}" * (i + 1), f"g{i}")
    histogram = stats.token_histogram(bins=5)
    assert sum(b["count"] for b in histogram) == 40
    summary = stats.token_summary()
    assert summary["min"] <= summary["p50"] <= summary["p95"] <= summary["max"]
