"""One convention's bounded state while mining: a count, a name counter, a few examples and `Evidence` lines.

The bounds (`MAX_EVIDENCE`, `MAX_EVIDENCE_PER_FILE`, `MAX_EXAMPLES`) keep the miner's memory flat however large the
repository; `quoted` renders ranked names for a convention's description.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from architect_ai.data import Convention, Evidence

MAX_EVIDENCE = 5
MAX_EVIDENCE_PER_FILE = 2
#: Concrete names quoted in a description.
MAX_NAMES_SHOWN = 4
#: Example class names kept per suffix (bounded state).
MAX_EXAMPLES = 5


@dataclass
class Tally:
    """One convention's bounded state."""

    count: int = 0
    names: Counter = field(default_factory=Counter)
    evidence: list[Evidence] = field(default_factory=list)
    examples: dict[str, list[str]] = field(default_factory=dict)  # name → a few concrete instances

    def hit(self, name: str, path: str, row: int, lines: list[str], example: str = "") -> None:
        """Count one occurrence of `name` at `row` of `lines`, keeping its line as evidence while within bounds."""
        self.count += 1
        self.names[name] += 1
        if example:
            seen = self.examples.setdefault(name, [])
            if example not in seen and len(seen) < MAX_EXAMPLES:
                seen.append(example)
        same_file = sum(1 for e in self.evidence if e.path == path)
        if len(self.evidence) < MAX_EVIDENCE and same_file < MAX_EVIDENCE_PER_FILE and 0 <= row < len(lines):
            self.evidence.append(Evidence(path, row + 1, lines[row].strip()))

    def ranked(self) -> list[tuple[str, int]]:
        return sorted(self.names.items(), key=lambda item: (-item[1], item[0]))

    def convention(self, id_: str, description: str) -> Convention:
        return Convention(id_, description, self.count, tuple(n for n, _ in self.ranked()), tuple(self.evidence))


def quoted(pairs: list[tuple[str, int]], wrap: str = "`{}` ({})") -> str:
    """The first `MAX_NAMES_SHOWN` (name, count) pairs, formatted by `wrap`, then `…` when there are more."""
    shown = ", ".join(wrap.format(name, count) for name, count in pairs[:MAX_NAMES_SHOWN])
    return shown + (", …" if len(pairs) > MAX_NAMES_SHOWN else "")
