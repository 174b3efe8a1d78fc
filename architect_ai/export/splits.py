"""Train/valid split by `group`: every variant of one chunk or artifact lands on the same side.

A group's side is a pure function of (seed, group), so the split streams and is stable when examples are added
or removed. `ContentSplit` goes further: groups whose answers quote the same code share a side.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable

from architect_ai.data import Chunk, Example

#: Lines shorter than this (braces, `else`, `return null;`) are too common to tie code to one chunk.
DISTINCTIVE_LINE_CHARS = 16
#: A chunk ties an answer to its component when the answer quotes at least this many of its distinctive lines (a
#: startup file's one-line registrations of every feature would otherwise chain all features into one component).
MIN_TIE_LINES = 3


def split_of(group: str, *, seed: int, valid_fraction: float) -> str:
    """`"valid"` for about `valid_fraction` of the groups, `"train"` for the rest."""
    return "valid" if _position(group, seed) < valid_fraction else "train"


def _position(group: str, seed: int) -> float:
    """A group's seeded place in [0, 1): the split's hash order."""
    digest = hashlib.sha256(f"{seed}\x00{group}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


class ContentSplit:
    """Groups that share code go to one side: union-find over groups and the repository chunks their answers quote.

    An example joins the chunk its `path:a-b` source lies in, and every chunk its answer quotes: a chunk is
    identified there by its *distinctive* lines (long enough, and found in that chunk only), so a class
    chunk, a method inside it, a cross-file answer quoting that method and a feature slice quoting the file all
    join one component; common lines (`return Ok(result);`) join nothing. A component's side is `split_of` its
    smallest group name: a group alone (every builtin artifact) keeps the side it had before. Observe the
    candidates first (`observe`), then ask `side_of` while writing; a group first seen while writing still joins
    the components its code touches (a component keeps the side it was first given).

    State: one entry per distinctive repository line and per group — the repository's size, not the dataset's.
    """

    def __init__(
        self,
        chunks: Iterable[Chunk],
        *,
        seed: int,
        valid_fraction: float,
    ) -> None:
        self.seed, self.valid_fraction = seed, valid_fraction
        owner: dict[bytes, str] = {}
        self._everywhere: dict[bytes, set[str]] = {}  # every chunk a line occurs in
        self._spans: dict[str, list[tuple[int, int, str]]] = {}
        for chunk in chunks:
            key = f"chunk:{chunk.source}"
            self._spans.setdefault(chunk.path, []).append((chunk.start_line, chunk.end_line, key))
            for line in _lines(chunk.text):
                owner[line] = key if owner.get(line, key) == key else ""
                self._everywhere.setdefault(line, set()).add(key)
        self._owner = {line: key for line, key in owner.items() if key}
        self._parent: dict[str, str] = {}
        self._least: dict[str, str] = {}  # root → the smallest group name of its component
        self._size: Counter = Counter()  # root → examples observed in its component
        self._seen: set[tuple[str, str]] = set()
        self._observed = 0
        self._sides: dict[str, str] = {}
        self._planned = False

    def _find(self, node: str) -> str:
        parent = self._parent.setdefault(node, node)
        if parent == node and node.startswith("group:") and node not in self._least:
            self._least[node] = node[6:]
        while parent != node:
            grand = self._parent[parent]
            self._parent[node] = grand
            node, parent = parent, grand
        return node

    def _union(self, a: str, b: str) -> None:
        ra, rb = self._find(a), self._find(b)
        if ra == rb:
            return
        if rb in self._sides and ra not in self._sides:
            ra, rb = rb, ra
        self._parent[rb] = ra  # the root keeps a side it was already given
        self._size[ra] += self._size.pop(rb, 0)
        least = [n for n in (self._least.pop(ra, None), self._least.pop(rb, None)) if n is not None]
        if least:
            self._least[ra] = min(least)

    def observe(self, example: Example) -> None:
        group = f"group:{example.group}"
        self._size[self._find(group)] += 1
        self._observed += 1
        if example.category == "artifact" or example.source.startswith("builtin:"):
            return  # builtin answers are not the repository's code, even where a line looks alike
        seen = (example.group, example.source)
        if seen in self._seen:
            return  # another phrasing of an answer already looked at (a chunk's variations share group and source)
        self._seen.add(seen)
        for key in self._chunks_of_source(example.source):  # the chunk identity of a `path:a-b` source
            self._union(group, key)
        quoted = Counter(self._owner[line] for line in _lines(example.assistant) if line in self._owner)
        if not quoted:  # boilerplate only (every line occurs in several files): it goes where its twins go
            twins = {key for line in _lines(example.assistant) for key in self._everywhere.get(line, ())}
            quoted = Counter(dict.fromkeys(twins, MIN_TIE_LINES))
        total = sum(quoted.values())
        for key, lines in quoted.items():
            if lines >= MIN_TIE_LINES or 2 * lines >= total:  # a few lines tie when they are most of the answer
                self._union(group, key)

    def _chunks_of_source(self, source: str) -> list[str]:
        path, _, lines = source.rpartition(":")
        start, _, end = lines.partition("-")
        if not (start.isdigit() and end.isdigit()) or path not in self._spans:
            return []
        lo, hi = int(start), int(end)
        return [key for a, b, key in self._spans[path] if a <= hi and lo <= b]

    def side_of(self, example: Example) -> str:
        """The side of the example's component (a component too big to hold out — more than the valid share of
        all examples — stays in train)."""
        if not self._planned:
            self._plan()
        if f"group:{example.group}" not in self._parent:
            self.observe(example)  # first seen while writing
        root = self._find(f"group:{example.group}")
        side = self._sides.get(root)
        if side is None:
            side = split_of(self._least[root], seed=self.seed, valid_fraction=self.valid_fraction)
            if self._size[root] > max(1.0, self.valid_fraction * self._observed):
                side = "train"
            self._sides[root] = side
        return side

    def _plan(self) -> None:
        """Make up for the components kept in train for their size: they would have given about `valid_fraction`
        of their examples to valid, so that many examples of the next components in hash order (those just past
        the threshold) are held out instead — the valid side stays near `valid_fraction` of the examples."""
        self._planned = True
        cap = max(1.0, self.valid_fraction * self._observed)
        roots = {self._find(n) for n in self._parent if n.startswith("group:")}
        positions = {root: _position(self._least[root], self.seed) for root in roots}
        deficit = self.valid_fraction * sum(self._size[r] for r in roots if self._size[r] > cap)
        for root in sorted((r for r in roots if self._size[r] <= cap), key=positions.__getitem__):
            if deficit <= 0:
                break
            if positions[root] >= self.valid_fraction:
                self._sides[root] = "valid"
                deficit -= self._size[root]

    def components(self) -> int:
        """How many components the observed groups form."""
        return len({self._find(n) for n in self._parent if n.startswith("group:")})


def _lines(text: str) -> set[bytes]:
    return {
        hashlib.blake2b(s.encode(), digest_size=12).digest()
        for s in (line.strip() for line in text.splitlines())
        if len(s) >= DISTINCTIVE_LINE_CHARS
    }
