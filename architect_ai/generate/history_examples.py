"""The history stage of a run: read the configured commits once and build their examples (held: one per commit).

`read_commits(source, config)` then `MinedHistory.build(conventions, config)` (or `mine_history(analysis, config)`
for both) → `MinedHistory`: the examples (the sweep's `commit_edit` / `commit_feature`
candidates), the reader's figures and the examples' own drops — what report.json's `history` block and the
manifest's history range show.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from architect_ai.analyze.analysis import Analysis
from architect_ai.config import RunConfig
from architect_ai.data import Convention, Example, Progress, no_progress
from architect_ai.generate.commit_examples import COMMIT_KINDS, commit_examples
from architect_ai.ingest.history import HistoryCommit, HistoryStats, read_history
from architect_ai.ingest.history_filters import CODE_LANGUAGES, request_text
from architect_ai.ingest.repository import Source


@dataclass
class MinedHistory:
    stats: HistoryStats
    examples: list[Example] = field(default_factory=list)
    drops: Counter = field(default_factory=Counter)  # commits kept by the reader that gave no example
    commits: list[HistoryCommit] = field(default_factory=list)  # as read, until `build` turns them into examples

    def build(self, conventions: Sequence[Convention], config: RunConfig) -> None:
        """The commits' examples, tagged with the (training side's) conventions; the commits are let go."""
        self.examples = list(
            commit_examples(
                self.commits,
                conventions=conventions,
                system_prompt=config.system_prompt,
                max_tokens=config.max_example_tokens,
                drops=self.drops,
            )
        )
        self.commits = []

    def report(self, written_by_kind: dict[str, int]) -> dict:
        """report.json's `history`: commits read, kept, dropped by reason, examples built and written by kind."""
        figures = self.stats.to_dict()
        dropped = Counter(figures.pop("dropped"))
        dropped.update(self.drops)
        built = Counter(example.kind for example in self.examples)
        written = {kind: written_by_kind.get(f"sweep/{kind}", 0) for kind in COMMIT_KINDS}
        return {
            **figures,
            "commits_kept": figures["commits_kept"] - sum(self.drops.values()),
            "dropped": dict(sorted(dropped.items())),
            "candidates_by_kind": {kind: built[kind] for kind in COMMIT_KINDS},
            "examples_by_kind": written,
            "summary": self.summary(sum(written.values())),
        }

    def summary(self, written: int) -> str:
        """`from history: K examples of M commits` (or the reader's one plain line when none could be read)."""
        if self.stats.note and not self.stats.read:
            return self.stats.note
        line = f"from history: {written:,} examples of {self.stats.read:,} commits"
        return f"{line} ({self.stats.note})" if self.stats.note else line

    def manifest(self) -> dict:
        """The history range read: N asked, commits read, newest and oldest sha."""
        return {
            "limit": self.stats.limit,
            "commits_read": self.stats.read,
            "first": self.stats.first,
            "last": self.stats.last,
        }


def read_commits(source: Source, config: RunConfig, progress: Progress = no_progress) -> MinedHistory:
    """Read up to `config.history` commits of `source` (the kept ones, newest first); `build` makes the examples."""
    mined = MinedHistory(HistoryStats(limit=config.history))
    commits = read_history(
        source,
        limit=config.history,
        max_file_bytes=config.max_file_bytes,
        stats=mined.stats,
        redact_pii=config.redact_pii,
    )
    for commit in commits:
        mined.commits.append(commit)
        progress("history", mined.stats.read, config.history)
    progress("history", mined.stats.read, mined.stats.read)
    return mined


def mine_history(analysis: Analysis, config: RunConfig, progress: Progress = no_progress) -> MinedHistory:
    """Read up to `config.history` commits of the analysed source and build their examples."""
    mined = read_commits(analysis.source, config, progress)
    mined.build(analysis.conventions, config)
    return mined


def feature_paths(commits: Sequence[HistoryCommit], share: float, most: int) -> tuple[str, ...]:
    """The code files added by the newest `share` of the commits that add code (what `commit_feature` examples are
    made of; at most `most` commits): the team's latest features, which the held-out test takes whole."""
    features = []
    for commit in commits:
        added = [
            c.path
            for c in commit.changes
            if c.status == "A" and c.after is not None and c.after.language in CODE_LANGUAGES
        ]
        if added and request_text(commit.message):
            features.append(added)
    count = min(most, int(share * len(features)))
    return tuple(path for added in features[:count] for path in added)
