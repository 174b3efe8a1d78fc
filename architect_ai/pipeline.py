"""RunConfig → finetune_datasets/<name>/: ingest → analyze → generate → quality → export, streaming.

`generate_dataset` is the one entry point the CLI and the page call. It reports through `progress(stage,
done, total)`, raises `UserError` with a one-line reason for anything the user can fix, and either writes
the whole dataset folder or nothing at all.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from itertools import islice
from pathlib import Path

from architect_ai import __version__
from architect_ai.analyze.analysis import Analysis, analyze
from architect_ai.analyze.held_out import MAX_HELD_OUT_COMMITS, HoldOutPlan
from architect_ai.config import DATASETS_DIR, DEFAULT_TEST_FRACTION, MIN_DATASET_SIZE, RunConfig
from architect_ai.data import TOKEN_METHOD, Example, Progress, no_progress
from architect_ai.export.splits import ContentSplit
from architect_ai.export.writer import DatasetWriter, ensure_replaceable
from architect_ai.generate.held_out_examples import HeldOutLines, held_out_examples, split_history
from architect_ai.generate.history_examples import feature_paths, read_commits
from architect_ai.generate.library import load_items
from architect_ai.generate.mix import builtin_caps, interleave, plan_quotas
from architect_ai.generate.streams import build_streams
from architect_ai.ingest.repository import Source, open_source
from architect_ai.quality.checks import criteria_dicts, success_criteria
from architect_ai.quality.dedup import Deduplicator
from architect_ai.quality.gates import IdentifierGate, MermaidGate, QualityGate
from architect_ai.quality.grounding import house_vocabulary
from architect_ai.quality.hint_fidelity import ConventionReach, HintFidelity
from architect_ai.quality.mermaid import shared_validator
from architect_ai.quality.stats import DatasetStats
from architect_ai.training_plan import PLAN_FILE, training_plan
from architect_ai.validate.transfer_suite import (
    TRANSFER_SUITE_FILE,
    build_transfer_suite,
    is_transfer_example,
    suite_json,
)

#: Candidates counted between two progress reports of the plan stage.
PLAN_REPORT_EVERY = 250
#: Characters of counted candidates kept for generation to replay instead of rendering them again (#21 point 2):
#: about 100 MB of examples at most, whatever the target; a category past it is rendered again from its start.
REPLAY_BUDGET_CHARS = 32_000_000


@dataclass
class RunResult:
    out_dir: Path
    manifest: dict
    report: dict
    messages: list[str] = field(default_factory=list)  # human summary lines (shortfall, strict failures)

    @property
    def total(self) -> int:
        return self.report["counts"]["total"]


class _Timer:
    def __init__(self) -> None:
        self.timings: dict[str, float] = {}
        self._start = time.perf_counter()

    def lap(self, stage: str) -> None:
        now = time.perf_counter()
        self.timings[stage] = round(now - self._start, 3)
        self._start = now


def open_configured_source(config: RunConfig, progress: Progress = no_progress) -> Source:
    progress("open repository", 0, 1)
    source = open_source(config.repo, ref=config.ref, depth=config.clone_depth)
    progress("open repository", 1, 1)
    return source


def load_analysis(
    config: RunConfig,
    progress: Progress = no_progress,
    *,
    source: Source | None = None,
    hold_out: HoldOutPlan | None = None,
) -> Analysis:
    """Open and analyse the configured repository (what `architect-ai inspect` shows: all of it); a run passes the
    units it holds out as its test set (`hold_out`)."""
    source = source or open_configured_source(config, progress)
    return analyze(
        source,
        max_file_bytes=config.max_file_bytes,
        chunk_tokens=config.chunk_tokens,
        progress=progress,
        redact_pii=config.redact_pii,
        selection=config.selection(),
        hold_out=hold_out,
    )


def generate_dataset(
    config: RunConfig,
    *,
    out_root: Path = DATASETS_DIR,
    force: bool = False,
    progress: Progress = no_progress,
) -> RunResult:
    """Build the dataset folder for `config`; see the module docstring."""
    timer = _Timer()
    final_dir = Path(out_root) / config.dataset_name
    local = Path(config.repo).expanduser()
    # fail before the analysis, not after it; never replace the repository being read (or a folder holding it)
    ensure_replaceable(final_dir, force=force, protect=(local,) if local.exists() else ())
    shared_validator().warm_up()  # mermaid.js loads in Node while the repository is analysed
    source = open_configured_source(config, progress)
    history = read_commits(source, config, progress)
    timer.lap("history")
    plan = config.hold_out_plan()
    if plan.active:  # the team's newest features are held out whole, before the seeded units
        share = plan.fraction if plan.size is None else DEFAULT_TEST_FRACTION
        plan = replace(plan, forced=feature_paths(history.commits, share, MAX_HELD_OUT_COMMITS))
    analysis = load_analysis(config, progress, source=source, hold_out=plan)
    timer.lap("analyze")

    history.build(analysis.conventions, config)
    held_lines = HeldOutLines(analysis.held_out_chunks, [*analysis.chunks, *analysis.extra_chunks, *analysis.methods])
    history.examples, held_history = split_history(history.examples, held_lines)
    timer.lap("history_examples")

    items = load_items(config.artifact_type)
    streams = build_streams(analysis, items, config, history.examples)
    progress("plan", 0, 1)
    splitter = ContentSplit(
        [*analysis.chunks, *analysis.extra_chunks],
        seed=config.seed,
        valid_fraction=config.valid_fraction,
    )
    gate = QualityGate(
        max_tokens=config.max_example_tokens,
        mermaid=MermaidGate(shared_validator()),
        dedup=Deduplicator(
            threshold=config.near_dup_threshold,
            max_answer_reuse=config.max_answer_reuse,
            near_dup_max_groups=config.near_dup_max_groups,
        ),
        identifiers=IdentifierGate.of_texts(_repository_texts(analysis, history.examples)),
    )
    # Candidates per category, counted up to the target; the split sees them all before the first is written, the
    # conventions' reach (what the per-answer cap lets each be taught in) is tallied on the way, and each diagram is
    # sent to mermaid.js as its candidate is counted: Node parses while the rest is counted and generated (#21 point 2).
    reach = ConventionReach(config.prompts_per_answer)
    planned, observed = len(streams.categories) * config.target, 0

    def observe(example: Example) -> None:
        nonlocal observed
        splitter.observe(example)
        reach.observe(example)
        if "mermaid" in example.assistant:
            gate.mermaid.prevalidate((example.assistant,))
        observed += 1
        if observed % PLAN_REPORT_EVERY == 0:  # counting can take a while: progress (and a Cancel) reach it
            progress("plan", observed, planned)

    replays = _Replays(REPLAY_BUDGET_CHARS)
    capacity = {
        c: replays.count(c, factory(), limit=config.target, each=observe) for c, factory in streams.categories.items()
    }
    caps = builtin_caps(config.target, config.builtin_cap, capacity["user_code"] + capacity["sweep"])
    quotas = plan_quotas(capacity, config.target, caps)
    progress("plan", 1, 1)
    timer.lap("plan")

    drops: Counter = Counter()
    stats = DatasetStats()
    stats.grounding.vocabulary = house_vocabulary(
        (chunk.path, chunk.text) for chunk in (*analysis.chunks, *analysis.extra_chunks)
    )
    fidelity = HintFidelity(analysis.conventions)
    writer = DatasetWriter(final_dir, config, force=force, protect=(analysis.source.root,))
    try:
        writer.open_all()
        merged = interleave(
            {c: replays.stream(c, f) for c, f in streams.categories.items()},
            quotas,
            config.target,
            gate,
            drops,
            caps,
            shares={"artifact": config.builtin_cap},
            prepare=gate.prepare,
        )
        for example in merged:
            side = writer.add(example, splitter.side_of(example))
            stats.add(example, side)
            fidelity.add(example)
            if stats.total % 50 == 0:
                progress("generate", stats.total, config.target)
        progress("generate", stats.total, config.target)
        held = _write_held_out(writer, analysis, config, held_history)
        writer.close_streams()
        timer.lap("generate")
        library_styles = {item.id: (item.kind, item.domain, item.style) for item in streams.items}
        report, messages = _report(
            config, analysis, stats, gate, drops, capacity, quotas, library_styles, fidelity, reach.reachable()
        )
        report["history"] = history.report(report["counts"]["by_kind"])
        report["held_out"] = held
        writer.write_json("report.json", report)
        if stats.total:
            writer.write_json(PLAN_FILE, training_plan(report))
        timer.lap("report")
        manifest = {**_manifest(config, analysis, report, writer.hashes, timer.timings), "history": history.manifest()}
        writer.write_json("manifest.json", manifest)
        progress("write", 1, 1)
        out_dir = writer.commit()
    except BaseException:
        writer.abort()
        raise
    return RunResult(out_dir=out_dir, manifest=manifest, report=report, messages=messages)


def _write_held_out(writer: DatasetWriter, analysis: Analysis, config: RunConfig, history: Sequence[Example]) -> dict:
    """test.jsonl (the held-out units' tasks, then the history examples quoting them) and the transfer suite built
    from it; returns report.json's `held_out`."""
    test_drops: Counter = Counter()
    examples = held_out_examples(
        analysis, system_prompt=config.system_prompt, prompts_per_answer=config.prompts_per_answer, drops=test_drops
    )
    written: list[Example] = []
    for example in (*examples, *history):
        writer.add(example, "test")
        if is_transfer_example(example):
            written.append(example)
    suite = build_transfer_suite(written, analysis.conventions, system=config.system_prompt)
    if suite is not None:
        writer.write_text(TRANSFER_SUITE_FILE, suite_json(suite))
    units = len({c.path for c in analysis.held_out_chunks})
    prompts = len(suite.prompts) if suite is not None else 0
    if not config.hold_out_plan().active:
        summary = "no transfer test: no units held out (--test-size 0)"
    elif not units:
        summary = "no transfer test: no family of code files has enough members to hold one out"
    else:
        summary = (
            f"transfer test: {units:,} held-out unit{'s' if units != 1 else ''} never trained on "
            f"({writer.split_counts['test']:,} examples in test.jsonl), {prompts:,} prompts in {TRANSFER_SUITE_FILE}"
        )
    return {
        "files": analysis.held_out,
        "units": units,
        "examples": writer.split_counts["test"],
        "from_history": len(history),
        "transfer_prompts": prompts,
        "dropped": dict(sorted(test_drops.items())),
        "summary": summary,
    }


def recommended_target(supported: int) -> int:
    """The largest round target (hundreds, at least the minimum) this repository fills."""
    return max(MIN_DATASET_SIZE, supported // 100 * 100)


def _support(analysis: Analysis, stats: DatasetStats) -> dict:
    """What the repository supports, in plain words: how much of the dataset is its own, how much generic builtin
    material, and which code was not read as code (no grammar: no tasks over its declarations — chunks of a language
    without one, and the files of `UNTAUGHT_CODE`); `reading` says by language what was read structurally and what
    only as text."""
    from architect_ai.analyze.analysis import UNTAUGHT_CODE
    from architect_ai.lang import code_grammar

    grammar = {language: code_grammar(language) is not None for language in {c.language for c in analysis.chunks}}
    unread: dict[str, set[str]] = {}
    for chunk in analysis.chunks:
        if not grammar[chunk.language]:
            unread.setdefault(chunk.language, set()).add(chunk.path)
    files = {language: len(paths) for language, paths in unread.items()}
    files.update({language: n for language, n in analysis.languages.items() if language in UNTAUGHT_CODE and n})
    return support_figures(stats.total, stats.builtin, dict(sorted(files.items())), analysis.reading())


def support_figures(total: int, builtin: int, unread_files: dict[str, int], reading: dict | None = None) -> dict:
    """`report.json` `support` from the counts (also what a re-export recomputes after a review); `reading` (what
    was read structurally, `lang.reading`) is kept as given: a review changes no file's reading."""
    own = total - builtin
    share = builtin / total if total else 0.0
    summary = f"{own:,} of the {total:,} examples come from your repository; {share:.0%} is generic builtin material."
    if unread_files:
        listed = ", ".join(f"{n:,} {language} file{'s' if n != 1 else ''}" for language, n in unread_files.items())
        summary += f" Not read as code (no grammar for them, so no tasks over their declarations): {listed}."
    return {
        "repository_examples": own,
        "generic_share": round(share, 4),
        "unread_files": unread_files,
        "summary": summary,
        **({"reading": reading} if reading is not None else {}),
    }


def _repository_texts(analysis: Analysis, history: Sequence[Example] = ()) -> Iterator[str]:
    """Every text repo-grounded answers may quote: the chunks (they cover each file), their companion files, and
    the code of the history's commits (their answers quote it)."""
    yield from (example.assistant for example in history)
    for chunk in (*analysis.chunks, *analysis.extra_chunks, *analysis.methods):
        yield chunk.text
        yield from (text for _, _, text in chunk.parts)
    if analysis.structure is not None:
        yield from (snippet.text for snippet in analysis.structure.snippets.values())
        yield from (snippet.text for snippet in analysis.structure.registrations)


class _Replays:
    """The candidates the capacity count rendered, kept per category within a character budget, and the suspended
    stream after them: generation replays the kept ones and goes on from where the count stopped — the same
    candidates in the same order as a fresh stream, each rendered once (#21 point 2). A category whose candidates
    pass the budget keeps none (its characters are given back) and generation renders it again from its start."""

    def __init__(self, budget: int) -> None:
        self.budget = budget
        self._kept: dict[str, tuple[list[Example], Iterator[Example]]] = {}

    def count(self, category: str, stream: Iterator[Example], *, limit: int, each=lambda item: None) -> int:
        kept: list[Example] | None = []
        used = counted = 0
        for example in islice(stream, limit):
            each(example)
            counted += 1
            if kept is not None:
                used += sum(len(m.content) for m in example.messages)
                if used > self.budget:
                    kept, used = None, 0
                else:
                    kept.append(example)
        if kept is not None:
            self.budget -= used
            self._kept[category] = (kept, stream)
        return counted

    def stream(self, category: str, factory: Callable[[], Iterator[Example]]) -> Iterator[Example]:
        if category not in self._kept:
            return factory()
        kept, rest = self._kept.pop(category)
        return _drain(kept, rest)


def _drain(kept: list[Example], rest: Iterator[Example]) -> Iterator[Example]:
    """The kept candidates, each let go once yielded, then the rest of the stream."""
    kept.reverse()
    while kept:
        yield kept.pop()
    yield from rest


def _repo_for_rerun(source) -> str:
    return source.display if source.url else str(Path(source.root).resolve())


def _drops(analysis: Analysis, drops: Counter) -> dict[str, int]:
    merged = {f"skipped_{reason}": n for reason, n in analysis.skips.items()}
    merged.update({f"dropped_{reason}": n for reason, n in drops.items()})
    return dict(sorted(merged.items()))


def _report(
    config, analysis, stats, gate, drops, capacity, quotas, library_styles, fidelity, reachable
) -> tuple[dict, list[str]]:
    counts = stats.to_dict()
    hints = fidelity.to_dict()
    criteria = success_criteria(
        stats={**counts, "builtin_ids": sorted(stats.builtin_items), "taught": hints["taught_by_convention"]},
        target=config.target,
        artifact_type=config.artifact_type,
        library_styles=library_styles,
        conventions=analysis.conventions,
        convention_min_examples=config.convention_min_examples,
        reachable=reachable,
        mermaid={"checked": gate.mermaid.checked, "invalid": gate.mermaid.invalid},
        hygiene={
            "secrets_redacted": analysis.redactions,
            "duplicates_removed": drops["duplicate"] + drops["answer_reuse"] + drops["near_duplicate"],
            "near_duplicates_found": gate.dedup.near_duplicates_found,
            "distinct_answers": gate.dedup.distinct_answers,
            "leaked_groups": stats.leaked_groups,
        },
    )
    messages = []
    reached = stats.total >= config.target
    if not reached:
        messages.append(
            f"reached {stats.total:,} of {config.target:,}: this repository supports {stats.total:,} distinct "
            f"examples at the current caps for artifact type {config.artifact_type} (no padding with copies)"
        )
        if config.builtin_cap < 1.0:
            repo = stats.total - stats.builtin
            messages.append(
                f"the builtin library is bounded at {config.builtin_cap:.0%} of what is written, so it gave "
                f"{stats.builtin:,} beside the repository's {repo:,}; recommended target for this repository: "
                f"{recommended_target(stats.total):,}"
            )
    support = _support(analysis, stats)
    if support["unread_files"]:
        messages.append(support["summary"])
    if analysis.not_analysed:
        messages.append(support["reading"]["summary"])
    report = {
        "dataset": config.dataset_name,
        "target": config.target,
        "reached": reached,
        "support": support,
        "counts": counts,
        "capacity": capacity,
        "quotas": quotas,
        "drops": _drops(analysis, drops),
        "quality": {
            "diagrams_checked": gate.mermaid.checked,
            "diagrams_invalid": gate.mermaid.invalid,
            "invalid_diagram_samples": gate.mermaid.invalid_samples,
            "secrets_redacted": analysis.redactions,
            **analysis.pii_summary(),
            "distinct_answers": gate.dedup.distinct_answers,
            "near_duplicates_found": gate.dedup.near_duplicates_found,
            "near_duplicate_rate": round(gate.dedup.near_duplicates_found / max(1, gate.dedup.distinct_answers), 4),
            "leaked_groups": stats.leaked_groups,
            "hints": hints,
            "reachable_by_convention": dict(reachable),
            **stats.grounding.to_dict(),
            "secrets_as_sample_values": gate.code.safe_values,
            "unparseable_code_samples": gate.code.samples,
        },
        "criteria": criteria_dicts(criteria),
        "passed": all(c.passed for c in criteria),
        "messages": messages,
    }
    return report, messages


def _manifest(config, analysis, report, hashes, timings) -> dict:
    counts = report["counts"]
    return {
        "name": config.dataset_name,
        "package_version": __version__,
        # credentials never reach the manifest: a URL is kept as displayed, a folder as an absolute path
        "config": {**config.model_dump(mode="json"), "repo": _repo_for_rerun(analysis.source)},
        "seed": config.seed,
        "source": analysis.source_info(),
        "token_method": TOKEN_METHOD,
        "counts": {key: counts[key] for key in ("total", "by_category", "by_kind", "by_domain", "by_split")},
        "capacity": report["capacity"],
        "quotas": report["quotas"],
        "drops": report["drops"],
        "held_out": {key: value for key, value in report["held_out"].items() if key != "dropped"},
        **analysis.pii_summary(),
        "files_by_role": analysis.files_by_role(),
        "conventions": [c.to_dict() for c in analysis.conventions],
        "files": dict(sorted(hashes.items())),
        "timings": timings,
    }
