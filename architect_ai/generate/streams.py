"""The three candidate streams — artifact, user_code, sweep — for one run, before any gate.

Each stream is a factory over data already in memory: the builtin library and the analysed repository. The
pipeline calls each once to count capacity and generation goes on with the same candidates (a category too large to
keep calls its factory again). Nothing here holds generated examples.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace

from architect_ai.analyze.analysis import Analysis
from architect_ai.config import CODE_ARTIFACT_TYPES, RunConfig
from architect_ai.data import Example
from architect_ai.generate.answer_cap import capped
from architect_ai.generate.cross_file import cross_file_examples, pattern_combination_examples
from architect_ai.generate.library import library_examples, weighted_order
from architect_ai.generate.library_fit import fit_library
from architect_ai.generate.meeting import STYLES, diagram_subjects, meeting_examples
from architect_ai.generate.mix import round_robin, weave
from architect_ai.generate.repo_artifacts import repo_artifact_examples
from architect_ai.generate.tasks import TaskContext, extra_examples, member_examples, template_examples, unit_examples
from architect_ai.generate.templates import conventions_shown
from architect_ai.generate.transfer import sibling_examples, spec_to_code_examples
from architect_ai.quality.grounding import self_references

#: The sweep's kinds for each artifact type.
SWEEP_KINDS: dict[str, frozenset[str]] = {
    "code-prototype": frozenset(
        {"meeting_context", "cross_file", "repo_erd", "repo_sequence", "repo_architecture", "pattern_combination"}
        | {"additional_code", "spec_to_code", "sibling_analogy", "commit_edit", "commit_feature"}
    ),
    "erd": frozenset({"repo_erd", "meeting_context"}),
    "architecture": frozenset({"repo_architecture", "meeting_context"}),
    "sequence": frozenset({"repo_sequence", "meeting_context"}),
    "flowchart": frozenset({"meeting_context"}),
    "code": frozenset(
        {"cross_file", "pattern_combination", "additional_code", "meeting_context", "spec_to_code", "sibling_analogy"}
        | {"commit_edit", "commit_feature"}
    ),
}
USER_CODE_TYPES = CODE_ARTIFACT_TYPES
#: User code: this many unit/member tasks, then this many transfer examples, in turn (siblings get two turns of
#: three).
TRANSFER_RATIO = (3, 2)

StreamFactory = Callable[[], Iterator[Example]]


def meeting_count(config: RunConfig, domain: str) -> int:
    """Meeting-context variants per artifact: `meeting_variants` scaled by the domain's weight."""
    return max(0, min(len(STYLES), round(config.meeting_variants * config.weights.get(domain, 1.0))))


@dataclass(frozen=True)
class Streams:
    categories: dict[str, StreamFactory]  # artifact, user_code, sweep
    items: tuple = ()  # the library items of this run (code templates fitted to the repository)


def meeting_title(kind: str, subjects: Sequence[str]) -> str:
    """What a meeting asks a repo diagram *of* — a subject read off the diagram, never its own request spliced in
    ("… the architecture diagram for Draw the architecture of …")."""
    named = ", ".join(subjects[:3])
    if kind == "repo_erd":
        return f"the data model of {named}" if named else "this repository's data model"
    if kind == "repo_sequence":
        return f"the flow through {' → '.join(subjects[:3])}" if subjects else "this request flow"
    return "this repository's architecture"


