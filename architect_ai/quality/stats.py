"""Figures gathered while the dataset streams to disk: bounded counters and group ids, never the texts."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from architect_ai.data import Example
from architect_ai.quality.grounding import GroundingStats


@dataclass
class DatasetStats:
    total: int = 0
    by_category: Counter = field(default_factory=Counter)
    by_kind: Counter = field(default_factory=Counter)  # "category/kind"
    by_domain: Counter = field(default_factory=Counter)
    by_split: Counter = field(default_factory=Counter)
    by_convention: Counter = field(default_factory=Counter)
    tokens: Counter = field(default_factory=Counter)  # token count → examples
    builtin_items: set[str] = field(default_factory=set)
    user_code_files: set[str] = field(default_factory=set)
    groups: dict[str, set[str]] = field(default_factory=lambda: {"train": set(), "valid": set()})
    grounding: GroundingStats = field(default_factory=GroundingStats)
    builtin: int = 0  # examples whose source is the builtin library (artifacts and their meeting contexts)

    def add(self, example: Example, split: str) -> None:
        self.total += 1
        self.by_category[example.category] += 1
        self.by_kind[f"{example.category}/{example.kind}"] += 1
        self.by_domain[example.domain] += 1
        self.by_split[split] += 1
        self.by_convention.update(example.conventions)
        self.tokens[example.tokens] += 1
        self.groups[split].add(example.group)
        self.grounding.add(example, split)
        if example.source.startswith("builtin:"):
            self.builtin += 1
            self.builtin_items.add(example.source.removeprefix("builtin:"))
        if example.category == "user_code":  # the file a task is over: its group's unit (a template's component)
            unit = example.group.split(":", 1)[1] if example.group.startswith(("code:", "method:")) else example.source
            self.user_code_files.add(unit.rsplit(":", 1)[0])

    @property
    def leaked_groups(self) -> int:
        return len(self.groups["train"] & self.groups["valid"])

    def token_summary(self) -> dict:
        if not self.total:
            return {"min": 0, "max": 0, "mean": 0, "p50": 0, "p95": 0}
        values = sorted(self.tokens.items())
        seen, marks = 0, {}
        for tokens, count in values:
            seen += count
            for name, q in (("p50", 0.5), ("p95", 0.95)):
                if name not in marks and seen >= q * self.total:
                    marks[name] = tokens
        mean = sum(t * c for t, c in values) / self.total
        return {"min": values[0][0], "max": values[-1][0], "mean": round(mean, 1), **marks}

    def token_histogram(self, bins: int = 20) -> list[dict]:
        """Equal-width bins over the token range: [{"start", "end", "count"}]."""
        if not self.total:
            return []
        low, high = min(self.tokens), max(self.tokens)
        width = max(1, -(-(high - low + 1) // bins))
        counts = Counter((t - low) // width for t in self.tokens.elements())
        return [
            {"start": low + i * width, "end": low + (i + 1) * width - 1, "count": counts.get(i, 0)}
            for i in range(-(-(high - low + 1) // width))
        ]

    def to_dict(self) -> dict:
        return {
            "total": self.total,
            "by_category": dict(sorted(self.by_category.items())),
            "by_kind": dict(sorted(self.by_kind.items())),
            "by_domain": dict(sorted(self.by_domain.items())),
            "by_split": dict(sorted(self.by_split.items())),
            "by_convention": dict(sorted(self.by_convention.items())),
            "tokens": self.token_summary(),
            "token_histogram": self.token_histogram(),
            "builtin_items": len(self.builtin_items),
            "user_code_files": len(self.user_code_files),
            "groups": {split: len(groups) for split, groups in self.groups.items()},
            "leaked_groups": self.leaked_groups,
            "builtin_examples": self.builtin,
            "builtin_share": round(self.builtin / self.total, 4) if self.total else 0.0,
        }