def build_streams(
    analysis: Analysis, items: Sequence, config: RunConfig, commit_examples: Sequence[Example] = ()
) -> Streams:
    """The candidate stream factories of each category for this run (`commit_examples`: those mined from the
    history, `generate.commit_examples`; they join the sweep)."""
    system = config.system_prompt
    sweep_kinds = SWEEP_KINDS[config.artifact_type]
    conventions = analysis.conventions
    items = fit_library(
        items,
        mode=config.library_code,
        languages=analysis.languages,
        roles=analysis.roles.values(),
        conventions=conventions,
    )

    def builtin_meetings() -> Iterator[Example]:
        """Meeting-context requests for the builtin artifacts: builtin answers, so category `artifact`."""
        if "meeting_context" not in sweep_kinds:
            return
        for item in weighted_order(items, config.weights):
            base = next(library_examples([item], system_prompt=system, weights={}))
            subjects = list(item.subjects) or diagram_subjects(item.answer)
            yield from meeting_examples(
                base,
                title=item.title,
                subjects=subjects,
                count=meeting_count(config, item.domain),
                seed=config.seed,
                system_prompt=system,
            )

    def artifacts() -> Iterator[Example]:
        """Every library item's phrasings first (the most distinct items under a small cap), then their meetings."""
        yield from library_examples(items, system_prompt=system, weights=config.weights)
        yield from builtin_meetings()

    tasks = TaskContext.of(analysis.chunks, analysis.structure, conventions, system)
    verdicts: dict[bytes, bool] = {}  # candidate → shows its answer; the streams run more than once

    def shows_its_answer(example: Example) -> bool:
        key = hashlib.blake2b(f"{example.user}\x00{example.assistant}".encode(), digest_size=16).digest()
        if key not in verdicts:
            verdicts[key] = self_references(example)
        return verdicts[key]

    def user_code() -> Iterator[Example]:
        """Derivable tasks over each file — the whole unit from its spec, each member from its signature and the
        class around it, each component's template from its class — woven with the transfer examples (blind
        spec → code, sibling analogies); never a prompt that shows its answer (a one-line member whose signature is
        all of it, a sibling that is a copy); one answer under at most `prompts_per_answer` prompts."""
        if config.artifact_type not in USER_CODE_TYPES:
            return iter(())
        methods = analysis.methods  # one member, one signature: a merged pair would answer more than it asks
        variations = round_robin(
            unit_examples(analysis.chunks, tasks),
            member_examples(methods, analysis.chunks, tasks),
            template_examples(analysis.chunks, tasks),
        )
        siblings = transfer(sibling_examples, "sibling_analogy")
        transfers = round_robin(transfer(spec_to_code_examples, "spec_to_code"), siblings, siblings)
        woven = weave(variations, transfers, TRANSFER_RATIO)
        return capped((e for e in woven if not shows_its_answer(e)), config.prompts_per_answer)

    def repo_diagrams() -> Iterator[Example]:
        """Repo-derived diagrams, their kinds taking turns; a phrasing already asked of another diagram is skipped
        (one prompt, one answer)."""
        if analysis.structure is None:
            return
        answer_of: dict[str, str] = {}
        by_kind: dict[str, list[Example]] = {}
        for example in repo_artifact_examples(analysis.structure, system_prompt=system):
            if (
                example.kind in sweep_kinds
                and answer_of.setdefault(example.user, example.assistant) == example.assistant
            ):
                by_kind.setdefault(example.kind, []).append(example)
        yield from round_robin(*(iter(examples) for examples in by_kind.values()))  # every kind early, even when few

    def one_per_diagram() -> Iterator[Example]:
        """The first phrasing of each repo-derived diagram (its group)."""
        seen: set[str] = set()
        for example in repo_diagrams():
            if example.group not in seen:
                seen.add(example.group)
                yield example

    def meetings() -> Iterator[Example]:
        """Meeting-context requests for the repo-derived diagrams (the builtin ones are artifacts)."""
        if "meeting_context" not in sweep_kinds:
            return
        for base in one_per_diagram():
            subjects = diagram_subjects(base.assistant)
            yield from meeting_examples(
                base,
                title=meeting_title(base.kind, subjects),
                subjects=subjects,
                count=meeting_count(config, "repo"),
                seed=config.seed,
                system_prompt=system,
            )

    def additional_code() -> Iterator[Example]:
        """Files outside the first pass: tests from the outline of the code under test, configuration files."""
        if "additional_code" not in sweep_kinds:
            return iter(())
        return extra_examples(analysis.extra_chunks, tasks)

    # The conventions an answer shows, by its digest and language: read once per distinct answer whichever stream
    # and pass asks (a category too large to replay is rendered again; spec → code and siblings quote one unit).
    shown_by_answer: dict[tuple[bytes, str | None], tuple[str, ...]] = {}

    def answer_shows(answer: str, language: str | None = None) -> tuple[str, ...]:
        key = (hashlib.blake2b(answer.encode(), digest_size=16).digest(), language)
        if key not in shown_by_answer:
            shown_by_answer[key] = conventions_shown(answer, conventions, language)
        return shown_by_answer[key]

    def grounded(factory: Callable[..., Iterator[Example]], kind: str) -> Iterator[Example]:
        """Cross-file tasks quote real code: tag them with the conventions that code shows."""
        if kind not in sweep_kinds or analysis.structure is None:
            return
        for example in factory(analysis.structure, system_prompt=system):
            yield replace(example, conventions=answer_shows(example.assistant))

    languages = {c.source: c.language for c in analysis.chunks}
    #: Per transfer kind and answer chunk: the conventions of its first example (its examples all quote the same
    #: code), kept across passes.
    shown_by_source: dict[str, dict[str, tuple[str, ...]]] = {}

    def transfer(factory: Callable[..., Iterator[Example]], kind: str) -> Iterator[Example]:
        """Spec → code and sibling analogies over the first-pass chunks, tagged like the chunk's variations."""
        if kind not in sweep_kinds:
            return
        shown = shown_by_source.setdefault(kind, {})
        for example in factory(analysis.chunks, analysis.structure, system_prompt=system):
            if example.source not in shown:
                shown[example.source] = answer_shows(example.assistant, languages.get(example.source))
            yield replace(example, conventions=shown[example.source])

    def commits() -> Iterator[Example]:
        return (example for example in commit_examples if example.kind in sweep_kinds)

    def sweep() -> Iterator[Example]:
        history = (commits(),) if any(e.kind in sweep_kinds for e in commit_examples) else ()
        return capped(
            round_robin(
                *history,
                repo_diagrams(),
                grounded(cross_file_examples, "cross_file"),
                grounded(pattern_combination_examples, "pattern_combination"),
                meetings(),
                additional_code(),
            ),
            config.prompts_per_answer,
        )

    return Streams({"artifact": artifacts, "user_code": user_code, "sweep": sweep}, items)
